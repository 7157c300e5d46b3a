; cmpxchg compares the memory's value with the expected one: with p as the
; expected value and a guess made from an integer in the memory, its success
; bit says whether p is at the guessed address, and a loop of them finds it
; (audit4; the pointer form of escape/pointer-equality-guess.c).  On a slot
; of the frame that holds only the frame's own objects, it leaks nothing.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
@found = global i64 0

declare ptr @malloc(i64)
declare void @free(ptr)

; REMARK: remark: <unknown>:0:0: escapes: its address is compared for equality with a pointer that may have been made from an integer at '%r = cmpxchg ptr @g, ptr %p, ptr %q seq_cst seq_cst, align 8'
; CHECK-LABEL: define void @search(
; CHECK: %p = call ptr @malloc(i64 32)
define void @search(i64 %lo, i64 %hi) {
entry:
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %q = inttoptr i64 %guess to ptr
  store ptr %q, ptr @g
  %r = cmpxchg ptr @g, ptr %p, ptr %q seq_cst seq_cst
  %ok = extractvalue { ptr, i1 } %r, 1
  br i1 %ok, label %hit, label %latch
hit:
  store i64 %guess, ptr @found
  br label %latch
latch:
  %next = add i64 %guess, 16
  %more = icmp ult i64 %next, %hi
  br i1 %more, label %loop, label %done
done:
  ret void
}

; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; CHECK-LABEL: define i1 @own_slot(
; CHECK-NOT: @malloc(
; CHECK: cmpxchg ptr %slot, ptr %a.h2s, ptr %b.h2s
; CHECK-NOT: @free(
; CHECK: ret i1
define i1 @own_slot() {
  %slot = alloca ptr
  %a = call ptr @malloc(i64 32)
  %b = call ptr @malloc(i64 32)
  store ptr %a, ptr %slot
  %r = cmpxchg ptr %slot, ptr %a, ptr %b seq_cst seq_cst
  %ok = extractvalue { ptr, i1 } %r, 1
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret i1 %ok
}
