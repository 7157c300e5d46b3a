; Calls LLVM would not treat as the library allocator are left alone:
; a `nobuiltin` call site, a direct call of replaceable operator new (no
; `builtin`: not a new-expression), and a function compiled with
; -fno-builtin-malloc or -fno-builtin ("no-builtin-malloc", "no-builtins").
; A free that is not the library free (nobuiltin, or "no-builtin-free") is
; an ordinary unknown call the pointer escapes to.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare noalias nonnull ptr @_Znwm(i64)
declare void @_ZdlPv(ptr)

; CHECK-LABEL: define i32 @site_nobuiltin(
; CHECK-NEXT: %p = call ptr @malloc(i64 8) #[[NOBUILTIN:[0-9]+]]
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: not analysed: not treated as the library allocator here (nobuiltin, -fno-builtin, or an unexpected prototype)
define i32 @site_nobuiltin() {
  %p = call ptr @malloc(i64 8) nobuiltin
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define i32 @direct_operator_new(
; CHECK-NEXT: %p = call ptr @_Znwm(i64 8)
; CHECK: call void @_ZdlPv(ptr %p)
; REMARK: remark: <unknown>:0:0: not analysed: a direct call of replaceable 'operator new' (not a new-expression) may not be elided
define i32 @direct_operator_new() {
  %p = call ptr @_Znwm(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @_ZdlPv(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define i32 @fno_builtin_malloc(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; REMARK: remark: <unknown>:0:0: not analysed: not treated as the library allocator here (nobuiltin, -fno-builtin, or an unexpected prototype)
define i32 @fno_builtin_malloc() "no-builtin-malloc" {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define i32 @fno_builtin(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; REMARK: remark: <unknown>:0:0: not analysed: not treated as the library allocator here (nobuiltin, -fno-builtin, or an unexpected prototype)
define i32 @fno_builtin() "no-builtins" {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define i32 @free_nobuiltin(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK: call void @free(ptr %p) #[[NOBUILTIN]]
; REMARK: remark: <unknown>:0:0: escapes: passed to 'free' at 'call void @free(ptr %p)'
define i32 @free_nobuiltin() {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p) nobuiltin
  ret i32 %v
}

; CHECK-LABEL: define i32 @fno_builtin_free(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: escapes: passed to 'free' at 'call void @free(ptr %p)'
define i32 @fno_builtin_free() "no-builtin-free" {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
; CHECK: attributes #[[NOBUILTIN]] = { nobuiltin }
