#!/usr/bin/env python3
"""Allocation sites by source location, for benchmarks/coverage/run.

  sites.py ir FILE.ll           allocation calls in textual IR: one line
                                "<file:line:col> <count>" per location
  sites.py moved FILE.yaml      locations of heap2stack's !Passed remarks
                                (clang -fsave-optimization-record), one a line
                                per remark (an inlined copy moved is one more)
  sites.py h2s-allocas FILE.ll  number of allocas the Attributor's
                                HeapToStack made (named *.h2s)

A location is the basename of the file, the line and the column of the
call's own debug location (the innermost one, which is the same in every
function the call was inlined into); -gline-tables-only is enough.
Standard library only.
"""
import collections
import os
import re
import sys

ALLOC_FUNCS = {
    "malloc", "calloc", "aligned_alloc", "memalign", "posix_memalign", "valloc",
    "_Znwm", "_Znam", "_ZnwmRKSt9nothrow_t", "_ZnamRKSt9nothrow_t",
    "_ZnwmSt11align_val_t", "_ZnamSt11align_val_t",
    "_ZnwmSt11align_val_tRKSt9nothrow_t", "_ZnamSt11align_val_tRKSt9nothrow_t",
}
CALL = re.compile(r"\b(?:call|invoke)\b.*?@([A-Za-z0-9_.$]+)\(.*!dbg !(\d+)")
META = re.compile(r"^!(\d+) = (?:distinct )?!(\w+)\((.*)\)\s*$")
FIELD = re.compile(r'(\w+): (?:"((?:[^"\\]|\\.)*)"|(!\d+|[-\w]+))')


def parse_metadata(lines):
    md = {}
    for line in lines:
        m = META.match(line)
        if m:
            fields = {}
            for f in FIELD.finditer(m.group(3)):
                fields[f.group(1)] = f.group(2) if f.group(2) is not None else f.group(3)
            md[m.group(1)] = (m.group(2), fields)
    return md


def file_of(md, ref, depth=0):
    """The file name of a scope (!N), following scope: links."""
    if depth > 50 or ref is None:
        return "?"
    kind, f = md.get(ref.lstrip("!"), (None, {}))
    if kind == "DIFile":
        return f.get("filename", "?")
    if "file" in f:
        return file_of(md, f["file"], depth + 1)
    return file_of(md, f.get("scope"), depth + 1)


def ir_sites(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()
    md = parse_metadata(l for l in lines if l.startswith("!"))
    counts = collections.Counter()
    for line in lines:
        m = CALL.search(line)
        if not m or m.group(1) not in ALLOC_FUNCS:
            continue
        kind, f = md.get(m.group(2), (None, {}))
        if kind != "DILocation":
            counts["?:0:0"] += 1
            continue
        name = os.path.basename(file_of(md, f.get("scope")))
        counts[f"{name}:{f.get('line', '0')}:{f.get('column', '0')}"] += 1
    return counts


def moved_sites(path):
    """Locations of heap2stack's !Passed remarks in a remarks YAML file."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    for doc in re.split(r"^--- ", text, flags=re.M):
        if not doc.startswith("!Passed") or not re.search(r"^Pass:\s+heap2stack\s*$", doc, re.M):
            continue
        m = re.search(r"^DebugLoc:\s*\{\s*File:\s*'?([^',]*)'?,\s*Line:\s*(\d+),\s*Column:\s*(\d+)", doc, re.M)
        if m:
            out.append(f"{os.path.basename(m.group(1))}:{m.group(2)}:{m.group(3)}")
    return out


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    mode, path = argv[1], argv[2]
    if mode == "ir":
        for loc, n in sorted(ir_sites(path).items()):
            print(loc, n)
    elif mode == "moved":
        for loc in sorted(moved_sites(path)):
            print(loc)
    elif mode == "h2s-allocas":
        with open(path, encoding="utf-8", errors="replace") as fh:
            print(sum(1 for l in fh if re.search(r"%[\w.]*\.h2s\d* = alloca", l)))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
