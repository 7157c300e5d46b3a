; A run-time size with no guarded rewrite available: with dynamic-capacity=0.
; (Invokes: dynamic-size-invoke.ll.)
; RUN: %opt -passes='heap2stack<dynamic-capacity=0>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK-OFF --implicit-check-not=remark: < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.default.ll 2>%t.default.err
; RUN: FileCheck %s --check-prefix=DEFAULT < %t.default.ll
; RUN: FileCheck %s --check-prefix=REMARK-DEFAULT --implicit-check-not=remark: < %t.default.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @runtime(
; CHECK-NEXT: %p = call ptr @malloc(i64 %n)
; CHECK-NOT: alloca
; CHECK: call void @free(ptr %p)
; DEFAULT-LABEL: define i32 @runtime(
; DEFAULT: %p.h2s = alloca [256 x i8], align 16
; REMARK-OFF: remark: <unknown>:0:0: size not known at compile time: 'malloc' of a run-time value, and no guarded rewrite: dynamic-capacity is 0
; REMARK-DEFAULT: remark: <unknown>:0:0: moved to stack when it fits: 'malloc' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
; REMARK-DEFAULT: remark: <unknown>:0:0: deallocation guarded: 'free' now frees only the heap case of the 'malloc' at '%p = call ptr @malloc(i64 %n)'
define i32 @runtime(i64 %n) {
  %p = call ptr @malloc(i64 %n)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
