; Passing the pointer to an unknown function (no attributes: it may keep or
; free it) is an escape naming the callee.
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
declare void @consume(ptr)

; CHECK-LABEL: define void @pass(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: call void @consume(ptr %p)
; CHECK-NEXT: call void @free(ptr %p)
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: escapes: passed to 'consume' at 'call void @consume(ptr %p)'
define void @pass() {
  %p = call ptr @malloc(i64 8)
  call void @consume(ptr %p)
  call void @free(ptr %p)
  ret void
}
