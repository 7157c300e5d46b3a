; A phi merging the pointer with another one: what the phi's users see may
; be either object.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)

; CHECK-LABEL: define i32 @phi(
; CHECK: %p = call ptr @malloc(i64 8)
; CHECK: %m = phi ptr [ %p, %heap ], [ %other, %entry ]
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: escapes: merged with other pointers by a phi at '%m = phi ptr [ %p, %heap ], [ %other, %entry ]'
define i32 @phi(i1 %c, ptr %other) {
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
