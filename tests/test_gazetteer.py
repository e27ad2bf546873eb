import importlib.util

import pytest

from kg import gazetteer


def test_units_and_parents():
    gaz = gazetteer.load()
    kien_an = gaz.get("307", "legacy")
    assert (kien_an.name, kien_an.level, kien_an.type) == ("Kiến An", "district", "Quận")
    assert gaz.parent(kien_an).name == "Hải Phòng"
    hoang_sa = gaz.get("20333-2025", "2025")
    assert (hoang_sa.level, hoang_sa.type, gaz.parent(hoang_sa).name) == ("commune", "Đặc khu", "Đà Nẵng")
    assert gaz.eras("31") == ["2025", "legacy"] or gaz.eras("31") == ["legacy", "2025"]


def test_labels():
    unit = gazetteer.load().get("307", "legacy")
    assert unit.label("en") == "Kien An District" and unit.label("vi") == "Quận Kiến An"


@pytest.mark.skipif(importlib.util.find_spec("vietnamadminunits") is None,
                    reason="vietnamadminunits is a dev dependency (pip install -e .[dev])")
def test_committed_gazetteer_matches_its_source(tmp_path):
    import runpy
    script = runpy.run_path(str(gazetteer.GAZETTEER_FILE.parents[2] / "scripts" / "build_gazetteer.py"))
    script["build"](tmp_path / "g.tsv")
    assert (tmp_path / "g.tsv").read_bytes() == gazetteer.GAZETTEER_FILE.read_bytes()
