; A pointer packed into an aggregate or vector value is followed through
; it: returned inside one, it escapes; extracted again and only used
; locally, the object moves.
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
declare void @free(ptr)

; CHECK-LABEL: define { ptr, i64 } @pack(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %agg = insertvalue { ptr, i64 } undef, ptr %p, 0
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: escapes: returned at 'ret { ptr, i64 } %r'
define { ptr, i64 } @pack() {
  %p = call ptr @malloc(i64 8)
  %agg = insertvalue { ptr, i64 } undef, ptr %p, 0
  %r = insertvalue { ptr, i64 } %agg, i64 8, 1
  ret { ptr, i64 } %r
}

; CHECK-LABEL: define <2 x ptr> @vector(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: %v = insertelement <2 x ptr> %base, ptr %p, i32 0
; REMARK: remark: <unknown>:0:0: escapes: returned at 'ret <2 x ptr> %v'
define <2 x ptr> @vector(<2 x ptr> %base) {
  %p = call ptr @malloc(i64 8)
  %v = insertelement <2 x ptr> %base, ptr %p, i32 0
  ret <2 x ptr> %v
}

; CHECK-LABEL: define i32 @unpacked_locally(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK: %agg = insertvalue { ptr, i64 } undef, ptr %p.h2s, 0
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%p = call ptr @malloc(i64 8)'
define i32 @unpacked_locally() {
  %p = call ptr @malloc(i64 8)
  %agg = insertvalue { ptr, i64 } undef, ptr %p, 0
  %e = extractvalue { ptr, i64 } %agg, 0
  store i32 3, ptr %e
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
