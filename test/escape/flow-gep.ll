; A pointer into the object (getelementptr) is the object: loads and stores
; through it are safe uses, storing it to a global is an escape whose flow
; names the GEP.  Each case twice: -O0 style (the pointer kept in an alloca
; and loaded back before each use) and optimized SSA.
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

; CHECK-LABEL: define {{.*}}@gep_o0_moves(
; CHECK: %p.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%p = call ptr @malloc(i64 16)'
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
define i32 @gep_o0_moves() {
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %f = getelementptr inbounds i8, ptr %l, i64 8
  store i32 1, ptr %f, align 4
  %l2 = load ptr, ptr %p.addr, align 8
  %f2 = getelementptr inbounds i8, ptr %l2, i64 8
  %v = load i32, ptr %f2, align 4
  %l3 = load ptr, ptr %p.addr, align 8
  call void @free(ptr %l3)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@gep_ssa_moves(
; CHECK: %p.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%p = call ptr @malloc(i64 16)'
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
define i32 @gep_ssa_moves(i64 %i) {
  %p = call ptr @malloc(i64 16)
  %f = getelementptr inbounds [4 x i32], ptr %p, i64 0, i64 %i
  store i32 1, ptr %f, align 4
  %v = load i32, ptr %p, align 4
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@gep_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 16)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from 'f' (assign) at '%f = getelementptr inbounds i8, ptr %l, i64 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'q.addr' (store) at 'store ptr %f, ptr %q.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'q.addr' (load) at '%q = load ptr, ptr %q.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
define void @gep_o0_escapes() {
  %p.addr = alloca ptr, align 8
  %q.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 16)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %f = getelementptr inbounds i8, ptr %l, i64 8
  store ptr %f, ptr %q.addr, align 8
  %q = load ptr, ptr %q.addr, align 8
  store ptr %q, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@gep_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 16)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %f, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'f' (assign) at '%f = getelementptr inbounds i8, ptr %p, i64 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %f, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %f, ptr @g, align 8'
define void @gep_ssa_escapes() {
  %p = call ptr @malloc(i64 16)
  %f = getelementptr inbounds i8, ptr %p, i64 8
  store ptr %f, ptr @g, align 8
  ret void
}
