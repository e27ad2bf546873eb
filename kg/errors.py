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


def shown(name: object, quote: bool = True) -> str:
    """A file name (or any text from outside) as it may appear in a one-line message: as it
    is if every character prints, else escaped repr-style ('a\\nb\\x1b[31m'), so a newline,
    an ANSI escape or a bidirectional override can neither break the line nor reach the
    terminal. With quote=False the escapes are made without the surrounding quotes."""
    text = str(name)
    if text.isprintable():
        return text
    escaped = repr(text)
    return escaped if quote else escaped[1:-1]
