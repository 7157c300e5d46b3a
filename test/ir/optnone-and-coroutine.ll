; Functions heap2stack does not analyse at all: optnone (clang -O0) and
; coroutines before CoroSplit (their frame layout reads lifetime markers).
; Each site still gets its one remark.
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

; CHECK-LABEL: define i32 @at_O0(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: not analysed: the function is optnone (clang -O0 without -disable-O0-optnone)
define i32 @at_O0() optnone noinline {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define i32 @coroutine(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: not analysed: the function is a coroutine that has not been split yet
define i32 @coroutine() presplitcoroutine {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
