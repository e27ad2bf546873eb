"""Numbered documents: 'Directive No. 45-CT/TW dated April 14, 2025 of the Politburo',
'Decision 2666/QD-UBND', 'Decree No. 120/2020/ND-CP', 'Conclusion No. 195'.

Type comes from the word before the number (else from the code), the issuer from the
words after it ('of the Politburo and Secretariat', 'issued by ...'), else from the code
(TW, TU, UBND, CP, TTg, UBTVQH15, ...), and the date from 'dated ...'.
"""
from __future__ import annotations

import re
from functools import cache

from ..dates import find_dates
from ..doc import BodyMention, DirectiveMention, Doc
from ..lang import Language
from ..text import fold
from .bodies import implied_body

_YEARS = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$")
_PARTY_CENTRE = {"politburo", "secretariat", "central-committee"}
DATE_WINDOW = 60  # characters after a number in which its date may start


@cache
def _number_re(lang: Language) -> re.Pattern:
    marks = "|".join(re.escape(m) for m in sorted(lang.words.get("number_marks", ()), key=len, reverse=True))
    marks = rf"(?:(?:{marks})\s*)?" if marks else ""
    return re.compile(rf"\s*{marks}(?P<id>\d+(?:\s*[/\-–]\s*[0-9A-Za-zĐđ]+)*)", re.IGNORECASE)


def find_directives(doc: Doc) -> None:
    """Fill doc.directives with every numbered document the article cites."""
    found, last_end = [], -1
    for m in doc.tags.all("doc_type"):
        if m.start < last_end:
            continue  # 'Official Dispatch' holds 'Dispatch'
        last_end = m.end
        d = _directive(doc, m)
        if d is not None:
            found.append(d)
    doc.directives = found


def _directive(doc: Doc, m) -> DirectiveMention | None:
    after = doc.tokens[m.end - 1].end
    num = _number_re(doc.lang).match(doc.text, after)
    if num is None:
        return None
    identifier = re.sub(r"\s*([/\-–])\s*", r"\1", num.group("id")).replace("–", "-")
    if _YEARS.match(identifier):
        return None  # 'Plan 2021-2025'
    parts = re.split(r"[/-]", identifier)
    codes = [fold(p).upper() for p in parts[1:] if not p.isdigit()]
    doc_type = _type(doc.lang, m.entry.type, codes)
    end_char = num.end("id")
    end_tok = next((k for k in range(m.end, len(doc.tokens)) if doc.tokens[k].start >= end_char), len(doc.tokens))
    d = DirectiveMention(m.start, end_tok, doc.tokens[m.start].start, end_char, type=doc_type,
                         number=str(int(parts[0])), identifier=identifier)
    d.date, date_end = _date_after(doc, end_char)
    d.issuers = _issuers_after(doc, end_tok, date_end) or _issuer_before(doc, m.start) or _issuers_from_code(doc, codes, d)
    d.title = f"{doc.text[doc.tokens[m.start].start:doc.tokens[m.end - 1].end]} {identifier}"
    return d


def _type(lang: Language, word_type: str, codes: list[str]) -> str:
    """The word's type; for a vague word ('Document') the code's ('CV' = official dispatch)."""
    if word_type != "other":
        return word_type
    for code in codes:
        known = {fold(k).upper(): v for k, v in lang.type_codes.items()}
        if code in known:
            return known[code]
    return word_type


def _date_after(doc: Doc, at: int) -> tuple[str, int]:
    """'dated June 13, 2025', ', dated 11/6/2025', 'ngày 14/4/2025': right after the number."""
    window = doc.text[at:at + DATE_WINDOW]
    marks = {fold(w) for w in doc.lang.words.get("date_marks", ())}
    for found in find_dates(window, doc.lang)[:1]:
        lead = fold(window[:found.start].strip(" ,("))
        if not lead or lead in marks:
            return found.value.isoformat(), at + found.end
    return "", at


def _issuers_after(doc: Doc, k: int, date_end: int) -> list[BodyMention]:
    """'... of the Politburo and the Secretariat', '... by the Provincial Party Standing Committee'."""
    while k < len(doc.tokens) and doc.tokens[k].start < date_end:
        k += 1
    while doc.tok(k) is not None and doc.tokens[k].text in ",(":
        k += 1
    mark = doc.word_end(k, "issuer_marks")
    if mark is None:
        return []
    k = doc.word_end(mark, "the") or mark
    issuers = []
    while True:
        here = [b for b in doc.bodies if b.start == k and b.key]
        if not here:
            return issuers
        widest = max(b.end for b in here)  # 'the Thai Nguyen ... Committee's Organization Committee'
        here = [b for b in here if b.end == widest]
        issuers += here
        k = max(b.end for b in here)
        j = k
        while doc.tok(j) is not None and (doc.tokens[j].text == "," or doc.is_word(j, "and") or doc.is_word(j, "the")):
            j += 1
        if j == k:
            return issuers
        k = j


def _issuer_before(doc: Doc, i: int) -> list[BodyMention]:
    """'the Provincial Party Standing Committee issued Decision No. 1514-QD/TU'."""
    k = i - 1
    while k >= 0 and (doc.is_word(k, "the") or doc.is_word(k, "number_marks")):
        k -= 1
    if not any(doc.word_end(j, "issue_verbs") == k + 1 for j in range(max(0, k - 2), k + 1)):
        return []
    sentence = doc.sentence_of(i)
    before = [b for b in doc.bodies if b.key and b.end <= k and doc.sentence_of(b.start) == sentence]
    return [before[-1]] if before else []


def _issuers_from_code(doc: Doc, codes: list[str], d: DirectiveMention) -> list[BodyMention]:
    """'TW': the Party Central Committee; 'UBND': the People's Committee of the article's place."""
    by_code = {fold(k).upper(): v for k, v in doc.lang.issuer_codes.items()}
    for code in reversed(codes):
        issuer = by_code.get(code) or by_code.get(re.sub(r"\d+$", "", code))
        if issuer is None:
            continue
        entry = doc.lang.bodies.get(issuer.body)
        if entry is None:
            continue
        body = implied_body(doc, entry, d.start, d.end, level=issuer.level, subject=issuer.subject)
        if body is not None:
            return [body]
    return []


def canonical_identifier(d: DirectiveMention, lang: Language) -> str:
    """The identifier in full: 'Conclusion No. 195 ... of the Politburo' is 195-KL/TW."""
    if not d.identifier.isdigit():
        return d.identifier
    if d.issuers and all(b.type in _PARTY_CENTRE for b in d.issuers):
        code = next((k for k, v in lang.type_codes.items() if v == d.type), None)
        if code:
            return f"{d.number}-{code}/TW"
    return ""
