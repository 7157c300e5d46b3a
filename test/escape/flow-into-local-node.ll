; A pointer stored into ANOTHER malloc'd object (a local linked-list node)
; stays local as long as the node does: both move.  When the node escapes,
; what it holds escapes too ('stored in memory allocated at ..., which
; escapes').
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=FINAL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)

; node = { ptr data, ptr next }
; CHECK-LABEL: define {{.*}}@node_o0_moves(
; CHECK: %d.h2s = alloca [4 x i8], align 16
; CHECK: %n.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%n = call ptr @malloc(i64 16)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%d = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @node_o0_moves() {
  %n.addr = alloca ptr, align 8
  %d.addr = alloca ptr, align 8
  %n = call ptr @malloc(i64 16)
  store ptr %n, ptr %n.addr, align 8
  %d = call ptr @malloc(i64 4)
  store ptr %d, ptr %d.addr, align 8
  %ld = load ptr, ptr %d.addr, align 8
  %ln = load ptr, ptr %n.addr, align 8
  store ptr %ld, ptr %ln, align 8
  %ln2 = load ptr, ptr %n.addr, align 8
  %x = load ptr, ptr %ln2, align 8
  store i32 9, ptr %x, align 4
  %v = load i32, ptr %x, align 4
  call void @free(ptr %x)
  %ln3 = load ptr, ptr %n.addr, align 8
  call void @free(ptr %ln3)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@node_ssa_moves(
; CHECK: %d.h2s = alloca [4 x i8], align 16
; CHECK: %n.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%n = call ptr @malloc(i64 16)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%d = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @node_ssa_moves() {
  %n = call ptr @malloc(i64 16)
  %d = call ptr @malloc(i64 4)
  store ptr %d, ptr %n, align 8
  %nx = getelementptr inbounds i8, ptr %n, i64 8
  store ptr null, ptr %nx, align 8
  %x = load ptr, ptr %n, align 8
  store i32 9, ptr %x, align 4
  %v = load i32, ptr %d, align 4
  call void @free(ptr %x)
  call void @free(ptr %n)
  ret i32 %v
}

; Two nodes linked to each other, data hanging off the second.
; CHECK-LABEL: define {{.*}}@two_nodes_ssa_moves(
; CHECK: %d.h2s = alloca [4 x i8], align 16
; CHECK: %b.h2s = alloca [16 x i8], align 16
; CHECK: %a.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%a = call ptr @malloc(i64 16)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%b = call ptr @malloc(i64 16)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%d = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @two_nodes_ssa_moves() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %d = call ptr @malloc(i64 4)
  %anx = getelementptr inbounds i8, ptr %a, i64 8
  store ptr %b, ptr %anx, align 8
  store ptr %d, ptr %b, align 8
  %b2 = load ptr, ptr %anx, align 8
  %d2 = load ptr, ptr %b2, align 8
  store i32 3, ptr %d2, align 4
  %v = load i32, ptr %d, align 4
  call void @free(ptr %d2)
  call void @free(ptr %b2)
  call void @free(ptr %a)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@node_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %n = call ptr @malloc(i64 16)
; CHECK: %d = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %ln2, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'n.addr' (store) at 'store ptr %n, ptr %n.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'n.addr' (load) at '%ln2 = load ptr, ptr %n.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %ln2, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored in memory allocated at '%n = call ptr @malloc(i64 16)', which escapes, at 'store ptr %d, ptr %ln, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'ln' (store) at 'store ptr %d, ptr %ln, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from memory (its memory escapes)
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %ln2, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored in memory allocated at '%n = call ptr @malloc(i64 16)', which escapes, at 'store ptr %d, ptr %ln, align 8'
define void @node_o0_escapes() {
  %n.addr = alloca ptr, align 8
  %n = call ptr @malloc(i64 16)
  store ptr %n, ptr %n.addr, align 8
  %d = call ptr @malloc(i64 4)
  %ln = load ptr, ptr %n.addr, align 8
  store ptr %d, ptr %ln, align 8
  %ln2 = load ptr, ptr %n.addr, align 8
  store ptr %ln2, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@node_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %n = call ptr @malloc(i64 16)
; CHECK: %d = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %n, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %n, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored in memory allocated at '%n = call ptr @malloc(i64 16)', which escapes, at 'store ptr %d, ptr %n, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'n' (store) at 'store ptr %d, ptr %n, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from memory (its memory escapes)
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %n, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored in memory allocated at '%n = call ptr @malloc(i64 16)', which escapes, at 'store ptr %d, ptr %n, align 8'
define void @node_ssa_escapes() {
  %n = call ptr @malloc(i64 16)
  %d = call ptr @malloc(i64 4)
  store ptr %d, ptr %n, align 8
  store ptr %n, ptr @g, align 8
  ret void
}
