; The rewrite of one slot per loop iteration (pass/loop_slots.c) on SSA IR,
; and the loop shapes and sizes that keep the heap:
;   calloc8         8 slots of 32 bytes for a 24-byte calloc: the memset of
;                   each execution is on its own slot, 24 bytes
;   aligned4        aligned_alloc(64, 64): 4 slots of 64 bytes, align 64
;   array8          an array of 8 pointers filled in one loop and freed in
;                   another: the frees (of exactly this site, never null)
;                   end one object each, not the array: no lifetime.end
;   two_entries     the header has two predecessors outside the loop (no
;                   preheader): heap
;   sized           llvm.objectsize sees the object: a slot of the array
;                   would answer differently: heap
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare ptr @calloc(i64, i64)
declare ptr @aligned_alloc(i64, i64)
declare void @free(ptr)
declare i64 @llvm.objectsize.i64.p0(ptr, i1, i1, i1)

; CHECK-LABEL: define i64 @calloc8(
; CHECK: %n.h2s = alloca [8 x [32 x i8]], align 16, !heap2stack.slot
; CHECK: call void @llvm.lifetime.start.p0({{(i64 256, )?}}ptr %n.h2s)
; CHECK-NEXT: br label %loop
; CHECK: loop:
; CHECK-NEXT: %h2s.iter = phi i64 [ 0, %entry ], [ %h2s.iter.next, %loop ]
; CHECK: %h2s.slot = getelementptr inbounds [8 x [32 x i8]], ptr %n.h2s, i64 0, i64 %h2s.iter
; CHECK-NEXT: call void @llvm.memset.p0.i64(ptr align 16 %h2s.slot, i8 0, i64 24, i1 false)
; CHECK-NOT: @calloc(
; CHECK: %h2s.iter.next = add nuw i64 %h2s.iter, 1
; CHECK-NEXT: br i1
; CHECK-NOT: @free(
; CHECK-NOT: lifetime.end
; CHECK: call void @llvm.lifetime.end.p0({{(i64 256, )?}}ptr %n.h2s)
; CHECK-NEXT: ret i64
; REMARK: remark: <unknown>:0:0: moved to stack: 8 slots of 32 bytes for a 24-byte calloc (align 16), one per iteration of its loop (at most 8 iterations; 256 bytes)
; REMARK: deallocation removed: 'free' of the 24-byte calloc
define i64 @calloc8() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %head = phi ptr [ null, %entry ], [ %n, %loop ]
  %n = call ptr @calloc(i64 1, i64 24)
  store ptr %head, ptr %n
  %f = getelementptr inbounds i8, ptr %n, i64 8
  store i64 %i, ptr %f
  %i1 = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %i1, 8
  br i1 %c, label %loop, label %walk
walk:
  %p = phi ptr [ %n, %loop ], [ %next, %body ]
  %s = phi i64 [ 0, %loop ], [ %s1, %body ]
  %nz = icmp ne ptr %p, null
  br i1 %nz, label %body, label %done
body:
  %next = load ptr, ptr %p
  %vf = getelementptr inbounds i8, ptr %p, i64 8
  %v = load i64, ptr %vf
  %s1 = add i64 %s, %v
  call void @free(ptr %p)
  br label %walk
done:
  ret i64 %s
}

; CHECK-LABEL: define i64 @aligned4(
; CHECK: alloca [4 x [64 x i8]], align 64, !heap2stack.slot
; CHECK-NOT: @aligned_alloc(
; CHECK: ret i64
; REMARK: remark: <unknown>:0:0: moved to stack: 4 slots of 64 bytes for a 64-byte aligned_alloc (align 64), one per iteration of its loop (at most 4 iterations; 256 bytes)
define i64 @aligned4() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %head = phi ptr [ null, %entry ], [ %n, %loop ]
  %n = call ptr @aligned_alloc(i64 64, i64 64)
  store ptr %head, ptr %n
  %i1 = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %i1, 4
  br i1 %c, label %loop, label %walk
walk:
  %p = phi ptr [ %n, %loop ], [ %next, %walk ]
  %k = phi i64 [ 0, %loop ], [ %k1, %walk ]
  %next = load ptr, ptr %p
  %k1 = add i64 %k, 1
  %nz = icmp ne ptr %next, null
  br i1 %nz, label %walk, label %done
done:
  ret i64 %k1
}

; CHECK-LABEL: define i64 @two_entries(
; CHECK-NOT: .h2s
; CHECK: call ptr @malloc(i64 16)
; CHECK: ret i64
; REMARK: remark: <unknown>:0:0: carried across loop iterations: {{.*}}; no slot per iteration: its loop has no single preheader and latch (it is not in loop-simplify form)
define i64 @two_entries(i1 %c0) {
entry:
  br i1 %c0, label %loop, label %side
side:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ 0, %side ], [ %i1, %loop ]
  %head = phi ptr [ null, %entry ], [ null, %side ], [ %n, %loop ]
  %n = call ptr @malloc(i64 16)
  store ptr %head, ptr %n
  %i1 = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %i1, 8
  br i1 %c, label %loop, label %walk
walk:
  %p = phi ptr [ %n, %loop ], [ %next, %walk ]
  %k = phi i64 [ 0, %loop ], [ %k1, %walk ]
  %next = load ptr, ptr %p
  %k1 = add i64 %k, 1
  %nz = icmp ne ptr %next, null
  br i1 %nz, label %walk, label %done
done:
  ret i64 %k1
}

; CHECK-LABEL: define i64 @sized(
; CHECK-NOT: .h2s
; CHECK: call ptr @malloc(i64 16)
; CHECK: ret i64
; REMARK: remark: <unknown>:0:0: carried across loop iterations: {{.*}}; no slot per iteration: its size is queried (__builtin_object_size, _FORTIFY_SOURCE), and a slot of the array would answer differently
define i64 @sized() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %head = phi ptr [ null, %entry ], [ %n, %loop ]
  %n = call ptr @malloc(i64 16)
  store ptr %head, ptr %n
  %size = call i64 @llvm.objectsize.i64.p0(ptr %n, i1 false, i1 true, i1 true)
  %f = getelementptr inbounds i8, ptr %n, i64 8
  store i64 %size, ptr %f
  %i1 = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %i1, 8
  br i1 %c, label %loop, label %walk
walk:
  %p = phi ptr [ %n, %loop ], [ %next, %walk ]
  %k = phi i64 [ 0, %loop ], [ %k1, %walk ]
  %next = load ptr, ptr %p
  %vf = getelementptr inbounds i8, ptr %p, i64 8
  %v = load i64, ptr %vf
  %k1 = add i64 %k, %v
  %nz = icmp ne ptr %next, null
  br i1 %nz, label %walk, label %done
done:
  ret i64 %k1
}

; CHECK-LABEL: define i32 @array8(
; CHECK: %e.h2s = alloca [8 x [16 x i8]], align 16, !heap2stack.slot
; CHECK: fill:
; CHECK: getelementptr inbounds [8 x [16 x i8]], ptr %e.h2s, i64 0, i64 %h2s.iter
; CHECK: drain:
; CHECK-NOT: lifetime.end
; CHECK-NOT: @free(
; CHECK: done:
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 128, )?}}ptr %e.h2s)
; CHECK-NEXT: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 8 slots of 16 bytes for a 4-byte malloc (align 16), one per iteration of its loop (at most 8 iterations; 128 bytes)
define i32 @array8() {
entry:
  %arr = alloca [8 x ptr], align 16
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i1, %fill ]
  %e = call ptr @malloc(i64 4)
  %t = trunc i64 %i to i32
  store i32 %t, ptr %e
  %slot = getelementptr inbounds [8 x ptr], ptr %arr, i64 0, i64 %i
  store ptr %e, ptr %slot
  %i1 = add i64 %i, 1
  %c = icmp slt i64 %i1, 8
  br i1 %c, label %fill, label %drain
drain:
  %j = phi i64 [ 0, %fill ], [ %j1, %drain ]
  %s = phi i32 [ 0, %fill ], [ %s1, %drain ]
  %slot2 = getelementptr inbounds [8 x ptr], ptr %arr, i64 0, i64 %j
  %p = load ptr, ptr %slot2
  %v = load i32, ptr %p
  %s1 = add i32 %s, %v
  call void @free(ptr %p)
  %j1 = add i64 %j, 1
  %d = icmp slt i64 %j1, 8
  br i1 %d, label %drain, label %done
done:
  ret i32 %s1
}
