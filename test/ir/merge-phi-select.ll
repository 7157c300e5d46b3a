; A phi or select merging the pointer with another is not an escape by
; itself: the merged value is followed.  Only loaded or stored through, the
; object still moves (the phi or select now merges the slot); stored to a
; global, it escapes; freed through the merge, the free may free either
; object: both move and the free goes (if one stayed, both would, and the
; free with them: test/escape/shared-frees.c).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @phi_local(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK: %m = phi ptr [ %p.h2s, %heap ], [ %other, %entry ]
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
define i32 @phi_local(i1 %c, ptr %other) {
entry:
  br i1 %c, label %heap, label %join

heap:
  %p = call ptr @malloc(i64 8)
  store i32 0, ptr %p
  br label %join

join:
  %m = phi ptr [ %p, %heap ], [ %other, %entry ]
  %v = load i32, ptr %m
  ret i32 %v
}

; CHECK-LABEL: define i32 @select_local(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK: %s = select i1 %c, ptr %p.h2s, ptr %other
; CHECK: call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %p.h2s)
; CHECK-NOT: @free(
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%p = call ptr @malloc(i64 8)'
define i32 @select_local(i1 %c, ptr %other) {
  %p = call ptr @malloc(i64 8)
  store i32 0, ptr %p
  %s = select i1 %c, ptr %p, ptr %other
  %v = load i32, ptr %s
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define void @select_escapes(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %s = select i1 %c, ptr %p, ptr %other
; CHECK-NEXT: store ptr %s, ptr @g
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %s, ptr @g, align 8'
define void @select_escapes(i1 %c, ptr %other) {
  %p = call ptr @malloc(i64 8)
  %s = select i1 %c, ptr %p, ptr %other
  store ptr %s, ptr @g
  ret void
}

; CHECK-LABEL: define i32 @free_of_phi(
; CHECK-NEXT: entry:
; CHECK-DAG: %q.h2s = alloca [8 x i8], align 16
; CHECK-DAG: %p.h2s = alloca [8 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: %m = phi ptr [ %p.h2s, %a ], [ %q.h2s, %b ]
; CHECK-NOT: @free(
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc (and of the other moved allocations it may free) at '%{{[pq]}} = call ptr @malloc(i64 8)'
define i32 @free_of_phi(i1 %c) {
entry:
  %p = call ptr @malloc(i64 8)
  %q = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  store i32 2, ptr %q
  br i1 %c, label %a, label %b

a:
  br label %join

b:
  br label %join

join:
  %m = phi ptr [ %p, %a ], [ %q, %b ]
  %v = load i32, ptr %m
  call void @free(ptr %m)
  ret i32 %v
}
