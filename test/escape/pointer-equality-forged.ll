; A pointer made from one of the frame's objects, null or poison plus a
; guessed offset is a guess too: `gep i8, <own | null | freeze poison>, %x`
; keeps its base's objects in the graph, so it looked like a comparison of
; two objects of the frame (audit5, pointer-equality-gep-guess.ll; clang
; makes such GEPs with -fwrapv-pointer and -fno-strict-overflow).  A GEP
; without inbounds anywhere in the module turns the rule "both point only to
; the frame's own objects" off; null plus an offset and a pointer with no
; object at all never count as the frame's own.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
;
; REMARK-COUNT-3: escapes: its address is compared for equality with a pointer that may have been made from an integer
; REMARK-NOT: moved to stack
; CHECK-LABEL: define void @find_null(
; CHECK: call ptr @malloc(i64 32)
; CHECK-LABEL: define void @find_freeze(
; CHECK: call ptr @malloc(i64 32)
; CHECK-LABEL: define void @find_near(
; CHECK: call ptr @malloc(i64 32)
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"
@g_found = global i64 0
declare ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
define void @find_null(i64 %lo, i64 %hi) {
entry:
  %near = alloca [16 x i8]
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %q = getelementptr i8, ptr null, i64 %guess
  %same = icmp eq ptr %p, %q
  br i1 %same, label %hit, label %latch
hit:
  store i64 %guess, ptr @g_found
  br label %latch
latch:
  %next = add i64 %guess, 16
  %more = icmp ult i64 %next, %hi
  br i1 %more, label %loop, label %done
done:
  ret void
}
define void @find_freeze(i64 %lo, i64 %hi) {
entry:
  %near = alloca [16 x i8]
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %f = freeze ptr poison
  %fi = ptrtoint ptr %f to i64
  %d = sub i64 %guess, %fi
  %q = getelementptr i8, ptr %f, i64 %d
  %same = icmp eq ptr %p, %q
  br i1 %same, label %hit, label %latch
hit:
  store i64 %guess, ptr @g_found
  br label %latch
latch:
  %next = add i64 %guess, 16
  %more = icmp ult i64 %next, %hi
  br i1 %more, label %loop, label %done
done:
  ret void
}
define void @find_near(i64 %lo, i64 %hi) {
entry:
  %near = alloca [16 x i8]
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %ni = ptrtoint ptr %near to i64
  %d = sub i64 %guess, %ni
  %q = getelementptr i8, ptr %near, i64 %d
  %same = icmp eq ptr %p, %q
  br i1 %same, label %hit, label %latch
hit:
  store i64 %guess, ptr @g_found
  br label %latch
latch:
  %next = add i64 %guess, 16
  %more = icmp ult i64 %next, %hi
  br i1 %more, label %loop, label %done
done:
  ret void
}
