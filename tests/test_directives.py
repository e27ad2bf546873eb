import pytest

from kg.pipeline.directives import canonical_identifier

from .conftest import read, read_page


@pytest.mark.parametrize("text,expected", [
    ("Directive No. 45-CT/TW dated April 14, 2025 of the Politburo",
     ("directive", "45", "45-CT/TW", "2025-04-14", ["politburo"])),
    ("Decision 2666/QD-UBND of Hai Phong City", ("decision", "2666", "2666/QD-UBND", "", None)),
    ("Decree No. 120/2020 / ND-CP dated October 7, 2020 of the Government",
     ("decree", "120", "120/2020/ND-CP", "2020-10-07", ["government"])),
    ("Resolution No. 1251/NQ-UBTVQH15 dated October 24, 2024 of the National Assembly Standing Committee",
     ("resolution", "1251", "1251/NQ-UBTVQH15", "2024-10-24", ["national-assembly/standing-committee"])),
    ("Conclusion No. 195 dated September 26, 2025 of the Politburo and Secretariat",
     ("conclusion", "195", "195", "2025-09-26", ["politburo", "secretariat"])),
])
def test_document_forms(text, expected):
    doc = read(f"The city will implement {text}.")
    (d,) = doc.directives
    doc_type, number, identifier, when, issuers = expected
    assert (d.type, d.number, d.identifier, d.date) == (doc_type, number, identifier, when)
    if issuers is not None:
        assert [b.key for b in d.issuers] == issuers


def test_issuer_read_from_the_code():
    (d,) = read("Thuy was disciplined under Decision 1192-QD/UBKTTW.").directives
    assert [b.key for b in d.issuers] == ["central-committee/board/inspection"]
    (d,) = read("The Hai Phong City People's Committee met. It issued Decision 2666/QD-UBND.").directives
    assert [b.key for b in d.issuers] == ["31/peoples-committee"]


def test_bare_party_number_gets_its_full_identifier():
    (d,) = read("It follows Conclusion No. 195 dated September 26, 2025 of the Politburo.").directives
    assert canonical_identifier(d, d and read("x").lang) == "195-KL/TW"


def test_years_are_not_numbers():
    assert read("The Plan 2021-2025 was approved.").directives == []


def test_indonesian_instruksi_of_the_politburo_is_a_directive():
    # VOV's Indonesian renders Chỉ thị (directive) as "Instruksi"; guidance (Hướng dẫn) is "Petunjuk"
    doc = read_page("pages/069.txt")
    assert {(d.type, d.number) for d in doc.directives} >= {("directive", "5")}
    assert read("Departemen itu mengeluarkan Petunjuk Nomor 26-HD/BTCTW.", "id").directives[0].type == "instruction"
