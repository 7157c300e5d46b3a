; Returning the pointer (directly or through a GEP) lets the object outlive
; the frame: the allocation stays on the heap.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)

; CHECK-LABEL: define ptr @direct(
; CHECK-NEXT: %p = call ptr @malloc(i64 16)
; CHECK-NEXT: store i32 1, ptr %p
; CHECK-NEXT: ret ptr %p
; REMARK: remark: <unknown>:0:0: escapes: returned at 'ret ptr %p'
define ptr @direct() {
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  ret ptr %p
}

; CHECK-LABEL: define ptr @interior(
; CHECK-NEXT: %p = call ptr @malloc(i64 16)
; CHECK-NOT: alloca
; CHECK: ret ptr %field
; REMARK: remark: <unknown>:0:0: escapes: returned at 'ret ptr %field'
define ptr @interior() {
  %p = call ptr @malloc(i64 16)
  %field = getelementptr inbounds i8, ptr %p, i64 8
  ret ptr %field
}
