#!/usr/bin/env python3
"""claimlog benchmark harness: generates synthetic claims in the interchange
CSV shape (deterministic), times whole `claimlog` processes, and prints
medians (and ratios against sqlite3 where the suite has one).

    python3 bench/bench.py entry            # add and list on 10,000 claims
    python3 bench/bench.py entry --claims 50000 --runs 9

Build first: cargo build --release (the harness runs target/release/claimlog).
"""

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "claimlog")

COLUMNS = [
    "id", "event", "metric", "qualifier", "kind", "value", "low", "high", "approx", "unit",
    "as_of", "said_at", "published_at", "source", "claimant", "url", "quote", "lang", "status",
    "note", "tags", "retracted_at", "reason", "superseded_by",
]
METRICS = ["deaths", "injured", "detained", "displaced", "missing"]
QUALIFIERS = ["", "", "", "security forces", "protesters", "civilians"]


def generate(path, claims, events=1000, sources=300, claimants=200, seed=7):
    """Writes `claims` synthetic interchange rows: growing figures per series
    with outliers, ranges, bounds, approximate values and some date claims."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        level = {}
        for i in range(claims):
            event = f"event-{rng.randrange(events):04d}"
            day = 1 + (i * 28 // max(claims, 1))
            as_of = f"2022-01-{day:02d}" if day <= 28 else "2022-01-28"
            source = f"outlet {rng.randrange(sources)}"
            claimant = "" if rng.random() < 0.15 else f"official {rng.randrange(claimants)}"
            if rng.random() < 0.03:
                weekday = rng.choice(["Thursday", "jeudi", "Sunday"])
                d = f"2022-01-{max(1, day - 1):02d}"
                row = [f"b{i}", event, "arrival", "troops", "date", weekday, d, d, "false"]
            else:
                metric = rng.choice(METRICS)
                key = (event, metric, claimant)
                n = level.get(key, rng.randrange(5, 200)) + rng.randrange(0, 20)
                level[key] = n
                if rng.random() < 0.02:
                    n *= rng.randrange(3, 10)  # an outlier
                shape = rng.random()
                if shape < 0.6:
                    value, low, high, approx = f"{n:,}", n, n, "false"
                elif shape < 0.75:
                    value, low, high, approx = f"at least {n:,}", n, "", "false"
                elif shape < 0.85:
                    value, low, high, approx = f"between {n:,} and {n + 10:,}", n, n + 10, "false"
                elif shape < 0.95:
                    value, low, high, approx = f"about {n:,}", n, n, "true"
                else:
                    value, low, high, approx = "dozens", 24, 99, "false"
                row = [f"b{i}", event, metric, rng.choice(QUALIFIERS), "count", value, low, high, approx]
            row += ["", as_of, as_of, "", source, claimant, "", "", "en", "active", "", "", "", "", ""]
            w.writerow(row)


def run(args, env=None, stdin=None):
    full_env = dict(os.environ)
    full_env.update(env or {})
    started = time.perf_counter()
    out = subprocess.run(args, env=full_env, stdin=stdin, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if out.returncode != 0:
        sys.exit(f"bench: {' '.join(args)} failed: {out.stderr.decode().strip()}")
    return elapsed


def median_of(label, runs, make_args, env=None):
    times = [run(make_args(i), env) for i in range(runs)]
    med = statistics.median(times)
    print(f"{label:<44} median {med * 1000:9.1f} ms   (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, n={runs})")
    return med


def suite_entry(opts):
    """Quick entry and listing on a database of `--claims` claims."""
    work = tempfile.mkdtemp(prefix="claimlog-bench-")
    try:
        data = os.path.join(work, "claims.csv")
        db = os.path.join(work, "bench.db")
        generate(data, opts.claims, events=1)
        env = {"CLAIMLOG_DB": db, "NO_COLOR": "1"}
        t = run([BIN, "import", data], env)
        print(f"imported {opts.claims:,} claims in {t * 1000:.0f} ms")
        event = "event-0000"
        median_of("add (one quick entry, 2 claims)", opts.runs,
                  lambda i: [BIN, "add", event, f"{26 + i} dead, 18 wounded", "--source", "AFP",
                             "--by", "Interior Ministry", "--said", "2022-01-07"], env)
        median_of(f"list (all {opts.claims:,}, table)", opts.runs, lambda i: [BIN, "list", event], env)
        median_of(f"list (all {opts.claims:,}, json)", opts.runs,
                  lambda i: [BIN, "list", event, "--format", "json"], env)
        median_of("list --limit 100", opts.runs, lambda i: [BIN, "list", "--limit", "100"], env)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suite", choices=["entry", "generate"])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--out", help="with generate: the CSV to write")
    opts = parser.parse_args()
    if opts.suite == "generate":
        generate(opts.out or "claims.csv", opts.claims)
        return
    if not os.path.exists(BIN):
        sys.exit("bench: build first with `cargo build --release`")
    {"entry": suite_entry}[opts.suite](opts)


if __name__ == "__main__":
    main()
