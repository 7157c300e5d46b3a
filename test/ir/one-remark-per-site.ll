; Every allocation call gets exactly one final remark (Passed or Missed),
; whichever the decision, in the module pass and in the CGSCC pass (which
; may revisit a function after its SCC changed).  Seven sites: two moved,
; one moved behind a size guard, one escaping, one too large, two in a
; recursive function.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: grep 'remark:' %t.err | count 7
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.cgscc.ll 2>%t.cgscc.err
; RUN: grep 'remark:' %t.cgscc.err | count 7
; RUN: FileCheck %s --check-prefix=REMARK < %t.cgscc.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.cgscc.ll
; The CGSCC pass followed by function simplification, as in clang's pipeline.
; RUN: %opt -passes='cgscc(heap2stack,function(sroa,instcombine,simplifycfg))' \
; RUN:   -pass-remarks=heap2stack -pass-remarks-missed=heap2stack -disable-output %s 2>%t.full.err
; RUN: grep 'remark:' %t.full.err | count 7
; RUN: FileCheck %s --check-prefix=REMARK < %t.full.err
; Analysis remarks are extra; the final ones stay one per site.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -disable-output %s 2>%t.all.err
; RUN: grep -c -E 'remark: .*: (moved to stack|escapes:|too large|in a recursive)' %t.all.err \
; RUN:   | FileCheck %s --check-prefix=SEVEN
; SEVEN: {{^7$}}
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)

; REMARK-DAG: moved to stack: 8-byte malloc (align 16)
; REMARK-DAG: moved to stack: 24-byte malloc (align 16)
; REMARK-DAG: in a recursive call cycle: 40 bytes > max-recursive-size 0
; REMARK-DAG: moved to stack when it fits: 'malloc' of a run-time size uses a 256-byte stack buffer
; REMARK-DAG: escapes: stored to global 'g'
; REMARK-DAG: too large for stack: 100000 bytes > max-size 65536
; REMARK-DAG: in a recursive call cycle: 16 bytes > max-recursive-size 0

define i32 @helper(i64 %n) {
  %a = call ptr @malloc(i64 8)
  %b = call ptr @malloc(i64 %n)
  store i32 1, ptr %a
  store i32 2, ptr %b
  %x = load i32, ptr %a
  %y = load i32, ptr %b
  call void @free(ptr %a)
  call void @free(ptr %b)
  %s = add i32 %x, %y
  ret i32 %s
}

define i32 @caller(i64 %n) {
  %c = call ptr @malloc(i64 24)
  %e = call ptr @malloc(i64 16)
  store ptr %e, ptr @g
  %big = call ptr @malloc(i64 100000)
  %r = call i32 @helper(i64 %n)
  store i32 %r, ptr %c
  store i32 %r, ptr %big
  %v = load i32, ptr %c
  call void @free(ptr %c)
  call void @free(ptr %big)
  ret i32 %v
}

define i32 @rec(i32 %k) {
  %p = call ptr @malloc(i64 16)
  %q = call ptr @malloc(i64 40)
  store i32 %k, ptr %p
  store i32 %k, ptr %q
  %z = icmp eq i32 %k, 0
  br i1 %z, label %done, label %more

more:
  %k1 = sub i32 %k, 1
  %r = call i32 @rec(i32 %k1)
  br label %done

done:
  %v = load i32, ptr %p
  call void @free(ptr %p)
  call void @free(ptr %q)
  ret i32 %v
}
