; The object is freed on two different paths (and not at all on a third):
; each free becomes lifetime.end on the slot.
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

; CHECK-LABEL: define i32 @paths(
; CHECK-NEXT: entry:
; CHECK-NEXT: %p.h2s = alloca [32 x i8], align 16
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %p.h2s)
; CHECK: left:
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 1
; CHECK: right:
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 2
; CHECK: neither:
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 3
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 32-byte malloc at '%p = call ptr @malloc(i64 32)'
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 32-byte malloc at '%p = call ptr @malloc(i64 32)'
define i32 @paths(i32 %k) {
entry:
  %p = call ptr @malloc(i64 32)
  store i32 %k, ptr %p
  switch i32 %k, label %neither [ i32 0, label %left
                                  i32 1, label %right ]

left:
  call void @free(ptr %p)
  ret i32 1

right:
  call void @free(ptr %p)
  ret i32 2

neither:
  ret i32 3
}
