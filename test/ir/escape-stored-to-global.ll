; Storing the pointer into a global (or into a field of one) publishes it:
; the remark names the global.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
@table = global [4 x ptr] zeroinitializer
declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define void @to_global(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: store ptr %p, ptr @g
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %p, ptr @g, align 8'
define void @to_global() {
  %p = call ptr @malloc(i64 8)
  store ptr %p, ptr @g
  ret void
}

; Even when freed later: someone may read @table in between.
; CHECK-LABEL: define void @to_global_field(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %slot = getelementptr inbounds [4 x ptr], ptr @table, i64 0, i64 2
; CHECK-NEXT: store ptr %p, ptr %slot
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'table' at 'store ptr %p, ptr %slot, align 8'
define void @to_global_field() {
  %p = call ptr @malloc(i64 8)
  %slot = getelementptr inbounds [4 x ptr], ptr @table, i64 0, i64 2
  store ptr %p, ptr %slot
  call void @free(ptr %p)
  ret void
}
