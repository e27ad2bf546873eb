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


@pytest.mark.skipif(any(importlib.util.find_spec(p) is None for p in ("vietnamadminunits", "vietnam_provinces")),
                    reason="vietnamadminunits and vietnam-provinces are dev dependencies (pip install -e .[dev])")
def test_committed_gazetteer_matches_its_source(tmp_path):
    import runpy
    script = runpy.run_path(str(gazetteer.GAZETTEER_FILE.parents[2] / "scripts" / "build_gazetteer.py"))
    script["build"](tmp_path / "g.tsv")
    assert (tmp_path / "g.tsv").read_bytes() == gazetteer.GAZETTEER_FILE.read_bytes()


def test_districts_that_ended_before_mid_2025():
    """The districts merged away between early 2020 and mid-2025 are legacy districts of their
    province, marked as ended earlier, with the 2025 units that took their communes over."""
    gaz = gazetteer.load()
    loc_ha = gaz.get("448", "legacy")
    assert (loc_ha.name, loc_ha.level, loc_ha.type, gaz.parent(loc_ha).name) == ("Lộc Hà", "district", "Huyện", "Hà Tĩnh")
    assert gaz.ended_earlier("448") and not gaz.ended_earlier("445")  # Thạch Hà, which took it over, lasted
    assert "18568" in gaz.successors("448")  # the township Lộc Hà, a commune since 2025
    quan_9 = gaz.get("763", "legacy")
    assert (quan_9.name, gaz.parent(quan_9).name) == ("Quận 9", "Hồ Chí Minh")


def test_communes_that_ended_before_mid_2025():
    """A ward merged away between early 2020 and mid-2025 is a legacy commune of its district
    of 2020, replaced by what replaced the ward that took it in (Nguyễn Trung Trực -> Trúc Bạch
    -> Ba Đình)."""
    gaz = gazetteer.load()
    ward = gaz.get("00010", "legacy")
    assert (ward.name, ward.level, gaz.parent(ward).name) == ("Nguyễn Trung Trực", "commune", "Ba Đình")
    assert gaz.ended_earlier("00010") and gaz.successors("00010") == ("00004-2025",)
