; A defined callee that only reads through its parameter: 'p does not
; escape' in its summary, and the caller's allocation moves.  The same
; callee reached through a second defined function that only passes the
; pointer on is summarised bottom-up too.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.yaml -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=FINAL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)

; YAML: Name: ParamSummary
; YAML-NEXT: Function: reader
; YAML: Name: Moved
; YAML-NEXT: Function: call_reader
; YAML: Name: ParamSummary
; YAML-NEXT: Function: forwarder
; YAML: Name: Moved
; YAML-NEXT: Function: call_forwarder
; REMARK: remark: <unknown>:0:0: p does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; REMARK-NEXT: remark: <unknown>:0:0: q does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)

define internal i32 @reader(ptr %p) noinline {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

define internal i32 @forwarder(ptr %q) noinline {
  %v = call i32 @reader(ptr %q)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@call_reader(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define i32 @call_reader() {
  %p = call ptr @malloc(i64 4)
  store i32 1, ptr %p, align 4
  %v = call i32 @reader(ptr %p)
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@call_forwarder(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define i32 @call_forwarder() {
  %p = call ptr @malloc(i64 4)
  store i32 2, ptr %p, align 4
  %v = call i32 @forwarder(ptr %p)
  call void @free(ptr %p)
  ret i32 %v
}
