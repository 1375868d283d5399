#!/usr/bin/env python3
"""Builds README.md from docs/README.tmpl by running every `%%` line for real
with target/debug/claimlog (build it first: cargo build).

    python3 scripts/readme.py docs/README.tmpl           # writes README.md
    python3 scripts/readme.py --check docs/README.tmpl   # fails when README.md is stale

A `%%` line is `%% [db=NAME] [rc=N] [lines=A-B,...] [hide] [quiet] [nostderr] [echo] [show=...] :: COMMAND`
(options are read as a shell reads words: `show="curl -s …"` may hold spaces)."""
import datetime, os, re, shlex, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DBDIR = tempfile.mkdtemp(prefix="claimlog-readme-")
shutil.rmtree(DBDIR, ignore_errors=True)
os.makedirs(DBDIR)
today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\b")
STAMP = re.compile(re.escape(today) + r"T\d\d:\d\d:\d\d(?:\+00:00|Z)")
TMPPATH = re.compile(r"/tmp/\.tmp\w+/demo\.db")

def pad(s, n):
    return s + " " * max(0, n - len(s))

def elide_line(line):
    for rx, short in ((UUID, lambda m: "…"), (STAMP, lambda m: "…")):
        while True:
            m = rx.search(line)
            if not m:
                break
            rep = short(m)
            deficit = len(m.group(0)) - len(rep)
            line = line[:m.start()] + rep + line[m.end():]
            pos = m.start() + len(rep)
            cands = [i for i in (line.find(" ┆", pos), line.find(" │", pos)) if i >= 0]
            if cands:
                i = min(cands)
                line = line[:i] + " " * deficit + line[i:]
    return line

def elide(text):
    return "\n".join(elide_line(l) for l in text.split("\n"))

def pick(lines, spec):
    keep = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        a = int(a); b = int(b) if b else (len(lines) if part.endswith("-") else a)
        keep.append((a, b))
    out, last = [], 0
    for a, b in keep:
        if a > last + 1:
            out.append("…")
        out.extend(lines[a - 1:b])
        last = b
    if last < len(lines):
        out.append("…")
    return out

env = dict(os.environ)
env["NO_COLOR"] = "1"
env["PATH"] = ROOT + "/target/debug:" + env["PATH"]
env.pop("COLUMNS", None)

args = sys.argv[1:]
check = "--check" in args
args = [a for a in args if a != "--check"]
failures = []
out = []
for line in open(args[0], encoding="utf-8"):
    if not line.startswith("%%"):
        out.append(line)
        continue
    opts, _, cmd = line[2:].partition("::")
    cmd = cmd.strip()
    # shlex, so `show="…"` may hold spaces.
    o = dict(kv.split("=", 1) if "=" in kv else (kv, "1") for kv in shlex.split(opts))
    e = dict(env)
    if "db" in o:
        e["CLAIMLOG_DB"] = os.path.join(DBDIR, o["db"] + ".db")
    else:
        e.pop("CLAIMLOG_DB", None)
    redirect = " 2>/dev/null" if "nostderr" in o else " 2>&1"
    p = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd + redirect], cwd=ROOT, env=e,
                       capture_output=True, text=True)
    want = int(o.get("rc", "0"))
    if p.returncode != want:
        failures.append((cmd, p.returncode, p.stdout[-300:]))
    text = elide(p.stdout).rstrip("\n")
    lines = text.split("\n") if text else []
    if "lines" in o:
        lines = pick(lines, o["lines"])
    shown = o.get("show", cmd)
    if "hide" not in o:
        out.append("$ " + shown + "\n")
    if "quiet" not in o:
        out.extend(l + "\n" for l in lines)
    if "echo" in o:
        out.append("$ echo $?\n%d\n" % p.returncode)

readme = os.path.join(ROOT, "README.md")
stale = False
if check:
    import difflib
    old = open(readme, encoding="utf-8").read().splitlines(keepends=True)
    new = "".join(out).splitlines(keepends=True)
    diff = list(difflib.unified_diff(old, new, "README.md", "generated"))
    if diff:
        sys.stderr.writelines(diff[:200])
        print("README.md is not current: run python3 scripts/readme.py docs/README.tmpl",
              file=sys.stderr)
        stale = True
else:
    open(readme, "w", encoding="utf-8").write("".join(out))
for f in failures:
    print("UNEXPECTED EXIT:", f, file=sys.stderr)
print("ok" if not failures else "FAILURES", file=sys.stderr)
shutil.rmtree(DBDIR, ignore_errors=True)
sys.exit(1 if failures or stale else 0)
