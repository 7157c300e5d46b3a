; Allocators known only by their LLVM attributes: allockind + allocsize +
; "alloc-family", freed by the allockind("free") function of the same family
; through its allocptr parameter (Rust's __rust_alloc, a made-up pool).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o - 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias ptr @__rust_alloc(i64, i64 allocalign) #0
declare void @__rust_dealloc(ptr allocptr, i64, i64) #1
declare noalias ptr @pool_alloc(ptr, i64) #2
declare void @pool_free(ptr, ptr allocptr) #3
declare noalias ptr @my_strdup(ptr) #4
declare noalias ptr @aligned_nowhere(i64) #5

; REMARK: remark: <unknown>:0:0: moved to stack: 40-byte __rust_alloc (align 32)
; CHECK-LABEL: define i64 @rust(
; CHECK: %p.h2s = alloca [40 x i8], align 32
; CHECK-NOT: @__rust_alloc(
; CHECK-NOT: @__rust_dealloc(
; CHECK: ret i64
define i64 @rust(i64 %i) {
  %p = call ptr @__rust_alloc(i64 40, i64 32)
  %g = getelementptr i64, ptr %p, i64 %i
  store i64 7, ptr %g
  %v = load i64, ptr %p
  call void @__rust_dealloc(ptr %p, i64 40, i64 32)
  ret i64 %v
}

; allockind("alloc,zeroed"): zeroed at the allocation point.
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte pool_alloc (align 16)
; CHECK-LABEL: define i64 @pool(
; CHECK: %q.h2s = alloca [16 x i8], align 16
; CHECK: call void @llvm.memset.p0.i64(ptr align 16 %q.h2s, i8 0, i64 16, i1 false)
; CHECK-NOT: @pool_free(
; CHECK: ret i64
define i64 @pool(ptr %arena) {
  %q = call ptr @pool_alloc(ptr %arena, i64 16)
  %w = load i64, ptr %q
  call void @pool_free(ptr %arena, ptr %q)
  ret i64 %w
}

; REMARK: remark: <unknown>:0:0: freed by a different family: '__rust_dealloc' cannot free memory from 'pool_alloc' at 'call void @__rust_dealloc(ptr %q, i64 16, i64 8)'
; CHECK-LABEL: define void @mismatch(
; CHECK: %q = call ptr @pool_alloc(ptr null, i64 16)
; CHECK: call void @__rust_dealloc(ptr %q, i64 16, i64 8)
define void @mismatch() {
  %q = call ptr @pool_alloc(ptr null, i64 16)
  call void @__rust_dealloc(ptr %q, i64 16, i64 8)
  ret void
}

; No allocsize: the size is unknown and the site never reaches the rewrite.
; REMARK: remark: <unknown>:0:0: size unknown: 'my_strdup' declares no allocsize (or no allocalign for an aligned allocation)
; An aligned allocator without an allocalign parameter: same.
; REMARK: remark: <unknown>:0:0: size unknown: 'aligned_nowhere' declares no allocsize (or no allocalign for an aligned allocation)
; CHECK-LABEL: define i8 @unsized(
; CHECK: call ptr @my_strdup(ptr %s)
; CHECK: call ptr @aligned_nowhere(i64 8)
define i8 @unsized(ptr %s) {
  %d = call ptr @my_strdup(ptr %s)
  %c = load i8, ptr %d
  %e = call ptr @aligned_nowhere(i64 8)
  %f = load i8, ptr %e
  %r = add i8 %c, %f
  ret i8 %r
}

attributes #0 = { allockind("alloc,uninitialized,aligned") allocsize(0) "alloc-family"="__rust_alloc" }
attributes #1 = { allockind("free") "alloc-family"="__rust_alloc" }
attributes #2 = { allockind("alloc,zeroed") allocsize(1) "alloc-family"="pool" }
attributes #3 = { allockind("free") "alloc-family"="pool" }
attributes #4 = { allockind("alloc,uninitialized") "alloc-family"="malloc" }
attributes #5 = { allockind("alloc,uninitialized,aligned") allocsize(0) "alloc-family"="malloc" }
