; A run-time size gets the guarded rewrite: a dynamic-capacity stack buffer
; when the size fits, the original allocation otherwise, and deallocations
; that free only the heap case.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o - 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes='heap2stack<dynamic-capacity=64>' -S %s -o - | FileCheck %s --check-prefix=CAP64
; RUN: %opt -heap2stack-dynamic-capacity=32 -passes=heap2stack -S %s -o - | FileCheck %s --check-prefix=CAP32
; RUN: %opt -passes='heap2stack<dynamic-capacity=0>' -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o - 2>%t.off | FileCheck %s --check-prefix=OFF
; RUN: FileCheck %s --check-prefix=OFF-REMARK < %t.off
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare ptr @calloc(i64, i64)
declare void @free(ptr)
declare ptr @_Znam(i64)
declare void @_ZdaPv(ptr)
declare i32 @__gxx_personality_v0(...)
declare void @may_throw()
declare noalias ptr @pool_alloc(i64) #0
declare void @pool_free(ptr allocptr) #1

; REMARK: remark: <unknown>:0:0: moved to stack when it fits: 'malloc' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
; REMARK: remark: <unknown>:0:0: deallocation guarded: 'free' now frees only the heap case of the 'malloc' at '%p = call ptr @malloc(i64 %n)'
; CHECK-LABEL: define i32 @guarded_malloc(i64 %n, i64 %i)
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.h2s = alloca [256 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 256, )?}}ptr %p.h2s)
; CHECK-NEXT: %h2s.fits = icmp ule i64 %n, 256
; CHECK-NEXT: br i1 %h2s.fits, label %h2s.join, label %h2s.heap
; CHECK: h2s.heap:
; CHECK-NEXT: %p.heap = call ptr @malloc(i64 %n), !heap2stack.guarded
; CHECK-NEXT: br label %h2s.join
; CHECK: h2s.join:
; CHECK-NEXT: %p = phi ptr [ %p.h2s, %entry ], [ %p.heap, %h2s.heap ]
; CHECK-NEXT: %g = getelementptr i32, ptr %p, i64 %i
; CHECK: call void @llvm.lifetime.end.p0({{(i64 256, )?}}ptr %p.h2s)
; CHECK-NEXT: %h2s.onstack = icmp eq ptr %p, %p.h2s
; CHECK-NEXT: %h2s.heaponly = select i1 %h2s.onstack, ptr null, ptr %p
; CHECK-NEXT: call void @free(ptr %h2s.heaponly)
; CAP64-LABEL: define i32 @guarded_malloc(
; CAP64: %p.h2s = alloca [64 x i8], align 16
; CAP64: icmp ule i64 %n, 64
; CAP32-LABEL: define i32 @guarded_malloc(
; CAP32: %p.h2s = alloca [32 x i8], align 16
; OFF-LABEL: define i32 @guarded_malloc(
; OFF-NOT: alloca
; OFF: %p = call ptr @malloc(i64 %n)
; OFF-REMARK: remark: <unknown>:0:0: size not known at compile time: 'malloc' of a run-time value, and no guarded rewrite: dynamic-capacity is 0
define i32 @guarded_malloc(i64 %n, i64 %i) {
entry:
  %p = call ptr @malloc(i64 %n)
  %g = getelementptr i32, ptr %p, i64 %i
  store i32 7, ptr %g
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

; calloc: the product is checked for overflow, and only the stack case is
; zeroed here (calloc zeroes the heap case).  The block's successors now
; come from the join block: their phis follow.
; REMARK: remark: <unknown>:0:0: moved to stack when it fits: 'calloc' of a run-time size uses a 256-byte stack buffer
; CHECK-LABEL: define i8 @guarded_calloc(i64 %n, i64 %m, i1 %c)
; CHECK: %h2s.bytes = call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %n, i64 %m)
; CHECK-NEXT: %h2s.size = extractvalue { i64, i1 } %h2s.bytes, 0
; CHECK-NEXT: %h2s.overflow = extractvalue { i64, i1 } %h2s.bytes, 1
; CHECK-NEXT: [[SMALL:%.*]] = icmp ule i64 %h2s.size, 256
; CHECK-NEXT: %h2s.fits = select i1 %h2s.overflow, i1 false, i1 [[SMALL]]
; CHECK-NEXT: [[LEN:%.*]] = select i1 %h2s.fits, i64 %h2s.size, i64 0
; CHECK-NEXT: call void @llvm.memset.p0.i64(ptr align 16 %z.h2s, i8 0, i64 [[LEN]], i1 false)
; CHECK-NEXT: br i1 %h2s.fits, label %h2s.join, label %h2s.heap
; CHECK: h2s.join:
; CHECK: br i1 %c, label %a, label %b
; CHECK: b:
; CHECK-NEXT: %r = phi i8 [ %x, %h2s.join ], [ 0, %a ]
define i8 @guarded_calloc(i64 %n, i64 %m, i1 %c) {
entry:
  %z = call ptr @calloc(i64 %n, i64 %m)
  %x = load i8, ptr %z
  call void @free(ptr %z)
  br i1 %c, label %a, label %b
a:
  br label %b
b:
  %r = phi i8 [ %x, %entry ], [ 0, %a ]
  ret i8 %r
}

; new[] of a run-time size (a `builtin` call) and delete[].
; REMARK: remark: <unknown>:0:0: moved to stack when it fits: 'new[]' of a run-time size
; CHECK-LABEL: define i32 @guarded_new_array(
; CHECK: %a.heap = call ptr @_Znam(i64 %bytes) #[[BUILTIN:[0-9]+]], !heap2stack.guarded
; CHECK: call void @_ZdaPv(ptr %h2s.heaponly)
define i32 @guarded_new_array(i64 %bytes) {
  %a = call ptr @_Znam(i64 %bytes) #2
  %v = load i32, ptr %a
  call void @_ZdaPv(ptr %a) #2
  ret i32 %v
}

; An invoke of the allocator is guarded too (more in dynamic-size-invoke.ll).
; REMARK: remark: <unknown>:0:0: moved to stack when it fits: 'new[]' of a run-time size
; CHECK-LABEL: define i32 @invoke_guarded(
; CHECK: %a.h2s = alloca [256 x i8], align 16
; CHECK: br i1 %h2s.fits, label %h2s.join, label %h2s.heap
; CHECK: %a.heap = invoke ptr @_Znam(i64 %bytes)
; CHECK-NEXT: to label %h2s.join unwind label %lp
define i32 @invoke_guarded(i64 %bytes) personality ptr @__gxx_personality_v0 {
entry:
  %a = invoke ptr @_Znam(i64 %bytes) #2 to label %ok unwind label %lp
ok:
  %v = load i32, ptr %a
  call void @_ZdaPv(ptr %a) #2
  ret i32 %v
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}

; A custom family's deallocator may not accept null: no guard.
; REMARK: remark: <unknown>:0:0: size not known at compile time: 'pool_alloc' of a run-time value, and no guarded rewrite: its family's deallocator may not accept a null pointer
; CHECK-LABEL: define i8 @custom_stays(
; CHECK: %q = call ptr @pool_alloc(i64 %n)
define i8 @custom_stays(i64 %n) {
  %q = call ptr @pool_alloc(i64 %n)
  %v = load i8, ptr %q
  call void @pool_free(ptr %q)
  ret i8 %v
}

; The heap case of a guarded site (here as if inlined from elsewhere) is not
; a new site: no second guard, no remark.
; CHECK-LABEL: define i8 @already_guarded(
; CHECK: %r = call ptr @malloc(i64 %n), !heap2stack.guarded
; CHECK-NOT: alloca
; REMARK-NOT: already_guarded
define i8 @already_guarded(i64 %n) {
  %r = call ptr @malloc(i64 %n), !heap2stack.guarded !0
  %v = load i8, ptr %r
  call void @free(ptr %r)
  ret i8 %v
}

attributes #0 = { allockind("alloc,uninitialized") allocsize(0) "alloc-family"="pool" }
attributes #1 = { allockind("free") "alloc-family"="pool" }
attributes #2 = { builtin }
!0 = !{}
