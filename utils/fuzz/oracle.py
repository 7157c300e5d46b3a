#!/usr/bin/env python3
"""The module-vs-CGSCC decision oracle.

heap2stack runs as a module pass (`opt -passes=heap2stack`, the full-LTO
link-time run, the late rerun) and as a CGSCC pass (`cgscc(heap2stack)`,
clang -O1..-O3).  On the same IR, with nothing else in the pipeline, both
must reach the same final decision for every allocation site: the module
pass walks the call graph's SCCs bottom-up just as the CGSCC pass does.
The module pass runs without caller frames (`heap2stack<no-caller-frames>`):
the CGSCC pass cannot add the makers' copies, so it has no such sites.
A site one of them moves and the other keeps is a bug in one of them (the
move is usually the wrong one: the CGSCC run decided with a summary of a
callee that was not final yet).

    oracle.py A.yaml B.yaml
        compare two -pass-remarks-output files (A the module run, B the CGSCC
        run)
    oracle.py --opt OPT --plugin P [--simplify] [--keep DIR] IR.ll...
        run both on each IR file (with --simplify, on
        `opt -passes='sroa,instcombine<no-verify-fixpoint>,simplifycfg'` of it as well) and
        compare

Exit status 1 if any site differs, else 0.  A site's final decision is its
remark whose Name is one of DECISIONS (remarks.c: h2s_decision_name);
analysis remarks (ParamSummary, EscapeFlow, DeallocationRemoved, ...) are
not decisions.  Sites are matched by Function and DebugLoc (File, Line,
Column; compile with -g or -gline-tables-only), or, without a DebugLoc, by
their order among the function's decisions.  By default the outcome is
compared (moved / moved when it fits / kept); --strict also compares why a
site was kept (the remark Name).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# pass/remarks.c, h2s_decision_name: one final remark per allocation site.
DECISIONS = {"Moved", "MovedWhenSmall", "Escapes", "FreedByCallee", "LoopCarried", "AnalysisBudget",
             "MismatchedFree", "AmbiguousFree", "MustTail", "DynamicSize", "UnknownSize", "BadSize",
             "BadAlignment", "TooLarge", "Recursive", "FrameBudget", "NotBuiltin", "OptNone",
             "Coroutine", "OptOut", "ReturnsTwice", "SizeQuery", "MovedWhenRoom", "NoStackCheck", "ChainBudget", "UnusableWrapper",
             "Unknown"}

# The module pass without caller frames (caller_frames.c, 67a2609): only a
# pass that may add functions gives a maker's object a slot in its caller's
# frame, so the CGSCC pass never decides a maker's call, and every moved
# maker call would differ.
MODULE_PIPELINE = "heap2stack<no-caller-frames>"

DOC_START = re.compile(r"^--- !(\w+)", re.M)
FIELD = re.compile(r"^(Pass|Name|Function):\s*(.*)$", re.M)
LOC = re.compile(r"^DebugLoc:\s*\{\s*File:\s*(.*?),\s*Line:\s*(\d+),\s*Column:\s*(\d+)\s*\}", re.M)


def unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] == "'":
        return s[1:-1].replace("''", "'")
    if len(s) >= 2 and s[0] == s[-1] == '"':
        return s[1:-1]
    return s


def parse_remarks(text):
    """-> [{kind, Pass, Name, Function, loc}] of a YAML remarks file (only the
    top-level fields this oracle needs; no YAML library required)."""
    out = []
    starts = [m.start() for m in DOC_START.finditer(text)] + [len(text)]
    for a, b in zip(starts, starts[1:]):
        doc = text[a:b]
        args = doc.find("\nArgs:")
        head = doc if args < 0 else doc[:args]
        rec = {"kind": DOC_START.match(doc).group(1), "loc": None}
        for m in FIELD.finditer(head):
            rec[m.group(1)] = unquote(m.group(2))
        m = LOC.search(head)
        if m:
            rec["loc"] = (unquote(m.group(1)), int(m.group(2)), int(m.group(3)))
        out.append(rec)
    return out


def outcome(name):
    return {"Moved": "moved", "MovedWhenSmall": "moved-when-small",
            "MovedWhenRoom": "moved-when-room"}.get(name, "kept")


def decisions(remarks):
    """-> {site key: [decision names]} (a list: two sites can share a line
    and column, e.g. in a macro)."""
    out, order = {}, {}
    for rec in remarks:
        if rec.get("Pass") != "heap2stack" or rec.get("Name") not in DECISIONS:
            continue
        fn = rec.get("Function", "?")
        if rec["loc"] and rec["loc"][1]:
            key = (fn,) + rec["loc"]
        else:
            order[fn] = order.get(fn, 0) + 1
            key = (fn, "#", order[fn], 0)
        out.setdefault(key, []).append(rec["Name"])
    return out


def compare(a, b, strict=False):
    """-> [(key, names in a, names in b)] for the sites that differ."""
    diffs = []
    norm = (lambda xs: sorted(xs)) if strict else (lambda xs: sorted(outcome(x) for x in xs))
    for key in sorted(set(a) | set(b), key=str):
        na, nb = a.get(key, []), b.get(key, [])
        if norm(na) != norm(nb):
            diffs.append((key, na, nb))
    return diffs


def describe(diffs, what_a="module", what_b="cgscc", limit=None):
    lines = []
    for key, na, nb in diffs[:limit]:
        fn, f, line, col = key
        where = f"{f}:{line}:{col}" if f != "#" else f"decision #{line}"
        lines.append(f"{fn} {where}: {what_a} {','.join(na) or '-'} / {what_b} {','.join(nb) or '-'}")
    return lines


def load(path):
    with open(path) as f:
        return decisions(parse_remarks(f.read()))


def run_heap2stack(opt, plugin, ir, yaml, pipeline, timeout=600):
    """Run one heap2stack pipeline on ir, remarks into yaml. -> (rc, stderr)"""
    cmd = [opt, f"-load-pass-plugin={plugin}", f"-passes={pipeline}",
           f"-pass-remarks-output={yaml}", "-pass-remarks-filter=heap2stack", "-disable-output", ir]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return -999, "timeout: " + " ".join(cmd)
    return p.returncode, " ".join(cmd) + "\n" + p.stderr


def simplify(opt, ir, out, timeout=600):
    cmd = [opt, "-passes=sroa,instcombine<no-verify-fixpoint>,simplifycfg", "-S", ir, "-o", out]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return -999, "timeout: " + " ".join(cmd)
    return p.returncode, " ".join(cmd) + "\n" + p.stderr


def check_ir(opt, plugin, ir, workdir, tag="ir", strict=False, timeout=600):
    """Module and CGSCC heap2stack on one IR file.
    -> (error or None, diffs, module decisions, cgscc decisions, log lines)"""
    log = []
    res = {}
    for what, pipeline in (("module", MODULE_PIPELINE), ("cgscc", "cgscc(heap2stack)")):
        y = os.path.join(workdir, f"{tag}.{what}.yaml")
        rc, err = run_heap2stack(opt, plugin, ir, y, pipeline, timeout)
        log.append("$ " + err.strip()[:4000])
        if rc:
            return f"opt -passes={pipeline} failed (exit {rc})", [], {}, {}, log
        res[what] = load(y)
    diffs = compare(res["module"], res["cgscc"], strict)
    return None, diffs, res["module"], res["cgscc"], log


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="two YAML files, or IR files with --opt/--plugin")
    ap.add_argument("--opt")
    ap.add_argument("--plugin")
    ap.add_argument("--simplify", action="store_true",
                    help="also check opt -passes='sroa,instcombine<no-verify-fixpoint>,simplifycfg' of each IR file")
    ap.add_argument("--strict", action="store_true", help="compare the remark names, not just the outcome")
    ap.add_argument("--keep", help="write the YAML files here (default: a temporary directory)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every site's decision")
    a = ap.parse_args()
    if not a.opt:
        if len(a.files) != 2:
            ap.error("without --opt, give two YAML files")
        da, db = load(a.files[0]), load(a.files[1])
        diffs = compare(da, db, a.strict)
        for line in describe(diffs, "A", "B"):
            print(line)
        print(f"oracle: {len(set(da) | set(db))} sites, {len(diffs)} differ")
        return 1 if diffs else 0
    if not a.plugin:
        ap.error("--opt needs --plugin")
    work = a.keep or tempfile.mkdtemp(prefix="h2s-oracle-")
    os.makedirs(work, exist_ok=True)
    bad = 0
    for ir in a.files:
        base = os.path.splitext(os.path.basename(ir))[0]
        inputs = [(base, ir)]
        if a.simplify:
            s = os.path.join(work, base + ".simpl.ll")
            rc, err = simplify(a.opt, ir, s)
            if rc:
                print(f"{ir}: simplification failed\n{err}")
                bad = 1
                continue
            inputs.append((base + ".simpl", s))
        for tag, path in inputs:
            err, diffs, dm, dc, log = check_ir(a.opt, a.plugin, path, work, tag, a.strict)
            if err:
                print(f"{tag}: {err}\n" + "\n".join(log))
                bad = 1
                continue
            if a.verbose:
                for key in sorted(set(dm) | set(dc), key=str):
                    print(f"  {tag}: " + describe([(key, dm.get(key, []), dc.get(key, []))])[0])
            for line in describe(diffs):
                print(f"{tag}: {line}")
            moved = sum(outcome(n) != "kept" for ns in dm.values() for n in ns)
            print(f"oracle {tag}: {len(set(dm) | set(dc))} sites ({moved} moved by the module pass), "
                  f"{len(diffs)} differ")
            bad |= bool(diffs)
    if not a.keep:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
