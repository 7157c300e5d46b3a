; Packing the pointer into an aggregate (insertvalue) or a vector
; (insertelement) value.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define { ptr, i64 } @pack(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %agg = insertvalue { ptr, i64 } undef, ptr %p, 0
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: escapes: packed into an aggregate value at '%agg = insertvalue { ptr, i64 } undef, ptr %p, 0'
define { ptr, i64 } @pack() {
  %p = call ptr @malloc(i64 8)
  %agg = insertvalue { ptr, i64 } undef, ptr %p, 0
  %r = insertvalue { ptr, i64 } %agg, i64 8, 1
  ret { ptr, i64 } %r
}

; CHECK-LABEL: define <2 x ptr> @vector(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %v = insertelement <2 x ptr> %base, ptr %p, i32 0
; REMARK-NEXT: remark: <unknown>:0:0: escapes: packed into an aggregate value at '%v = insertelement <2 x ptr> %base, ptr %p, i32 0'
define <2 x ptr> @vector(<2 x ptr> %base) {
  %p = call ptr @malloc(i64 8)
  %v = insertelement <2 x ptr> %base, ptr %p, i32 0
  ret <2 x ptr> %v
}
