; `heap2stack<disable>` and -heap2stack-disable: nothing changes and no
; remark is printed.
; RUN: %opt-noplugin -S %s -o %t.orig.ll
; RUN: %opt -passes='heap2stack<disable>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.param.ll 2>%t.param.err
; RUN: diff %t.orig.ll %t.param.ll
; RUN: count 0 < %t.param.err
; RUN: %opt -heap2stack-disable -passes=heap2stack -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -pass-remarks-analysis=heap2stack -S %s -o %t.twin.ll 2>%t.twin.err
; RUN: diff %t.orig.ll %t.twin.ll
; RUN: count 0 < %t.twin.err
; RUN: %opt -heap2stack-disable -passes='cgscc(heap2stack)' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.cgscc.ll 2>%t.cgscc.err
; RUN: diff %t.orig.ll %t.cgscc.ll
; RUN: count 0 < %t.cgscc.err
; RUN: FileCheck %s < %t.param.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @f(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK: call void @free(ptr %p)
; CHECK-NOT: alloca
define i32 @f() {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
