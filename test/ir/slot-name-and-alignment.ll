; The slot is named after the allocation call with a .h2s suffix (plain
; "h2s" for an unnamed call) and is never aligned below malloc's 16 bytes,
; even for a 1-byte allocation (llvm-project issue 54747 made it align 1).
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

; CHECK-LABEL: define i8 @one_byte(
; CHECK-NEXT: %byte.h2s = alloca [1 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 1, )?}}ptr %byte.h2s)
; CHECK-NEXT: store i8 5, ptr %byte.h2s, align 1
; REMARK: remark: <unknown>:0:0: moved to stack: 1-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 1-byte malloc at '%byte = call ptr @malloc(i64 1)'
define i8 @one_byte() {
  %byte = call ptr @malloc(i64 1)
  store i8 5, ptr %byte, align 1
  %v = load i8, ptr %byte, align 1
  call void @free(ptr %byte)
  ret i8 %v
}

; CHECK-LABEL: define i32 @unnamed(
; CHECK-NEXT: %h2s = alloca [12 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 12, )?}}ptr %h2s)
; CHECK-NEXT: store i32 3, ptr %h2s
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 12-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 12-byte malloc at '%1 = call ptr @malloc(i64 12)'
define i32 @unnamed() {
  %1 = call ptr @malloc(i64 12)
  store i32 3, ptr %1
  %2 = load i32, ptr %1
  call void @free(ptr %1)
  ret i32 %2
}

; Two sites in one function, each with its own named slot.
; CHECK-LABEL: define i32 @two(
; CHECK-NEXT: %second.h2s = alloca [8 x i8], align 16
; CHECK-NEXT: %first.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%first = call ptr @malloc(i64 4)'
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%second = call ptr @malloc(i64 8)'
define i32 @two() {
  %first = call ptr @malloc(i64 4)
  %second = call ptr @malloc(i64 8)
  store i32 1, ptr %first
  store i32 2, ptr %second
  %a = load i32, ptr %first
  %b = load i32, ptr %second
  %s = add i32 %a, %b
  call void @free(ptr %second)
  call void @free(ptr %first)
  ret i32 %s
}
