; A linkonce or weak callee may be replaced at link time by a different
; body: its summary must not be trusted, the pointer escapes.  An external
; (strong) or linkonce_odr definition (any replacement is equivalent) is
; trusted, as the inliner would.
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

; YAML: Name: Escapes
; YAML-NEXT: Function: call_linkonce
; YAML: Name: Escapes
; YAML-NEXT: Function: call_weak
; YAML: Name: ParamSummary
; YAML-NEXT: Function: odr_reader
; YAML: Name: Moved
; YAML-NEXT: Function: call_linkonce_odr
; YAML: Name: ParamSummary
; YAML-NEXT: Function: strong_reader
; YAML: Name: Moved
; YAML-NEXT: Function: call_strong
; REMARK: remark: <unknown>:0:0: escapes: passed to 'lo_reader' at 'call void @lo_reader(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'lo_reader' (call parameter) at 'call void @lo_reader(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: passed to 'weak_reader' at 'call void @weak_reader(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'weak_reader' (call parameter) at 'call void @weak_reader(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: p does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; REMARK-NEXT: remark: <unknown>:0:0: p does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: escapes: passed to 'lo_reader' at 'call void @lo_reader(ptr %p)'
; FINAL: remark: <unknown>:0:0: escapes: passed to 'weak_reader' at 'call void @weak_reader(ptr %p)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)

define linkonce void @lo_reader(ptr %p) noinline {
  %v = load volatile i32, ptr %p, align 4
  ret void
}

define weak void @weak_reader(ptr %p) noinline {
  %v = load volatile i32, ptr %p, align 4
  ret void
}

define linkonce_odr void @odr_reader(ptr %p) noinline {
  %v = load volatile i32, ptr %p, align 4
  ret void
}

define void @strong_reader(ptr %p) noinline {
  %v = load volatile i32, ptr %p, align 4
  ret void
}

; CHECK-LABEL: define {{.*}}@call_linkonce(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @call_linkonce() {
  %p = call ptr @malloc(i64 4)
  call void @lo_reader(ptr %p)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_weak(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @call_weak() {
  %p = call ptr @malloc(i64 4)
  call void @weak_reader(ptr %p)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_linkonce_odr(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define void @call_linkonce_odr() {
  %p = call ptr @malloc(i64 4)
  call void @odr_reader(ptr %p)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_strong(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define void @call_strong() {
  %p = call ptr @malloc(i64 4)
  call void @strong_reader(ptr %p)
  call void @free(ptr %p)
  ret void
}
