; A call that receives the moved pointer loses its `tail` marker: a tail
; call promises not to access the caller's stack, which stops being true
; (llvm-project issue 58744).  Calls that do not receive it keep theirs.
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
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

; CHECK-LABEL: define i32 @copy(
; CHECK-NEXT: %p.h2s = alloca [32 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %p.h2s)
; CHECK-NEXT: {{^  }}call void @llvm.memcpy.p0.p0.i64(ptr %p.h2s, ptr %src, i64 32, i1 false)
; CHECK-NEXT: {{^  }}call void @llvm.memset.p0.i64(ptr %p.h2s, i8 0, i64 4, i1 false)
; CHECK-NEXT: tail call void @llvm.memset.p0.i64(ptr %other, i8 0, i64 4, i1 false)
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 32-byte malloc at '%p = call ptr @malloc(i64 32)'
define i32 @copy(ptr %src, ptr %other) {
  %p = call ptr @malloc(i64 32)
  tail call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %src, i64 32, i1 false)
  tail call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 4, i1 false)
  tail call void @llvm.memset.p0.i64(ptr %other, i8 0, i64 4, i1 false)
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
