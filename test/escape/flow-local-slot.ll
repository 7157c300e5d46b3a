; Storing the pointer into a local slot (an alloca) and loading it back is
; not an escape: the object is followed through the slot's memory.  Read
; back and published, it escapes; the slot's own address published makes
; what it holds escape ('stored in local ..., which escapes').
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

; CHECK-LABEL: define {{.*}}@slot_o0_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @slot_o0_moves() {
  %p.addr = alloca ptr, align 8
  %q.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  store ptr %l, ptr %q.addr, align 8
  %q = load ptr, ptr %q.addr, align 8
  store i32 5, ptr %q, align 4
  %l2 = load ptr, ptr %p.addr, align 8
  %v = load i32, ptr %l2, align 4
  call void @free(ptr %q)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@slot_ssa_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @slot_ssa_moves() {
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %holder, align 8
  %r = load ptr, ptr %holder, align 8
  store i32 5, ptr %r, align 4
  %v = load i32, ptr %p, align 4
  call void @free(ptr %r)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@slot_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'q.addr' (store) at 'store ptr %l, ptr %q.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'q.addr' (load) at '%q = load ptr, ptr %q.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
define void @slot_o0_escapes() {
  %p.addr = alloca ptr, align 8
  %q.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  store ptr %l, ptr %q.addr, align 8
  %q = load ptr, ptr %q.addr, align 8
  store ptr %q, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@slot_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %r, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'holder' (store) at 'store ptr %p, ptr %holder, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'holder' (load) at '%r = load ptr, ptr %holder, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %r, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %r, ptr @g, align 8'
define void @slot_ssa_escapes() {
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %holder, align 8
  %r = load ptr, ptr %holder, align 8
  store ptr %r, ptr @g, align 8
  ret void
}

; The slot itself is published: what it holds escapes with it.
; CHECK-LABEL: define {{.*}}@slot_address_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored in local 'holder', which escapes, at 'store ptr %p, ptr %holder, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'holder' (store) at 'store ptr %p, ptr %holder, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from memory (its memory escapes)
; FINAL: remark: <unknown>:0:0: escapes: stored in local 'holder', which escapes, at 'store ptr %p, ptr %holder, align 8'
define void @slot_address_escapes() {
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %holder, align 8
  store ptr %holder, ptr @g, align 8
  ret void
}
