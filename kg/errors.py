"""Errors the library raises; only the CLI turns them into 'Error: ...' and an exit code."""


class KgError(Exception):
    """Base class of govkg's own errors."""


class InputError(KgError):
    """An input path is missing or cannot be read as articles."""


class OutputError(KgError):
    """An output cannot be written."""


class ArticleError(KgError):
    """One article cannot be used (binary, empty, undecodable); the build skips it."""


class LanguageDataError(KgError):
    """A language data file breaks its schema."""
