; glibc's _FORTIFY_SOURCE twins (__memcpy_chk, __snprintf_chk, ...) have
; their plain function's effects: the extra size and flag parameters are
; integers, the format sits further right.  Buffers passed to them move; the
; byte channels are as strong as memcpy's and snprintf's; a call that does
; not have the twin's prototype is an unknown call.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global [16 x i8] zeroinitializer
@text = global [64 x i8] zeroinitializer
@fmt_s = private unnamed_addr constant [5 x i8] c"<%s>\00"
@fmt_p = private unnamed_addr constant [3 x i8] c"%p\00"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @__memcpy_chk(ptr, ptr, i64, i64)
declare ptr @__memccpy_chk(ptr, ptr, i32, i64, i64)
declare i32 @__snprintf_chk(ptr, i64, i32, i64, ptr, ...)
declare i32 @__sprintf_chk(ptr, i32, i64, ptr, ...)
declare void @use(i8)

; A run-time-size copy into a buffer, and a "%s" of it: both move.
; CHECK-LABEL: define i8 @moves(
; CHECK-NOT: @malloc(
; CHECK: call ptr @__memcpy_chk(ptr %a.h2s, ptr %s, i64 %n, i64 32)
; CHECK: call i32 (ptr, i64, i32, i64, ptr, ...) @__snprintf_chk(ptr %b.h2s, i64 %n, i32 1, i64 32, ptr @fmt_s, ptr %a.h2s)
; CHECK-NOT: @free(
; CHECK: ret i8
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
define i8 @moves(ptr %s, i64 %n) {
  %a = call ptr @malloc(i64 32)
  %r1 = call ptr @__memcpy_chk(ptr %a, ptr %s, i64 %n, i64 32)
  %b = call ptr @malloc(i64 32)
  %r2 = call i32 (ptr, i64, i32, i64, ptr, ...) @__snprintf_chk(ptr %b, i64 %n, i32 1, i64 32, ptr @fmt_s, ptr %a)
  %c = load i8, ptr %b
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret i8 %c
}

; The byte channel: the address of %obj, kept in %holder, is copied into a
; global by __memcpy_chk (and by __memccpy_chk, whose length is its fourth
; argument, not the stop byte 0).  %obj stays; %holder, whose own address
; goes nowhere, moves.
; CHECK-LABEL: define void @bytes_to_global(
; CHECK: %obj = call ptr @malloc(i64 16)
; CHECK: %obj2 = call ptr @malloc(i64 16)
; CHECK-NOT: @malloc(
; CHECK: ret void
; REMARK-DAG: remark: <unknown>:0:0: escapes: stored to memory the function does not own at '%r = call ptr @__memcpy_chk(ptr @g, ptr %holder, i64 %n, i64 16)'
; REMARK-DAG: remark: <unknown>:0:0: escapes: stored to memory the function does not own at '%r2 = call ptr @__memccpy_chk(ptr @g, ptr %holder2, i32 0, i64 %n, i64 16)'
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
define void @bytes_to_global(i64 %n) {
  %obj = call ptr @malloc(i64 16)
  %holder = call ptr @malloc(i64 16)
  store ptr %obj, ptr %holder
  %r = call ptr @__memcpy_chk(ptr @g, ptr %holder, i64 %n, i64 16)
  call void @free(ptr %holder)
  %obj2 = call ptr @malloc(i64 16)
  %holder2 = alloca ptr
  store ptr %obj2, ptr %holder2
  %r2 = call ptr @__memccpy_chk(ptr @g, ptr %holder2, i32 0, i64 %n, i64 16)
  ret void
}

; "%p" in __sprintf_chk's format: the address leaves as text.  A format
; heap2stack cannot read: the worst, as for snprintf.
; CHECK-LABEL: define void @formatted(
; CHECK: %p = call ptr @malloc(i64 16)
; CHECK: %q = call ptr @malloc(i64 16)
; CHECK: ret void
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__sprintf_chk' at '%r1 = call i32 (ptr, i32, i64, ptr, ...) @__sprintf_chk(ptr @text, i32 1, i64 64, ptr @fmt_p, ptr %p)', which formats its address as text ('%p')
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__snprintf_chk' at '%r2 = call i32 (ptr, i64, i32, i64, ptr, ...) @__snprintf_chk(ptr @text, i64 64, i32 1, i64 64, ptr %fmt, ptr %q)', which formats it with a format heap2stack cannot read
define void @formatted(ptr %fmt) {
  %p = call ptr @malloc(i64 16)
  %r1 = call i32 (ptr, i32, i64, ptr, ...) @__sprintf_chk(ptr @text, i32 1, i64 64, ptr @fmt_p, ptr %p)
  %q = call ptr @malloc(i64 16)
  %r2 = call i32 (ptr, i64, i32, i64, ptr, ...) @__snprintf_chk(ptr @text, i64 64, i32 1, i64 64, ptr %fmt, ptr %q)
  ret void
}

; Calls without the twin's prototype (through another function type): the
; worst, whatever the table says of __memcpy_chk and __snprintf_chk.
; CHECK-LABEL: define void @wrong_arity(
; CHECK: %d = call ptr @malloc(i64 32)
; CHECK: %e = call ptr @malloc(i64 32)
; CHECK: ret void
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__memcpy_chk' called through a mismatched function type at 'call void @__memcpy_chk(ptr %d, ptr %s, i64 %n)'
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__snprintf_chk' called through a mismatched function type at '%r = call i32 (ptr, i64, ptr, ...) @__snprintf_chk(ptr %e, i64 %n, ptr @fmt_s, ptr %s)'
define void @wrong_arity(ptr %s, i64 %n) {
  %d = call ptr @malloc(i64 32)
  call void @__memcpy_chk(ptr %d, ptr %s, i64 %n)
  call void @free(ptr %d)
  %e = call ptr @malloc(i64 32)
  %r = call i32 (ptr, i64, ptr, ...) @__snprintf_chk(ptr %e, i64 %n, ptr @fmt_s, ptr %s)
  call void @free(ptr %e)
  ret void
}
