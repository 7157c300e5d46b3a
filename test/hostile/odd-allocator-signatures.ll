; Allocators declared with the wrong prototypes, called through mismatched
; types, variadic, or missing their size: never rewritten, never a crash.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64, ...)
declare ptr @calloc(i32)
declare i32 @free(i64)
declare ptr @_Znwm(ptr)
declare ptr @odd(i64, i64) allockind("alloc") "alloc-family"="odd"

; REMARK: remark: <unknown>:0:0: not analysed: not treated as the library allocator here (nobuiltin, -fno-builtin, or an unexpected prototype)
; REMARK: remark: <unknown>:0:0: not analysed: not treated as the library allocator here (nobuiltin, -fno-builtin, or an unexpected prototype)
; REMARK: remark: <unknown>:0:0: not analysed: a direct call of replaceable 'operator new' (not a new-expression) may not be elided
; REMARK: remark: <unknown>:0:0: size unknown: 'odd' declares no allocsize
; CHECK-LABEL: define void @f(
; CHECK: %a = call ptr (i64, ...) @malloc(i64 8, i32 1)
; CHECK: %b = call ptr @calloc(i32 4)
; CHECK: %c = call ptr @_Znwm(ptr null)
; CHECK: %d = call ptr @odd(i64 1, i64 2)
define void @f() {
  %a = call ptr (i64, ...) @malloc(i64 8, i32 1)
  %b = call ptr @calloc(i32 4)
  %c = call ptr @_Znwm(ptr null)
  %d = call ptr @odd(i64 1, i64 2)
  %i = ptrtoint ptr %a to i64
  %r = call i32 @free(i64 %i)
  store i8 0, ptr %b
  store i8 0, ptr %c
  store i8 0, ptr %d
  ret void
}
