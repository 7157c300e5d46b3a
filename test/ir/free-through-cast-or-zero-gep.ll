; A free reached through a zero-index GEP, or through a chain of a no-op
; bitcast, a zero GEP and a freeze, still frees exactly this object: the
; site moves and the free becomes lifetime.end.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pair = type { i32, i32 }

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @zero_gep(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%p = call ptr @malloc(i64 8)'
define i32 @zero_gep() {
  %p = call ptr @malloc(i64 8)
  store i32 4, ptr %p
  %v = load i32, ptr %p
  %first = getelementptr inbounds %struct.pair, ptr %p, i64 0, i32 0
  call void @free(ptr %first)
  ret i32 %v
}

; CHECK-LABEL: define i32 @cast_chain(
; CHECK-NEXT: %q.h2s = alloca [8 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %q.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%q = call ptr @malloc(i64 8)'
define i32 @cast_chain() {
  %q = call ptr @malloc(i64 8)
  store i32 4, ptr %q
  %v = load i32, ptr %q
  %c = bitcast ptr %q to ptr
  %g = getelementptr i8, ptr %c, i64 0
  %f = freeze ptr %g
  call void @free(ptr %f)
  ret i32 %v
}
