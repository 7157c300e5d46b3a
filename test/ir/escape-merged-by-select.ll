; A select choosing between the pointer and another one.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @sel(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: store i32 0, ptr %p
; CHECK-NEXT: %s = select i1 %c, ptr %p, ptr %other
; CHECK-NOT: alloca
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: escapes: merged with other pointers by a select at '%s = select i1 %c, ptr %p, ptr %other'
define i32 @sel(i1 %c, ptr %other) {
  %p = call ptr @malloc(i64 8)
  store i32 0, ptr %p
  %s = select i1 %c, ptr %p, ptr %other
  %v = load i32, ptr %s
  call void @free(ptr %p)
  ret i32 %v
}
