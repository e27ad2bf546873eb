#!/usr/bin/env python3
"""Generate kg/data/gazetteer.tsv from the data of the `vietnamadminunits` package, with the
districts that ended before mid-2025 from the first release of `vietnam-provinces`.

    pip install vietnamadminunits==1.0.4 vietnam-provinces==0.2
    python scripts/build_gazetteer.py [OUT]

The package (MIT licence, Hieu Tran, https://github.com/tranngocminhhieu/vietnamadminunits)
ships an SQLite file with two tables: `admin_units_legacy`, Vietnam's 63 provinces, their
districts and communes as they stood before the reorganisation of 1 July 2025, and
`admin_units`, the 34 provinces and their communes since then (no district level).

Each output row is one unit in one era:

    id      stable key of the unit: its official code, with "-2025" appended when the
            reorganisation gave a code that named another unit before to a new unit
    era     "legacy" (before 1 July 2025) or "2025" (since)
    level   province | district | commune
    type    the Vietnamese type word (Tỉnh, Thành phố, Quận, Huyện, Thị xã, Phường, ...)
    name    the unit's own name, without its type word, with diacritics
    parent  id of the parent unit in that era (empty for provinces)
    aliases earlier names of the unit, as lower-case ASCII keys without spaces
    successors  (legacy rows) ids of the 2025 units that took the unit over, from the
            package's own conversion table (data/converter_2025.json): a province's new
            province, a commune's new commune(s) (a divided commune has several), a
            district's the new communes of its communes; empty when the unit goes on as
            itself (same id in both eras) and for 2025 rows
    earlier "1" for a district or commune that ended before mid-2025 (see below), else empty

A unit whose code and name are the same in both eras (Hải Phòng, many communes) has one
id and two rows, one per era, each with that era's parent.

The package knows each unit as it stood just before 1 July 2025 and since: it gives no
earlier parents or dates (a ward of the former District 2 of Ho Chi Minh City is listed
under Thủ Đức City, created in 2021), so the legacy era's parents are those of mid-2025.

Districts merged away between early 2020 and mid-2025 (Lộc Hà into Thạch Hà, Quận 9 into
Thủ Đức City, Cửa Lò into Vinh, ...) are missing from it, so "huyện Lộc Hà" read as the
commune of that name. `vietnam-provinces` 0.2 (Nguyễn Hồng Quân; the General Statistics
Office's code list of early 2020; its JSON is read, the package is not imported) adds each
district whose code the package no longer has, as a legacy district of its province with
the 2025 successors of its communes of 2020. A code the package gives to a unit of another
name (Quận 2's 769 is Thủ Đức City's, Tĩnh Gia's 407 Nghi Sơn's) is that unit renamed or
enlarged: the package keeps the old name among its aliases. One whose name a district of
its province still bears (Quận Thủ Đức, now Thủ Đức City) is the same place too. The
communes of that list merged away since (Nguyễn Trung Trực into Trúc Bạch, Bình Khánh of
Quận 2, ...) are added the same way under their district of 2020, with the successors of
the commune that lists them among its former names.
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata, resources
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer.tsv"
HEADER = ("id", "era", "level", "type", "name", "parent", "aliases", "successors", "earlier")
EARLIER_TYPES = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "thành phố": "Thành phố",
                 "phường": "Phường", "xã": "Xã", "thị trấn": "Thị trấn"}
PROVINCE_TYPES = ("Thành phố", "Tỉnh")


def _split_type(full: str, types: tuple[str, ...]) -> str:
    """The type word of a full name such as 'Thành phố Hải Phòng'."""
    for t in types:
        if full.startswith(t + " "):
            return t
    raise ValueError(f"no type word in {full!r}")


def _name(short: str) -> str:
    """The unit's own name: the package writes 'Thới Bình (Thị trấn)' for a township that
    shares its name with the district around it."""
    return re.sub(r"\s*\([^)]*\)$", "", short)


def _aliases(raw: str | None) -> list[str]:
    return sorted(set(json.loads(raw))) if raw else []


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _unit(level: str, unit_type: str, short: str, parent: str, alias: str | None) -> dict:
    return {"level": level, "type": unit_type, "name": _name(short), "parent": parent, "aliases": _aliases(alias)}


def _province(r: sqlite3.Row) -> dict:
    return _unit("province", _split_type(r["province"], PROVINCE_TYPES), r["provinceShort"], "", r["provinceAlias"])


def legacy_units(db: sqlite3.Connection) -> dict[str, dict]:
    """Units of the 63-province era, keyed by code."""
    units: dict[str, dict] = {}
    for r in db.execute("SELECT * FROM admin_units_legacy"):
        units.setdefault(r["provinceCode"], _province(r))
        units.setdefault(r["districtCode"], _unit("district", r["districtType"], r["districtShort"],
                                                  r["provinceCode"], r["districtAlias"]))
        if r["wardCode"]:
            units.setdefault(r["wardCode"], _unit("commune", r["wardType"], r["wardShort"], r["districtCode"],
                                                  r["wardAlias"]))
    return units


def current_units(db: sqlite3.Connection) -> dict[str, dict]:
    """Units of the 34-province era (from 1 July 2025), keyed by code."""
    units: dict[str, dict] = {}
    for r in db.execute("SELECT * FROM admin_units"):
        units.setdefault(r["provinceCode"], _province(r))
        units.setdefault(r["wardCode"], _unit("commune", r["wardType"], r["wardShort"], r["provinceCode"],
                                              r["wardAlias"]))
    return units


def successor_codes(db: sqlite3.Connection, converter: dict) -> dict[str, set[str]]:
    """Legacy code -> codes of the 2025 units that took it over, from the package's conversion
    table, which names units by keys ('thanhphohaiphong', 'thanhphohaiphong_quankienan_phuongbacson')."""
    old_key, new_key, districts = {}, {}, {}
    for r in db.execute("SELECT * FROM admin_units_legacy"):
        old_key[r["provinceKey"]] = r["provinceCode"]
        old_key[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}"] = r["wardCode"] or r["districtCode"]
        if r["wardCode"]:
            districts[r["wardCode"]] = r["districtCode"]
    for r in db.execute("SELECT * FROM admin_units"):
        new_key[r["provinceKey"]] = r["provinceCode"]
        new_key[(r["provinceKey"], r["wardKey"])] = r["wardCode"]
    out: dict[str, set[str]] = defaultdict(set)
    for new, olds in converter["DICT_PROVINCE"].items():
        for old in olds:
            out[old_key[old]].add(new_key[new])
    for province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new, olds in wards.items():
            for old in olds:
                out[old_key[old]].add(new_key[(province, new)])
    for province, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            out[old_key[old]].update(new_key[(province, n["newWardKey"])] for n in news)
    for ward, district in districts.items():  # a district: the new units of its communes
        out[district] |= out.get(ward, set())
    return out


def _modern_tones(name: str) -> str:
    """The tone on the main vowel, as the other package writes it: 'Phục Hoà' -> 'Phục Hòa'."""
    def move(m: re.Match) -> str:
        glide, vowel = m.group(1), m.group(2)
        base = unicodedata.normalize("NFD", vowel)
        return unicodedata.normalize("NFC", glide + base[1:]) + base[0]
    return re.sub(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])", move, name)


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


def earlier_districts(nested: list[dict], legacy: dict[str, dict], successors: dict[str, set[str]]
                      ) -> dict[str, dict]:
    """Districts of the early-2020 list (`vietnam-provinces` 0.2) that ended before mid-2025,
    keyed by code, with the successors of their communes; see the module's docstring."""
    taken = {(u["parent"], _key(u["name"])) for u in legacy.values() if u["level"] == "district"}
    out: dict[str, dict] = {}
    for province in nested:
        pcode = f"{province['code']:02d}"
        for d in province["districts"]:
            code, unit_type = f"{d['code']:03d}", EARLIER_TYPES[d["division_type"]]
            name = _modern_tones(d["name"][len(unit_type) + 1:])
            if name.isdigit():
                name = d["name"]  # numbered units keep their type word, as in the package: 'Quận 9'
            if code in legacy or (pcode, _key(name)) in taken:
                continue  # the package's unit under that code or name
            unit = _unit("district", unit_type, name, pcode, None)
            unit["successors"] = set().union(*(successors.get(f"{w['code']:05d}", set()) for w in d["wards"]))
            out[code] = unit
    return out


def earlier_communes(nested: list[dict], legacy: dict[str, dict], districts: dict[str, dict],
                     successors: dict[str, set[str]]) -> dict[str, dict]:
    """Communes of the early-2020 list that ended before mid-2025 (merged into a neighbour),
    keyed by code, under their district of 2020: one whose code the package no longer has and
    whose name no commune of that district still bears. Its successors are those of the
    communes of its province that the package lists it as a former name of."""
    taken = {(u["parent"], _key(u["name"])) for u in legacy.values() if u["level"] == "commune"}
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)  # (province, former name) -> units
    for code, u in legacy.items():
        if u["level"] == "commune":
            for alias in u["aliases"]:
                holders[(legacy[u["parent"]]["parent"], alias)].add(code)
    out: dict[str, dict] = {}
    for province in nested:
        for d in province["districts"]:
            dcode = f"{d['code']:03d}"
            if dcode not in legacy and dcode not in districts:
                continue  # a district code the package gives to another unit: no parent to name
            for w in d["wards"]:
                code, unit_type = f"{w['code']:05d}", EARLIER_TYPES[w["division_type"]]
                name = _modern_tones(w["name"][len(unit_type) + 1:])
                if name.isdigit():
                    name = w["name"]
                if code not in legacy and (dcode, _key(name)) not in taken:
                    took = holders.get((f"{province['code']:02d}", _key(name)), set())
                    after = set().union(*(successors.get(h, set()) for h in took)) if took else set()
                    out[code] = _unit("commune", unit_type, name, dcode, None) | {"successors": after}
    return out


def rows(legacy: dict[str, dict], current: dict[str, dict],
         successors: dict[str, set[str]] | None = None, earlier: dict[str, dict] | None = None
         ) -> list[tuple[str, ...]]:
    """One row per unit and era; a current unit keeps the legacy id only if it is the same unit."""
    def same(code: str) -> bool:
        old, new = legacy.get(code), current[code]
        return bool(old) and old["name"] == new["name"] and old["level"] == new["level"]

    current_id = {code: code if same(code) else f"{code}-2025" for code in current}
    out = []
    for code, u in legacy.items():
        after = sorted({current_id[c] for c in (successors or {}).get(code, ())} - {code})
        out.append((code, "legacy", u["level"], u["type"], u["name"], u["parent"], ",".join(u["aliases"]),
                    ",".join(after), ""))
    for uid, u in (earlier or {}).items():
        after = sorted(current_id[c] for c in u["successors"])
        out.append((uid, "legacy", u["level"], u["type"], u["name"], u["parent"], "", ",".join(after), "1"))
    for code, u in current.items():
        parent = current_id[u["parent"]] if u["parent"] else ""
        out.append((current_id[code], "2025", u["level"], u["type"], u["name"], parent, ",".join(u["aliases"]), "",
                    ""))
    return sorted((tuple(_nfc(v) for v in r) for r in out), key=lambda r: (r[0], r[1]))


def build(out: Path) -> int:
    """Write the gazetteer to `out`; return the number of rows."""
    data = resources.files("vietnamadminunits") / "data"
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    nested = json.loads(Path(metadata.distribution("vietnam-provinces").locate_file(
        "vietnam_provinces/data/nested-divisions.json")).read_text(encoding="utf-8"))
    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        legacy, successors = legacy_units(db), successor_codes(db, converter)
        districts = earlier_districts(nested, legacy, successors)
        earlier = districts | earlier_communes(nested, legacy, districts, successors)
        table = rows(legacy, current_units(db), successors, earlier)
    text = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in table)
    out.write_text(text, encoding="utf-8")
    return len(table)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(f"{build(target)} units written to {target}")
