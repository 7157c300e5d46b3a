; In a function annotated heap2stack_noheap (llvm.global.annotations), an
; allocation that stays on the heap is an error; opt stops at the first one
; (LLVM's default diagnostic handler exits on an error) with exit code 1.
; RUN: not %opt -passes=heap2stack -disable-output %s 2>&1 | FileCheck %s --implicit-check-not=error:
; CHECK: error: <unknown>:0:0: in function hot i32 (i64): heap allocation in a function annotated heap2stack_noheap: escapes: stored to global 'g' at 'store ptr %kept, ptr @g, align 8'
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [18 x i8] c"heap2stack_noheap\00", section "llvm.metadata"
@.file = private unnamed_addr constant [4 x i8] c"t.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @hot, ptr @.str, ptr @.file, i32 1, ptr null }], section "llvm.metadata"

@g = global ptr null

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @pool_alloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="pool"

; Not annotated: a remark at most, never an error.
define ptr @leak() {
  %p = call ptr @malloc(i64 8)
  ret ptr %p
}

define i32 @hot(i64 %n) {
  %ok = call ptr @malloc(i64 8)
  store i32 1, ptr %ok
  %v = load i32, ptr %ok
  call void @free(ptr %ok)
  %kept = call ptr @malloc(i64 8)
  store ptr %kept, ptr @g, align 8
  %p = call ptr @leak()
  %q = call ptr @pool_alloc(i64 %n)
  store i32 %v, ptr %q
  ret i32 %v
}
