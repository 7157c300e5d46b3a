; The pointer is stored into a local variable whose address is then handed
; to unknown code: the object escapes through that local, named in the
; remark.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @sink(ptr)

; CHECK-LABEL: define void @via_local(
; CHECK-NEXT: %holder = alloca ptr, align 8
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: store ptr %p, ptr %holder
; CHECK-NEXT: call void @sink(ptr %holder)
; CHECK-NEXT: call void @free(ptr %p)
; CHECK-NOT: .h2s
; REMARK: remark: <unknown>:0:0: escapes: stored to local 'holder' at 'store ptr %p, ptr %holder, align 8'
define void @via_local() {
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 8)
  store ptr %p, ptr %holder, align 8
  call void @sink(ptr %holder)
  call void @free(ptr %p)
  ret void
}
