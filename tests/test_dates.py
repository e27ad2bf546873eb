"""Dates written in articles: each form, in each language, found once and in order."""
from datetime import date

import pytest

from kg import lang as langdata
from kg.dates import find_dates

from .conftest import SHARED


def found(text: str, code: str) -> list[tuple[str, date]]:
    return [(text[d.start:d.end], d.value) for d in find_dates(text, langdata.load(code))]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Signed on 2019-03-12 and again on March 14, 2019.",
     [("2019-03-12", date(2019, 3, 12)), ("March 14, 2019", date(2019, 3, 14))]),
    ("en", "Issued on 5th of May 2020 under Directive 45 of 12/06/2020.",
     [("5th of May 2020", date(2020, 5, 5)), ("12/06/2020", date(2020, 6, 12))]),
    ("vi", "Ngày 15 tháng 8 năm 2019, ngày 2-9-2019 và ngày 1/10/2019.",
     [("15 tháng 8 năm 2019", date(2019, 8, 15)), ("2-9-2019", date(2019, 9, 2)), ("1/10/2019", date(2019, 10, 1))]),
    ("id", "Pada 17 Agustus 2021 dan 1 Juni 2022.",
     [("17 Agustus 2021", date(2021, 8, 17)), ("1 Juni 2022", date(2022, 6, 1))]),
])
def test_each_form(code, text, expected):
    assert found(text, code) == expected


def test_impossible_dates_and_partial_ones_are_not_dates():
    assert found("Ngày 31/02/2019, ngày 15/8 và năm 1850: 3/4/1850.", "vi") == []


def test_a_real_article():
    text = (SHARED / "corpus" / "vi-pages" / "vn001.txt").read_text(encoding="utf-8")
    assert [(text[d.start:d.end], d.value) for d in find_dates(text, langdata.load("vi"))] == [
        ("9/8/2019", date(2019, 8, 9))]
