; Storing the pointer through a pointer parameter (into the caller's
; memory) is an escape: the function does not own that memory.  The
; parameter itself does not escape ('out does not escape').
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

; CHECK-LABEL: define {{.*}}@param_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: out does not escape
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored through parameter 'out' at 'store ptr %l, ptr %o, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'o' (store to memory the function does not own) at 'store ptr %l, ptr %o, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored through parameter 'out' at 'store ptr %l, ptr %o, align 8'
define void @param_o0_escapes(ptr %out) {
  %out.addr = alloca ptr, align 8
  %p.addr = alloca ptr, align 8
  store ptr %out, ptr %out.addr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %o = load ptr, ptr %out.addr, align 8
  store ptr %l, ptr %o, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@param_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: out does not escape
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored through parameter 'out' at 'store ptr %p, ptr %f, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'out' (store to memory the function does not own) at 'store ptr %p, ptr %f, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored through parameter 'out' at 'store ptr %p, ptr %f, align 8'
define void @param_ssa_escapes(ptr %out) {
  %p = call ptr @malloc(i64 4)
  %f = getelementptr inbounds i8, ptr %out, i64 8
  store ptr %p, ptr %f, align 8
  ret void
}

; Storing a value (not the pointer) through the parameter is fine.
; CHECK-LABEL: define {{.*}}@param_value_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: out does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define void @param_value_moves(ptr %out) {
  %p = call ptr @malloc(i64 4)
  store i32 1, ptr %p, align 4
  %v = load i32, ptr %p, align 4
  store i32 %v, ptr %out, align 4
  call void @free(ptr %p)
  ret void
}
