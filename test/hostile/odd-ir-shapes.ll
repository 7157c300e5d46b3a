; Hostile shapes: unreachable blocks with self-referencing instructions and
; phis, an irreducible loop, allocators with wrong signatures, a variadic
; "malloc", a non-zero address space.  The pass must not crash, must leave
; verifiable IR, and must say something sensible about every real site.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s < %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; Unreachable code that uses the pointer in a self-referencing way.
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; CHECK-LABEL: define i32 @unreachable_self_reference(
; CHECK: %p.h2s = alloca [16 x i8], align 16
define i32 @unreachable_self_reference() {
entry:
  %p = call ptr @malloc(i64 16)
  store i32 3, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
dead:
  %phi = phi ptr [ %phi, %dead2 ]
  %g = getelementptr i8, ptr %g, i64 4
  store i32 1, ptr %g
  br label %dead2
dead2:
  br label %dead
}

; A phi that only feeds itself in a loop, merged with two allocations: the
; one before the loop runs once and moves; the one in the loop is carried.
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; REMARK: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%q = phi ptr [ %p, %entry ], [ %q, %loop ], [ %p2, %other ]' may hold an earlier iteration's object when the allocation runs again
define i32 @self_phi(i1 %c, i32 %n) {
entry:
  %p = call ptr @malloc(i64 8)
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q, %loop ], [ %p2, %other ]
  store i32 %n, ptr %q
  br i1 %c, label %loop, label %other
other:
  %p2 = call ptr @malloc(i64 8)
  %d = icmp eq i32 %n, 0
  br i1 %d, label %exit, label %loop
exit:
  %r = load i32, ptr %q
  ret i32 %r
}

; An irreducible loop (two entries) with a per-iteration scratch buffer.
; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; CHECK-LABEL: define i32 @irreducible(
; CHECK-NEXT: entry:
; CHECK-NEXT: %s.h2s = alloca [32 x i8], align 16
define i32 @irreducible(i1 %c, i32 %n) {
entry:
  br i1 %c, label %a, label %b
a:
  %i = phi i32 [ 0, %entry ], [ %j, %b ]
  %s = call ptr @malloc(i64 32)
  store i32 %i, ptr %s
  %x = load i32, ptr %s
  call void @free(ptr %s)
  br label %b
b:
  %j = phi i32 [ 0, %entry ], [ %x, %a ]
  %k = add i32 %j, 1
  %more = icmp slt i32 %k, %n
  br i1 %more, label %a, label %done
done:
  ret i32 %k
}

; Address space 1 pointers: not malloc's prototype, nothing recognised.
; CHECK-LABEL: define void @addrspace_users(
; CHECK: call ptr addrspace(1) @as_alloc(i64 8)
declare ptr addrspace(1) @as_alloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="as1"
declare void @as_free(ptr addrspace(1) allocptr) allockind("free") "alloc-family"="as1"
; REMARK: remark: <unknown>:0:0: escapes: passed to 'sink1' at 'call void @sink1(ptr addrspace(1) %a)'
declare void @sink1(ptr addrspace(1))
define void @addrspace_users() {
  %a = call ptr addrspace(1) @as_alloc(i64 8)
  call void @sink1(ptr addrspace(1) %a)
  ret void
}

; A custom allocator in address space 1 that does not escape moves: the
; slot is cast to the allocator's address space.
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte as_alloc (align 16)
; CHECK-LABEL: define i32 @addrspace_moves(
; CHECK: %b.h2s = alloca [8 x i8], align 16
; CHECK-NEXT: [[CAST:%.*]] = addrspacecast ptr %b.h2s to ptr addrspace(1)
; CHECK: store i32 7, ptr addrspace(1) [[CAST]]
define i32 @addrspace_moves() {
  %b = call ptr addrspace(1) @as_alloc(i64 8)
  store i32 7, ptr addrspace(1) %b
  %v = load i32, ptr addrspace(1) %b
  call void @as_free(ptr addrspace(1) %b)
  ret i32 %v
}
