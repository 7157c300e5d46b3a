; C++ new-expressions (call sites marked `builtin`) freed by the matching
; delete-expression: scalar new / delete, sized delete, new[] / delete[],
; and the nothrow forms.  Every allocation and deallocation disappears.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%"struct.std::nothrow_t" = type { i8 }
@_ZSt7nothrow = external global %"struct.std::nothrow_t"

declare noalias nonnull ptr @_Znwm(i64)
declare noalias nonnull ptr @_Znam(i64)
declare noalias ptr @_ZnwmRKSt9nothrow_t(i64, ptr)
declare noalias ptr @_ZnamRKSt9nothrow_t(i64, ptr)
declare void @_ZdlPv(ptr)
declare void @_ZdlPvm(ptr, i64)
declare void @_ZdaPv(ptr)

; CHECK-LABEL: define i32 @scalar(
; CHECK-NEXT: %p.h2s = alloca [24 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 24, )?}}ptr %p.h2s)
; CHECK-NEXT: store i32 7, ptr %p.h2s
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 24, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte new (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete' of the 24-byte new at '%p = call ptr @_Znwm(i64 24)'
define i32 @scalar() {
  %p = call ptr @_Znwm(i64 24) builtin
  store i32 7, ptr %p
  %v = load i32, ptr %p
  call void @_ZdlPv(ptr %p) builtin
  ret i32 %v
}

; CHECK-LABEL: define i32 @sized_delete(
; CHECK-NEXT: %p.h2s = alloca [16 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NOT: @_Znwm
; CHECK-NOT: @_ZdlPvm
; CHECK: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte new (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete' of the 16-byte new at '%p = call ptr @_Znwm(i64 16)'
define i32 @sized_delete() {
  %p = call ptr @_Znwm(i64 16) builtin
  store i32 7, ptr %p
  %v = load i32, ptr %p
  call void @_ZdlPvm(ptr %p, i64 16) builtin
  ret i32 %v
}

; CHECK-LABEL: define i32 @array(
; CHECK-NEXT: %a.h2s = alloca [40 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 40, )?}}ptr %a.h2s)
; CHECK-NOT: @_Znam
; CHECK-NOT: @_ZdaPv
; CHECK: call void @llvm.lifetime.end.p0({{(i64 40, )?}}ptr %a.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; REMARK: remark: <unknown>:0:0: moved to stack: 40-byte new[] (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete[]' of the 40-byte new[] at '%a = call ptr @_Znam(i64 40)'
define i32 @array(i64 %i) {
  %a = call ptr @_Znam(i64 40) builtin
  %e = getelementptr inbounds i32, ptr %a, i64 %i
  store i32 7, ptr %e
  %v = load i32, ptr %a
  call void @_ZdaPv(ptr %a) builtin
  ret i32 %v
}

; CHECK-LABEL: define i32 @nothrow(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK-NEXT: %a.h2s = alloca [12 x i8], align 16
; CHECK-NOT: @_ZnwmRKSt9nothrow_t
; CHECK-NOT: @_ZnamRKSt9nothrow_t
; CHECK-NOT: @_Zd
; CHECK: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 12-byte new[] (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete[]' of the 12-byte new[] at '%a = call ptr @_ZnamRKSt9nothrow_t(i64 12, ptr @_ZSt7nothrow)'
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte new (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete' of the 8-byte new at '%p = call ptr @_ZnwmRKSt9nothrow_t(i64 8, ptr @_ZSt7nothrow)'
define i32 @nothrow() {
  %a = call ptr @_ZnamRKSt9nothrow_t(i64 12, ptr @_ZSt7nothrow) builtin
  %p = call ptr @_ZnwmRKSt9nothrow_t(i64 8, ptr @_ZSt7nothrow) builtin
  store i32 1, ptr %p
  store i32 2, ptr %a
  %v = load i32, ptr %p
  %w = load i32, ptr %a
  %s = add i32 %v, %w
  call void @_ZdlPv(ptr %p) builtin
  call void @_ZdaPv(ptr %a) builtin
  ret i32 %s
}
