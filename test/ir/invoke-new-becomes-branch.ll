; An invoke of a new-expression becomes a branch to its normal destination;
; the landing pad's phi loses its entry for the invoke's block (that edge no
; longer exists) and keeps the others.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare i32 @__gxx_personality_v0(...)
declare noalias nonnull ptr @_Znwm(i64)
declare void @_ZdlPv(ptr)
declare i32 @may_throw() nocallback

; CHECK-LABEL: define i32 @f(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.h2s = alloca [16 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: br label %cont
; CHECK: cont:
; CHECK-NEXT: store i32 1, ptr %p.h2s
; CHECK-NEXT: %r = invoke i32 @may_throw()
; CHECK: done:
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; CHECK: lpad:
; CHECK-NEXT: %from = phi i32 [ 2, %cont ]{{$}}
; CHECK-NEXT: %lp = landingpad { ptr, i32 }
; CHECK-NOT: @_Znwm(
; CHECK-NOT: @_ZdlPv(
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte new (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete' of the 16-byte new at '%p = invoke ptr @_Znwm(i64 16)
define i32 @f() personality ptr @__gxx_personality_v0 {
entry:
  %p = invoke ptr @_Znwm(i64 16) builtin
          to label %cont unwind label %lpad

cont:
  store i32 1, ptr %p
  %r = invoke i32 @may_throw()
          to label %done unwind label %lpad

done:
  %v = load i32, ptr %p
  call void @_ZdlPv(ptr %p) builtin
  ret i32 %v

lpad:
  %from = phi i32 [ 1, %entry ], [ 2, %cont ]
  %lp = landingpad { ptr, i32 }
          cleanup
  ret i32 %from
}
