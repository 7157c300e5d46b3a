; The pointer as the value of an atomicrmw or cmpxchg (not its address) is
; published to other threads: a store to memory the function does not own.
; Used as the address, it is a safe access.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define void @xchg(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %old = atomicrmw xchg ptr %shared, ptr %p seq_cst
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: escapes: stored through parameter 'shared' at '%old = atomicrmw xchg ptr %shared, ptr %p seq_cst, align 8'
define void @xchg(ptr %shared) {
  %p = call ptr @malloc(i64 8)
  %old = atomicrmw xchg ptr %shared, ptr %p seq_cst
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @cas(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %pair = cmpxchg ptr %shared, ptr null, ptr %p seq_cst seq_cst
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: escapes: stored through parameter 'shared' at '%pair = cmpxchg ptr %shared, ptr null, ptr %p seq_cst seq_cst, align 8'
define void @cas(ptr %shared) {
  %p = call ptr @malloc(i64 8)
  %pair = cmpxchg ptr %shared, ptr null, ptr %p seq_cst seq_cst
  call void @free(ptr %p)
  ret void
}

; The object itself as the atomic's address: it still moves.
; CHECK-LABEL: define i32 @counter(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: atomicrmw add ptr %p.h2s, i32 1 seq_cst
; CHECK: cmpxchg ptr %p.h2s, i32 1, i32 2 seq_cst seq_cst
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%p = call ptr @malloc(i64 8)'
define i32 @counter() {
  %p = call ptr @malloc(i64 8)
  store i32 0, ptr %p
  %old = atomicrmw add ptr %p, i32 1 seq_cst
  %pair = cmpxchg ptr %p, i32 1, i32 2 seq_cst seq_cst
  call void @free(ptr %p)
  ret i32 %old
}
