; A deallocation that is itself an invoke becomes lifetime.end and a branch
; to its normal destination; the landing pad's phi loses the entry for the
; deallocation's block.
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

; CHECK-LABEL: define i32 @g(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %p.h2s)
; CHECK-NEXT: store i32 %x, ptr %p.h2s
; CHECK-NEXT: %r = invoke i32 @may_throw()
; CHECK: mid:
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %p.h2s)
; CHECK-NEXT: br label %done
; CHECK: done:
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; CHECK: lpad:
; CHECK-NEXT: %from = phi i32 [ 1, %entry ]{{$}}
; CHECK-NOT: @_Znwm(
; CHECK-NOT: @_ZdlPv(
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte new (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'delete' of the 8-byte new at '%p = call ptr @_Znwm(i64 8)'
define i32 @g(i32 %x) personality ptr @__gxx_personality_v0 {
entry:
  %p = call ptr @_Znwm(i64 8) builtin
  store i32 %x, ptr %p
  %r = invoke i32 @may_throw()
          to label %mid unwind label %lpad

mid:
  %v = load i32, ptr %p
  invoke void @_ZdlPv(ptr %p) builtin
          to label %done unwind label %lpad

done:
  ret i32 %v

lpad:
  %from = phi i32 [ 1, %entry ], [ 2, %mid ]
  %lp = landingpad { ptr, i32 }
          cleanup
  ret i32 %from
}
