; A maker of a run-time size through opt (pass/caller_frames.c): the caller
; rebuilds the size from the call's argument without the maker's nuw (the
; maker may never compute it) and freezes it (the argument, not noundef
; here, may be undef where the maker returns early), then calls the copy
; with its buffer when the size fits and the maker otherwise; the free
; frees only the heap case.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare noalias ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr allocptr) allockind("free") "alloc-family"="malloc"
declare void @use(ptr nocapture) nocallback nofree

define ptr @str_new(i64 %len, i1 %skip) {
entry:
  br i1 %skip, label %none, label %make
make:
  %size = add nuw i64 %len, 1
  %p = call ptr @malloc(i64 %size)
  ret ptr %p
none:
  ret ptr null
}

; CHECK-LABEL: define void @caller(
; CHECK: %[[BUF:.*]] = alloca [256 x i8], align 16
; CHECK: %[[SIZE:.*]] = add i64 %len, 1
; CHECK: %[[FROZEN:.*]] = freeze i64 %[[SIZE]]
; CHECK: %[[FITS:.*]] = icmp ule i64 %[[FROZEN]], 256
; CHECK: br i1 %[[FITS]]
; CHECK: call ptr @str_new.h2s(i64 %len, i1 %skip, ptr {{.*}}%[[BUF]])
; CHECK: call ptr @str_new(i64 %len, i1 %skip), !heap2stack.guarded
; CHECK: %[[ON:.*]] = icmp eq ptr %{{.*}}, %[[BUF]]
; CHECK: select i1 %[[ON]], ptr null
; CHECK: call void @free(
; REMARK: remark: <unknown>:0:0: moved to stack when it fits: object made by 'str_new' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
define void @caller(i64 %len, i1 %skip) {
  %p = call ptr @str_new(i64 %len, i1 %skip)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}
