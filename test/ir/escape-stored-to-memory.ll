; Storing the pointer into memory the function does not own: through a
; pointer parameter (named in the remark) or through a pointer loaded from
; somewhere.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)

; CHECK-LABEL: define void @out_param(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %field = getelementptr inbounds i8, ptr %out, i64 8
; CHECK-NEXT: store ptr %p, ptr %field
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: escapes: stored through parameter 'out' at 'store ptr %p, ptr %field, align 8'
define void @out_param(ptr %out) {
  %p = call ptr @malloc(i64 8)
  %field = getelementptr inbounds i8, ptr %out, i64 8
  store ptr %p, ptr %field
  ret void
}

; CHECK-LABEL: define void @loaded_address(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %dst = load ptr, ptr %pp
; CHECK-NEXT: store ptr %p, ptr %dst
; REMARK: remark: <unknown>:0:0: escapes: stored to memory the function does not own at 'store ptr %p, ptr %dst, align 8'
define void @loaded_address(ptr %pp) {
  %p = call ptr @malloc(i64 8)
  %dst = load ptr, ptr %pp
  store ptr %p, ptr %dst
  ret void
}
