; A callee storing its parameter to a global: 'leaking param: p: stores it
; to global', and the caller's Escapes remark names the callee's reason.
; Through TWO calls (via_two -> fwd -> store_g) the pointer still reaches
; the global: fwd's summary leaks too.
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
; YAML-NEXT: Function: store_g
; YAML: Name: Escapes
; YAML-NEXT: Function: via_one
; YAML: Name: ParamSummary
; YAML-NEXT: Function: fwd
; YAML: Name: Escapes
; YAML-NEXT: Function: via_two
; REMARK: remark: <unknown>:0:0: leaking param: p: stores it to global 'g'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: passed to 'store_g' at 'call void @store_g(ptr %p)', which stores it to global 'g'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'store_g' (call parameter) at 'call void @store_g(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: leaking param: q: passes it to 'store_g'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: passed to 'fwd' at 'call void @fwd(ptr %p)', which passes it to 'store_g'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'fwd' (call parameter) at 'call void @fwd(ptr %p)'
; FINAL: remark: <unknown>:0:0: escapes: passed to 'store_g' at 'call void @store_g(ptr %p)', which stores it to global 'g'
; FINAL: remark: <unknown>:0:0: escapes: passed to 'fwd' at 'call void @fwd(ptr %p)', which passes it to 'store_g'

define internal void @store_g(ptr %p) noinline {
  store ptr %p, ptr @g, align 8
  ret void
}

define internal void @fwd(ptr %q) noinline {
  call void @store_g(ptr %q)
  ret void
}

; CHECK-LABEL: define {{.*}}@via_one(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @via_one() {
  %p = call ptr @malloc(i64 4)
  call void @store_g(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@via_two(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @via_two() {
  %p = call ptr @malloc(i64 4)
  call void @fwd(ptr %p)
  ret void
}
