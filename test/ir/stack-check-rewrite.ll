; A slot above stack-check-above (default 4096 bytes) is made at run time,
; only when the running thread's stack has room (pass/stack_check.c): a new
; entry block reads the per-thread limit (asking the C library once per
; thread), compares it with the stack pointer, and makes a dynamic alloca
; or a null slot; the allocation call stays behind `slot != null` and each
; free frees only the heap case.  Sizes up to the threshold keep the static
; slot.  A run-time size whose guarded buffer is above the threshold checks
; both.  posix_memalign cannot get the checked rewrite (NoStackCheck), nor
; can a Windows target.  The output must verify.
; RUN: %opt -passes='heap2stack<dynamic-capacity=8192>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=GLOBALS < %t.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; stack-check-above=0 checks every slot; a Windows triple gets none:
; RUN: %opt -passes='heap2stack<stack-check-above=0>' -S %s 2>&1 | FileCheck %s --check-prefix=ZERO
; RUN: sed 's/x86_64-pc-linux-gnu/x86_64-pc-windows-msvc/' %s | %opt -passes=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -disable-output 2>&1 | FileCheck %s --check-prefix=WINDOWS
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare noalias ptr @calloc(i64, i64) allockind("alloc,zeroed") allocsize(0,1) "alloc-family"="malloc"
declare void @free(ptr) allockind("free") "alloc-family"="malloc"
declare i32 @posix_memalign(ptr, i64, i64)
declare void @use(ptr nocapture readonly) nofree nounwind nocallback

; REMARK: remark: <unknown>:0:0: moved to stack when the thread's stack has room: 60000-byte malloc (align 16) uses a stack slot when this thread's stack has room above its reserve, the heap otherwise (size > stack-check-above)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation guarded: 'free' now frees only the heap case of the 'malloc' at '%p = call ptr @malloc(i64 60000)'
; CHECK-LABEL: define void @big_buffer()
; CHECK-NEXT: h2s.entry:
; CHECK-NEXT:   %local = alloca [16 x i8], align 16
; CHECK-NEXT:   [[TLS:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; CHECK-NEXT:   %h2s.limit = load i64, ptr [[TLS]], align 8
; CHECK-NEXT:   [[FIRST:%.*]] = icmp eq i64 %h2s.limit, 0
; CHECK-NEXT:   br i1 [[FIRST]], label %h2s.init, label %h2s.room, !prof
; The alternate signal stack first (test/ir/stack-check-altstack.ll):
; CHECK:      h2s.altstack:
; CHECK:        call i32 @sigaltstack(ptr null,
; CHECK:      h2s.query:
; CHECK:        call i32 @pthread_getattr_np(
; CHECK:      h2s.got:
; CHECK:        call i32 @pthread_attr_getstack(
; CHECK:        call i32 @pthread_attr_destroy(
; The cache: the lowest address a slot may reach (all ones when the stack
; cannot be queried) and the stack's top (0 then).
; CHECK:      h2s.cache:
; CHECK-NEXT:   %h2s.limit.new = phi i64 [ -1, %h2s.init ], [ -1, %h2s.altstack ], [ -1, %h2s.query ], [ -1, %h2s.got ], [ {{%.*}}, %h2s.known ]
; CHECK-NEXT:   %h2s.high.new = phi i64 [ 0, %h2s.init ], [ 0, %h2s.altstack ], [ 0, %h2s.query ], [ 0, %h2s.got ], [ %h2s.stack.high, %h2s.known ]
; CHECK:        store i64 %h2s.limit.new, ptr
; CHECK:        store i64 %h2s.high.new, ptr
; CHECK-NEXT:   br label %h2s.room
; On the thread's own stack (not a sigaltstack or a fiber's), above the
; reserve, with room; on the alternate stack, all ones, not cached:
; CHECK:      h2s.room:
; CHECK-NEXT:   %h2s.limit.now = phi i64 [ %h2s.limit, %h2s.entry ], [ %h2s.limit.new, %h2s.cache ], [ -1, %h2s.altstack.got ]
; CHECK-NEXT:   %h2s.sp = call ptr @llvm.stacksave.p0()
; CHECK-NEXT:   %h2s.sp.int = ptrtoint ptr %h2s.sp to i64
; CHECK-NEXT:   [[HIGHADDR:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_high)
; CHECK-NEXT:   %h2s.high = load i64, ptr [[HIGHADDR]], align 8
; CHECK-NEXT:   [[ABOVE:%.*]] = icmp ugt i64 %h2s.sp.int, %h2s.limit.now
; CHECK-NEXT:   [[BELOW:%.*]] = icmp ule i64 %h2s.sp.int, %h2s.high
; CHECK-NEXT:   %h2s.left = sub i64 %h2s.sp.int, %h2s.limit.now
; CHECK-NEXT:   [[ENOUGH:%.*]] = icmp ugt i64 %h2s.left, 60000
; CHECK-NEXT:   %h2s.on.stack = and i1 [[ABOVE]], [[BELOW]]
; CHECK-NEXT:   %h2s.has.room = and i1 %h2s.on.stack, [[ENOUGH]]
; CHECK-NEXT:   br i1 %h2s.has.room, label %h2s.stack, label %h2s.checked
; CHECK:      h2s.stack:
; CHECK-NEXT:   %h2s.checked.slot = alloca [60000 x i8], align 16
; CHECK-NEXT:   br label %h2s.checked
; CHECK:      h2s.checked:
; CHECK-NEXT:   %h2s.slot = phi ptr [ %h2s.checked.slot, %h2s.stack ], [ null, %h2s.room ]
; CHECK-NEXT:   br label %entry
; CHECK:      entry:
; CHECK-NEXT:   call void @use(ptr %local)
; CHECK-NEXT:   %h2s.has.slot = icmp ne ptr %h2s.slot, null
; CHECK-NEXT:   br i1 %h2s.has.slot, label %h2s.join, label %h2s.heap
; CHECK:      h2s.heap:
; CHECK-NEXT:   %p.heap = call ptr @malloc(i64 60000), !heap2stack.guarded
; CHECK:      h2s.join:
; CHECK-NEXT:   %p = phi ptr [ %h2s.slot, %entry ], [ %p.heap, %h2s.heap ]
; CHECK-NEXT:   call void @use(ptr %p)
; CHECK-NEXT:   %h2s.onstack = icmp eq ptr %p, %h2s.slot
; CHECK-NEXT:   %h2s.heaponly = select i1 %h2s.onstack, ptr null, ptr %p
; CHECK-NEXT:   call void @free(ptr %h2s.heaponly)
; CHECK-NOT:    lifetime
; CHECK:        ret void
define void @big_buffer() {
entry:
  %local = alloca [16 x i8], align 16
  call void @use(ptr %local)
  %p = call ptr @malloc(i64 60000)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; calloc zeroes the slot only when it is used.
; REMARK: remark: <unknown>:0:0: moved to stack when the thread's stack has room: 8000-byte calloc (align 16)
; CHECK-LABEL: define void @zeroed_table()
; CHECK:        %h2s.checked.slot = alloca [8000 x i8], align 16
; CHECK:      entry:
; CHECK-NEXT:   %h2s.has.slot = icmp ne ptr %h2s.slot, null
; CHECK-NEXT:   [[LEN:%.*]] = select i1 %h2s.has.slot, i64 8000, i64 0
; CHECK-NEXT:   call void @llvm.memset.p0.i64(ptr align 16 %h2s.slot, i8 0, i64 [[LEN]], i1 false)
; CHECK-NEXT:   br i1 %h2s.has.slot, label %h2s.join, label %h2s.heap
; CHECK:        %t.heap = call ptr @calloc(i64 1000, i64 8), !heap2stack.guarded
define void @zeroed_table() {
entry:
  %t = call ptr @calloc(i64 1000, i64 8)
  call void @use(ptr %t)
  call void @free(ptr %t)
  ret void
}

; At the threshold: the static slot, no check.
; REMARK: remark: <unknown>:0:0: moved to stack: 4096-byte malloc (align 16)
; CHECK-LABEL: define void @small_unchecked()
; CHECK-NEXT: entry:
; CHECK-NEXT:   %s.h2s = alloca [4096 x i8], align 16
; CHECK-NOT:    threadlocal
; CHECK:        ret void
define void @small_unchecked() {
entry:
  %s = call ptr @malloc(i64 4096)
  call void @use(ptr %s)
  call void @free(ptr %s)
  ret void
}

; REMARK: remark: <unknown>:0:0: moved to stack when it fits: 'malloc' of a run-time size uses a 8192-byte stack buffer (align 16) when the size fits and this thread's stack has room, the heap otherwise
; CHECK-LABEL: define void @run_time_size(i64 %n)
; CHECK:        %h2s.checked.slot = alloca [8192 x i8], align 16
; CHECK:      entry:
; CHECK-NEXT:   %h2s.fits = icmp ule i64 %n, 8192
; CHECK-NEXT:   %h2s.has.slot = icmp ne ptr %h2s.slot, null
; CHECK-NEXT:   [[BOTH:%.*]] = and i1 %h2s.fits, %h2s.has.slot
; CHECK-NEXT:   br i1 [[BOTH]], label %h2s.join, label %h2s.heap
define void @run_time_size(i64 %n) {
entry:
  %d = call ptr @malloc(i64 %n)
  call void @use(ptr %d)
  call void @free(ptr %d)
  ret void
}

; REMARK: remark: <unknown>:0:0: too large for an unchecked stack slot: 8192 bytes > stack-check-above 4096, and no stack check: the allocator returns its pointer through an argument, which the checked rewrite cannot keep
; CHECK-LABEL: define i32 @out_param()
; CHECK:        call i32 @posix_memalign(
define i32 @out_param() {
entry:
  %pp = alloca ptr, align 8
  %rc = call i32 @posix_memalign(ptr %pp, i64 64, i64 8192)
  %p = load ptr, ptr %pp, align 8
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret i32 %rc
}

; The helpers' globals: one cache and one scratch per thread, hidden.
; GLOBALS-DAG: @__heap2stack_stack_limit = linkonce_odr hidden thread_local global i64 0, align 8
; GLOBALS-DAG: @__heap2stack_stack_high = linkonce_odr hidden thread_local global i64 0, align 8
; GLOBALS-DAG: @__heap2stack_stack_query = linkonce_odr hidden thread_local global [144 x i8] zeroinitializer, align 16
; GLOBALS-DAG: @__heap2stack_stack_foreign_low = linkonce_odr hidden thread_local global i64 -1, align 8
; GLOBALS-DAG: @__heap2stack_stack_foreign_high = linkonce_odr hidden thread_local global i64 0, align 8
; GLOBALS: declare extern_weak i32 @pthread_getattr_np(i64, ptr)

; ZERO-LABEL: define void @small_unchecked()
; ZERO: %h2s.checked.slot = alloca [4096 x i8], align 16

; WINDOWS: remark: <unknown>:0:0: too large for an unchecked stack slot: 60000 bytes > stack-check-above 4096, and no stack check: Windows has no pthread_getattr_np for the stack check
