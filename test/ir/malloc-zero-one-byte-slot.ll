; malloc(0) returns a unique pointer: the slot has one byte, never zero.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i1 @zero(
; CHECK-NEXT: %p.h2s = alloca [1 x i8], align 16
; CHECK-NEXT: %other = alloca i8
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 1, )?}}ptr %p.h2s)
; CHECK-NEXT: %c = icmp eq ptr %p.h2s, %other
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 1, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i1 %c
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 0-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 0-byte malloc at '%p = call ptr @malloc(i64 0)'
define i1 @zero() {
  %other = alloca i8
  %p = call ptr @malloc(i64 0)
  %c = icmp eq ptr %p, %other
  call void @free(ptr %p)
  ret i1 %c
}
