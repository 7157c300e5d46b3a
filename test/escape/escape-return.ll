; Returning the pointer (or a pointer into the object) is an escape: the
; flow goes to ~r0, the result, as in Go.  At -O0 the value goes through
; clang's retval slot first.  Returning a value read from it is not.
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

; CHECK-LABEL: define {{.*}}@ret_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: returned at 'ret ptr %r'
; REMARK-NEXT: remark: <unknown>:0:0: flow: ~r0 = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'retval' (store) at 'store ptr %l, ptr %retval, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'retval' (load) at '%r = load ptr, ptr %retval, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from return (return) at 'ret ptr %r'
; FINAL: remark: <unknown>:0:0: escapes: returned at 'ret ptr %r'
define ptr @ret_o0_escapes() {
  %retval = alloca ptr, align 8
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  store ptr %l, ptr %retval, align 8
  %r = load ptr, ptr %retval, align 8
  ret ptr %r
}

; CHECK-LABEL: define {{.*}}@ret_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 16)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: returned at 'ret ptr %f'
; REMARK-NEXT: remark: <unknown>:0:0: flow: ~r0 = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'f' (assign) at '%f = getelementptr inbounds i8, ptr %p, i64 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from return (return) at 'ret ptr %f'
; FINAL: remark: <unknown>:0:0: escapes: returned at 'ret ptr %f'
define ptr @ret_ssa_escapes() {
  %p = call ptr @malloc(i64 16)
  %f = getelementptr inbounds i8, ptr %p, i64 8
  ret ptr %f
}

; Returning a value read out of the object is not returning the object.
; CHECK-LABEL: define {{.*}}@ret_value_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @ret_value_moves() {
  %p = call ptr @malloc(i64 4)
  store i32 3, ptr %p, align 4
  %v = load i32, ptr %p, align 4
  call void @free(ptr %p)
  ret i32 %v
}
