; A musttail call that may receive the object (or memory holding it) cannot
; lose its tail position: the allocation stays (MustTail).  One that cannot
; see the object does not matter.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @reader(ptr nocapture nofree readonly) memory(argmem: read) nounwind
declare i32 @other(i32) nocallback

; REMARK: remark: <unknown>:0:0: passed to a musttail call, which cannot give up its tail position at '%r = musttail call i32 @reader(ptr %p)'
; CHECK-LABEL: define i32 @tail_gets_it(
; CHECK: %p = call ptr @malloc(i64 16)
define i32 @tail_gets_it(ptr %unused) {
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  %r = musttail call i32 @reader(ptr %p)
  ret i32 %r
}

; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; CHECK-LABEL: define i32 @tail_does_not(
; CHECK: %q.h2s = alloca [16 x i8]
; CHECK: %r = musttail call i32 @other(i32 %v)
define i32 @tail_does_not(i32 %x) {
  %q = call ptr @malloc(i64 16)
  store i32 %x, ptr %q
  %v = load i32, ptr %q
  call void @free(ptr %q)
  %r = musttail call i32 @other(i32 %v)
  ret i32 %r
}

; `tail` (not musttail) on a call that may read the object is dropped.
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; CHECK-LABEL: define i32 @plain_tail(
; CHECK: %r = call i32 @reader(ptr %s.h2s)
define i32 @plain_tail(i32 %x) {
  %s = call ptr @malloc(i64 16)
  store i32 %x, ptr %s
  %r = tail call i32 @reader(ptr %s)
  call void @free(ptr %s)
  ret i32 %r
}
