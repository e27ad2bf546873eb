"""A regression floor on the dev gold, read from ../shared/eval/score.py's own output."""
import re
import subprocess
import sys

import pytest

from .conftest import GOLD, GOLD_DEV, SHARED

# Measured on seeds + all of gold-dev (52 articles): macro en 0.953, id 0.983, vi 0.976;
# posts 0.902 and directs 0.962 on all of them (issue 8 asks for macro >= 0.93 in each
# language, posts >= 0.90, directs >= 0.85). Raise these as the scores rise; never lower
# them to make a change pass.
FLOORS = {"en": 0.945, "id": 0.975, "vi": 0.97}
POSTS_FLOOR, DIRECTS_FLOOR = 0.90, 0.95


def score(graph, code: str | None = None) -> dict[str, float]:
    """score.py's F1 of each kind and its macro F1, over one language's articles or all of them."""
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(graph), str(GOLD), str(GOLD_DEV),
                          *(["--lang", code] if code else [])], capture_output=True, text=True, check=True).stdout
    scores = {m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)\s.*?f1=([\d.]+)", out, re.M)}
    scores["macro_f1"] = float(re.search(r"^macro_f1 ([\d.]+)", out, re.M).group(1))
    return scores


@pytest.mark.parametrize("code", sorted(FLOORS))
def test_dev_scores_stay_above_the_floor(dev_graph_dir, code):
    scores = score(dev_graph_dir / "graph.ttl", code)
    assert scores["macro_f1"] >= FLOORS[code], scores


def test_posts_and_directs_stay_above_the_floor(dev_graph_dir):
    scores = score(dev_graph_dir / "graph.ttl")
    assert scores["posts"] >= POSTS_FLOOR, scores
    assert scores["directs"] >= DIRECTS_FLOOR, scores
