#!/usr/bin/env python3
"""Differential fuzzing of heap2stack with programs from gen.py.

    utils/fuzz/run.py [--seeds A..B] [--llvm 19,22] [--configs O1,O2,...]
                      [--jobs N] [--quick] [--clang C --opt O --plugin P]

For each seed and each LLVM version, the program from gen.py is built as
  ref     clang-N -O0                                    (the reference)
  san     clang-N -O0 -fsanitize=address,undefined       (must be clean and
          print the reference's output, else the seed is DISCARDED: the
          generator wrote a program with undefined behaviour)
and then with heap2stack:
  O1 O2 O3   clang-N -O<k> -fpass-plugin=<plugin>
  opt        clang-N -O0 -Xclang -disable-O0-optnone -S -emit-llvm,
             opt-N -load-pass-plugin=<plugin> -passes=heap2stack
             (opt verifies its output), clang-N -O0 codegen
  m2r        the same with -passes='function(mem2reg),heap2stack'
  optO2      the heap2stack'd -O0 IR of `opt`, compiled by clang-N -O2
             (no plugin): later passes must respect the rewritten IR
  asan       clang-N -O2 -fsanitize=address -fpass-plugin=<plugin>, run with
             ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=1
Any compiler crash / verifier failure, non-zero exit, timeout, sanitizer
report or output different from the reference is a FINDING: the program,
the commands and their output are saved under utils/fuzz/findings/<seed>/
(listed in findings/README.md) and a line-based reduction is attempted
(reduced.c), keeping the reference sanitizer-clean at every step.

The exit status is 1 if there was any finding, else 0.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

ALL_CONFIGS = ["O1", "O2", "O3", "opt", "m2r", "optO2", "asan"]
RUN_TIMEOUT = 20
COMPILE_TIMEOUT = 120
SAN_ENV = "detect_leaks=0"
ASAN_PLUGIN_ENV = "detect_leaks=0:detect_stack_use_after_return=1"


class Toolchain:
    def __init__(self, version, clang, opt, plugin):
        self.version, self.clang, self.opt, self.plugin = version, clang, opt, plugin

    def plugin_flags(self):
        # clang-19 registers a -fpass-plugin plugin's options late; -fplugin too
        # is harmless and matches the lit configuration.
        return [f"-fpass-plugin={self.plugin}", f"-fplugin={self.plugin}"]


def find_toolchain(version):
    clang, opt = shutil.which(f"clang-{version}"), shutil.which(f"opt-{version}")
    plugin = os.path.join(ROOT, f"build-{version}", "pass", "heap2stack.so")
    if not clang or not opt:
        sys.exit(f"run.py: clang-{version} / opt-{version} not found")
    if not os.path.exists(plugin):
        sys.exit(f"run.py: {plugin} missing; run utils/build {version}")
    return Toolchain(str(version), clang, opt, plugin)


def snapshot_plugins(tcs, work):
    """Copy each plugin into the work directory and check it loads: the build
    tree may be rebuilt while a campaign runs (a half-written .so is not a
    finding), and every seed must see the same plugin."""
    import hashlib
    for tc in tcs:
        for attempt in range(10):
            dst = os.path.join(work, f"heap2stack-{tc.version}.so")
            shutil.copyfile(tc.plugin, dst)
            p = subprocess.run([tc.opt, f"-load-pass-plugin={dst}", "-passes=heap2stack",
                                "-disable-output", os.devnull], capture_output=True, text=True,
                               input="")
            if p.returncode == 0:
                break
            time.sleep(5)
        else:
            sys.exit(f"run.py: {tc.plugin} does not load: {p.stderr.strip()}")
        with open(dst, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:16]
        print(f"llvm{tc.version}: {tc.plugin} (sha256 {digest}) snapshot {dst}", flush=True)
        tc.plugin = dst


def clang_version(clang):
    out = subprocess.run([clang, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"version (\d+)", out)
    return m.group(1) if m else "?"


class Result:
    def __init__(self, ok, what="", log=""):
        self.ok, self.what, self.log = ok, what, log


def sh(cmd, log, timeout=COMPILE_TIMEOUT, env=None):
    """Run cmd (a list); append the command and its output to log. -> (rc, stdout)"""
    e = dict(os.environ, LC_ALL="C")
    if env:
        e.update(env)
    envtxt = " ".join(f"{k}={v}" for k, v in (env or {}).items())
    log.append("$ " + (envtxt + " " if envtxt else "") + " ".join(cmd))
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=e)
    except subprocess.TimeoutExpired:
        log.append("  TIMEOUT")
        return -999, ""
    if p.stderr.strip():
        log.append("  stderr: " + p.stderr.strip()[:4000].replace("\n", "\n  "))
    if p.returncode:
        log.append(f"  exit {p.returncode}")
    return p.returncode, p.stdout


def build_and_run(tc, cfg, src, d, log, cache):
    """Build src in directory d under config cfg, run it. -> (status, stdout)
    status: None on success, else a description of the failure."""
    exe = os.path.join(d, f"{cfg}.exe")
    w = ["-w"]
    runenv = None
    if cfg == "ref":
        cmd = [tc.clang, "-O0", *w, src, "-o", exe]
    elif cfg == "san":
        cmd = [tc.clang, "-O0", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all", *w, src, "-o", exe]
        runenv = {"ASAN_OPTIONS": SAN_ENV, "UBSAN_OPTIONS": "print_stacktrace=1"}
    elif cfg in ("O1", "O2", "O3"):
        cmd = [tc.clang, f"-{cfg}", *tc.plugin_flags(), *w, src, "-o", exe]
    elif cfg == "asan":
        cmd = [tc.clang, "-O2", "-g", "-fsanitize=address", *tc.plugin_flags(), *w, src, "-o", exe]
        runenv = {"ASAN_OPTIONS": ASAN_PLUGIN_ENV}
    elif cfg in ("opt", "m2r", "optO2"):
        ll = os.path.join(d, "o0.ll")
        if "o0ll" not in cache:
            rc, _ = sh([tc.clang, "-O0", "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm", *w, src, "-o", ll], log)
            cache["o0ll"] = rc == 0
        if not cache["o0ll"]:
            return "clang -emit-llvm failed", ""
        key = "m2r" if cfg == "m2r" else "opt"
        h = os.path.join(d, f"{key}.h2s.ll")
        if key not in cache:
            passes = "function(mem2reg),heap2stack" if key == "m2r" else "heap2stack"
            rc, _ = sh([tc.opt, f"-load-pass-plugin={tc.plugin}", f"-passes={passes}",
                        "-pass-remarks=heap2stack", "-S", ll, "-o", h], log)
            cache[key] = rc == 0
        if not cache[key]:
            return "opt -passes=heap2stack failed (crash or verifier)", ""
        cmd = [tc.clang, "-O2" if cfg == "optO2" else "-O0", *w, h, "-o", exe]
    else:
        raise ValueError(cfg)
    rc, _ = sh(cmd, log)
    if rc:
        return "compile failed" if rc != -999 else "compile timeout", ""
    rc, out = sh([exe], log, timeout=RUN_TIMEOUT, env=runenv)
    if rc == -999:
        return "run timeout", out
    if rc:
        return f"exit status {rc}", out
    log.append("  stdout: " + out.strip())
    return None, out


def count_moved(tc, d):
    """Allocation sites heap2stack moved in the -O0 IR (statistics only)."""
    ll = os.path.join(d, "o0.ll")
    if not os.path.exists(ll):
        return 0, 0
    p = subprocess.run([tc.opt, f"-load-pass-plugin={tc.plugin}", "-passes=heap2stack",
                        "-pass-remarks=heap2stack", "-disable-output", ll],
                       capture_output=True, text=True)
    moved = p.stderr.count("moved to stack:")
    guarded = p.stderr.count("moved to stack when it fits")
    return moved, guarded


def check_program(src, tcs, configs, d, stats=None):
    """-> ("discard", reason, log) | ("finding", [(version, cfg, what)], log) | ("ok", None, log)"""
    log = []
    findings = []
    for tc in tcs:
        vd = os.path.join(d, f"llvm{tc.version}")
        os.makedirs(vd, exist_ok=True)
        log.append(f"### LLVM {tc.version}")
        cache = {}
        st, ref = build_and_run(tc, "ref", src, vd, log, cache)
        if st:
            return "discard", f"llvm{tc.version} reference: {st}", log
        st, san = build_and_run(tc, "san", src, vd, log, cache)
        if st or san != ref:
            return "discard", f"llvm{tc.version} sanitizer reference: {st or 'output differs'}", log
        for cfg in configs:
            st, out = build_and_run(tc, cfg, src, vd, log, cache)
            if st is None and out != ref:
                st = f"output differs: {out.strip()!r} vs reference {ref.strip()!r}"
            if st:
                log.append(f"  FINDING llvm{tc.version} {cfg}: {st}")
                findings.append((tc.version, cfg, st))
        if stats is not None:
            m, g = count_moved(tc, vd)
            stats.setdefault(tc.version, [0, 0])
            stats[tc.version][0] += m
            stats[tc.version][1] += g
    if findings:
        return "finding", findings, log
    return "ok", None, log


# ---- reduction ---------------------------------------------------------------

def interesting(src_text, tc, cfg, kind, work):
    """Does src_text still show the same kind of failure under (tc, cfg)?"""
    d = tempfile.mkdtemp(dir=work)
    try:
        src = os.path.join(d, "r.c")
        with open(src, "w") as f:
            f.write(src_text)
        log, cache = [], {}
        st, ref = build_and_run(tc, "ref", src, d, log, cache)
        if st:
            return False
        st, san = build_and_run(tc, "san", src, d, log, cache)
        if st or san != ref:
            return False
        st, out = build_and_run(tc, cfg, src, d, log, cache)
        if st is None:
            st = "output differs" if out != ref else None
        if st is None:
            return False
        return st.split(":")[0].split(" ")[0] == kind.split(":")[0].split(" ")[0]
    finally:
        shutil.rmtree(d, ignore_errors=True)


def reduce_lines(text, test, deadline):
    """ddmin over lines (the generator writes one statement or brace per line;
    candidates that do not compile or are not sanitizer-clean are rejected
    by the test)."""
    lines = text.split("\n")
    n = 2
    while len(lines) >= 2 and time.time() < deadline:
        chunk = max(1, len(lines) // n)
        removed = False
        i = 0
        while i < len(lines) and time.time() < deadline:
            cand = lines[:i] + lines[i + chunk:]
            if test("\n".join(cand)):
                lines = cand
                removed = True
            else:
                i += chunk
        if not removed:
            if chunk == 1:
                break
            n = min(len(lines), n * 2)
    return "\n".join(lines)


def record_finding(seed, src_text, findings, log, tcs, work, reduce_secs):
    fd = os.path.join(HERE, "findings", str(seed))
    os.makedirs(fd, exist_ok=True)
    with open(os.path.join(fd, "program.c"), "w") as f:
        f.write(src_text)
    with open(os.path.join(fd, "log.txt"), "w") as f:
        f.write("\n".join(log) + "\n")
    ver, cfg, what = findings[0]
    tc = next(t for t in tcs if t.version == ver)
    reduced = None
    if reduce_secs > 0:
        deadline = time.time() + reduce_secs
        reduced = reduce_lines(src_text, lambda t: interesting(t, tc, cfg, what, work), deadline)
        with open(os.path.join(fd, "reduced.c"), "w") as f:
            f.write(reduced)
    idx = os.path.join(HERE, "findings", "README.md")
    new = not os.path.exists(idx)
    with open(idx, "a") as f:
        if new:
            f.write("# heap2stack fuzz findings\n\nOne directory per seed: program.c (as generated), "
                    "log.txt (every command and its output), reduced.c (line-reduced, if attempted).\n\n")
        for v, c, w in findings:
            f.write(f"- seed {seed}: llvm{v} {c}: {w[:200]}\n")
    return fd, reduced


# ---- driver ----------------------------------------------------------------

def parse_seeds(s):
    if ".." in s:
        a, b = s.split("..")
        return list(range(int(a), int(b) + 1))
    return [int(x) for x in s.split(",")]


def one_seed(seed, tcs, configs, work, keep):
    d = os.path.join(work, str(seed))
    os.makedirs(d, exist_ok=True)
    src_text = gen.generate(seed)
    src = os.path.join(d, "p.c")
    with open(src, "w") as f:
        f.write(src_text)
    stats = {}
    status, info, log = check_program(src, tcs, configs, d, stats)
    if not keep and status == "ok":
        shutil.rmtree(d, ignore_errors=True)
    return seed, status, info, log, src_text, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default=None, help="A..B or a,b,c (default 1..200, --quick 1..20)")
    ap.add_argument("--llvm", default=None, help="LLVM versions, e.g. 19,22 (default: 19,22; --quick: 22)")
    ap.add_argument("--configs", default=",".join(ALL_CONFIGS), help="subset of " + ",".join(ALL_CONFIGS))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="20 seeds, one LLVM version")
    ap.add_argument("--clang", help="clang to use (with --opt and --plugin: one toolchain)")
    ap.add_argument("--opt")
    ap.add_argument("--plugin")
    ap.add_argument("--workdir", help="where programs are built (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the build directories of passing seeds")
    ap.add_argument("--reduce-secs", type=int, default=300, help="time for reducing each finding (0: none)")
    ap.add_argument("--no-record", action="store_true", help="do not write findings/ (print only)")
    ap.add_argument("--budget", type=float, default=0,
                    help="stop starting new seeds after this many seconds (0: no limit)")
    ap.add_argument("--progress", type=int, default=0, help="print a progress line every N seeds")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()

    if a.clang or a.opt or a.plugin:
        if not (a.clang and a.opt and a.plugin):
            sys.exit("run.py: --clang, --opt and --plugin go together")
        tcs = [Toolchain(clang_version(a.clang), a.clang, a.opt, a.plugin)]
    else:
        vers = (a.llvm or ("22" if a.quick else "19,22")).split(",")
        tcs = [find_toolchain(v) for v in vers]
    seeds = parse_seeds(a.seeds or ("1..20" if a.quick else "1..200"))
    configs = a.configs.split(",")
    for c in configs:
        if c not in ALL_CONFIGS:
            sys.exit(f"run.py: unknown config {c}")

    work = a.workdir or tempfile.mkdtemp(prefix="h2s-fuzz-")
    os.makedirs(work, exist_ok=True)
    snapshot_plugins(tcs, work)
    t0 = time.time()
    counts = {"ok": 0, "discard": 0, "finding": 0}
    moved = {}
    discards, found = [], []
    def budgeted(s):
        if a.budget and time.time() - t0 > a.budget:
            return None
        return one_seed(s, tcs, configs, work, a.keep)

    done = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futs = [ex.submit(budgeted, s) for s in seeds]
        for fu in futs:
            res = fu.result()
            if res is None:
                continue
            seed, status, info, log, src_text, stats = res
            done.append(seed)
            counts[status] += 1
            if a.progress and len(done) % a.progress == 0:
                print(f"[{time.time() - t0:.0f} s] {len(done)} seeds: {counts['discard']} discarded, "
                      f"{counts['finding']} findings so far", flush=True)
            for v, (m, g) in stats.items():
                moved.setdefault(v, [0, 0])
                moved[v][0] += m
                moved[v][1] += g
            if status == "discard":
                discards.append((seed, info))
                print(f"seed {seed}: DISCARDED ({info})", flush=True)
                if a.verbose:
                    print("\n".join(log[-12:]))
            elif status == "finding":
                found.append((seed, info))
                print(f"seed {seed}: FINDING " + "; ".join(f"llvm{v} {c}: {w[:160]}" for v, c, w in info), flush=True)
                if not a.no_record:
                    fd, red = record_finding(seed, src_text, info, log, tcs, work, a.reduce_secs)
                    print(f"  saved in {fd}" + (f" (reduced to {red.count(chr(10)) + 1} lines)" if red else ""), flush=True)
            elif a.verbose:
                print(f"seed {seed}: ok", flush=True)
    dt = time.time() - t0
    if not a.workdir:
        shutil.rmtree(work, ignore_errors=True)
    if not done:
        sys.exit("run.py: no seed run")
    print(f"seeds {done[0]}..{done[-1]}: generated {len(done)}, discarded {counts['discard']}, "
          f"compared {counts['ok'] + counts['finding']}, findings {counts['finding']} "
          f"(LLVM {','.join(t.version for t in tcs)}; configs {','.join(configs)}; {dt:.0f} s)")
    for v, (m, g) in sorted(moved.items()):
        print(f"  llvm{v}: heap2stack moved {m} sites and guarded {g} run-time-size sites in the -O0 IR")
    return 1 if counts["finding"] else 0


if __name__ == "__main__":
    sys.exit(main())
