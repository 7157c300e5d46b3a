; calloc's memory starts as zeroes.  Two calloc'd list nodes, the second
; pointing to the first; a loop frees each node's `buf` field (never
; stored to: null) and then the node.  With the field-insensitive graph, a
; pointer loaded from a node's memory may be any pointer stored there, the
; first node included; unless calloc's zeroes count, `free(p->buf)` looks
; like a free of exactly the first node, and its lifetime ended in the
; first iteration, before the second read its `next` field (ASan:
; stack-use-after-scope; utils/fuzz campaign seed 7725 on fc2b5a4).  Both
; nodes still move; their lives end at the function's exits.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @calloc(i64, i64) allockind("alloc,zeroed") allocsize(0,1) "alloc-family"="malloc"
declare void @free(ptr) allockind("free") "alloc-family"="malloc"

define internal i64 @sum(ptr %p) noinline {
  %v = load i64, ptr %p
  ret i64 %v
}

; CHECK-LABEL: define i64 @two_nodes(
; CHECK-NOT: @calloc(
; CHECK: loop:
; CHECK-NOT: lifetime.end
; CHECK: br i1 %z, label %out, label %loop
; CHECK: out:
; CHECK-DAG: call void @llvm.lifetime.end.p0({{.*}}%a.h2s)
; CHECK-DAG: call void @llvm.lifetime.end.p0({{.*}}%b.h2s)
; CHECK: ret i64
define i64 @two_nodes() {
  %a = call ptr @calloc(i64 1, i64 24)
  %b = call ptr @calloc(i64 1, i64 24)
  %bn = getelementptr inbounds i8, ptr %b, i64 16
  store ptr %a, ptr %bn
  %s = call i64 @sum(ptr %b)
  br label %loop
loop:
  %p = phi ptr [ %b, %0 ], [ %nx, %loop ]
  %pn = getelementptr inbounds i8, ptr %p, i64 16
  %nx = load ptr, ptr %pn
  %pb = getelementptr inbounds i8, ptr %p, i64 8
  %buf = load ptr, ptr %pb
  call void @free(ptr %buf)
  call void @free(ptr %p)
  %z = icmp eq ptr %nx, null
  br i1 %z, label %out, label %loop
out:
  ret i64 %s
}

; REMARK: moved to stack: 24-byte calloc
; REMARK: moved to stack: 24-byte calloc
