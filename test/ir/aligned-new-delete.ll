; Aligned operator new (a new-expression of an over-aligned type) freed by
; aligned operator delete: the slot takes the requested alignment.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias nonnull ptr @_ZnwmSt11align_val_t(i64, i64)
declare void @_ZdlPvSt11align_val_t(ptr, i64)
declare noalias nonnull ptr @_ZnamSt11align_val_t(i64, i64)
declare void @_ZdaPvSt11align_val_t(ptr, i64)

; CHECK-LABEL: define i32 @scalar(
; CHECK-NEXT: %p.h2s = alloca [64 x i8], align 32
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 64, )?}}ptr %p.h2s)
; CHECK-NEXT: store i32 1, ptr %p.h2s
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 64, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; REMARK: remark: <unknown>:0:0: moved to stack: 64-byte aligned new (align 32)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'aligned delete' of the 64-byte aligned new at '%p = call ptr @_ZnwmSt11align_val_t(i64 64, i64 32)'
define i32 @scalar() {
  %p = call ptr @_ZnwmSt11align_val_t(i64 64, i64 32) builtin
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @_ZdlPvSt11align_val_t(ptr %p, i64 32) builtin
  ret i32 %v
}

; CHECK-LABEL: define i32 @array(
; CHECK-NEXT: %a.h2s = alloca [256 x i8], align 128
; CHECK-NOT: @_ZnamSt11align_val_t
; CHECK-NOT: @_ZdaPvSt11align_val_t
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 256-byte aligned new[] (align 128)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'aligned delete[]' of the 256-byte aligned new[] at '%a = call ptr @_ZnamSt11align_val_t(i64 256, i64 128)'
define i32 @array() {
  %a = call ptr @_ZnamSt11align_val_t(i64 256, i64 128) builtin
  store i32 1, ptr %a
  %v = load i32, ptr %a
  call void @_ZdaPvSt11align_val_t(ptr %a, i64 128) builtin
  ret i32 %v
}
