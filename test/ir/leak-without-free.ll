; An allocation that is never freed (a leak) still moves: its lifetime ends
; with the function, where a lifetime.end says so (every exit gets one, so
; that a caller this function is inlined into can reuse the slot's bytes).
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

; CHECK-LABEL: define i32 @leak(
; CHECK-NEXT: %p.h2s = alloca [16 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: store i32 9, ptr %p.h2s
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: ret i32 %v
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
define i32 @leak() {
  %p = call ptr @malloc(i64 16)
  store i32 9, ptr %p
  %v = load i32, ptr %p
  ret i32 %v
}
