; The loop rule on optimized SSA: a pointer that reaches the allocation's
; next execution through a phi the allocation does not dominate, or through
; memory other than a freshly rewritten local slot, keeps the site on the
; heap (LoopCarried); a per-iteration scratch becomes one entry-block slot.
; irr_carried/irr_fresh: an irreducible cycle entered at a or at b.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.yaml -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=FINAL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture nofree) memory(argmem: read)

; YAML: Name: LoopCarried
; YAML-NEXT: Function: list
; YAML: Name: LoopCarried
; YAML-NEXT: Function: prev_phi
; YAML: Name: Moved
; YAML-NEXT: Function: scratch
; YAML: Name: LoopCarried
; YAML-NEXT: Function: array
; YAML: Name: LoopCarried
; YAML-NEXT: Function: irr_carried
; YAML: Name: Moved
; YAML-NEXT: Function: irr_fresh
; REMARK: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%head = phi ptr [ null, %entry ], [ %node, %build ]' may hold an earlier iteration's object when the allocation runs again
; REMARK-NEXT: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%prev = phi ptr [ null, %entry ], [ %buf, %skip ]' may hold an earlier iteration's object when the allocation runs again
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%buf = call ptr @malloc(i64 4)'
; REMARK-NEXT: remark: <unknown>:0:0: carried across loop iterations: a pointer loaded from memory at '%p = load ptr, ptr %slot2, align 8' may hold an earlier iteration's object when the allocation runs again
; REMARK-NEXT: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%pa = phi ptr [ null, %entry ], [ %q, %b ]' may hold an earlier iteration's object when the allocation runs again
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%q0 = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%head = phi ptr [ null, %entry ], [ %node, %build ]' may hold an earlier iteration's object when the allocation runs again
; FINAL: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%prev = phi ptr [ null, %entry ], [ %buf, %skip ]' may hold an earlier iteration's object when the allocation runs again
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: carried across loop iterations: a pointer loaded from memory at '%p = load ptr, ptr %slot2, align 8' may hold an earlier iteration's object when the allocation runs again
; FINAL: remark: <unknown>:0:0: carried across loop iterations: a pointer carried by a phi at '%pa = phi ptr [ null, %entry ], [ %q, %b ]' may hold an earlier iteration's object when the allocation runs again
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)

; linked list built in a loop, summed, then freed
; CHECK-LABEL: define {{.*}}@list(
; CHECK-NOT: .h2s
; CHECK: %node = call ptr @malloc(i64 16)
; CHECK-NOT: .h2s
; CHECK: ret
define i32 @list(i32 %n) {
entry:
  br label %build
build:
  %i = phi i32 [ 0, %entry ], [ %i1, %build ]
  %head = phi ptr [ null, %entry ], [ %node, %build ]
  %node = call ptr @malloc(i64 16)
  store i32 %i, ptr %node
  %nx = getelementptr inbounds i8, ptr %node, i64 8
  store ptr %head, ptr %nx
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %build, label %walk
walk:
  %cur = phi ptr [ %node, %build ], [ %next, %walk ]
  %s = phi i32 [ 0, %build ], [ %s1, %walk ]
  %v = load i32, ptr %cur
  %s1 = add i32 %s, %v
  %np = getelementptr inbounds i8, ptr %cur, i64 8
  %next = load ptr, ptr %np
  call void @free(ptr %cur)
  %d = icmp eq ptr %next, null
  br i1 %d, label %done, label %walk
done:
  ret i32 %s1
}

; previous buffer kept via phi
; CHECK-LABEL: define {{.*}}@prev_phi(
; CHECK-NOT: .h2s
; CHECK: %buf = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define i32 @prev_phi(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %skip ]
  %prev = phi ptr [ null, %entry ], [ %buf, %skip ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %skip ]
  %buf = call ptr @malloc(i64 4)
  store i32 %i, ptr %buf
  %isn = icmp eq ptr %prev, null
  br i1 %isn, label %skip, label %rd
rd:
  %pv = load i32, ptr %prev
  call void @free(ptr %prev)
  br label %skip
skip:
  %pv2 = phi i32 [ 0, %loop ], [ %pv, %rd ]
  %acc1 = add i32 %acc, %pv2
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  call void @free(ptr %buf)
  ret i32 %acc1
}

; scratch per iteration
; CHECK-LABEL: define {{.*}}@scratch(
; CHECK-NEXT: entry:
; CHECK-NEXT: %buf.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define i32 @scratch(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]
  %buf = call ptr @malloc(i64 4)
  store i32 %i, ptr %buf
  call void @use(ptr %buf)
  %v = load i32, ptr %buf
  %acc1 = add i32 %acc, %v
  call void @free(ptr %buf)
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %done
done:
  ret i32 %acc1
}

; pointer array filled in a loop, freed in a second loop (the fill loop's
; count is a run-time value: with a constant one, pass/loop_slots.c gives
; each iteration its own slot)
; CHECK-LABEL: define {{.*}}@array(
; CHECK-NOT: .h2s
; CHECK: %e = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define i32 @array(i32 %n) {
entry:
  %arr = alloca [8 x ptr], align 16
  %count = sext i32 %n to i64
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %i1, %fill ]
  %e = call ptr @malloc(i64 4)
  %t = trunc i64 %i to i32
  store i32 %t, ptr %e
  %slot = getelementptr inbounds [8 x ptr], ptr %arr, i64 0, i64 %i
  store ptr %e, ptr %slot
  %i1 = add i64 %i, 1
  %c = icmp slt i64 %i1, %count
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

; irreducible loop: entry jumps to a or b; a<->b
; CHECK-LABEL: define {{.*}}@irr_carried(
; CHECK-NOT: .h2s
; CHECK: %q0 = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define i32 @irr_carried(i1 %c, i32 %n) {
entry:
  br i1 %c, label %a, label %b
a:
  %pa = phi ptr [ null, %entry ], [ %q, %b ]
  %ia = phi i32 [ 0, %entry ], [ %ib1, %b ]
  %q0 = call ptr @malloc(i64 4)
  store i32 %ia, ptr %q0
  br label %b
b:
  %q = phi ptr [ null, %entry ], [ %q0, %a ]
  %old = phi ptr [ null, %entry ], [ %pa, %a ]
  %ib = phi i32 [ 0, %entry ], [ %ia, %a ]
  %ib1 = add i32 %ib, 1
  %k = icmp slt i32 %ib1, %n
  br i1 %k, label %a, label %done
done:
  %isn = icmp eq ptr %old, null
  br i1 %isn, label %ret0, label %rd
rd:
  %v = load i32, ptr %old
  ret i32 %v
ret0:
  ret i32 0
}

; CHECK-LABEL: define {{.*}}@irr_fresh(
; CHECK-NEXT: entry:
; CHECK-NEXT: %q0.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define i32 @irr_fresh(i1 %c, i32 %n) {
entry:
  br i1 %c, label %a, label %b
a:
  %ia = phi i32 [ 0, %entry ], [ %ib1, %b ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %b ]
  %q0 = call ptr @malloc(i64 4)
  store i32 %ia, ptr %q0
  %v = load i32, ptr %q0
  %acc1a = add i32 %acc, %v
  call void @free(ptr %q0)
  br label %b
b:
  %ib = phi i32 [ 0, %entry ], [ %ia, %a ]
  %acc1 = phi i32 [ 0, %entry ], [ %acc1a, %a ]
  %ib1 = add i32 %ib, 1
  %k = icmp slt i32 %ib1, %n
  br i1 %k, label %a, label %done
done:
  ret i32 %acc1
}
