; Storing the pointer into a local variable is not an escape by itself
; (-O0 IR keeps every pointer in an alloca): the object moves as long as
; the local does not escape.  When the local's address is handed to unknown
; code, the object escapes through it.
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
declare void @sink(ptr)

; CHECK-LABEL: define i32 @local_only(
; CHECK-NEXT: %p.h2s = alloca [8 x i8], align 16
; CHECK-NEXT: %holder = alloca ptr, align 8
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 8, )?}}ptr %p.h2s)
; CHECK-NEXT: store ptr %p.h2s, ptr %holder
; CHECK-NEXT: %r = load ptr, ptr %holder
; CHECK-NEXT: store i32 5, ptr %r
; CHECK-NEXT: %v = load i32, ptr %p.h2s
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 8, )?}}ptr %p.h2s)
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{.*}}.h2s)
; CHECK-NEXT: ret i32 %v
; REMARK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%p = call ptr @malloc(i64 8)'
define i32 @local_only() {
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 8)
  store ptr %p, ptr %holder, align 8
  %r = load ptr, ptr %holder, align 8
  store i32 5, ptr %r
  %v = load i32, ptr %p
  call void @free(ptr %r)
  ret i32 %v
}

; CHECK-LABEL: define void @via_local(
; CHECK-NEXT: %holder = alloca ptr, align 8
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: store ptr %p, ptr %holder
; CHECK-NEXT: call void @sink(ptr %holder)
; CHECK-NEXT: call void @free(ptr %p)
; CHECK-NOT: .h2s
; REMARK: remark: <unknown>:0:0: escapes: stored in local 'holder', whose contents are passed to 'sink' at 'call void @sink(ptr %holder)'
define void @via_local() {
  %holder = alloca ptr, align 8
  %p = call ptr @malloc(i64 8)
  store ptr %p, ptr %holder, align 8
  call void @sink(ptr %holder)
  call void @free(ptr %p)
  ret void
}
