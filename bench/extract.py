#!/usr/bin/env python3
"""claimlog extract benchmark: generates article-like text of 1, 8, 32 and
100 MB (English and French, from the sample and corpus articles with their
figures varied; deterministic), runs `claimlog extract` on each under GNU
time, and prints medians of wall time and peak resident memory per size,
with seconds per MB to show the time is linear and the memory flat.

    python3 bench/extract.py                 # 1, 8, 32, 100 MB, 3 runs each
    python3 bench/extract.py --sizes 1 8 --runs 5 --lang fr

Build first: cargo build --release (the script runs target/release/claimlog)
and have GNU time installed (apt-get install time).
"""

import argparse
import glob
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "claimlog")
TIME = "/usr/bin/time"
MB = 1_000_000


def paragraphs(lang):
    """The paragraphs of every article in that language the project ships."""
    files = sorted(glob.glob(os.path.join(ROOT, "samples", f"article-{lang}.txt")))
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "extract", f"{lang}-*.txt")))
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            out += [p.strip() for p in f.read().split("\n\n") if p.strip()]
    return out


def vary(paragraph, rng):
    """The paragraph with each figure's digits redrawn (same length, so the
    text keeps its shape: thousands separators, years, hours)."""
    return re.sub(r"\d+", lambda m: str(rng.randrange(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 0, 10 ** len(m.group()))), paragraph)


def generate(path, lang, size, seed=11):
    """Writes `size` bytes (about) of articles: a headline, then 6 to 12
    paragraphs drawn from the shipped articles."""
    rng = random.Random(seed)
    pool = paragraphs(lang)
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size:
            parts = [vary(rng.choice(pool), rng) for _ in range(rng.randrange(6, 13))]
            article = "\n\n".join(parts) + "\n\n"
            f.write(article)
            written += len(article.encode("utf-8"))


def measure(path, lang):
    """Wall seconds and peak RSS (MiB) of one extract run."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [TIME, "-v", BIN, "--db", os.path.join(tmp, "none.db"), "extract", path,
               "--lang", lang, "--published", "2022-01-08"]
        run = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        sys.exit(f"extract failed on {path}: {run.stderr.strip()}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    return seconds, rss / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 8, 32, 100], help="sizes in MB")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--lang", choices=["en", "fr", "both"], default="both")
    args = ap.parse_args()
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    if not os.path.exists(TIME):
        sys.exit("GNU time is needed: apt-get install time")
    langs = ["en", "fr"] if args.lang == "both" else [args.lang]
    print("| text | size | median time | s per MB | median peak RSS |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            for size in args.sizes:
                path = os.path.join(tmp, f"{lang}-{size}.txt")
                generate(path, lang, size * MB)
                runs = [measure(path, lang) for _ in range(args.runs)]
                t = statistics.median(r[0] for r in runs)
                rss = statistics.median(r[1] for r in runs)
                print(f"| {lang} | {size} MB | {t:.2f} s | {t / size:.3f} | {rss:.1f} MiB |", flush=True)
                os.remove(path)


if __name__ == "__main__":
    main()
