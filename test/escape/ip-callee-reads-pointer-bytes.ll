; A callee reads, as an integer, a pointer stored in memory it is passed,
; and keeps the integer (issue: trust, class 2; this was the README's
; "documented gap").  Callee summaries now say which bytes of the memory a
; parameter points to are read as data: @read_bits reads bytes 0..7, where
; the caller keeps the buffer's address, so that buffer escapes; @read_len
; reads bytes 8..15, an integer field beside the pointer, so the buffer in
; @keeps_len still moves (a struct's fields are told apart).
;
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes='cgscc(heap2stack)' -S %s -o - | FileCheck %s
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@gi = global i64 0
declare ptr @malloc(i64)
declare void @free(ptr)

define internal void @read_bits(ptr %h) {
  %v = load i64, ptr %h, align 8
  store i64 %v, ptr @gi, align 8
  ret void
}

define internal i64 @read_len(ptr %h) {
  %l = getelementptr inbounds { ptr, i64 }, ptr %h, i64 0, i32 1
  %v = load i64, ptr %l, align 8
  ret i64 %v
}

; REMARK: remark: <unknown>:0:0: escapes: the bytes of memory holding it are read as data by 'read_bits'
; CHECK-LABEL: define void @leaks_bits(
; CHECK-NOT: .h2s
; CHECK: call ptr @malloc(i64 16)
define void @leaks_bits() {
  %h = alloca { ptr, i64 }, align 8
  %a = call ptr @malloc(i64 16)
  store ptr %a, ptr %h, align 8
  call void @read_bits(ptr %h)
  ret void
}

; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc
; CHECK-LABEL: define i64 @keeps_len(
; CHECK: %a.h2s = alloca [16 x i8]
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret i64
define i64 @keeps_len(i64 %n) {
  %h = alloca { ptr, i64 }, align 8
  %a = call ptr @malloc(i64 16)
  store ptr %a, ptr %h, align 8
  %l = getelementptr inbounds { ptr, i64 }, ptr %h, i64 0, i32 1
  store i64 %n, ptr %l, align 8
  %r = call i64 @read_len(ptr %h)
  %p = load ptr, ptr %h, align 8
  call void @free(ptr %p)
  ret i64 %r
}
