#!/usr/bin/env python3
"""A long list article, and how long extraction takes on it as it grows.

    python benchmarks/long_list.py [--officials 500 1000 2000 5000] [--write FILE]

Lists of appointments and election results run to thousands of lines ('1. Ông Nguyễn Văn
An, Phó Chủ tịch UBND huyện Kim Sơn;'). The article is made here, not copied: the sentence
shapes of such lists, with family names from the language data, given names from a short
list and districts and provinces from the gazetteer. If extraction is linear, the seconds
per official stay flat as the list grows.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Ngọc", "Xuân", "Công")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mai", "Nam",
         "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh")
TITLES = ("Chủ tịch UBND", "Phó Chủ tịch UBND", "Bí thư Huyện ủy", "Phó Bí thư Huyện ủy",
          "Chủ tịch HĐND", "Trưởng Ban Tổ chức Huyện ủy")


def long_list(officials: int, seed: int = 1) -> str:
    """A Vietnamese article listing `officials` officials of districts, one a line."""
    from kg import gazetteer, lang

    rng = random.Random(seed)
    families = lang.load("vi").family_names[:40]
    gaz = gazetteer.load()
    districts = sorted({u.name for u in gaz._by_id.values() if u.level == "district"})[:300]
    lines = ["Danh sách cán bộ được phê chuẩn kết quả bầu cử nhiệm kỳ 2016-2021", "",
             "Hà Nội, ngày 12/7/2016 - Thủ tướng Chính phủ đã phê chuẩn kết quả bầu cử các chức danh sau:", ""]
    for n in range(1, officials + 1):
        name = f"{rng.choice(families)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        honorific = "Bà" if " Thị " in name else "Ông"
        lines.append(f"{n}. {honorific} {name}, {rng.choice(TITLES)} huyện {rng.choice(districts)};")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--officials", type=int, nargs="+", default=[500, 1000, 2000, 5000])
    ap.add_argument("--write", type=Path, help="also write the longest article to this file")
    ap.add_argument("--profile", action="store_true", help="print a profile of the longest")
    args = ap.parse_args()
    from kg.article import make_article
    from kg.facts import extract

    print(f"{'officials':>9} {'KB':>6} {'CPU s':>7} {'ms/official':>11} {'posts':>6}")
    for n in args.officials:
        text = long_list(n)
        before = resource.getrusage(resource.RUSAGE_SELF)
        if args.profile and n == max(args.officials):
            import cProfile
            import pstats
            prof = cProfile.Profile()
            ex = prof.runcall(extract, make_article(text, f"list-{n}.txt", language="vi"))
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        else:
            ex = extract(make_article(text, f"list-{n}.txt", language="vi"))
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"{n:>9} {len(text.encode()) / 1024:>6.0f} {cpu:>7.2f} {1000 * cpu / n:>11.2f} {len(ex.posts):>6}")
    if args.write:
        args.write.write_text(long_list(max(args.officials)), encoding="utf-8")


if __name__ == "__main__":
    main()
