; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -S %s -o - 2>%t.remarks | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @simple(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.h2s = alloca [24 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 24, )?}}ptr %p.h2s)
; CHECK-NOT: @malloc
; CHECK-NOT: @free
; REMARK: remark: <unknown>:0:0: moved to stack: 24-byte malloc (align 16)
define i32 @simple() {
entry:
  %p = call ptr @malloc(i64 24)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
