; pass/reentry.c and aliases: a call through an alias reaches the aliasee
; when every alias on the way is final; a weak alias may be replaced at
; link time by a definition that calls back, so the caller's slots are
; checked.  (An external function with a call to code it cannot see gets
; checked slots; one whose calls all reach bodies heap2stack sees keeps a
; static slot.)
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

@weak_hook = weak alias void (i32), ptr @impl
@strong_hook = alias void (i32), ptr @impl

define internal void @impl(i32 %n) {
  ret void
}

; CHECK-LABEL: define void @through_weak_alias(
; CHECK: call ptr @llvm.stacksave
; CHECK: call ptr @malloc(i64 100)
; REMARK: remark: <unknown>:0:0: moved to stack when the thread's stack has room: 100-byte malloc (align 16) {{.*}}(the function may be called again before it returns: it calls an alias that another definition may replace at link time, and it can be called from outside this module)
define void @through_weak_alias(i32 %n) {
  %p = call ptr @malloc(i64 100)
  store volatile i8 1, ptr %p
  call void @weak_hook(i32 %n)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @through_strong_alias(
; CHECK-NEXT: %p.h2s = alloca [100 x i8], align 16
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 100-byte malloc (align 16)
define void @through_strong_alias(i32 %n) {
  %p = call ptr @malloc(i64 100)
  store volatile i8 1, ptr %p
  call void @strong_hook(i32 %n)
  call void @free(ptr %p)
  ret void
}
