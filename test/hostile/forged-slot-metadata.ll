; frame_check.c trusts nothing about !heap2stack.slot: metadata with no
; string, on a dynamic alloca, on an alloca of a huge or odd type, or in
; another address space, in a function far over max-frame.  The pass must
; not crash, must only turn the real-looking slot into a checked one, and its
; output must verify.
; RUN: %opt -passes='heap2stack<max-frame=64>' -pass-remarks-missed=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare void @use(ptr)
declare void @use5(ptr addrspace(5))

; The two constant-size generic slots (the struct one too: any such alloca
; can be given the checked form) are demoted, largest first; the dynamic,
; the 4 GiB and the addrspace(5) allocas stay as they are (and count as
; locals, which is why the frame never fits).
; REMARK: remark: <unknown>:0:0: frame over budget after inlining: 'forged' would hold {{[0-9]+}} bytes > max-frame 64, so the 100-byte slot of a heap2stack slot uses the stack only when the thread has room, the heap otherwise
; REMARK-NEXT: remark: <unknown>:0:0: frame over budget after inlining: 'forged' would hold {{[0-9]+}} bytes > max-frame 64, so the 16-byte slot of a heap2stack slot uses the stack only when the thread has room, the heap otherwise
; REMARK-NOT: frame over budget
; CHECK-LABEL: define void @forged(i64 %n)
; CHECK-DAG: %dynamic = alloca i8, i64 %n, align 16, !heap2stack.slot
; CHECK-DAG: %huge = alloca [4294967296 x i8], align 16, !heap2stack.slot
; CHECK-DAG: %other = alloca [100 x i8], align 16, addrspace(5), !heap2stack.slot
; CHECK-DAG: %h2s.heap.slot = call ptr @malloc(i64 100)
; CHECK-DAG: call ptr @malloc(i64 16)
; CHECK-NOT: %real = alloca
; CHECK-NOT: %odd = alloca
define void @forged(i64 %n) nounwind {
entry:
  %dynamic = alloca i8, i64 %n, align 16, !heap2stack.slot !0
  %huge = alloca [4294967296 x i8], align 16, !heap2stack.slot !1
  %odd = alloca { i32, double }, align 8, !heap2stack.slot !2
  %other = alloca [100 x i8], align 16, addrspace(5), !heap2stack.slot !1
  %real = alloca [100 x i8], align 16, !heap2stack.slot !3
  call void @use(ptr %dynamic)
  call void @use(ptr %huge)
  call void @use(ptr %odd)
  call void @use5(ptr addrspace(5) %other)
  call void @use(ptr %real)
  ret void
}

; Not rewritten: a coroutine before splitting (CoroSplit does not take the
; dynamic allocas of a checked slot), an optnone function.
; CHECK-LABEL: define void @presplit()
; CHECK-NEXT: entry:
; CHECK-NEXT: %slot = alloca [100 x i8], align 16, !heap2stack.slot
define void @presplit() presplitcoroutine {
entry:
  %slot = alloca [100 x i8], align 16, !heap2stack.slot !3
  call void @use(ptr %slot)
  ret void
}
; CHECK-LABEL: define void @unoptimized()
; CHECK-NEXT: entry:
; CHECK-NEXT: %slot = alloca [100 x i8], align 16, !heap2stack.slot
define void @unoptimized() noinline optnone {
entry:
  %slot = alloca [100 x i8], align 16, !heap2stack.slot !3
  call void @use(ptr %slot)
  ret void
}

!0 = !{}
!1 = !{i64 7}
!2 = !{!"a", !"b"}
!3 = !{!4}
!4 = distinct !{}
