; A pointer stored into a field of a local struct and loaded back is the
; same object: moves when only used locally, escapes (through the field)
; when the loaded value is published.
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
%struct.S = type { i32, ptr }

; CHECK-LABEL: define {{.*}}@field_o0_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @field_o0_moves() {
  %s = alloca %struct.S, align 8
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %f = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store ptr %l, ptr %f, align 8
  %f2 = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  %q = load ptr, ptr %f2, align 8
  store i32 7, ptr %q, align 4
  %f3 = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  %q2 = load ptr, ptr %f3, align 8
  %v = load i32, ptr %q2, align 4
  call void @free(ptr %q2)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@field_ssa_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @field_ssa_moves() {
  %s = alloca %struct.S, align 8
  %p = call ptr @malloc(i64 4)
  %f = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store ptr %p, ptr %f, align 8
  %q = load ptr, ptr %f, align 8
  store i32 7, ptr %q, align 4
  %v = load i32, ptr %p, align 4
  call void @free(ptr %q)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@field_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 's' (store) at 'store ptr %l, ptr %f, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 's' (load) at '%q = load ptr, ptr %f, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
define void @field_o0_escapes() {
  %s = alloca %struct.S, align 8
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %f = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store ptr %l, ptr %f, align 8
  %q = load ptr, ptr %f, align 8
  store ptr %q, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@field_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 's' (store) at 'store ptr %p, ptr %f, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 's' (load) at '%q = load ptr, ptr %f, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
define void @field_ssa_escapes() {
  %s = alloca %struct.S, align 8
  %p = call ptr @malloc(i64 4)
  %f = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 1
  store ptr %p, ptr %f, align 8
  %q = load ptr, ptr %f, align 8
  store ptr %q, ptr @g, align 8
  ret void
}
