; A pointer passed to an indirect call escapes: no summary for an unknown
; callee.  The function pointer itself is only called, not passed or
; stored: 'fn does not escape' (Go says the same of a called func value).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
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

; CHECK-LABEL: define {{.*}}@indirect_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: fn does not escape
; REMARK-NEXT: remark: <unknown>:0:0: escapes: passed to an indirect call at 'call void %f(ptr %l)'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to '?' (call parameter) at 'call void %f(ptr %l)'
; FINAL: remark: <unknown>:0:0: escapes: passed to an indirect call at 'call void %f(ptr %l)'
define void @indirect_o0_escapes(ptr %fn) {
  %fn.addr = alloca ptr, align 8
  %p.addr = alloca ptr, align 8
  store ptr %fn, ptr %fn.addr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %f = load ptr, ptr %fn.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  call void %f(ptr %l)
  %l2 = load ptr, ptr %p.addr, align 8
  call void @free(ptr %l2)
  ret void
}

; CHECK-LABEL: define {{.*}}@indirect_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: fn does not escape
; REMARK-NEXT: remark: <unknown>:0:0: escapes: passed to an indirect call at 'call void %fn(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to '?' (call parameter) at 'call void %fn(ptr %p)'
; FINAL: remark: <unknown>:0:0: escapes: passed to an indirect call at 'call void %fn(ptr %p)'
define void @indirect_ssa_escapes(ptr %fn) {
  %p = call ptr @malloc(i64 4)
  call void %fn(ptr %p)
  call void @free(ptr %p)
  ret void
}
