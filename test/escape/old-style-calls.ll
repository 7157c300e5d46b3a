; Calls through a function type other than the callee's (old-style C): the
; callee's summary speaks for an argument only where it arrives as the very
; parameter.  Everything else keeps the heap (old-style-calls.c has the C).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
@gi = global i64 0

declare ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr) allockind("free") "alloc-family"="malloc"

define i64 @reads(ptr %p, i64 %n) noinline {
  %v = load i8, ptr %p
  %w = zext i8 %v to i64
  %r = add i64 %w, %n
  ret i64 %r
}
define ptr @identity(ptr %p) noinline {
  ret ptr %p
}
define void @keeps_int(i64 %v) noinline {
  store i64 %v, ptr @gi
  ret void
}
define i64 @reads_byval(ptr byval(i64) %p) noinline {
  %v = load i64, ptr %p
  ret i64 %v
}
define i64 @variadic(ptr %p, ...) noinline {
  %v = load i8, ptr %p
  %w = zext i8 %v to i64
  ret i64 %w
}
define fastcc i64 @fast(ptr %p) noinline {
  %v = load i8, ptr %p
  %w = zext i8 %v to i64
  ret i64 %w
}
define i64 @one_param(ptr %p) noinline {
  %v = load i8, ptr %p
  %w = zext i8 %v to i64
  ret i64 %w
}
declare i64 @external(ptr)

; Arrives as parameter 0 of @reads, of its type: moves.
; CHECK-LABEL: define i64 @same_position(
; CHECK-NOT: @malloc(
; CHECK: call i64 (ptr, i32, ...) @reads(
; CHECK-NOT: @free(
define i64 @same_position() {
  %b = call ptr @malloc(i64 16)
  store i8 1, ptr %b
  %r = call i64 (ptr, i32, ...) @reads(ptr %b, i32 3)
  call void @free(ptr %b)
  ret i64 %r
}
; REMARK-DAG: moved to stack: 16-byte malloc (align 16)

; @identity returns its parameter; read as an i64 here and stored: escapes.
; CHECK-LABEL: define i64 @result_as_integer(
; CHECK: call ptr @malloc(i64 24)
define i64 @result_as_integer() {
  %b = call ptr @malloc(i64 24)
  store i8 1, ptr %b
  %a = call i64 @identity(ptr %b)
  store i64 %a, ptr @gi
  call void @free(ptr %b)
  ret i64 0
}
; REMARK-DAG: escapes: passed to 'identity' called through a mismatched function type at '%a = call i64 @identity(ptr %b)'

; A pointer where the callee takes an integer: escapes.
; CHECK-LABEL: define void @pointer_as_integer(
; CHECK: call ptr @malloc(i64 32)
define void @pointer_as_integer() {
  %b = call ptr @malloc(i64 32)
  store i8 1, ptr %b
  call void @keeps_int(ptr %b)
  call void @free(ptr %b)
  ret void
}
; REMARK-DAG: escapes: passed to 'keeps_int' called through a mismatched function type at 'call void @keeps_int(ptr %b)'

; byval on the callee's parameter only: the callee reads a copy of the
; caller's stack, not the pointer; no summary speaks for it.
; CHECK-LABEL: define i64 @byval_mismatch(
; CHECK: call ptr @malloc(i64 40)
define i64 @byval_mismatch() {
  %b = call ptr @malloc(i64 40)
  store i64 1, ptr %b
  %r = call i64 (ptr, i32) @reads_byval(ptr %b, i32 0)
  call void @free(ptr %b)
  ret i64 %r
}
; REMARK-DAG: escapes: passed to 'reads_byval' called through a mismatched function type

; A variadic callee reached through another type: no summary.
; CHECK-LABEL: define i64 @variadic_callee(
; CHECK: call ptr @malloc(i64 48)
define i64 @variadic_callee() {
  %b = call ptr @malloc(i64 48)
  store i8 1, ptr %b
  %r = call i64 (ptr, i32) @variadic(ptr %b, i32 0)
  call void @free(ptr %b)
  ret i64 %r
}
; REMARK-DAG: escapes: passed to 'variadic' called through a mismatched function type

; Another calling convention: no summary.
; CHECK-LABEL: define i64 @callconv_mismatch(
; CHECK: call ptr @malloc(i64 56)
define i64 @callconv_mismatch() {
  %b = call ptr @malloc(i64 56)
  store i8 1, ptr %b
  %r = call i64 (ptr, i32) @fast(ptr %b, i32 0)
  call void @free(ptr %b)
  ret i64 %r
}
; REMARK-DAG: escapes: passed to 'fast' called through a mismatched function type

; An argument beyond the callee's parameters: no summary speaks for it.
; CHECK-LABEL: define i64 @extra_argument(
; CHECK: call ptr @malloc(i64 64)
define i64 @extra_argument(ptr %q) {
  %b = call ptr @malloc(i64 64)
  store i8 1, ptr %b
  %r = call i64 (ptr, ptr) @one_param(ptr %q, ptr %b)
  call void @free(ptr %b)
  ret i64 %r
}
; REMARK-DAG: escapes: passed to 'one_param' called through a mismatched function type

; A declaration: nothing to summarise.
; CHECK-LABEL: define i64 @declaration(
; CHECK: call ptr @malloc(i64 72)
define i64 @declaration() {
  %b = call ptr @malloc(i64 72)
  store i8 1, ptr %b
  %r = call i64 (ptr, i32) @external(ptr %b, i32 0)
  call void @free(ptr %b)
  ret i64 %r
}
; REMARK-DAG: escapes: passed to 'external' called through a mismatched function type

; A call cycle only old-style calls make: @ping and @pong call each other
; through mismatched types, so @ping's allocation is in a recursive cycle.
; CHECK-LABEL: define i64 @ping(
; CHECK: call ptr @malloc(i64 8)
define i64 @ping(i64 %n) {
  %b = call ptr @malloc(i64 8)
  store i64 %n, ptr %b
  %c = icmp eq i64 %n, 0
  br i1 %c, label %done, label %more
more:
  %m = sub i64 %n, 1
  %r = call i64 (i64, i32) @pong(i64 %m, i32 0)
  br label %done
done:
  %x = phi i64 [ 0, %0 ], [ %r, %more ]
  %v = load i64, ptr %b
  call void @free(ptr %b)
  %s = add i64 %x, %v
  ret i64 %s
}
define i64 @pong(i64 %n) noinline {
  %r = call i64 (i64, i32) @ping(i64 %n, i32 1)
  ret i64 %r
}
; REMARK-DAG: in a recursive call cycle: 8 bytes > max-recursive-size 0
