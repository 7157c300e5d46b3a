#!/usr/bin/env python3
"""Generate synthetic LLVM IR full of heap allocations, for scaling benchmarks.

    utils/gen-alloc-ir.py N [--debug] [-o out.ll]

writes a module with N "worker" functions (LLVM 19 syntax, opaque pointers,
readable by opt 19 and 22). Each worker has seven allocation sites of the
kinds heap2stack meets in C code:

  a  malloc(8*k) filled in a loop, read back at a run-time index, freed   (moves)
  b  malloc(16*k) stored into a local alloca, loaded back, passed to a
     small read-only helper, freed through the reloaded pointer           (moves)
  c  malloc(32) stored into the global @leak                              (escapes)
  d  malloc(64) inside a loop of 4 iterations, given to the helper, freed (moves)
  e  malloc(24) written and read, never freed                             (moves)
  f  calloc(4, 8) summed by the helper, freed                             (moves)
  g  malloc(48) returned through a helper that stores it to @leak         (escapes)

plus one helper per worker (a loop that sums bytes, so helpers differ and
summaries are not shared), one "sink" helper per worker that leaks its
argument, and every 8th worker calls the previous worker (call-graph depth).
Sizes vary with the worker index (k = 1 + i % 16). The output is
deterministic. --debug gives every function a DISubprogram and every
instruction its own line (a line-tables-only -g build, as clang -gmlt
makes); without it the IR has no debug locations, like clang without -g.
Statistics go to stderr:
  functions=<n> instructions=<n> alloc_sites=<n> expected_moved=<n>
"""
import argparse
import sys


def worker(i: int) -> str:
    k = 1 + i % 16
    sa = 8 * k           # bytes of site a (k i64s)
    sb = 16 * k
    L = []
    e = L.append
    e(f"define i64 @work{i}(i64 %n) {{")
    e("entry:")
    e("  %slot = alloca ptr, align 8")
    e("  %acc = alloca i64, align 8")
    e("  store i64 0, ptr %acc, align 8")
    # a: fill k i64s in a loop, read one back at n % k, free
    e(f"  %a = call ptr @malloc(i64 {sa})")
    e("  br label %fill")
    e("fill:")
    e("  %fi = phi i64 [ 0, %entry ], [ %fi.next, %fill ]")
    e("  %fa = getelementptr inbounds i64, ptr %a, i64 %fi")
    e("  %fv = mul i64 %fi, %n")
    e("  store i64 %fv, ptr %fa, align 8")
    e("  %fi.next = add nuw nsw i64 %fi, 1")
    e(f"  %fdone = icmp eq i64 %fi.next, {k}")
    e("  br i1 %fdone, label %filled, label %fill")
    e("filled:")
    e(f"  %ai = urem i64 %n, {k}")
    e("  %ap = getelementptr inbounds i64, ptr %a, i64 %ai")
    e("  %av = load i64, ptr %ap, align 8")
    e("  call void @free(ptr %a)")
    # b: through a local slot, to the read-only helper, freed via reload
    e(f"  %b = call ptr @malloc(i64 {sb})")
    e(f"  call void @llvm.memset.p0.i64(ptr %b, i8 7, i64 {sb}, i1 false)")
    e("  store ptr %b, ptr %slot, align 8")
    e("  %b2 = load ptr, ptr %slot, align 8")
    e(f"  %bs = call i64 @read{i}(ptr %b2, i64 {sb})")
    e("  call void @free(ptr %b2)")
    # c: leaked to a global
    e("  %c = call ptr @malloc(i64 32)")
    e("  store i64 %av, ptr %c, align 8")
    e("  store ptr %c, ptr @leak, align 8")
    # d: allocation inside a loop, helper reads it, freed each iteration
    e("  br label %loop")
    e("loop:")
    e("  %li = phi i64 [ 0, %filled ], [ %li.next, %loop ]")
    e("  %d = call ptr @malloc(i64 64)")
    e("  %dv = add i64 %li, %n")
    e("  store i64 %dv, ptr %d, align 8")
    e("  %d8 = getelementptr inbounds i8, ptr %d, i64 8")
    e("  store i64 %bs, ptr %d8, align 8")
    e("  %ds = call i64 @read" + str(i) + "(ptr %d, i64 16)")
    e("  %old = load i64, ptr %acc, align 8")
    e("  %new = add i64 %old, %ds")
    e("  store i64 %new, ptr %acc, align 8")
    e("  call void @free(ptr %d)")
    e("  %li.next = add nuw nsw i64 %li, 1")
    e("  %ldone = icmp eq i64 %li.next, 4")
    e("  br i1 %ldone, label %after, label %loop")
    e("after:")
    # e: never freed, only used locally
    e("  %e = call ptr @malloc(i64 24)")
    e("  store i64 %n, ptr %e, align 8")
    e("  %e16 = getelementptr inbounds i8, ptr %e, i64 16")
    e("  store i64 %av, ptr %e16, align 8")
    e("  %ev = load i64, ptr %e, align 8")
    # f: calloc, summed by the helper
    e("  %f = call ptr @calloc(i64 4, i64 8)")
    e("  %f8 = getelementptr inbounds i64, ptr %f, i64 1")
    e("  store i64 %ev, ptr %f8, align 8")
    e(f"  %fs = call i64 @read{i}(ptr %f, i64 32)")
    e("  call void @free(ptr %f)")
    # g: handed to a helper that leaks it
    e("  %g = call ptr @malloc(i64 48)")
    e("  store i64 %fs, ptr %g, align 8")
    e(f"  call void @sink{i}(ptr %g)")
    e("  %t0 = load i64, ptr %acc, align 8")
    e("  %t1 = add i64 %t0, %av")
    e("  %t2 = add i64 %t1, %bs")
    e("  %t3 = add i64 %t2, %fs")
    if i % 8 != 0 and i > 0:
        e(f"  %prev = call i64 @work{i - 1}(i64 %t3)")
        e("  %t4 = add i64 %t3, %prev")
        e("  ret i64 %t4")
    else:
        e("  ret i64 %t3")
    e("}")
    e("")
    # read-only helper: sum the bytes, plus an index-dependent twist so that
    # every helper is a distinct function
    e(f"define i64 @read{i}(ptr %p, i64 %len) {{")
    e("entry:")
    e("  %z = icmp eq i64 %len, 0")
    e("  br i1 %z, label %done, label %body")
    e("body:")
    e("  %j = phi i64 [ 0, %entry ], [ %j.next, %body ]")
    e("  %s = phi i64 [ 0, %entry ], [ %s.next, %body ]")
    e("  %q = getelementptr inbounds i8, ptr %p, i64 %j")
    e("  %c = load i8, ptr %q, align 1")
    e("  %cw = zext i8 %c to i64")
    e(f"  %cm = mul i64 %cw, {i % 251 + 1}")
    e("  %s.next = add i64 %s, %cm")
    e("  %j.next = add nuw i64 %j, 1")
    e("  %jd = icmp eq i64 %j.next, %len")
    e("  br i1 %jd, label %done, label %body")
    e("done:")
    e("  %r = phi i64 [ 0, %entry ], [ %s.next, %body ]")
    e("  ret i64 %r")
    e("}")
    e("")
    e(f"define void @sink{i}(ptr %p) {{")
    e("entry:")
    e(f"  store ptr %p, ptr @leak{i % 4}, align 8")
    e("  ret void")
    e("}")
    e("")
    return "\n".join(L)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("functions", type=int, help="number of worker functions")
    ap.add_argument("--debug", action="store_true",
                    help="add debug locations (DISubprogram, DILocation per instruction)")
    ap.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    a = ap.parse_args()
    if a.functions < 1:
        ap.error("need at least one function")
    parts = [
        "; generated by utils/gen-alloc-ir.py %d" % a.functions,
        'target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"',
        'target triple = "x86_64-pc-linux-gnu"',
        "",
        "@leak = global ptr null, align 8",
    ]
    parts += ["@leak%d = global ptr null, align 8" % j for j in range(4)]
    parts += [
        "",
        "declare noalias ptr @malloc(i64)",
        "declare noalias ptr @calloc(i64, i64)",
        "declare void @free(ptr)",
        "declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)",
        "",
    ]
    for i in range(a.functions):
        parts.append(worker(i))
    text = "\n".join(parts) + "\n"
    insts = 0
    in_fn = False
    lines = text.splitlines()
    md = []          # extra metadata lines (--debug)
    next_md = 5      # !0..!4 are fixed below
    line_no = 0
    sp = 0
    for idx, line in enumerate(lines):
        if line.startswith("define "):
            in_fn = True
            line_no += 1
            if a.debug:
                sp = next_md
                next_md += 1
                name = line.split("@", 1)[1].split("(", 1)[0]
                md.append('!%d = distinct !DISubprogram(name: "%s", scope: !1, file: !1, line: %d, '
                          'type: !3, scopeLine: %d, spFlags: DISPFlagDefinition | DISPFlagOptimized, '
                          'unit: !0)' % (sp, name, line_no, line_no))
                lines[idx] = line[:-2] + " !dbg !%d {" % sp
        elif line == "}":
            in_fn = False
        elif in_fn and line.startswith("  "):
            insts += 1
            line_no += 1
            if a.debug:
                md.append("!%d = !DILocation(line: %d, column: 3, scope: !%d)" % (next_md, line_no, sp))
                lines[idx] = line + ", !dbg !%d" % next_md
                next_md += 1
    if a.debug:
        lines += [
            "",
            "!llvm.dbg.cu = !{!0}",
            "!llvm.module.flags = !{!2}",
            '!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "gen-alloc-ir.py", '
            'isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)',
            '!1 = !DIFile(filename: "gen.c", directory: "/tmp")',
            '!2 = !{i32 2, !"Debug Info Version", i32 3}',
            "!3 = !DISubroutineType(types: !4)",
            "!4 = !{}",
        ] + md
    text = "\n".join(lines) + "\n"
    print("functions=%d instructions=%d alloc_sites=%d expected_moved=%d"
          % (3 * a.functions, insts, 7 * a.functions, 5 * a.functions), file=sys.stderr)
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
