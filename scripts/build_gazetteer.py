#!/usr/bin/env python3
"""Generate kg/data/gazetteer.tsv from the data of the `vietnamadminunits` package.

    pip install vietnamadminunits==1.0.4
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

A unit whose code and name are the same in both eras (Hải Phòng, many communes) has one
id and two rows, one per era, each with that era's parent.
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from importlib import resources
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer.tsv"
HEADER = ("id", "era", "level", "type", "name", "parent", "aliases")
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


def rows(legacy: dict[str, dict], current: dict[str, dict]) -> list[tuple[str, ...]]:
    """One row per unit and era; a current unit keeps the legacy id only if it is the same unit."""
    def same(code: str) -> bool:
        old, new = legacy.get(code), current[code]
        return bool(old) and old["name"] == new["name"] and old["level"] == new["level"]

    current_id = {code: code if same(code) else f"{code}-2025" for code in current}
    out = []
    for code, u in legacy.items():
        out.append((code, "legacy", u["level"], u["type"], u["name"], u["parent"], ",".join(u["aliases"])))
    for code, u in current.items():
        parent = current_id[u["parent"]] if u["parent"] else ""
        out.append((current_id[code], "2025", u["level"], u["type"], u["name"], parent, ",".join(u["aliases"])))
    return sorted((tuple(_nfc(v) for v in r) for r in out), key=lambda r: (r[0], r[1]))


def build(out: Path) -> int:
    """Write the gazetteer to `out`; return the number of rows."""
    db_path = resources.files("vietnamadminunits") / "data" / "dataset.db"
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        table = rows(legacy_units(db), current_units(db))
    text = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in table)
    out.write_text(text, encoding="utf-8")
    return len(table)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(f"{build(target)} units written to {target}")
