#!/usr/bin/env python3
"""claimlog on PostgreSQL: import of a million claims against `psql \\copy`
of the same CSV, then the reports of one event, one `add` and `list`, as
whole processes, printing medians.

    python3 bench/pg.py                       # a throw-away server of its own
    python3 bench/pg.py --claims 200000 --import-runs 3
    python3 bench/pg.py --server postgres://claimlog@127.0.0.1:5432/postgres

Build first (cargo build --release). Without --server it starts a cluster
with scripts/pg-cluster in a temporary directory (PostgreSQL's Debian
packages: apt-get install postgresql) and stops it at the end. Each import
goes into a database of its own, made just before and dropped after.

The reference load is what a team would do by hand: `psql -c "\\copy …"`
of the CSV into a table with the interchange record's columns and the
indexes claimlog keeps (a unique id, one on event, metric, qualifier and
as_of, one on as_of and id, and a partial one on event, as claimlog's on
the claims not removed). Its `low` and `high` are text: date claims put
days there.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import BIN, BIG_EVENT, ROOT, generate, run_measured, timed_runs  # noqa: E402

REFERENCE = """DROP TABLE IF EXISTS claims_ref;
CREATE TABLE claims_ref (id TEXT, event TEXT, metric TEXT, qualifier TEXT,
  kind TEXT, value TEXT, low TEXT, high TEXT, approx TEXT, unit TEXT, as_of TEXT, said_at TEXT,
  published_at TEXT, source TEXT, claimant TEXT, url TEXT, quote TEXT, lang TEXT, status TEXT,
  note TEXT, tags TEXT, retracted_at TEXT, reason TEXT, retracted_by TEXT, superseded_by TEXT);
CREATE UNIQUE INDEX claims_ref_id ON claims_ref (id);
CREATE INDEX claims_ref_by_scope ON claims_ref (event, metric, qualifier, as_of);
CREATE INDEX claims_ref_by_time ON claims_ref (as_of, id);
CREATE INDEX claims_ref_by_event ON claims_ref (event) WHERE retracted_at IS NULL;
\\copy claims_ref FROM '{csv}' WITH (FORMAT csv, HEADER true)
"""


def run_bare(args, env):
    """A command's wall time in seconds, with nothing wrapped around it."""
    started = time.perf_counter()
    done = subprocess.run(args, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(args)} failed: {done.stderr.decode(errors='replace')[:500]}")
    return elapsed


def server_url(base, database):
    return base.rsplit("/", 1)[0] + "/" + database


def psql(base, *args, database="postgres", stdin=None):
    return subprocess.run(["psql", "-qX", "-v", "ON_ERROR_STOP=1", server_url(base, database)]
                          + list(args), stdin=stdin, check=True, capture_output=True, text=True)


def fresh_database(base, name):
    psql(base, "-c", f"DROP DATABASE IF EXISTS {name}")
    psql(base, "-c", f"CREATE DATABASE {name}")


def main():
    sys.stdout.reconfigure(line_buffering=True)
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=21, help="runs per query (median)")
    parser.add_argument("--import-runs", type=int, default=3, help="runs per import (median)")
    parser.add_argument("--big", type=float, default=0.1)
    parser.add_argument("--server", help="a server's address (password in PGPASSWORD)")
    parser.add_argument("--workdir", help="keep the generated CSV here")
    opts = parser.parse_args()
    if not os.path.exists(BIN):
        sys.exit("bench: build first with `cargo build --release`")
    if not shutil.which("psql"):
        sys.exit("bench: psql is needed (apt-get install postgresql)")
    cluster = None
    base = opts.server
    if not base:
        cluster = tempfile.mkdtemp(prefix="claimlog-pg-")
        base = subprocess.run([os.path.join(ROOT, "scripts", "pg-cluster"), "start", cluster, "55439"],
                              check=True, capture_output=True, text=True).stdout.strip()
        with open(os.path.join(cluster, "password")) as f:
            os.environ["PGPASSWORD"] = f.read().strip()
    work = opts.workdir or tempfile.mkdtemp(prefix="claimlog-pgdata-")
    os.makedirs(work, exist_ok=True)
    try:
        run_suite(opts, base, work)
    finally:
        if cluster:
            subprocess.run([os.path.join(ROOT, "scripts", "pg-cluster"), "stop", cluster],
                           capture_output=True)
            shutil.rmtree(cluster, ignore_errors=True)
        if not opts.workdir:
            shutil.rmtree(work, ignore_errors=True)


def run_suite(opts, base, work):
    n = opts.claims
    data = os.path.join(work, f"claims-{n}.csv")
    if not os.path.exists(data):
        print(f"generating {n:,} claims ({BIG_EVENT} holds {opts.big:.0%}) ...")
        generate(data, n, big_share=opts.big)
    print(f"data: {data} ({os.path.getsize(data) / 2**20:,.0f} MiB), server {base}\n")
    script = os.path.join(work, "reference.sql")
    with open(script, "w") as f:
        f.write(REFERENCE.format(csv=data.replace("'", "''")))

    def claimlog_import(_):
        fresh_database(base, "bench_claimlog")
        return run_measured([BIN, "--db", server_url(base, "bench_claimlog"), "import", data])

    def psql_copy(_):
        fresh_database(base, "bench_psql")
        return run_measured(["psql", "-qX", "-v", "ON_ERROR_STOP=1",
                             server_url(base, "bench_psql"), "-f", script])

    # Interleaved, so a load that comes and goes weighs on both alike.
    measured = {"ours": [], "psql": []}
    for i in range(opts.import_runs):
        measured["ours"].append(claimlog_import(i))
        measured["psql"].append(psql_copy(i))
    replay = lambda key: (lambda i: measured[key][i])
    ours, peak = timed_runs(f"claimlog import ({n:,} claims)", opts.import_runs, replay("ours"), n)
    theirs, _ = timed_runs("psql \\copy (same CSV, same indexes)", opts.import_runs,
                           replay("psql"), n)
    print(f"\nratio claimlog / psql \\copy: {ours / theirs:.2f}   (target <= 1.2)   "
          f"peak memory {peak:.0f} MiB\n")

    # The queries run on a settled database, as a team's server is between
    # bursts: the reference copy is dropped and claimlog's vacuumed and
    # analysed now, so autovacuum does not do it on the same two cores
    # while the queries are timed.
    psql(base, "-c", "DROP DATABASE IF EXISTS bench_psql")
    psql(base, "-c", "VACUUM (ANALYZE) claims", database="bench_claimlog")
    db = server_url(base, "bench_claimlog")
    env = {"CLAIMLOG_DB": db, "NO_COLOR": "1"}
    one = "event-0001"
    results = []

    def query(label, args, target=None):
        # Timed bare: GNU time, which run_measured wraps around a command
        # to read its peak memory, adds about 3 ms to a 20 ms process. The
        # peak comes from one more run, wrapped.
        peak = run_measured([BIN] + args(opts.runs), env)[1]
        med, _ = timed_runs(label, opts.runs,
                            lambda i: (run_bare([BIN] + args(i), env), peak), 0)
        results.append((label, med, target))

    query(f"summary {one}", lambda i: ["summary", one, "--format", "json"], 0.100)
    query(f"compare {one}", lambda i: ["compare", one, "--format", "json"], 0.100)
    query(f"timeline {one}", lambda i: ["timeline", one, "--format", "json"], 0.100)
    query("add (one quick entry)", lambda i: ["add", one, f"{26 + i} dead", "--source", "AFP",
                                              "--said", "2022-01-07"], 0.020)
    query("list --limit 100", lambda i: ["list", "--limit", "100"], None)
    query(f"summary {BIG_EVENT}", lambda i: ["summary", BIG_EVENT, "--format", "json"], None)
    query(f"conflicts {BIG_EVENT} (widest 100)",
          lambda i: ["conflicts", BIG_EVENT, "--limit", "100", "--format", "json"], None)
    print()
    for label, med, target in results:
        verdict = "" if target is None else ("meets" if med <= target else "MISSES") + \
            f" target {target * 1000:.0f} ms"
        print(f"  {label:<40} {med * 1000:9.1f} ms  {verdict}")
    fresh_database(base, "bench_psql")


if __name__ == "__main__":
    main()
