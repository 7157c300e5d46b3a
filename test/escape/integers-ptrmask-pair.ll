; A pointer rounded down by llvm.ptrmask (clang's __builtin_align_down) is
; a copy of its operand in the points-to graph, so `p - ptrmask(p, m)`, or
; `ptrmask(p, m) < p`, looks like a pair of pointers into one object: an
; offset (integer_flow.c).  It is not: the mask may clear any bits, and
; the difference is then p's address bits (all of them when the mask is 0
; or clears every user-space bit, e.g. __builtin_align_down(p, 1 << 62)),
; and the order tells whether p has any of the cleared bits set (a loop
; over masks rebuilds the address).  The object must stay on the heap.
; utils/fuzz/findings/audit3/ptrmask-distance.c is the program: main reads
; the dead frame through the address stored here.  Fails on dfcde7f (and
; on 23f8ce2: the rule that holds such a pair is older).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global i64 0
@cmp = global i1 false

declare ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr) allockind("free") "alloc-family"="malloc"
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)

; Escapes: p - ptrmask(p, m) is p & ~m, the address itself when m is 0.
; CHECK-LABEL: define void @masked_distance(
; CHECK: call ptr @malloc(i64 16)
define void @masked_distance(i64 %m) {
  %a = call ptr @malloc(i64 16)
  %p = call ptr @llvm.ptrmask.p0.i64(ptr %a, i64 %m)
  %x = ptrtoint ptr %a to i64
  %y = ptrtoint ptr %p to i64
  %d = sub i64 %x, %y
  store i64 %d, ptr @g
  call void @free(ptr %a)
  ret void
}

; Escapes: the same through a local slot (what clang -O2 leaves of a
; `u8 *volatile base = __builtin_align_down(p, a)`).
; CHECK-LABEL: define void @masked_distance_slot(
; CHECK: call ptr @malloc(i64 24)
define void @masked_distance_slot(i64 %m) {
  %s = alloca ptr
  %a = call ptr @malloc(i64 24)
  %p = call ptr @llvm.ptrmask.p0.i64(ptr %a, i64 %m)
  store volatile ptr %p, ptr %s
  %q = load volatile ptr, ptr %s
  %x = ptrtoint ptr %a to i64
  %y = ptrtoint ptr %q to i64
  %d = sub i64 %x, %y
  store i64 %d, ptr @g
  call void @free(ptr %a)
  ret void
}

; Escapes: ptrmask(p, ~(1 << k)) < p says whether bit k of p is set.
; CHECK-LABEL: define void @masked_order(
; CHECK: call ptr @malloc(i64 32)
define void @masked_order(i64 %m) {
  %a = call ptr @malloc(i64 32)
  %p = call ptr @llvm.ptrmask.p0.i64(ptr %a, i64 %m)
  %c = icmp ult ptr %p, %a
  store i1 %c, ptr @cmp
  call void @free(ptr %a)
  ret void
}

; REMARK-NOT: moved to stack: {{16|24|32}}-byte
