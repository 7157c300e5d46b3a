; calloc inside a loop: one entry-block slot, and the zeroing memset (with
; lifetime.start) at the allocation point, so every iteration sees zeroes.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @calloc(i64, i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @loop(
; CHECK-NEXT: entry:
; CHECK-NEXT: %buf.h2s = alloca [32 x i8], align 16
; CHECK-NEXT: br label %body
; CHECK: body:
; CHECK-NEXT: %i = phi
; CHECK-NEXT: %acc = phi
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 32, )?}}ptr %buf.h2s)
; CHECK-NEXT: call void @llvm.memset.p0.i64(ptr align 16 %buf.h2s, i8 0, i64 32, i1 false)
; CHECK-NEXT: %slot = getelementptr inbounds i32, ptr %buf.h2s, i32 %i
; CHECK-NEXT: store i32 %i, ptr %slot
; CHECK-NEXT: %v = load i32, ptr %buf.h2s
; CHECK-NEXT: %acc.next = add i32 %acc, %v
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 32, )?}}ptr %buf.h2s)
; CHECK-NEXT: %i.next = add i32 %i, 1
; CHECK-NOT: alloca
; CHECK-NOT: call ptr @calloc
; CHECK-NOT: call void @free
; CHECK: ret i32 %acc.next

; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte calloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 32-byte calloc at '%buf = call ptr @calloc(i64 4, i64 8)'
define i32 @loop(i32 %n) {
entry:
  br label %body

body:
  %i = phi i32 [ 0, %entry ], [ %i.next, %body ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %body ]
  %buf = call ptr @calloc(i64 4, i64 8)
  %slot = getelementptr inbounds i32, ptr %buf, i32 %i
  store i32 %i, ptr %slot
  %v = load i32, ptr %buf
  %acc.next = add i32 %acc, %v
  call void @free(ptr %buf)
  %i.next = add i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %body

exit:
  ret i32 %acc.next
}
