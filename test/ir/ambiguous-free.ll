; A free of a pointer into the middle of the object (a non-zero GEP) does
; not free exactly this allocation: the site stays on the heap.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define void @interior(
; CHECK-NEXT: %p = call ptr @malloc(i64 16)
; CHECK-NEXT: %mid = getelementptr inbounds i8, ptr %p, i64 8
; CHECK-NEXT: call void @free(ptr %mid)
; REMARK: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free') at 'call void @free(ptr %mid)'
define void @interior() {
  %p = call ptr @malloc(i64 16)
  %mid = getelementptr inbounds i8, ptr %p, i64 8
  call void @free(ptr %mid)
  ret void
}

; A variable index may be zero or not.
; CHECK-LABEL: define void @variable(
; CHECK-NEXT: %p = call ptr @malloc(i64 16)
; CHECK-NEXT: %at = getelementptr i8, ptr %p, i64 %i
; CHECK-NEXT: call void @free(ptr %at)
; REMARK: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free') at 'call void @free(ptr %at)'
define void @variable(i64 %i) {
  %p = call ptr @malloc(i64 16)
  %at = getelementptr i8, ptr %p, i64 %i
  call void @free(ptr %at)
  ret void
}
