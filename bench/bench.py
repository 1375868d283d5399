#!/usr/bin/env python3
"""claimlog benchmark harness: generates synthetic claims in the interchange
CSV shape (deterministic), times whole `claimlog` processes, and prints
medians (and ratios against sqlite3 where the suite has one).

    python3 bench/bench.py entry            # add and list on 10,000 claims
    python3 bench/bench.py scale            # a million claims: import against
                                            # sqlite3's shell, reports, add, list
    python3 bench/bench.py scale --claims 200000 --runs 3
    python3 bench/bench.py conflicts        # conflicts on 100,000 claims of one metric
    python3 bench/bench.py pages            # report on one event of 100,000 claims (time,
                                            # size); serve: the samples' page (median)
    python3 bench/bench.py log              # 1,000 lines through `log` on a million claims

Build first: cargo build --release && cargo bench --bench bare_insert --no-run
(the harness runs target/release/claimlog and the bare insert loop), and
have sqlite3's shell installed (apt-get install sqlite3).
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
    "note", "tags", "retracted_at", "reason", "retracted_by", "superseded_by",
]
METRICS = ["deaths", "injured", "detained", "displaced", "missing"]
QUALIFIERS = ["", "", "", "security forces", "protesters", "civilians"]


BIG_EVENT = "event-big"


def generate(path, claims, events=1000, sources=300, claimants=200, seed=7, big_share=0.0):
    """Writes `claims` synthetic interchange rows: growing figures per series
    with outliers, ranges, bounds, approximate values and some date claims.
    `big_share` of the rows go to one large event (BIG_EVENT)."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        level = {}
        for i in range(claims):
            if big_share and rng.random() < big_share:
                event = BIG_EVENT
            else:
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
            row += full_width_tail(rng, i, claims, row[4], as_of, source, claimant)
            w.writerow(row)


QUOTE_WORDS = ("the ministry said that at least people were killed in the clashes overnight "
               "according to officials who spoke on condition of anonymity while rescue teams "
               "searched the rubble of buildings in the capital and two other cities").split()
NOTES = ["relayed by the agency", "figure from a hospital source", "updated toll",
         "broadcast interview", "press conference"]
TAGS = ["wire", "tv", "radio", "official", "ngo", "hospital"]


def full_width_tail(rng, i, claims, kind, as_of, source, claimant):
    """Every column after `approx` filled the way a busy log fills them: a
    unit, the three times (instants with offsets for said and published), a
    unique URL, a quote of about 80 characters, a language, a note, tags; one
    claim in twenty withdrawn by its claimant with a reason, one in a hundred
    corrected by the next row."""
    hour = rng.randrange(0, 24)
    said = f"{as_of}T{hour:02d}:{rng.randrange(60):02d}:00+06:00"
    published = f"{as_of}T{min(hour + 1, 23):02d}:{rng.randrange(60):02d}:00+01:00"
    url = f"https://news.example/{source.replace(' ', '-')}/2022/{i:07d}-{rng.randrange(10**6):06d}"
    words = []
    while sum(len(w) + 1 for w in words) < 80:
        words.append(rng.choice(QUOTE_WORDS))
    quote = " ".join(words)
    lang = rng.choice(["en", "en", "fr"])
    note = rng.choice(NOTES)
    tags = ";".join(rng.sample(TAGS, 2))
    status, retracted_at, reason, retracted_by = "active", "", "", ""
    if rng.random() < 0.05:
        status, retracted_at = "retracted", f"{as_of}T23:00:00+01:00"
        reason, retracted_by = "withdrawn after a recount", claimant or source
    superseded_by = ""
    if status == "active" and i + 1 < claims and rng.random() < 0.01:
        status, superseded_by = "superseded", f"b{i + 1}"
    unit = "people" if kind == "count" else ""
    return [unit, as_of, said, published, source, claimant, url, quote, lang, status,
            note, tags, retracted_at, reason, retracted_by, superseded_by]


def run_measured(args, env=None, stdin=None):
    """Runs a command; returns (wall seconds, peak resident memory in MiB).
    GNU time reports the child's own peak (wait4's would include the forked
    Python interpreter's pages)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    gnu_time = "/usr/bin/time"
    with tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rss, \
            tempfile.TemporaryFile() as errors:
        wrapped = [gnu_time, "-f", "%M", "-o", rss.name] + list(args) \
            if os.path.exists(gnu_time) else list(args)
        started = time.perf_counter()
        # stderr goes to a file: a pipe nobody reads would stall a chatty child.
        code = subprocess.call(wrapped, env=full_env, stdin=stdin,
                               stdout=subprocess.DEVNULL, stderr=errors)
        elapsed = time.perf_counter() - started
        errors.seek(0)
        err = errors.read().decode(errors="replace")
        text = rss.read().strip().splitlines()
    peak = int(text[-1]) / 1024 if text and text[-1].isdigit() else float("nan")
    if code != 0:
        sys.exit(f"bench: {' '.join(args)} failed: {err.strip()[:500]}")
    if "expected" in err and "columns" in err:
        sys.exit(f"bench: {' '.join(args)}: {err.strip()[:300]}")
    return elapsed, peak


def run(args, env=None, stdin=None):
    return run_measured(args, env, stdin)[0]


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


def fresh(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


SQLITE_IMPORT = """CREATE TABLE claims (id TEXT, event TEXT, metric TEXT, qualifier TEXT,
  kind TEXT, value TEXT, low REAL, high REAL, approx TEXT, unit TEXT, as_of TEXT, said_at TEXT,
  published_at TEXT, source TEXT, claimant TEXT, url TEXT, quote TEXT, lang TEXT, status TEXT,
  note TEXT, tags TEXT, retracted_at TEXT, reason TEXT, retracted_by TEXT, superseded_by TEXT);
CREATE UNIQUE INDEX claims_gid ON claims (id);
CREATE INDEX claims_by_scope ON claims (event, metric, qualifier, as_of);
.mode csv
.import --skip 1 {csv} claims
"""


def run_count(db, event):
    out = subprocess.run([BIN, "--db", db, "event", "list", "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    import json
    return next((e["claims"] for e in json.loads(out) if e["event"] == event), 0)


def timed_runs(label, runs, make, rows):
    """Times `make(i)` (a command) `runs` times; prints and returns medians."""
    times, peaks = [], []
    for i in range(runs):
        t, peak = make(i)
        times.append(t)
        peaks.append(peak)
    med = statistics.median(times)
    rate = f"{rows / med / 1000:,.0f}k rows/s" if rows else ""
    print(f"{label:<46} median {med:8.2f} s  (min {min(times):.2f}, max {max(times):.2f}, n={runs})"
          f"  peak {max(peaks):6.1f} MiB  {rate}")
    return med, max(peaks)


def suite_scale(opts):
    """A million claims: import against sqlite3's shell and a bare insert
    loop, then the reports, add and list on the result."""
    sqlite3 = shutil.which("sqlite3")
    bare = None
    deps = os.path.join(ROOT, "target", "release", "deps")
    for name in sorted(os.listdir(deps)) if os.path.isdir(deps) else []:
        if name.startswith("bare_insert-") and os.access(os.path.join(deps, name), os.X_OK) \
                and "." not in name:
            bare = os.path.join(deps, name)
    if not sqlite3:
        sys.exit("bench: the scale suite compares with sqlite3's shell: apt-get install sqlite3")
    if not bare:
        sys.exit("bench: build the bare insert loop first: cargo bench --bench bare_insert --no-run")
    work = opts.workdir or tempfile.mkdtemp(prefix="claimlog-scale-")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, f"claims-{opts.claims}.csv")
    if not os.path.exists(data):
        print(f"generating {opts.claims:,} claims ({BIG_EVENT} holds {opts.big:.0%}) ...")
        generate(data, opts.claims, big_share=opts.big)
    size = os.path.getsize(data) / 2**20
    print(f"data: {data} ({size:,.0f} MiB)\n")
    db = os.path.join(work, "claimlog.db")
    sq = os.path.join(work, "sqlite3.db")
    bare_db = os.path.join(work, "bare.db")
    n = opts.claims

    def claimlog_import(_):
        fresh(db)
        return run_measured([BIN, "--db", db, "import", data])

    def shell_import(_):
        fresh(sq)
        with open(os.path.join(work, "import.sql"), "w") as f:
            f.write(SQLITE_IMPORT.format(csv=data))
        with open(os.path.join(work, "import.sql")) as f:
            return run_measured([sqlite3, sq], stdin=f)

    def bare_loop(_):
        fresh(bare_db)
        return run_measured([bare, data, bare_db])

    runs = opts.import_runs
    # Interleaved (one of each, then again): a load that comes and goes on a
    # shared machine then weighs on all three alike, and the ratio holds.
    measured = {"ours": [], "shell": [], "bare": []}
    for i in range(runs):
        measured["ours"].append(claimlog_import(i))
        measured["shell"].append(shell_import(i))
        measured["bare"].append(bare_loop(i))
    replay = lambda key: (lambda i: measured[key][i])
    ours, ours_peak = timed_runs(f"claimlog import ({n:,} claims)", runs, replay("ours"), n)
    shell, _ = timed_runs("sqlite3 shell .import (same CSV, typed table)", runs, replay("shell"), n)
    floor, _ = timed_runs("bare prepared-insert loop (no parsing)", runs, replay("bare"), n)
    print(f"\nratio claimlog / sqlite3 shell: {ours / shell:.2f}   "
          f"claimlog / bare loop: {ours / floor:.2f}   peak memory {ours_peak:.0f} MiB\n")

    if opts.imports_only:
        return
    env = {"CLAIMLOG_DB": db, "NO_COLOR": "1"}
    q = opts.runs
    one = "event-0001"
    results = []

    def query(label, args, target=None):
        med, peak = timed_runs(label, q, lambda i: run_measured([BIN] + args(i), env), 0)
        results.append((label, med, peak, target))

    query(f"summary {one}", lambda i: ["summary", one, "--format", "json"], 0.050)
    query(f"compare {one}", lambda i: ["compare", one, "--format", "json"], 0.050)
    query(f"timeline {one}", lambda i: ["timeline", one, "--format", "json"], 0.050)
    query(f"conflicts {BIG_EVENT} (widest 100)",
          lambda i: ["conflicts", BIG_EVENT, "--limit", "100", "--format", "json"], 1.0)
    query(f"conflicts {BIG_EVENT} (all, as JSON)",
          lambda i: ["conflicts", BIG_EVENT, "--format", "json"], None)
    query(f"summary {BIG_EVENT}", lambda i: ["summary", BIG_EVENT, "--format", "json"], None)
    query("summary (every event)", lambda i: ["summary", "--format", "json"], None)
    query("add (one quick entry)", lambda i: ["add", one, f"{26 + i} dead", "--source", "AFP",
                                              "--said", "2022-01-07"], 0.010)
    query("list --limit 100", lambda i: ["list", "--limit", "100"], None)
    big_claims = run_count(db, BIG_EVENT)
    print(f"\n{BIG_EVENT} holds {big_claims:,} claims")
    print()
    for label, med, peak, target in results:
        verdict = "" if target is None else ("meets" if med <= target else "MISSES") + \
            f" target {target * 1000:.0f} ms"
        print(f"  {label:<40} {med * 1000:9.1f} ms  {verdict}")
    if not opts.workdir:
        shutil.rmtree(work, ignore_errors=True)


def generate_one_metric(path, claims, seed=11):
    """`claims` rows of one metric in one event (ONE_METRIC_EVENT): 200
    claimants, 300 outlets, three qualifiers, over 28 days. Figures of one
    claimant and day differ from outlet to outlet, so echo conflicts number
    far more than the claims: the shape that made `conflicts` hold every
    pair in memory."""
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "event", "metric", "qualifier", "value", "as_of", "source", "claimant"])
        for i in range(claims):
            day = 1 + (i * 28 // max(claims, 1))
            claimant = "" if rng.random() < 0.15 else f"official {rng.randrange(200)}"
            n = 100 + day * 20 + rng.randrange(0, 400)
            w.writerow([f"m{i}", ONE_METRIC_EVENT, "deaths", rng.choice(QUALIFIERS), n,
                        f"2022-01-{day:02d}", f"outlet {rng.randrange(300)}", claimant])


ONE_METRIC_EVENT = "event-one-metric"


def suite_conflicts(opts):
    """`conflicts` on one event of `--claims` claims of one metric (default
    100,000): the table (widest 100) and every pair as JSON to /dev/null,
    with wall time and peak resident memory (GNU time)."""
    work = opts.workdir or tempfile.mkdtemp(prefix="claimlog-conflicts-")
    os.makedirs(work, exist_ok=True)
    n = opts.claims
    data = os.path.join(work, f"one-metric-{n}.csv")
    db = os.path.join(work, f"one-metric-{n}.db")
    if not os.path.exists(data):
        generate_one_metric(data, n)
    if not os.path.exists(db):
        run([BIN, "--db", db, "import", data])
    env = {"CLAIMLOG_DB": db, "NO_COLOR": "1"}
    out = subprocess.run([BIN, "conflicts", ONE_METRIC_EVENT, "--format", "jsonl"], env={**os.environ, **env},
                         capture_output=True, check=True).stdout
    pairs = out.count(b"\n")
    print(f"{ONE_METRIC_EVENT}: {n:,} claims of one metric, {pairs:,} conflicts\n")
    del out
    q = opts.runs
    timed_runs("conflicts, table (default: widest 100)", q,
               lambda i: run_measured([BIN, "conflicts", ONE_METRIC_EVENT], env), 0)
    timed_runs("conflicts --format json (every pair)", q,
               lambda i: run_measured([BIN, "conflicts", ONE_METRIC_EVENT, "--format", "json"], env), 0)
    if not opts.workdir:
        shutil.rmtree(work, ignore_errors=True)


def http_get(url):
    """One GET; returns (seconds, status, body bytes)."""
    import urllib.error
    import urllib.request
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url) as answer:
            body, status = answer.read(), answer.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    return time.perf_counter() - started, status, body


def suite_pages(opts):
    """`report` on one event of `--claims` claims (default 100,000, every
    column filled): wall time, peak memory and the page's size; then
    `serve` on the samples: the event page, the index and one JSON
    report, medians of `--runs` requests after one warm-up."""
    work = tempfile.mkdtemp(prefix="claimlog-bench-")
    try:
        data = os.path.join(work, "claims.csv")
        db = os.path.join(work, "big.db")
        generate(data, opts.claims, events=1, big_share=1.0)
        env = {"CLAIMLOG_DB": db, "NO_COLOR": "1"}
        run([BIN, "import", data], env)
        page = os.path.join(work, "big.html")
        n = run_count(db, BIG_EVENT)
        med, peak = timed_runs(f"report, one event of {n:,} claims", opts.runs,
                               lambda i: run_measured([BIN, "report", BIG_EVENT, "-o", page], env), 0)
        size = os.path.getsize(page)
        print(f"{'page size':<46} {size / 1e6:8.2f} MB  (target: under 2 s and 5 MB)")
        samples = os.path.join(work, "samples.db")
        run([BIN, "--db", samples, "import", os.path.join(ROOT, "samples", "kz-unrest-2022.csv")])
        server = subprocess.Popen([BIN, "--db", samples, "serve", "--addr", "127.0.0.1:0"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            line = ""
            while "at http://" not in line:
                line = server.stderr.readline()
                if not line:
                    sys.exit("bench: serve did not start")
            base = "http://" + line.split("at http://")[1].split("/")[0]
            for label, path in (("serve: the samples' event page", "/events/kz-unrest-2022"),
                                ("serve: the index", "/"),
                                ("serve: /api/…/compare", "/api/events/kz-unrest-2022/compare")):
                http_get(base + path)
                times = []
                for _ in range(max(opts.runs, 21)):
                    t, status, _ = http_get(base + path)
                    if status != 200:
                        sys.exit(f"bench: {path} answered {status}")
                    times.append(t)
                print(f"{label:<46} median {statistics.median(times) * 1000:8.1f} ms  "
                      f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, n={len(times)})")
        finally:
            server.kill()
            server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def log_lines(count, seed=5):
    """`count` lines a desk might type, each with the claims it makes:
    mostly quick entries (one to three claims, English and French), with a
    context line now and then (no claim)."""
    rng = random.Random(seed)
    lines = []
    for i in range(count):
        if i % 25 == 0:
            lines.append((rng.choice([f"@ outlet {rng.randrange(300)}", f"by official {rng.randrange(200)}",
                                      "by -", f"said 2022-01-{1 + rng.randrange(28):02d}"]), 0))
            continue
        n = rng.randrange(5, 5000)
        lines.append(rng.choice([
            (f"{n} dead", 1),
            (f"{n:,} wounded, {n // 3} arrested", 2),
            (f"at least {n} killed", 1),
            (f"{n} morts, {n // 2} blessés", 2),
            (f"about {n:,} protesters detained", 1),
            (f"between {n} and {n + 20} dead, {n // 4} missing and {n // 5} displaced", 3),
        ]))
    return lines


class Terminal:
    """The reading end of a pseudo-terminal, with what was read past the
    last thing waited for kept for the next wait."""

    def __init__(self, fd):
        self.fd, self.pending = fd, b""

    def wait_for(self, needle, timeout=30.0):
        import select
        deadline = time.perf_counter() + timeout
        while needle not in self.pending:
            left = deadline - time.perf_counter()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                sys.exit(f"bench: no {needle!r} from log at the terminal; got {self.pending[-300:]!r}")
            self.pending += os.read(self.fd, 65536)
        self.pending = self.pending[self.pending.index(needle) + len(needle):]


def suite_log(opts):
    """1,000 lines through `claimlog log` on a database of `--claims`
    claims (default 1,000,000, the scale suite's data): per line, from
    standard input (the line written, its records read back) and at a
    terminal (a pseudo-terminal: Enter to the next prompt, the table drawn)."""
    import pty
    work = opts.workdir or tempfile.mkdtemp(prefix="claimlog-log-")
    os.makedirs(work, exist_ok=True)
    n = opts.claims
    data = os.path.join(work, f"claims-{n}.csv")
    db = os.path.join(work, f"log-{n}.db")
    if not os.path.exists(data):
        print(f"generating {n:,} claims ...")
        generate(data, n, big_share=opts.big)
    if not os.path.exists(db):
        t = run([BIN, "--db", db, "import", data])
        print(f"imported {n:,} claims in {t:.1f} s")
    event = "event-0001"
    env = {**os.environ, "CLAIMLOG_DB": db, "NO_COLOR": "1"}
    lines = log_lines(1000)

    # Standard input, one record per claim (--format jsonl): each line is
    # timed from its write to its last record read back.
    proc = subprocess.Popen([BIN, "log", event, "--fresh", "--new-name", "--format", "jsonl"],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    per_line = []
    started = time.perf_counter()
    for line, claims in lines:
        t0 = time.perf_counter()
        proc.stdin.write((line + "\n").encode())
        proc.stdin.flush()
        if not claims:
            continue
        for _ in range(claims):
            proc.stdout.readline()
        per_line.append(time.perf_counter() - t0)
    proc.stdin.close()
    proc.wait()
    total = time.perf_counter() - started
    med = statistics.median(per_line)
    print(f"log from standard input, {len(lines)} lines ({len(per_line)} entries) on {n:,} claims")
    print(f"  per entry line: median {med * 1000:.2f} ms, p90 {statistics.quantiles(per_line, n=10)[-1] * 1000:.2f} ms, "
          f"max {max(per_line) * 1000:.1f} ms; whole session {total:.2f} s   "
          + ("meets" if med < 0.005 else "MISSES") + " target 5 ms")

    # The same from a notes file, tables to /dev/null: the whole run.
    notes = os.path.join(work, "notes.txt")
    with open(notes, "w") as f:
        f.write("".join(line + "\n" for line, _ in lines))
    with open(notes) as f:
        t = run([BIN, "log", event, "--fresh", "--new-name"], {"CLAIMLOG_DB": db, "NO_COLOR": "1"}, stdin=f)
    print(f"  log < notes.txt (tables): {t:.2f} s for {len(lines)} lines, {t / len(lines) * 1000:.2f} ms a line")

    # A pseudo-terminal: the line typed, Enter, until the next prompt.
    import fcntl, struct, termios
    master, slave = pty.openpty()
    # A terminal 200 columns wide, so no typed line wraps.
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    term = subprocess.Popen([BIN, "log", event, "--fresh", "--new-name"],
                            env={**env, "TERM": "xterm", "COLUMNS": "160"},
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    screen = Terminal(master)
    screen.wait_for(b"> ")
    at_terminal = []
    for line, _ in lines[:300]:
        # The line typed at once and Enter; from there until the table is
        # drawn and the next prompt shows.
        t0 = time.perf_counter()
        os.write(master, line.encode() + b"\r")
        screen.wait_for(b"\r\n")
        screen.wait_for(b"> ")
        at_terminal.append(time.perf_counter() - t0)
    os.write(master, b"\x04")
    term.wait(timeout=30)
    os.close(master)
    med = statistics.median(at_terminal)
    print(f"log at a terminal, {len(at_terminal)} lines: Enter to the next prompt median {med * 1000:.2f} ms, "
          f"p90 {statistics.quantiles(at_terminal, n=10)[-1] * 1000:.2f} ms   "
          + ("meets" if med < 0.020 else "MISSES") + " target 20 ms")
    if not opts.workdir:
        shutil.rmtree(work, ignore_errors=True)


def main():
    sys.stdout.reconfigure(line_buffering=True)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suite", choices=["entry", "scale", "conflicts", "log", "pages", "generate"])
    parser.add_argument("--claims", type=int, default=None,
                        help="claims to generate (entry: 10,000; scale: 1,000,000; "
                             "conflicts: 100,000)")
    parser.add_argument("--runs", type=int, default=11, help="runs per query (median)")
    parser.add_argument("--import-runs", type=int, default=3, help="runs per import (median)")
    parser.add_argument("--big", type=float, default=0.1,
                        help=f"scale: share of claims in one large event ({BIG_EVENT})")
    parser.add_argument("--workdir", help="scale: keep data and databases here")
    parser.add_argument("--imports-only", action="store_true",
                        help="scale: time the three imports and stop")
    parser.add_argument("--out", help="with generate: the CSV to write")
    opts = parser.parse_args()
    if opts.claims is None:
        opts.claims = {"scale": 1_000_000, "log": 1_000_000, "conflicts": 100_000,
                       "pages": 100_000}.get(opts.suite, 10_000)
    if opts.suite == "generate":
        generate(opts.out or "claims.csv", opts.claims)
        return
    if not os.path.exists(BIN):
        sys.exit("bench: build first with `cargo build --release`")
    {"entry": suite_entry, "scale": suite_scale, "conflicts": suite_conflicts,
     "log": suite_log, "pages": suite_pages}[opts.suite](opts)


if __name__ == "__main__":
    main()
