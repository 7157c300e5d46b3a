; posix_memalign(&p, align, size) returns its pointer through an argument:
; the slot is stored there and the call's result becomes 0.  Alignments
; that are not a power of two times sizeof(void *) keep the call (it would
; return EINVAL).  A run-time size keeps the heap (no guarded rewrite for
; out-parameter allocators).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o - 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare i32 @posix_memalign(ptr, i64, i64)
declare void @free(ptr)

; REMARK: remark: <unknown>:0:0: moved to stack: 256-byte posix_memalign (align 64)
; CHECK-LABEL: define i32 @moved(
; CHECK-NEXT: %rc.h2s = alloca [256 x i8], align 64
; CHECK-NEXT: %slot = alloca ptr, align 8
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 256, )?}}ptr %rc.h2s)
; CHECK-NEXT: store ptr %rc.h2s, ptr %slot, align 8
; CHECK-NEXT: %failed = icmp ne i32 0, 0
; CHECK-NOT: @posix_memalign(
; CHECK-NOT: @free(
; CHECK: ret i32
define i32 @moved(i32 %k) {
  %slot = alloca ptr, align 8
  %rc = call i32 @posix_memalign(ptr %slot, i64 64, i64 256)
  %failed = icmp ne i32 %rc, 0
  br i1 %failed, label %error, label %ok
ok:
  %p = load ptr, ptr %slot
  store i32 %k, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
error:
  ret i32 -1
}

; REMARK: remark: <unknown>:0:0: unsupported alignment: 4 (must be a power of two, at most 4096)
; CHECK-LABEL: define i32 @einval(
; CHECK: %rc = call i32 @posix_memalign(ptr %slot, i64 4, i64 64)
define i32 @einval() {
  %slot = alloca ptr, align 8
  %rc = call i32 @posix_memalign(ptr %slot, i64 4, i64 64)
  %p = load ptr, ptr %slot
  call void @free(ptr %p)
  ret i32 %rc
}

; REMARK: remark: <unknown>:0:0: size not known at compile time: 'posix_memalign' of a run-time value, and no guarded rewrite: the allocator returns its pointer through an argument
; CHECK-LABEL: define i32 @dynamic(
; CHECK: %rc = call i32 @posix_memalign(ptr %slot, i64 16, i64 %n)
define i32 @dynamic(i64 %n) {
  %slot = alloca ptr, align 8
  %rc = call i32 @posix_memalign(ptr %slot, i64 16, i64 %n)
  %p = load ptr, ptr %slot
  call void @free(ptr %p)
  ret i32 %rc
}

; The out-parameter is caller memory: the pointer escapes through it.
; REMARK: remark: <unknown>:0:0: escapes: stored through parameter 'out' at '%rc = call i32 @posix_memalign(ptr %out, i64 16, i64 32)'
; CHECK-LABEL: define i32 @through_param(
; CHECK: %rc = call i32 @posix_memalign(ptr %out, i64 16, i64 32)
define i32 @through_param(ptr %out) {
  %rc = call i32 @posix_memalign(ptr %out, i64 16, i64 32)
  ret i32 %rc
}

; In a loop, with the slot written by the call on every iteration: one slot.
; REMARK: remark: <unknown>:0:0: moved to stack: 64-byte posix_memalign (align 32)
; CHECK-LABEL: define void @in_loop(
; CHECK-NEXT: entry:
; CHECK-NEXT: %rc.h2s = alloca [64 x i8], align 32
; CHECK-NOT: alloca [
; CHECK: loop:
; CHECK-NEXT: %i = phi
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 64, )?}}ptr %rc.h2s)
; CHECK-NEXT: store ptr %rc.h2s, ptr %slot
define void @in_loop(i32 %n) {
entry:
  %slot = alloca ptr, align 8
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %rc = call i32 @posix_memalign(ptr %slot, i64 32, i64 64)
  %p = load ptr, ptr %slot
  store i32 %i, ptr %p
  call void @free(ptr %p)
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}
