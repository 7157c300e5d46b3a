; An allocation inside a loop becomes one static slot in the entry block,
; never a dynamic alloca in the loop; lifetime.start and lifetime.end stay in
; the loop body, where the allocation and its free were.
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

; CHECK-LABEL: define i64 @sum(
; CHECK-NEXT: entry:
; CHECK-NEXT: %tmp.h2s = alloca [64 x i8], align 16
; CHECK-NEXT: br label %loop
; CHECK: loop:
; CHECK-NOT: alloca
; CHECK: call void @llvm.lifetime.start.p0({{(i64 64, )?}}ptr %tmp.h2s)
; CHECK-NEXT: store i64 %i, ptr %tmp.h2s
; CHECK-NEXT: %x = load i64, ptr %tmp.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 64, )?}}ptr %tmp.h2s)
; CHECK-NOT: alloca
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret i64
; REMARK: remark: <unknown>:0:0: moved to stack: 64-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 64-byte malloc at '%tmp = call ptr @malloc(i64 64)'
define i64 @sum(i64 %n) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %tmp = call ptr @malloc(i64 64)
  store i64 %i, ptr %tmp
  %x = load i64, ptr %tmp
  call void @free(ptr %tmp)
  %acc.next = add i64 %acc, %x
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret i64 %acc.next
}
