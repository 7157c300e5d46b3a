; Lifetime markers already on the heap pointer (not valid on a non-alloca
; from LLVM 21) are removed; the slot gets its own at the allocation and
; at the free.  (LLVM 22 already drops markers on non-allocas when it
; parses this file; the checks hold either way.)
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
declare void @llvm.lifetime.start.p0(i64, ptr)
declare void @llvm.lifetime.end.p0(i64, ptr)

; CHECK-LABEL: define i32 @markers(
; CHECK-NEXT: %p.h2s = alloca [16 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: store i32 1, ptr %p.h2s
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%p = call ptr @malloc(i64 16)'
define i32 @markers() {
  %p = call ptr @malloc(i64 16)
  call void @llvm.lifetime.start.p0(i64 16, ptr %p)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @llvm.lifetime.end.p0(i64 16, ptr %p)
  call void @free(ptr %p)
  ret i32 %v
}
