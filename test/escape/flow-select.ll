; select merges like a phi: followed, not an escape by itself; the selected
; value stored to a global escapes.  -O0 style and SSA forms.
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

; CHECK-LABEL: define {{.*}}@select_o0_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: other does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @select_o0_moves(i1 %c, ptr %other) {
  %p.addr = alloca ptr, align 8
  %s.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  store i32 0, ptr %l, align 4
  %l2 = load ptr, ptr %p.addr, align 8
  %s = select i1 %c, ptr %l2, ptr %other
  store ptr %s, ptr %s.addr, align 8
  %ls = load ptr, ptr %s.addr, align 8
  %v = load i32, ptr %ls, align 4
  %l3 = load ptr, ptr %p.addr, align 8
  call void @free(ptr %l3)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@select_ssa_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: other does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @select_ssa_moves(i1 %c, ptr %other) {
  %p = call ptr @malloc(i64 4)
  store i32 0, ptr %p, align 4
  %s = select i1 %c, ptr %p, ptr %other
  %v = load i32, ptr %s, align 4
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@select_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: leaking param: other: stores it to global 'g'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %s, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from 's' (assign) at '%s = select i1 %c, ptr %other, ptr %l'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %s, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %s, ptr @g, align 8'
define void @select_o0_escapes(i1 %c, ptr %other) {
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %s = select i1 %c, ptr %other, ptr %l
  store ptr %s, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@select_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: leaking param: other: stores it to global 'g'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %s, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 's' (assign) at '%s = select i1 %c, ptr %other, ptr %p'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %s, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %s, ptr @g, align 8'
define void @select_ssa_escapes(i1 %c, ptr %other) {
  %p = call ptr @malloc(i64 4)
  %s = select i1 %c, ptr %other, ptr %p
  store ptr %s, ptr @g, align 8
  ret void
}
