#!/usr/bin/env python3
"""Differential fuzzing of heap2stack with programs from gen.py and gen_cxx.py.

    utils/fuzz/run.py [--seeds A..B] [--llvm 19,22] [--configs O1,O2,...]
                      [--lang c|cxx|mixed] [--families F,..] [--cxx-families F,..]
                      [--jobs N] [--quick] [--clang C --opt O --plugin P]
                      [--fortify seed|always|never]

For each seed and each LLVM version, the program (C from gen.py, or C++ from
gen_cxx.py for the seeds divisible by 4 with --lang mixed, the default) is
built with clang-N or clang++-N as
  ref     clang-N -O0                                    (the reference)
  san     clang-N -O0 -fsanitize=address,undefined       (must be clean and
          print the reference's output, else the seed is DISCARDED: the
          generator wrote a program with undefined behaviour)
and then with heap2stack:
  O1 O3      clang-N -O<k> -fpass-plugin=<plugin> (the default pipeline: both
             runs, the CGSCC one and the late one)
  O2         clang-N -O2 -fpass-plugin=<plugin> -mllvm -heap2stack-late-rerun=false
             (the CGSCC run alone; also saves heap2stack's optimization
             record, for the statistics)
  O2late     clang-N -O2 -fpass-plugin=<plugin> -mllvm -heap2stack-late-rerun=true
             (both runs, as by default; also saves the record)
  O2chk      clang-N -O2 -fpass-plugin=<plugin> -mllvm -heap2stack-stack-check-above=0:
             every moved slot gets the run-time stack check (stack_check.c)
  O2exc      clang-N -O2 -fpass-plugin=<plugin> -fexceptions -mllvm
             -heap2stack-max-chain=256: C functions may unwind (Fedora's
             default), so slots inlined past the small max-chain are turned
             into checked ones with a cleanup landing pad (stack_check.c)
  thinimp    ThinLTO's imports, emulated in one module: clang-N -O1 -Xclang
             -disable-llvm-passes, then every function that allocates or
             frees becomes an available_externally copy of itself (as a
             ThinLTO backend sees an imported function) whose code is defined
             under another name that ld.lld --defsym makes its address;
             clang-N -O2 -fpass-plugin=<plugin> -fuse-ld=lld: the late run
             sees those functions only through their kept bodies
             (imported_bodies.c)
  optframe   clang-N -O1 -Xclang -disable-llvm-passes (unoptimized IR that may be
             inlined), opt-N -passes='heap2stack<max-frame=512>,cgscc(inline),
             heap2stack<max-frame=512>', clang-N -O0 codegen: slots inlined after
             they were decided outgrow the caller's frame and are turned into
             checked ones (frame_check.c)
  opt        clang-N -O0 -Xclang -disable-O0-optnone -S -emit-llvm,
             opt-N -load-pass-plugin=<plugin> -passes=heap2stack
             (opt verifies its output), clang-N -O0 codegen
  optcg      the same with -passes='cgscc(heap2stack)'
  optchk     the same with -passes='heap2stack<stack-check-above=0>'
  m2r        the same with -passes='function(mem2reg),heap2stack'
  optO2      the heap2stack'd -O0 IR of `opt`, compiled by clang-N -O2
             (no plugin): later passes must respect the rewritten IR
  asan       clang-N -O2 -fsanitize=address -fpass-plugin=<plugin>, run with
             ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=1
  oracle     nothing is run: oracle.py compares the decisions of the module
             pass and of the CGSCC pass on the -O0 IR (-gline-tables-only)
             and on its sroa/instcombine/simplifycfg simplification; any
             site decided differently is a finding
Any compiler crash / verifier failure, exit status other than the
reference's (which may exit 0..127 or abort on purpose), timeout, sanitizer
report, output different from the reference or oracle difference is a
FINDING: the program, the commands and their output are saved under
utils/fuzz/findings/<seed>/ (listed in findings/README.md) and a line-based
reduction is attempted (reduced.c / reduced.cpp), keeping the reference
sanitizer-clean at every step.

A share of the C programs define _FORTIFY_SOURCE=2 (gen.py, chosen by the
seed; --fortify always / never for all or none): their copies and sprintf
calls with run-time sizes become glibc's __memcpy_chk, __sprintf_chk, ...
at -O1 and above.  The summaries count the fortified programs.

Per family (gen.py's header and /* fam:X */ markers) the run counts the
programs, the programs with findings, the sites of the family's own code
the module pass moved / guarded in the -O0 IR and in its simplification,
and all the sites moved / guarded at -O2 in the programs containing it.

Campaign mode (--campaign; details in utils/fuzz/README.md) runs the
programs in batches of --batch (16) per translation unit (gen.batch /
gen_cxx.batch: each program renamed or in its own namespace, its main
noinline and called through a volatile table; a batch is one language, and all its programs are fortified or none),
the reference -O0 on every version and sanitizer-checked on one
(--ref-llvm), and the configs opt,O1,O2,O3,O2late,oracle by default.  A
batch with any difference, crash or sanitizer report has each of its
programs rerun by the per-program path above, which attributes, records
and reduces the findings and discards programs whose reference is not
sanitizer-clean.  --results FILE makes it resumable (one JSON line per
batch; seeds already there are skipped), and --summary prints the totals
of such a file.

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
import gen_cxx  # noqa: E402
import oracle  # noqa: E402

ALL_CONFIGS = ["O1", "O2", "O3", "O2late", "O2chk", "O2exc", "thinimp", "optframe", "opt", "optcg", "optchk", "m2r", "optO2", "asan",
               "oracle"]
RUN_TIMEOUT = 20
FINDINGS = os.path.join(HERE, "findings")     # --findings
COMPILE_TIMEOUT = 120
# A sanitizer report exits with 86, a status no generated program uses (the
# `wrappers` family's programs exit with 1-9 or abort).
SAN_ENV = "detect_leaks=0:exitcode=86"
UBSAN_ENV = "print_stacktrace=1:exitcode=86"
# Exit statuses a reference may end with: a program that exits (exit,
# _exit: 1..127) or aborts (SIGABRT: -6) on purpose.  Any other signal in the
# reference (a crash) discards the program.
def expected_exit(rc):
    return 0 <= rc < 128 and rc != 86 or rc == -6

# What gen.py / gen_cxx.py write (--lang, --families, --cxx-families).
GENOPTS = {"lang": "mixed", "families": None, "cxx_families": None, "fortify": None}
CXX_EVERY = 4     # --lang mixed: seeds divisible by 4 are C++ programs


def lang_of(seed):
    lang = GENOPTS["lang"]
    if lang == "mixed":
        return "cxx" if seed % CXX_EVERY == 0 else "c"
    return lang


def program_text(seed):
    """-> (source text, file extension) of seed's program."""
    if lang_of(seed) == "cxx":
        return gen_cxx.generate(seed, GENOPTS["cxx_families"]), "cpp"
    return gen.generate(seed, GENOPTS["families"], GENOPTS["fortify"]), "c"


def fortified(seed):
    """Does seed's program define _FORTIFY_SOURCE=2 (C programs only)?"""
    return lang_of(seed) == "c" and gen.fortify_of(seed, GENOPTS["fortify"])


def batch_text(seeds):
    """-> (source text, extension) of one batch (its seeds share a language)."""
    if lang_of(seeds[0]) == "cxx":
        return gen_cxx.batch(seeds, GENOPTS["cxx_families"]), "cpp"
    return gen.batch(seeds, GENOPTS["families"], GENOPTS["fortify"]), "c"
ASAN_PLUGIN_ENV = "detect_leaks=0:detect_stack_use_after_return=1:exitcode=86"


class Toolchain:
    def __init__(self, version, clang, opt, plugin, clangxx=None):
        self.version, self.clang, self.opt, self.plugin = version, clang, opt, plugin
        self.clangxx = clangxx or clangxx_for(clang)
        self.sha = None

    def plugin_flags(self):
        # clang-19 registers a -fpass-plugin plugin's options late; -fplugin too
        # is harmless and matches the lit configuration.
        return [f"-fpass-plugin={self.plugin}", f"-fplugin={self.plugin}"]


def clangxx_for(clang):
    """clang++ beside clang (clang-22 -> clang++-22, .../bin/clang -> .../bin/clang++)."""
    d, b = os.path.split(clang)
    m = re.match(r"clang(-\d+)?$", b)
    cand = os.path.join(d, "clang++" + (m.group(1) or "")) if m else None
    return cand if cand and (os.path.exists(cand) or shutil.which(cand)) else None


def find_toolchain(version, plugin=None):
    clang, opt = shutil.which(f"clang-{version}"), shutil.which(f"opt-{version}")
    plugin = plugin or os.path.join(ROOT, f"build-{version}", "pass", f"heap2stack-{version}.so")
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
        tc.plugin, tc.sha = dst, digest


def clang_version(clang):
    out = subprocess.run([clang, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"version (\d+)", out)
    return m.group(1) if m else "?"


class Result:
    def __init__(self, ok, what="", log=""):
        self.ok, self.what, self.log = ok, what, log


def sh(cmd, log, timeout=COMPILE_TIMEOUT, env=None, stderr_to=None):
    """Run cmd (a list); append the command and its output to log. -> (rc, stdout)
    stderr_to: a list that receives the complete stderr (the log keeps 4000
    characters of it)."""
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
    if stderr_to is not None:
        stderr_to.append(p.stderr)
    if p.stderr.strip():
        log.append("  stderr: " + p.stderr.strip()[:4000].replace("\n", "\n  "))
    if p.returncode:
        log.append(f"  exit {p.returncode}")
    return p.returncode, p.stdout


def is_cxx(src):
    return src.endswith(".cpp")


def compiler(tc, src):
    if is_cxx(src):
        if not tc.clangxx:
            raise SystemExit(f"run.py: no clang++ beside {tc.clang} (--clangxx)")
        return tc.clangxx
    return tc.clang


def emit_o0_ir(tc, src, d, log, cache, compile_timeout, debug=False):
    """The -O0 IR heap2stack sees in the opt configs (debug: with line tables,
    for the oracle and the per-family statistics).  -> path or None"""
    key = "o0gll" if debug else "o0ll"
    ll = os.path.join(d, "o0g.ll" if debug else "o0.ll")
    if key not in cache:
        g = ["-gline-tables-only"] if debug else []
        rc, _ = sh([compiler(tc, src), "-O0", *g, "-Xclang", "-disable-O0-optnone", "-S", "-emit-llvm", "-w",
                    src, "-o", ll], log, timeout=compile_timeout)
        cache[key] = rc == 0
    return ll if cache[key] else None


# thinimp: a ThinLTO backend's view of imported functions, in one module.
IR_DEFINE = re.compile(r"^define (?P<pre>.*?)@(?P<name>[\w.$]+)\((?P<rest>.*)$")
IR_LINKAGE = re.compile(r"\b(internal|private|dso_local|linkonce_odr|weak_odr|linkonce|weak)\b ?")
IR_HEAP_CALL = re.compile(r"@(malloc|calloc|realloc|aligned_alloc|posix_memalign|free|_Znwm|_Znam|_ZdlPv|_ZdaPv)\(")


def imported_real_name(name):
    return "__h2s_real_" + name


def imported_as_available_externally(text):
    """-> (IR text, [names]): each function other than main that calls an
    allocator or a deallocator becomes an available_externally copy of
    itself, the way a ThinLTO backend holds a function it imported, and its
    code is defined under imported_real_name(F), which the link makes F's
    address (ld.lld --defsym).  What the copies call stays the same, so the
    program means what it meant; heap2stack's late run sees F only through
    its kept body (pass/imported_bodies.c)."""
    lines = text.split("\n")
    used = "\n".join(l for l in lines if l.startswith(("@llvm.used", "@llvm.compiler.used")))
    out, real, names = [], [], []
    i = 0
    while i < len(lines):
        m = IR_DEFINE.match(lines[i])
        if (not m or m.group("name") == "main" or ("@" + m.group("name")) in used
                or " comdat" in m.group("rest")):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while lines[j] != "}":
            j += 1
        block = lines[i:j + 1]
        i = j + 1
        if not any(IR_HEAP_CALL.search(l) for l in block):
            out.extend(block)
            continue
        name, pre, rest = m.group("name"), IR_LINKAGE.sub("", m.group("pre")), m.group("rest")
        names.append(name)
        out.append(f"define available_externally {pre}@{name}({rest}")
        out.extend(block[1:])
        real.append(f"define {pre}@{imported_real_name(name)}({rest}")
        real.extend(block[1:])
    return "\n".join(out + [""] + real) + "\n", names


def needs_pthread(src):
    """`threadstack` programs create threads: built and linked with -pthread
    (only they, so that every other program is built as before)."""
    with open(src) as f:
        return "#include <pthread.h>" in f.read()


def build_and_run(tc, cfg, src, d, log, cache, run_timeout=RUN_TIMEOUT, compile_timeout=COMPILE_TIMEOUT,
                  expect_rc=0):
    """Build src in directory d under config cfg, run it. -> (status, stdout)
    status: None on success, else a description of the failure.  The run
    must end with exit status expect_rc (the reference's: a program may exit
    or abort on purpose); the reference itself ("ref", with expect_rc None)
    may end with any status expected_exit() allows, recorded in
    cache["rc"]."""
    exe = os.path.join(d, f"{cfg}.exe")
    w = ["-w"]
    if "pthread" not in cache:
        cache["pthread"] = needs_pthread(src)
    if cache["pthread"]:
        w.append("-pthread")
    cc = compiler(tc, src)
    runenv = None
    if cfg == "ref":
        cmd = [cc, "-O0", *w, src, "-o", exe]
    elif cfg == "san":
        cmd = [cc, "-O0", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all", *w, src, "-o", exe]
        runenv = {"ASAN_OPTIONS": SAN_ENV, "UBSAN_OPTIONS": UBSAN_ENV}
    elif cfg in ("O2", "O2late"):
        # the optimization record (heap2stack's remarks only) gives the
        # per-program count of sites moved at -O2
        rec = os.path.join(d, f"{cfg}.opt.yaml")
        late = ["-mllvm", "-heap2stack-late-rerun=" + ("true" if cfg == "O2late" else "false")]
        cmd = [cc, "-O2", *tc.plugin_flags(), *late, "-fsave-optimization-record",
               f"-foptimization-record-file={rec}", "-foptimization-record-passes=heap2stack",
               *w, src, "-o", exe]
    elif cfg in ("O1", "O3"):
        cmd = [cc, f"-{cfg}", *tc.plugin_flags(), *w, src, "-o", exe]
    elif cfg == "O2chk":
        cmd = [cc, "-O2", *tc.plugin_flags(), "-mllvm", "-heap2stack-stack-check-above=0", *w, src,
               "-o", exe]
    elif cfg == "O2exc":
        cmd = [cc, "-O2", *tc.plugin_flags(), "-fexceptions", "-mllvm", "-heap2stack-max-chain=256",
               *w, src, "-o", exe]
    elif cfg == "thinimp":
        raw = os.path.join(d, "thinimp.raw.ll")
        ll = os.path.join(d, "thinimp.ll")
        rc, _ = sh([cc, "-O1", "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm", *w, src, "-o", raw],
                   log, timeout=compile_timeout)
        if rc != 0:
            return "clang -emit-llvm failed", ""
        with open(raw) as f:
            text, names = imported_as_available_externally(f.read())
        with open(ll, "w") as f:
            f.write(text)
        defsyms = [f"-Wl,--defsym={n}={imported_real_name(n)}" for n in names]
        cmd = [cc, "-O2", *tc.plugin_flags(), "-fuse-ld=lld", *defsyms, *w, ll, "-o", exe]
    elif cfg == "optframe":
        ll = os.path.join(d, "o1raw.ll")
        h = os.path.join(d, "optframe.h2s.ll")
        rc, _ = sh([cc, "-O1", "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm", *w, src, "-o", ll],
                   log, timeout=compile_timeout)
        if rc != 0:
            return "clang -emit-llvm failed", ""
        small = "heap2stack<max-frame=512>"
        rc, _ = sh([tc.opt, f"-load-pass-plugin={tc.plugin}", f"-passes={small},cgscc(inline),{small}",
                    "-S", ll, "-o", h], log, timeout=compile_timeout)
        if rc != 0:
            return "opt -passes=optframe failed (crash or verifier)", ""
        cmd = [cc, "-O0", *w, h, "-o", exe]
    elif cfg == "asan":
        cmd = [cc, "-O2", "-g", "-fsanitize=address", *tc.plugin_flags(), *w, src, "-o", exe]
        runenv = {"ASAN_OPTIONS": ASAN_PLUGIN_ENV}
    elif cfg in ("opt", "optcg", "optchk", "m2r", "optO2"):
        ll = emit_o0_ir(tc, src, d, log, cache, compile_timeout)
        if not ll:
            return "clang -emit-llvm failed", ""
        key = "opt" if cfg == "optO2" else cfg
        h = os.path.join(d, f"{key}.h2s.ll")
        if key not in cache:
            passes = {"opt": "heap2stack", "optcg": "cgscc(heap2stack)",
                      "optchk": "heap2stack<stack-check-above=0>",
                      "m2r": "function(mem2reg),heap2stack"}[key]
            err = []
            rc, _ = sh([tc.opt, f"-load-pass-plugin={tc.plugin}", f"-passes={passes}",
                        "-pass-remarks=heap2stack", "-S", ll, "-o", h], log, timeout=compile_timeout, stderr_to=err)
            cache[key] = rc == 0
            cache[key + "_remarks"] = err[0] if err else ""
        if not cache[key]:
            return f"opt -passes={key} failed (crash or verifier)", ""
        cmd = [cc, "-O2" if cfg == "optO2" else "-O0", *w, h, "-o", exe]
    else:
        raise ValueError(cfg)
    rc, _ = sh(cmd, log, timeout=compile_timeout)
    if rc:
        return "compile failed" if rc != -999 else "compile timeout", ""
    rc, out = sh([exe], log, timeout=run_timeout, env=runenv)
    if rc == -999:
        return "run timeout", out
    if expect_rc is None:
        if not expected_exit(rc):
            return f"exit status {rc}", out
        cache["rc"] = rc
    elif rc != expect_rc:
        return f"exit status {rc}" + (f" (reference: {expect_rc})" if expect_rc else ""), out
    log.append("  stdout: " + out.strip().replace("\n", "\n          "))
    return None, out


def oracle_data(tc, src, d, log, cache, compile_timeout=COMPILE_TIMEOUT):
    """Module and CGSCC heap2stack on the -O0 IR with line tables and on its
    sroa/instcombine/simplifycfg simplification (oracle.py).  Cached.
    -> {"error": str|None, "diffs": [(ir, key, a, b)], "o0": decisions, "simpl": decisions}"""
    if "oracle" in cache:
        return cache["oracle"]
    res = {"error": None, "diffs": [], "o0": {}, "simpl": {}}
    cache["oracle"] = res
    ll = emit_o0_ir(tc, src, d, log, cache, compile_timeout, debug=True)
    if not ll:
        res["error"] = "clang -emit-llvm -gline-tables-only failed"
        return res
    sl = os.path.join(d, "o0g.simpl.ll")
    rc, err = oracle.simplify(tc.opt, ll, sl, compile_timeout)
    log.append("$ " + err.strip()[:2000])
    irs = [("o0", ll)] + ([("simpl", sl)] if rc == 0 else [])
    if rc:
        res["error"] = "opt sroa,instcombine,simplifycfg failed"
    for tag, path in irs:
        e, diffs, dm, dc, olog = oracle.check_ir(tc.opt, tc.plugin, path, d, tag, timeout=compile_timeout)
        log.extend(olog)
        if e:
            res["error"] = e
            continue
        res[tag] = dm
        res["diffs"].extend((tag, *x) for x in diffs)
    return res


def run_config(tc, cfg, src, d, log, cache, ref, run_timeout=RUN_TIMEOUT, compile_timeout=COMPILE_TIMEOUT,
               expect_rc=0):
    """One config, compared with the reference output (and exit status
    expect_rc). -> (status or None, stdout)"""
    if cfg == "oracle":
        o = oracle_data(tc, src, d, log, cache, compile_timeout)
        if o["error"]:
            return f"oracle: {o['error']}", ref
        if o["diffs"]:
            shown = [f"{t}: {x}" for t, *rest in o["diffs"][:4] for x in oracle.describe([tuple(rest)])]
            st = f"oracle: {len(o['diffs'])} sites decided differently by the module and the CGSCC pass: " + "; ".join(shown)
            log.append("  " + st)
            return st, ref
        return None, ref
    st, out = build_and_run(tc, cfg, src, d, log, cache, run_timeout, compile_timeout, expect_rc)
    return st, out


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


MANGLED_NS = re.compile(r"(\d+)s(\d+)")


def seed_of_function(fn):
    """The program a function belongs to in a batch: C names are prefixed
    s<seed>_, C++ ones are in namespace s<seed> (mangled ...3s17...)."""
    m = re.match(r"s(\d+)_", fn)
    if m:
        return int(m.group(1))
    for m in MANGLED_NS.finditer(fn):
        if int(m.group(1)) == len(m.group(2)) + 1:
            return int(m.group(2))
    return None


def family_stats(tc, src, d, log, cache, compile_timeout=COMPILE_TIMEOUT):
    """Per program of src (a program or a batch), per family: the sites the
    module pass moved / guarded in the -O0 IR and in its simplification
    (sites attributed by their line: the `/* fam:X */` marker above it), and
    the program's totals at -O2 and -O2 with the late rerun (from the O2 and
    O2late configs' optimization records, if they ran).
    -> {seed: {"families": [...], "o0": {fam: [m, g]}, "simpl": {fam: [m, g]},
               "o2": [m, g] | None, "o2late": [m, g] | None}}"""
    with open(src) as f:
        text = f.read()
    progs = gen.programs_in(text)
    owners = gen.line_owners(text)
    base = os.path.basename(src)
    recs = {}
    for cfg in ("O2", "O2late"):
        path = os.path.join(d, f"{cfg}.opt.yaml")
        if os.path.exists(path):
            with open(path) as f:
                recs[cfg.lower()] = oracle.decisions(oracle.parse_remarks(f.read()))
    res = {s: {"families": fams, "o0": {}, "simpl": {},
               "o2": [0, 0] if "o2" in recs else None, "o2late": [0, 0] if "o2late" in recs else None}
           for s, fams in progs.items()}
    single = next(iter(res)) if len(res) == 1 else None

    def owner(key):
        fn, f, line, _ = key
        if os.path.basename(str(f)) == base and 0 < line <= len(owners):
            seed, fam = owners[line - 1]
            return seed, fam or "(other)"
        return (seed_of_function(fn) or single), "(library)"

    o = oracle_data(tc, src, d, log, cache, compile_timeout)
    for tag in ("o0", "simpl"):
        for key, names in o[tag].items():
            seed, fam = owner(key)
            for n in names:
                oc = oracle.outcome(n)
                if oc != "kept" and seed in res:
                    slot = res[seed][tag].setdefault(fam, [0, 0])
                    slot[0 if oc == "moved" else 1] += 1
    for tag, dec in recs.items():
        for key, names in dec.items():
            seed, _ = owner(key)
            for n in names:
                oc = oracle.outcome(n)
                if oc != "kept" and seed in res:
                    res[seed][tag][0 if oc == "moved" else 1] += 1
    return res


def check_program(src, tcs, configs, d, stats=None, famstats=None):
    """-> ("discard", reason, log) | ("finding", [(version, cfg, what)], log) | ("ok", None, log)
    famstats: a dict that receives family_stats() of the first version."""
    log = []
    findings = []
    for tc in tcs:
        vd = os.path.join(d, f"llvm{tc.version}")
        os.makedirs(vd, exist_ok=True)
        log.append(f"### LLVM {tc.version}")
        cache = {}
        st, ref = build_and_run(tc, "ref", src, vd, log, cache, expect_rc=None)
        if st:
            return "discard", f"llvm{tc.version} reference: {st}", log
        rc = cache["rc"]
        st, san = build_and_run(tc, "san", src, vd, log, cache, expect_rc=rc)
        if st or san != ref:
            return "discard", f"llvm{tc.version} sanitizer reference: {st or 'output differs'}", log
        for cfg in configs:
            st, out = run_config(tc, cfg, src, vd, log, cache, ref, expect_rc=rc)
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
        if famstats is not None and tc is tcs[0]:
            famstats.update(family_stats(tc, src, vd, log, cache))
    if findings:
        return "finding", findings, log
    return "ok", None, log


# ---- reduction ---------------------------------------------------------------

REDUCE_WERROR = ["-Werror=return-type", "-Werror=uninitialized", "-Werror=sometimes-uninitialized",
                 "-Werror=implicit-function-declaration", "-Werror=int-conversion"]
REDUCE_WERROR_CXX = ["-Werror=return-type", "-Werror=uninitialized", "-Werror=sometimes-uninitialized"]


def cxx_text(text):
    return "heap2stack fuzz program (C++)" in text or "heap2stack fuzz batch (C++)" in text


def interesting(src_text, tc, cfg, kind, work):
    """Does src_text still show the same kind of failure under (tc, cfg)?"""
    d = tempfile.mkdtemp(dir=work)
    try:
        src = os.path.join(d, "r.cpp" if cxx_text(src_text) else "r.c")
        with open(src, "w") as f:
            f.write(src_text)
        log, cache = [], {}
        # Undefined behaviour the sanitizers do not see, which line removal
        # easily creates: a non-void function falling off its end (whose
        # value is used), a variable read before it is set.
        rc, _ = sh([compiler(tc, src), "-fsyntax-only", *(REDUCE_WERROR_CXX if is_cxx(src) else REDUCE_WERROR), src], log)
        if rc:
            return False
        st, ref = build_and_run(tc, "ref", src, d, log, cache, expect_rc=None)
        if st:
            return False
        rc = cache["rc"]
        st, san = build_and_run(tc, "san", src, d, log, cache, expect_rc=rc)
        if st or san != ref:
            return False
        st, out = run_config(tc, cfg, src, d, log, cache, ref, expect_rc=rc)
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
    fd = os.path.join(FINDINGS, str(seed))
    os.makedirs(fd, exist_ok=True)
    ext = "cpp" if cxx_text(src_text) else "c"
    with open(os.path.join(fd, f"program.{ext}"), "w") as f:
        f.write(src_text)
    with open(os.path.join(fd, "log.txt"), "w") as f:
        f.write("\n".join(log) + "\n")
    ver, cfg, what = findings[0]
    tc = next(t for t in tcs if t.version == ver)
    reduced = None
    if reduce_secs > 0:
        deadline = time.time() + reduce_secs
        reduced = reduce_lines(src_text, lambda t: interesting(t, tc, cfg, what, work), deadline)
        with open(os.path.join(fd, f"reduced.{ext}"), "w") as f:
            f.write(reduced)
    idx = os.path.join(FINDINGS, "README.md")
    new = not os.path.exists(idx)
    with open(idx, "a") as f:
        if new:
            f.write("# heap2stack fuzz findings\n\nOne directory per seed: program.c (as generated), "
                    "log.txt (every command and its output), reduced.c (line-reduced, if attempted).\n\n")
        for v, c, w in findings:
            f.write(f"- seed {seed}: llvm{v} {c}: {w[:200]}\n")
    return fd, reduced


# ---- campaign mode -------------------------------------------------------------

CAMPAIGN_CONFIGS = ["opt", "O1", "O2", "O3", "O2late", "O2chk", "O2exc", "thinimp", "optframe",
                    "oracle"]
BATCH_RUN_TIMEOUT = 60
BATCH_COMPILE_TIMEOUT = 600     # a batch is 16 programs, and the machine may be busy


def count_remarks(text):
    return text.count("moved to stack:"), text.count("moved to stack when it fits")


def check_batch(seeds, tcs, ref_tc, configs, work, keep):
    """Campaign mode: the programs of `seeds` in one translation unit
    (gen.batch), built once per (version, config).  -> dict with
      status   "ok" | "fallback" (the batch reference was not clean: every
               program was checked on its own) | "finding"
      results  [(seed, status, info, log, src_text, stats, famstats)] for the programs
               checked individually (fallback, or attribution of a finding)
      batch_finding  [(version, cfg, what)] when the batch failed but no
               program failed on its own (then also `batch_src`, `log`)
      stats    {version: [moved, guarded]} from the batch's opt remarks
      famstats family_stats() of the batch on the first version"""
    d = os.path.join(work, f"batch-{seeds[0]}-{seeds[-1]}")
    os.makedirs(d, exist_ok=True)
    batch_src, ext = batch_text(seeds)
    src = os.path.join(d, f"b.{ext}")
    with open(src, "w") as f:
        f.write(batch_src)
    log = [f"### batch of seeds {','.join(map(str, seeds))}"]
    res = {"status": "ok", "results": [], "stats": {}, "batch_finding": None, "famstats": {}}

    def individually(cfgs):
        for s in seeds:
            res["results"].append(one_seed(s, tcs, cfgs, work, keep))

    # The reference: -O0 without the plugin on every version, sanitizer-checked
    # on ref_tc; every version's -O0 output must be the same, one line a program.
    refs = {}
    ok = True
    for tc in [ref_tc] + [t for t in tcs if t is not ref_tc]:
        vd = os.path.join(d, f"llvm{tc.version}")
        os.makedirs(vd, exist_ok=True)
        log.append(f"### LLVM {tc.version} reference")
        st, out = build_and_run(tc, "ref", src, vd, log, {}, BATCH_RUN_TIMEOUT, BATCH_COMPILE_TIMEOUT)
        refs[tc.version] = out
        if st or out.count("\n") != len(seeds) or out != refs[ref_tc.version]:
            ok = False
            break
        if tc is ref_tc:
            st, san = build_and_run(tc, "san", src, vd, log, {}, BATCH_RUN_TIMEOUT, BATCH_COMPILE_TIMEOUT)
            if st or san != out:
                ok = False
                break
    if not ok:
        # Find the culprit(s) with the per-program path: each program is then
        # discarded or checked on its own (all of them, to keep it simple).
        res["status"] = "fallback"
        individually(configs)
        if not keep:
            shutil.rmtree(d, ignore_errors=True)
        return res
    ref = refs[ref_tc.version]

    failed = []
    for tc in tcs:
        vd = os.path.join(d, f"llvm{tc.version}")
        log.append(f"### LLVM {tc.version}")
        cache = {}
        for cfg in configs:
            st, out = run_config(tc, cfg, src, vd, log, cache, ref, BATCH_RUN_TIMEOUT, BATCH_COMPILE_TIMEOUT)
            if st is None and out != ref:
                diff = [seeds[i] for i, (a, b) in enumerate(zip(out.split("\n"), ref.split("\n"))) if a != b]
                st = f"output differs (programs of seeds {diff or 'n/a'}; {out.count(chr(10))} lines)"
            if st:
                log.append(f"  FINDING llvm{tc.version} {cfg}: {st}")
                failed.append((tc.version, cfg, st))
        m, g = count_remarks(cache.get("opt_remarks", ""))
        res["stats"][tc.version] = [m, g]
        if tc is tcs[0]:
            res["famstats"] = family_stats(tc, src, vd, log, cache, BATCH_COMPILE_TIMEOUT)
    if failed:
        # Attribute: every program of the batch through the per-program path.
        res["status"] = "finding"
        individually(configs)
        if not any(r[1] == "finding" for r in res["results"]):
            res["batch_finding"] = failed
            res["batch_src"] = batch_src
            res["log"] = log
    if not keep and not failed:
        shutil.rmtree(d, ignore_errors=True)
    return res


def record_batch_finding(seeds, batch_src, failed, log):
    fd = os.path.join(FINDINGS, f"batch-{seeds[0]}-{seeds[-1]}")
    os.makedirs(fd, exist_ok=True)
    with open(os.path.join(fd, "batch.cpp" if cxx_text(batch_src) else "batch.c"), "w") as f:
        f.write(batch_src)
    with open(os.path.join(fd, "log.txt"), "w") as f:
        f.write("\n".join(log) + "\n")
    idx = os.path.join(FINDINGS, "README.md")
    new = not os.path.exists(idx)
    with open(idx, "a") as f:
        if new:
            f.write("# heap2stack fuzz findings\n\nOne directory per seed: program.c (as generated), "
                    "log.txt (every command and its output), reduced.c (line-reduced, if attempted).\n\n")
        for v, c, w in failed:
            f.write(f"- batch of seeds {seeds[0]}..{seeds[-1]} (no program fails alone): llvm{v} {c}: {w[:200]}\n")
    return fd


def load_results(path):
    """-> list of the JSON records of a results file (one per batch)."""
    import json
    recs = []
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if line:
                    try:
                        recs.append(json.loads(line))
                    except ValueError:
                        pass          # a line cut short by an interrupted run
    return recs


def campaign(a, tcs, seeds, configs, work):
    import json
    ref_v = a.ref_llvm or max(t.version for t in tcs)
    ref_tc = next((t for t in tcs if t.version == ref_v), None)
    if ref_tc is None:
        sys.exit(f"run.py: --ref-llvm {ref_v} is not among the versions tested")
    results = a.results
    if results:
        os.makedirs(os.path.dirname(os.path.abspath(results)), exist_ok=True)
    prior = load_results(results)
    done = set()
    for r in prior:
        done.update(r["seeds"])
    todo = [s for s in seeds if s not in done]
    batches = []
    for lang, fty in (("c", False), ("c", True), ("cxx", False)):
        # a batch is one language, and fortified programs or plain ones
        ls = [s for s in todo if lang_of(s) == lang and fortified(s) == fty]
        batches += [ls[i:i + a.batch] for i in range(0, len(ls), a.batch)]
    batches.sort(key=lambda b: b[0])
    meta = {"plugins": {t.version: t.sha for t in tcs}, "ref": ref_v, "configs": configs,
            "commit": a.commit_label, "families": GENOPTS["families"], "cxx_families": GENOPTS["cxx_families"],
            "fortify": GENOPTS["fortify"]}
    print(f"campaign: {len(seeds)} seeds requested, {len(seeds) - len(todo)} already in "
          f"{results or '(no results file)'}, {len(todo)} to run in {len(batches)} batches of "
          f"<= {a.batch}; configs {','.join(configs)} on LLVM {','.join(t.version for t in tcs)}, "
          f"reference -O0 on each and sanitizer-checked on LLVM {ref_v}", flush=True)
    t0 = time.time()
    ran = 0

    def job(b):
        if a.budget and time.time() - t0 > a.budget:
            return None
        tb = time.time()
        return b, check_batch(b, tcs, ref_tc, configs, work, a.keep), time.time() - tb

    rc = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futs = [ex.submit(job, b) for b in batches]
        for fu in concurrent.futures.as_completed(futs):
            r = fu.result()
            if r is None:
                continue
            b, res, secs = r
            ran += len(b)
            individual = {s: (st, info) for s, st, info, *_ in res["results"]}
            rec = dict(meta, seeds=b, status=res["status"], secs=round(secs, 2),
                       discarded=[[s, info] for s, (st, info) in individual.items() if st == "discard"],
                       findings=[[s, [list(x) for x in info]] for s, (st, info) in individual.items()
                                 if st == "finding"],
                       batch_finding=[list(x) for x in res["batch_finding"]] if res["batch_finding"] else None,
                       stats=res["stats"], lang=lang_of(b[0]), fortified=fortified(b[0]))
            if res["status"] == "fallback":
                # statistics from the programs checked one by one
                for s, st, info, log, src_text, stats, fs in res["results"]:
                    res["famstats"].update(fs)
                    for v, (m, g) in stats.items():
                        rec["stats"].setdefault(v, [0, 0])
                        rec["stats"][v][0] += m
                        rec["stats"][v][1] += g
            rec["fam"] = {str(k): v for k, v in res["famstats"].items()}
            for s, st, info, log, src_text, stats, fs in res["results"]:
                if st == "discard":
                    print(f"seed {s}: DISCARDED ({info})", flush=True)
                elif st == "finding":
                    rc = 1
                    print(f"seed {s}: FINDING " + "; ".join(f"llvm{v} {c}: {w[:160]}" for v, c, w in info), flush=True)
                    if not a.no_record:
                        fd, red = record_finding(s, src_text, info, log, tcs, work, a.reduce_secs)
                        print(f"  saved in {fd}" + (f" (reduced to {red.count(chr(10)) + 1} lines)" if red else ""), flush=True)
            if res["batch_finding"]:
                rc = 1
                print(f"batch {b[0]}..{b[-1]}: FINDING that no program shows alone: "
                      + "; ".join(f"llvm{v} {c}: {w[:160]}" for v, c, w in res["batch_finding"]), flush=True)
                if not a.no_record:
                    print(f"  saved in {record_batch_finding(b, res['batch_src'], res['batch_finding'], res['log'])}", flush=True)
            if results:
                with open(results, "a") as f:
                    f.write(json.dumps(rec, sort_keys=True) + "\n")
            prior.append(rec)
            el = time.time() - t0
            tot = sum(len(x["seeds"]) for x in prior if set(x["seeds"]) & set(seeds))
            print(f"[{el:.0f} s] batch {b[0]}..{b[-1]} {res['status']} ({secs:.1f} s); "
                  f"{tot}/{len(seeds)} seeds done, this run {ran} at {el / ran:.2f} s a seed, "
                  f"about {(len(todo) - ran) * el / ran / 60:.0f} min to go", flush=True)
    summarize(prior, seeds, time.time() - t0)
    return rc


def summarize(recs, seeds=None, secs=None):
    """Print the totals of the results records (restricted to `seeds`)."""
    want = set(seeds) if seeds else None
    recs = [r for r in recs if want is None or set(r["seeds"]) & want]
    if not recs:
        print("campaign: nothing done")
        return
    progs = sum(len(r["seeds"]) for r in recs)
    disc = sum(len(r["discarded"]) for r in recs)
    find = sum(len(r["findings"]) for r in recs)
    bfind = sum(1 for r in recs if r.get("batch_finding"))
    fallback = sum(1 for r in recs if r["status"] == "fallback")
    fty = [r for r in recs if r.get("fortified")]
    moved = {}
    for r in recs:
        for v, (m, g) in r["stats"].items():
            moved.setdefault(v, [0, 0])
            moved[v][0] += m
            moved[v][1] += g
    allseeds = sorted(s for r in recs for s in r["seeds"])
    plugins = {json_key(r["plugins"]) for r in recs}
    print(f"campaign: {progs} programs (seeds {allseeds[0]}..{allseeds[-1]}) in {len(recs)} batches, "
          f"discarded {disc}, compared {progs - disc}, findings {find} "
          f"(+{bfind} batches failing with no program failing alone); "
          f"{fallback} batches checked program by program; "
          f"batch time {sum(r['secs'] for r in recs):.0f} s"
          + (f"; this run {secs:.0f} s" if secs is not None else ""))
    for v, (m, g) in sorted(moved.items()):
        print(f"  llvm{v}: heap2stack moved {m} sites and guarded {g} run-time-size sites in the -O0 IR")
    if fty:
        print(f"  fortified (-D_FORTIFY_SOURCE=2): {sum(len(r['seeds']) for r in fty)} programs, "
              f"findings {sum(len(r['findings']) for r in fty)} "
              f"(+{sum(1 for r in fty if r.get('batch_finding'))} batches)")
    entries = []
    for r in recs:
        disc = {s for s, _ in r["discarded"]}
        found = {s for s, _ in r["findings"]}
        for s, fs in (r.get("fam") or {}).items():
            s = int(s)
            if want is None or s in want:
                entries.append(dict(fs, status="discard" if s in disc else "finding" if s in found else "ok"))
    if entries:
        print_family_table(entries)
    for p in sorted(plugins):
        print(f"  plugins {p}")
    if len(plugins) > 1:
        print("  WARNING: the results come from more than one plugin build")


def print_family_table(entries):
    """entries: one dict a program: families, o0/simpl {fam: [moved, guarded]},
    o2 [moved, guarded] or None, status.  Sites in the -O0 IR and in its
    simplification are counted in the family whose code holds them; the -O2
    column counts every site of the programs containing the family."""
    fams = {}
    for e in entries:
        if e["status"] == "discard":
            continue
        for f in e["families"]:
            x = fams.setdefault(f, {"progs": 0, "find": 0})
            x["progs"] += 1
            x["find"] += e["status"] == "finding"
            for tag in ("o2", "o2late"):
                if e.get(tag) is not None:
                    x.setdefault(tag, [0, 0])
                    x[tag][0] += e[tag][0]
                    x[tag][1] += e[tag][1]
        for tag in ("o0", "simpl"):
            for f, (m, g) in e.get(tag, {}).items():
                x = fams.setdefault(f, {"progs": 0, "find": 0})
                x.setdefault(tag, [0, 0])
                x[tag][0] += m
                x[tag][1] += g
    print("  per family: programs containing it, of which with findings; its own sites moved/guarded "
          "by the module pass in the -O0 IR and in the simplified IR; all sites moved/guarded at -O2 "
          "and at -O2 with the late rerun in the programs containing it")
    print(f"    {'family':14} {'progs':>6} {'finds':>6} {'-O0 IR':>11} {'simpl IR':>11} {'-O2 (progs)':>12} {'O2late (progs)':>15}")
    order = gen.FAMILIES + [f for f in gen_cxx.FAMILIES if f not in gen.FAMILIES]
    for f in sorted(fams, key=lambda f: (order.index(f) if f in order else 99, f)):
        x = fams[f]
        o0, si = x.get("o0", [0, 0]), x.get("simpl", [0, 0])
        o2 = f"{x['o2'][0]}/{x['o2'][1]}" if "o2" in x else "-"
        o2l = f"{x['o2late'][0]}/{x['o2late'][1]}" if "o2late" in x else "-"
        print(f"    {f:14} {x['progs']:>6} {x['find']:>6} {o0[0]:>5}/{o0[1]:<5} {si[0]:>5}/{si[1]:<5} {o2:>12} {o2l:>15}")


def json_key(d):
    return ", ".join(f"llvm{k} sha256 {v}" for k, v in sorted(d.items()))


# ---- driver ----------------------------------------------------------------

def parse_seeds(s):
    if ".." in s:
        a, b = s.split("..")
        return list(range(int(a), int(b) + 1))
    return [int(x) for x in s.split(",")]


def one_seed(seed, tcs, configs, work, keep):
    d = os.path.join(work, str(seed))
    os.makedirs(d, exist_ok=True)
    src_text, ext = program_text(seed)
    src = os.path.join(d, f"p.{ext}")
    with open(src, "w") as f:
        f.write(src_text)
    stats, famstats = {}, {}
    status, info, log = check_program(src, tcs, configs, d, stats, famstats)
    if not keep and status == "ok":
        shutil.rmtree(d, ignore_errors=True)
    return seed, status, info, log, src_text, stats, famstats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default=None, help="A..B or a,b,c (default 1..200, --quick 1..20)")
    ap.add_argument("--llvm", default=None, help="LLVM versions, e.g. 19,22 (default: 19,22; --quick: 22)")
    ap.add_argument("--configs", default=",".join(ALL_CONFIGS), help="subset of " + ",".join(ALL_CONFIGS))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="20 seeds, one LLVM version")
    ap.add_argument("--clang", help="clang to use (with --opt and --plugin: one toolchain)")
    ap.add_argument("--clangxx", help="clang++ to use with --clang (default: clang++ beside it)")
    ap.add_argument("--opt")
    ap.add_argument("--plugin")
    ap.add_argument("--workdir", help="where programs are built (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the build directories of passing seeds")
    ap.add_argument("--reduce-secs", type=int, default=300, help="time for reducing each finding (0: none)")
    ap.add_argument("--no-record", action="store_true", help="do not write findings/ (print only)")
    ap.add_argument("--findings", help="record findings here instead of utils/fuzz/findings/")
    ap.add_argument("--budget", type=float, default=0,
                    help="stop starting new seeds after this many seconds (0: no limit)")
    ap.add_argument("--progress", type=int, default=0, help="print a progress line every N seeds")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--lang", choices=["c", "cxx", "mixed"], default="mixed",
                    help=f"C programs (gen.py), C++ programs (gen_cxx.py), or mixed: the seeds divisible "
                    f"by {CXX_EVERY} are C++ (default)")
    ap.add_argument("--fortify", choices=["seed", "always", "never"], default="seed",
                    help="C programs that define _FORTIFY_SOURCE=2: as each seed says (default), all, none")
    ap.add_argument("--families", help="gen.py's families (comma-separated; 'new': the new ones only; "
                    "'+a,b': a and b on top of the original eight); default all")
    ap.add_argument("--cxx-families", help="gen_cxx.py's families (comma-separated); default all")
    g = ap.add_argument_group("campaign mode (utils/fuzz/README.md)")
    g.add_argument("--campaign", action="store_true",
                   help="batches of programs in one translation unit, configs " + ",".join(CAMPAIGN_CONFIGS)
                   + " (default), reference sanitizer-checked on one LLVM version")
    g.add_argument("--batch", type=int, default=16, help="programs per translation unit (default 16)")
    g.add_argument("--results", help="append one JSON line per batch here; seeds already there are skipped")
    g.add_argument("--ref-llvm", help="version whose -O0 reference is sanitizer-checked (default: the newest)")
    g.add_argument("--summary", action="store_true", help="print the totals of --results and exit")
    ap.add_argument("--plugin-for", action="append", default=[], metavar="V=PATH",
                    help="test this plugin for LLVM V instead of build-V/pass/heap2stack-V.so")
    ap.add_argument("--label", default=None,
                    help="what the plugins were built from, recorded in --results (default: git describe)")
    a = ap.parse_args()
    if a.findings:
        global FINDINGS
        FINDINGS = os.path.abspath(a.findings)
    GENOPTS.update(lang=a.lang, families=gen.parse_families(a.families), fortify=gen.FORTIFY_OPTION[a.fortify],
                   cxx_families=gen_cxx.parse_families(a.cxx_families))
    if a.summary:
        if not a.results:
            sys.exit("run.py: --summary needs --results")
        summarize(load_results(a.results), parse_seeds(a.seeds) if a.seeds else None)
        return 0

    if a.clang or a.opt or a.plugin:
        if not (a.clang and a.opt and a.plugin):
            sys.exit("run.py: --clang, --opt and --plugin go together")
        tcs = [Toolchain(clang_version(a.clang), a.clang, a.opt, a.plugin, a.clangxx)]
    else:
        vers = (a.llvm or ("22" if a.quick else "19,22")).split(",")
        plugins = dict(x.split("=", 1) for x in a.plugin_for)
        tcs = [find_toolchain(v, plugins.get(v)) for v in vers]
    seeds = parse_seeds(a.seeds or ("1..20" if a.quick else "1..200"))
    if a.campaign and a.configs == ",".join(ALL_CONFIGS):
        a.configs = ",".join(CAMPAIGN_CONFIGS)
    configs = a.configs.split(",")
    for c in configs:
        if c not in ALL_CONFIGS:
            sys.exit(f"run.py: unknown config {c}")

    work = a.workdir or tempfile.mkdtemp(prefix="h2s-fuzz-")
    os.makedirs(work, exist_ok=True)
    snapshot_plugins(tcs, work)
    if a.campaign:
        if a.label is None:
            a.label = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                                     capture_output=True, text=True).stdout.strip()
        a.commit_label = a.label
        rc = campaign(a, tcs, seeds, configs, work)
        if not a.workdir:
            shutil.rmtree(work, ignore_errors=True)
        return rc
    t0 = time.time()
    counts = {"ok": 0, "discard": 0, "finding": 0}
    moved = {}
    discards, found = [], []
    def budgeted(s):
        if a.budget and time.time() - t0 > a.budget:
            return None
        return one_seed(s, tcs, configs, work, a.keep)

    done = []
    allfam = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as ex:
        futs = [ex.submit(budgeted, s) for s in seeds]
        for fu in futs:
            res = fu.result()
            if res is None:
                continue
            seed, status, info, log, src_text, stats, fs = res
            allfam[seed] = dict(fs.get(seed, {"families": [], "o0": {}, "simpl": {}}),
                                status=status)
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
    fty = [s for s in done if fortified(s)]
    print(f"  fortified (-D_FORTIFY_SOURCE=2): {len(fty)} programs, "
          f"findings {sum(1 for s, _ in found if s in fty)}")
    if allfam:
        print_family_table(list(allfam.values()))
    return 1 if counts["finding"] else 0


if __name__ == "__main__":
    sys.exit(main())
