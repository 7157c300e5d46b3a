"""Runs benchmarks/stack-use/stack_use.c's cases under two stack limits.

    stack_limits.py REF DEFAULT SMALL

REF is built without heap2stack, DEFAULT with its default limits, SMALL with
the README's small-stack settings.  Every case must print REF's result:
  - DEFAULT on the main thread under an 8 MiB stack (ulimit -s 8192);
  - SMALL on a thread with a 128 KiB stack (musl's default);
  - REF on both, as the baseline.
Prints one line per run and exits 1 on any crash or different result.
"""
import re
import subprocess
import sys

CASES = ["loop64k", "loop1k", "recurse", "dynamic", "pair60k", "nested64k"]


def run(binary, where, case, stack_kib):
    cmd = f"ulimit -s {stack_kib} && exec {binary} {where} {case}"
    p = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, timeout=120)
    m = re.search(r"result=(\d+)", p.stdout)
    return p.returncode, m.group(1) if m else None


def main():
    ref, default, small = sys.argv[1:4]
    failed = False
    for case in CASES:
        rc, expected = run(ref, "main", case, 8192)
        if rc != 0 or expected is None:
            print(f"{case}: the reference failed (exit {rc})")
            failed = True
            continue
        runs = [("reference thread-128k", ref, "thread", 8192),
                ("default main-8m", default, "main", 8192),
                ("small-stack thread-128k", small, "thread", 8192)]
        for label, binary, where, stack in runs:
            rc, got = run(binary, where, case, stack)
            ok = rc == 0 and got == expected
            failed |= not ok
            print(f"{case} {label}: {'ok' if ok else f'FAILED (exit {rc}, result {got}, expected {expected})'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
