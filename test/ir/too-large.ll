; max-size (default 65536) bounds one allocation: 65536 bytes move, 65537
; do not, and malloc(-1) (SIZE_MAX) is simply too large.
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

; CHECK-LABEL: define void @at_limit(
; CHECK-NEXT: %p.h2s = alloca [65536 x i8], align 16
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 65536-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 65536-byte malloc at '%p = call ptr @malloc(i64 65536)'
define void @at_limit() {
  %p = call ptr @malloc(i64 65536)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @over_limit(
; CHECK-NEXT: %p = call ptr @malloc(i64 65537)
; CHECK-NEXT: store i8 0, ptr %p
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: too large for stack: 65537 bytes > max-size 65536
define void @over_limit() {
  %p = call ptr @malloc(i64 65537)
  store i8 0, ptr %p
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @size_max(
; CHECK-NEXT: %p = call ptr @malloc(i64 -1)
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: too large for stack: 18446744073709551615 bytes > max-size 65536
define void @size_max() {
  %p = call ptr @malloc(i64 -1)
  call void @free(ptr %p)
  ret void
}
