; A stack slot must be at least as aligned as the allocator promises, by
; whatever states it: the target's malloc alignment (16 here), an
; allocalign argument (constant, or the site stays), and an `align N`
; return attribute on the callee or the call site, which the optimizer may
; rely on.  The slot takes the largest; a promise above 4096 stays on the
; heap.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias align 64 ptr @cache_line_alloc(i64) #0
declare void @pool_free(ptr allocptr) #1
declare noalias ptr @pool_alloc(i64) #0
declare noalias ptr @pool_alloc_aligned(i64, i64 allocalign) #0
declare noalias align 8192 ptr @huge_page_alloc(i64) #0
declare noalias ptr @malloc(i64)
declare void @free(ptr)
declare noalias ptr @_Znwm(i64)
declare void @_ZdlPv(ptr)

; The callee's return attribute: align 64.
; CHECK-LABEL: define i32 @callee_align(
; CHECK: %p.h2s = alloca [24 x i8], align 64
; CHECK-NOT: @cache_line_alloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte cache_line_alloc (align 64)
define i32 @callee_align() {
  %p = call ptr @cache_line_alloc(i64 24)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @pool_free(ptr %p)
  ret i32 %v
}

; The call site's return attribute, on a custom allocator and on malloc.
; CHECK-LABEL: define i32 @call_site_align(
; CHECK-DAG: %p.h2s = alloca [24 x i8], align 128
; CHECK-DAG: %q.h2s = alloca [8 x i8], align 32
; CHECK-NOT: @pool_alloc(
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte pool_alloc (align 128)
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 32)
define i32 @call_site_align() {
  %p = call align 128 ptr @pool_alloc(i64 24)
  %q = call align 32 ptr @malloc(i64 8)
  store i32 1, ptr %p
  store i32 2, ptr %q
  %v = load i32, ptr %p
  %w = load i32, ptr %q
  %s = add i32 %v, %w
  call void @pool_free(ptr %p)
  call void @free(ptr %q)
  ret i32 %s
}

; An allocalign argument without allockind("aligned"): still the promise.
; A smaller one than the default still gets the default; the largest wins.
; CHECK-LABEL: define i32 @allocalign_only(
; CHECK-DAG: %p.h2s = alloca [24 x i8], align 256
; CHECK-DAG: %q.h2s = alloca [24 x i8], align 16
; CHECK-DAG: %r.h2s = alloca [24 x i8], align 512
; CHECK-NOT: @pool_alloc_aligned(
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte pool_alloc_aligned (align 256)
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte pool_alloc_aligned (align 16)
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte pool_alloc_aligned (align 512)
define i32 @allocalign_only() {
  %p = call ptr @pool_alloc_aligned(i64 24, i64 256)
  %q = call ptr @pool_alloc_aligned(i64 24, i64 4)
  %r = call align 512 ptr @pool_alloc_aligned(i64 24, i64 64)
  store i32 1, ptr %p
  store i32 2, ptr %q
  store i32 3, ptr %r
  %v = load i32, ptr %p
  %w = load i32, ptr %q
  %x = load i32, ptr %r
  %s = add i32 %v, %w
  %t = add i32 %s, %x
  call void @pool_free(ptr %p)
  call void @pool_free(ptr %q)
  call void @pool_free(ptr %r)
  ret i32 %t
}

; A run-time allocalign argument: the promise is unknown, the site stays.
; CHECK-LABEL: define void @allocalign_runtime(
; CHECK: %p = call ptr @pool_alloc_aligned(i64 24, i64 %a)
; REMARK: remark: <unknown>:0:0: alignment not known at compile time
define void @allocalign_runtime(i64 %a) {
  %p = call ptr @pool_alloc_aligned(i64 24, i64 %a)
  store i32 1, ptr %p
  call void @pool_free(ptr %p)
  ret void
}

; A promise above 4096 bytes stays on the heap.
; CHECK-LABEL: define void @too_aligned(
; CHECK: %p = call ptr @huge_page_alloc(i64 24)
; CHECK: %q = call align 8192 ptr @malloc(i64 24)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 8192 (must be a power of two, at most 4096)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 8192 (must be a power of two, at most 4096)
define void @too_aligned() {
  %p = call ptr @huge_page_alloc(i64 24)
  store i32 1, ptr %p
  call void @pool_free(ptr %p)
  %q = call align 8192 ptr @malloc(i64 24)
  store i32 1, ptr %q
  call void @free(ptr %q)
  ret void
}

; operator new with clang's `align 64` on the new-expression's call.
; CHECK-LABEL: define i32 @new_align(
; CHECK: %p.h2s = alloca [64 x i8], align 64
; CHECK-NOT: @_Znwm(
; REMARK: remark: <unknown>:0:0: moved to stack: 64-byte new (align 64)
define i32 @new_align() {
  %p = call noalias nonnull align 64 ptr @_Znwm(i64 64) #2
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @_ZdlPv(ptr %p) #2
  ret i32 %v
}

attributes #0 = { allockind("alloc,uninitialized") allocsize(0) "alloc-family"="pool" }
attributes #1 = { allockind("free") "alloc-family"="pool" }
attributes #2 = { builtin }
