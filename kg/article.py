"""Reading one article file: its text, address, language and date."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

from . import lang as langdata
from .dates import find_dates
from .errors import ArticleError, shown
from .language_id import detect

# Lines that give the article's address ("URL: ...", "Source: ...", in any of our languages).
_ADDRESS_RE = re.compile(r"^\s*(?:URL|Source|Sumber|Nguồn|Link)\s*:?\s*(https?://\S+)", re.IGNORECASE | re.MULTILINE)
# ... or a page's first line that is only an address, as pages saved from a browser begin
_FIRST_LINE_ADDRESS_RE = re.compile(r"\A\s*(https?://\S+)[ \t]*$", re.MULTILINE)
# A web address anywhere in the text: never prose, whatever its words ('.../ten-politburo-members-assigned-to-secretariat')
# (with the label of an address line: 'URL: ...')
_WEB_ADDRESS_RE = re.compile(r"(?:^[ \t]*(?:URL|Source|Sumber|Nguồn|Link)[ \t]*:?[ \t]*)?(?:https?://|www\.)\S+",
                             re.IGNORECASE | re.MULTILINE)
_ISO_LINE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE | re.MULTILINE)
# Dates that news sites put in their addresses: '/d20231227084938.htm', '-20251001190054818.htm'.
_URL_DATE_RE = re.compile(r"(?:/d|-|/)(20\d{2})(\d{2})(\d{2})\d{0,12}(?:\.html?|/|$)")
# RFC 3986's reserved and unreserved characters, and '%' of escapes already made
URI_CHARACTERS = ":/?#[]@!$&'()*+,;=-._~%"
HEADER_CHARS = 800  # where a page puts its own date, before the body's dates of events
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Article:
    """An article as read: `text` is the decoded file, untouched, so offsets index it."""
    id: str
    path: str
    text: str
    lang: str
    url: str | None
    date: date | None
    warnings: tuple[str, ...] = ()  # what was wrong but did not stop the article being read
    headline: str | None = None  # the title, kept when the text is dropped
    # The latest date the text states ('ngày 12/3/2017', 'on March 12, 2017'), read only when
    # the article has no date of its own: the date its statements are dated by (kg/resolve/timeline.py).
    stated_date: date | None = None

    @property
    def statement_date(self) -> date | None:
        """The date this article's statements speak of: its own date, else the latest date its
        text states, else none (never guessed)."""
        return self.date or self.stated_date

    @property
    def title(self) -> str:
        if self.headline is not None:
            return self.headline
        for line in self.text.splitlines():
            line = line.strip()
            if line and not _ADDRESS_RE.match(line) and not line.lower().startswith(("id:", "date ")):
                return line[:200]
        return self.id

    def without_text(self) -> "Article":
        """The article's description without its text, which a build need not keep once read."""
        return replace(self, text="", headline=self.title)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text of a file, or ArticleError saying why it is not an article."""
    if not raw.strip():
        raise ArticleError(f"{shown(name)}: empty file")
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{shown(name)}: binary file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{shown(name)}: not UTF-8 text (byte {e.start})") from None
    if sum(ch < " " and ch not in "\t\n\r\f" for ch in text[:8192]) > 8:
        raise ArticleError(f"{shown(name)}: binary file")
    return text


def read_article(path: str | Path, *, article_id: str | None = None, language: str | None = None) -> Article:
    """Read one article file; raise ArticleError for a file that cannot be an article."""
    path = Path(path)
    return make_article(read_text(path), article_id or path.name, str(path), language)


def read_text(path: Path) -> str:
    """The text of an article file; ArticleError for a file that cannot be an article."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArticleError(f"{shown(path)}: larger than {MAX_BYTES // 1_000_000} MB")
        raw = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{shown(path)}: cannot be read ({e.strerror})") from None
    return decode(raw, str(path))


def make_article(text: str, article_id: str, path: str = "", language: str | None = None) -> Article:
    """An Article from text already read; detects language, address and date."""
    code = language or detect(text)
    if code not in langdata.available():
        raise ArticleError(f"{shown(article_id)}: language {code!r} is not supported "
                           f"(supported: {', '.join(langdata.available())})")
    url = _address(text)
    warnings: list[str] = []
    language = langdata.load(code)
    own = _date(text, url, language, lambda bad: warnings.append(
        f"{shown(article_id)}: impossible date {bad!r} ignored; the article is undated"))
    # the latest date stated: an article reports on or after what it dates ('3/2/1930', the
    # Party's founding, is history told in a 2018 article)
    stated = None if own else max((d.value for d in find_dates(text, language)), default=None)
    return Article(article_id, path, text, code, url, own, tuple(warnings), stated_date=stated)


def _address(text: str) -> str | None:
    """The article's address as a valid URI: characters URIs may not hold are percent-encoded
    ('a"b<c>' -> 'a%22b%3Cc%3E'), so the address is a well-formed xsd:anyURI for strict parsers."""
    m = _ADDRESS_RE.search(text) or _FIRST_LINE_ADDRESS_RE.search(text)
    if not m:
        return None
    url = quote(m.group(1).rstrip(".,;)"), safe=URI_CHARACTERS)
    try:
        urlsplit(url)
    except ValueError:  # a '[' that opens no IPv6 host ('https://[x'): no reader could split it
        url = url.replace("[", "%5B").replace("]", "%5D")
    return url


def without_addresses(text: str) -> str:
    """`text` with its web addresses blanked to spaces, so offsets still index the article:
    an address line's words ('.../politburo-proposed-to-punish-secretary-of-...') are no
    sentence of the article's."""
    if "://" not in text and "www." not in text.lower():
        return text
    return _WEB_ADDRESS_RE.sub(lambda m: " " * len(m.group()), text)


def _date(text: str, url: str | None, language: langdata.Language, on_bad: Callable[[str], None]) -> date | None:
    """The article's own date: a 'date' line, a date in the page header, or one in the address.

    A 'date' line that names no real day ('2025-02-30') is passed to `on_bad`, and the
    article is undated: the line says the date is unknown, the body's dates are of events."""
    m = _ISO_LINE_RE.search(text)
    if m:
        try:
            return date.fromisoformat(m.group(1))
        except ValueError:
            on_bad(m.group(1))
            return None
    for found in find_dates(text[:HEADER_CHARS], language):
        before = text[max(0, found.start - 12):found.start].split()
        if not (before and before[-1].lower() in language.words.get("event_date", ())):
            return found.value
    if url:
        m = _URL_DATE_RE.search(url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None
