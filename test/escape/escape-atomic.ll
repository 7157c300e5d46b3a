; Atomics that publish the pointer to memory the function does not own
; (store atomic, cmpxchg, atomicrmw xchg to a global) are escapes; an atomic
; store into a local slot is not.
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

; CHECK-LABEL: define {{.*}}@atomic_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store atomic ptr %l, ptr @g release, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store atomic ptr %l, ptr @g release, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store atomic ptr %l, ptr @g release, align 8'
define void @atomic_o0_escapes() {
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  store atomic ptr %l, ptr @g release, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@atomic_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store atomic ptr %p, ptr @g seq_cst, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store atomic ptr %p, ptr @g seq_cst, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store atomic ptr %p, ptr @g seq_cst, align 8'
define void @atomic_ssa_escapes() {
  %p = call ptr @malloc(i64 4)
  store atomic ptr %p, ptr @g seq_cst, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@cmpxchg_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at '%r = cmpxchg ptr @g, ptr null, ptr %p acq_rel monotonic, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'r' (store to memory the function does not own) at '%r = cmpxchg ptr @g, ptr null, ptr %p acq_rel monotonic, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at '%r = cmpxchg ptr @g, ptr null, ptr %p acq_rel monotonic, align 8'
define void @cmpxchg_escapes() {
  %p = call ptr @malloc(i64 4)
  %r = cmpxchg ptr @g, ptr null, ptr %p acq_rel monotonic, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@xchg_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at '%old = atomicrmw xchg ptr @g, ptr %p acq_rel, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'old' (store to memory the function does not own) at '%old = atomicrmw xchg ptr @g, ptr %p acq_rel, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at '%old = atomicrmw xchg ptr @g, ptr %p acq_rel, align 8'
define void @xchg_escapes() {
  %p = call ptr @malloc(i64 4)
  %old = atomicrmw xchg ptr @g, ptr %p acq_rel, align 8
  ret void
}

; An atomic store into a local slot publishes nothing.
; CHECK-LABEL: define {{.*}}@atomic_local_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @atomic_local_moves() {
  %slot = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store i32 4, ptr %p, align 4
  store atomic ptr %p, ptr %slot release, align 8
  %l = load atomic ptr, ptr %slot acquire, align 8
  %v = load i32, ptr %l, align 4
  call void @free(ptr %l)
  ret i32 %v
}
