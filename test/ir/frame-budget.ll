; max-frame (default 131072) bounds a function's static allocas plus every
; byte heap2stack moves into it.  Sites are admitted in program order: the
; first two fit after the existing 100000-byte local, the third would not
; (and its remark shows the sum), the fourth, smaller, still fits.
; (stack-check-above raised: these are static slots; the run-time checked
; slot above 4 KiB has its own tests, stack-check-rewrite.ll and
; stack-checked-moves.c.)
; RUN: %opt -passes='heap2stack<stack-check-above=1000000;max-chain=1000000>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes='heap2stack<stack-check-above=1000000;max-chain=1000000>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr) nocallback

; CHECK-LABEL: define void @budget(
; CHECK-NEXT: %d.h2s = alloca [1000 x i8], align 16
; CHECK-NEXT: %b.h2s = alloca [10000 x i8], align 16
; CHECK-NEXT: %a.h2s = alloca [20000 x i8], align 16
; CHECK-NEXT: %locals = alloca [25000 x i32], align 16
; CHECK-NEXT: call void @use(ptr %locals)
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 20000, )?}}ptr %a.h2s)
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 10000, )?}}ptr %b.h2s)
; CHECK-NEXT: %c = call ptr @malloc(i64 2000)
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 1000, )?}}ptr %d.h2s)
; CHECK: call void @free(ptr %c)
; CHECK-NOT: @free(
; REMARK: remark: <unknown>:0:0: moved to stack: 20000-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 20000-byte malloc at '%a = call ptr @malloc(i64 20000)'
; REMARK: remark: <unknown>:0:0: moved to stack: 10000-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 10000-byte malloc at '%b = call ptr @malloc(i64 10000)'
; REMARK: remark: <unknown>:0:0: stack frame budget exceeded: 100000 bytes of locals + 30000 bytes moved + 2000 bytes > max-frame 131072
; REMARK: remark: <unknown>:0:0: moved to stack: 1000-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 1000-byte malloc at '%d = call ptr @malloc(i64 1000)'
define void @budget() {
  %locals = alloca [25000 x i32], align 16
  call void @use(ptr %locals)
  %a = call ptr @malloc(i64 20000)
  %b = call ptr @malloc(i64 10000)
  %c = call ptr @malloc(i64 2000)
  %d = call ptr @malloc(i64 1000)
  store i8 0, ptr %a
  store i8 0, ptr %b
  store i8 0, ptr %c
  store i8 0, ptr %d
  call void @free(ptr %a)
  call void @free(ptr %b)
  call void @free(ptr %c)
  call void @free(ptr %d)
  ret void
}
