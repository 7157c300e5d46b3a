; aligned_alloc and memalign: the slot is aligned to the larger of the
; requested alignment and malloc's own (16 on x86-64), never less.
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
declare ptr @memalign(i64, i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @aligned_alloc_64(
; CHECK-NEXT: %p.h2s = alloca [128 x i8], align 64
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 128, )?}}ptr %p.h2s)
; CHECK-NOT: @aligned_alloc
; CHECK-NOT: @free
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 128-byte aligned_alloc (align 64)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 128-byte aligned_alloc at '%p = call ptr @aligned_alloc(i64 64, i64 128)'
define i32 @aligned_alloc_64() {
  %p = call ptr @aligned_alloc(i64 64, i64 128)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; A requested alignment below malloc's: the slot keeps 16.
; CHECK-LABEL: define i32 @aligned_alloc_4(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK-NOT: @aligned_alloc
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte aligned_alloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte aligned_alloc at '%p = call ptr @aligned_alloc(i64 4, i64 8)'
define i32 @aligned_alloc_4() {
  %p = call ptr @aligned_alloc(i64 4, i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define i32 @memalign_256(
; CHECK-NEXT: %q.h2s = alloca [32 x i8], align 256
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %q.h2s)
; CHECK-NOT: @memalign
; CHECK-NOT: @free
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte memalign (align 256)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 32-byte memalign at '%q = call ptr @memalign(i64 256, i64 32)'
define i32 @memalign_256() {
  %q = call ptr @memalign(i64 256, i64 32)
  store i32 1, ptr %q
  %v = load i32, ptr %q
  call void @free(ptr %q)
  ret i32 %v
}

; CHECK-LABEL: define i32 @memalign_8(
; CHECK-NEXT: %q.h2s = alloca [24 x i8], align 16
; CHECK-NOT: @memalign
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte memalign (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 24-byte memalign at '%q = call ptr @memalign(i64 8, i64 24)'
define i32 @memalign_8() {
  %q = call ptr @memalign(i64 8, i64 24)
  store i32 1, ptr %q
  %v = load i32, ptr %q
  call void @free(ptr %q)
  ret i32 %v
}
