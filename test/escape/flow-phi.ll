; A pointer merged with another (a phi in SSA, a shared local variable at
; -O0) is followed: only loaded through, the object moves; the merged value
; stored to a global makes it escape (and the other incoming parameter
; leaks: 'leaking param: other').
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

; CHECK-LABEL: define {{.*}}@phi_o0_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: other does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @phi_o0_moves(i1 %c, ptr %other) {
entry:
  %m.addr = alloca ptr, align 8
  store ptr %other, ptr %m.addr, align 8
  br i1 %c, label %heap, label %join
heap:
  %p = call ptr @malloc(i64 4)
  store i32 0, ptr %p, align 4
  store ptr %p, ptr %m.addr, align 8
  br label %join
join:
  %m = load ptr, ptr %m.addr, align 8
  %v = load i32, ptr %m, align 4
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@phi_ssa_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: other does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @phi_ssa_moves(i1 %c, ptr %other) {
entry:
  br i1 %c, label %heap, label %join
heap:
  %p = call ptr @malloc(i64 4)
  store i32 0, ptr %p, align 4
  br label %join
join:
  %m = phi ptr [ %p, %heap ], [ %other, %entry ]
  %v = load i32, ptr %m, align 4
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@phi_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: leaking param: other: stores it to global 'g'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %m, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'm.addr' (store) at 'store ptr %p, ptr %m.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'm.addr' (load) at '%m = load ptr, ptr %m.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %m, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %m, ptr @g, align 8'
define void @phi_o0_escapes(i1 %c, ptr %other) {
entry:
  %m.addr = alloca ptr, align 8
  store ptr %other, ptr %m.addr, align 8
  br i1 %c, label %heap, label %join
heap:
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %m.addr, align 8
  br label %join
join:
  %m = load ptr, ptr %m.addr, align 8
  store ptr %m, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@phi_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: leaking param: other: stores it to global 'g'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %m, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'm' (assign) at '%m = phi ptr [ %p, %heap ], [ %other, %entry ]'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %m, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %m, ptr @g, align 8'
define void @phi_ssa_escapes(i1 %c, ptr %other) {
entry:
  br i1 %c, label %heap, label %join
heap:
  %p = call ptr @malloc(i64 4)
  br label %join
join:
  %m = phi ptr [ %p, %heap ], [ %other, %entry ]
  store ptr %m, ptr @g, align 8
  ret void
}
