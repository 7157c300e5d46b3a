; aligned_alloc with an alignment heap2stack cannot give a stack slot: not
; a power of two, not a constant, or above 4096.  4096 itself still moves.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @aligned_alloc(i64, i64)
declare void @free(ptr)

; CHECK-LABEL: define void @not_power_of_two(
; CHECK-NEXT: %p = call ptr @aligned_alloc(i64 24, i64 48)
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 24 (must be a power of two, at most 4096)
define void @not_power_of_two() {
  %p = call ptr @aligned_alloc(i64 24, i64 48)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @zero(
; CHECK-NEXT: %p = call ptr @aligned_alloc(i64 0, i64 48)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 0 (must be a power of two, at most 4096)
define void @zero() {
  %p = call ptr @aligned_alloc(i64 0, i64 48)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @runtime(
; CHECK-NEXT: %p = call ptr @aligned_alloc(i64 %a, i64 64)
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: alignment not known at compile time
define void @runtime(i64 %a) {
  %p = call ptr @aligned_alloc(i64 %a, i64 64)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @huge(
; CHECK-NEXT: %p = call ptr @aligned_alloc(i64 8192, i64 8192)
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 8192 (must be a power of two, at most 4096)
define void @huge() {
  %p = call ptr @aligned_alloc(i64 8192, i64 8192)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @largest(
; CHECK-NEXT: %p.h2s = alloca [4096 x i8], align 4096
; CHECK-NOT: @aligned_alloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 4096-byte aligned_alloc (align 4096)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 4096-byte aligned_alloc at '%p = call ptr @aligned_alloc(i64 4096, i64 4096)'
define void @largest() {
  %p = call ptr @aligned_alloc(i64 4096, i64 4096)
  call void @free(ptr %p)
  ret void
}
