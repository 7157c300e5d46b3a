; Declarations are judged by their attributes alone:
;  - nocapture without nofree: the callee may still free the object
;    ('freed by a callee'; not capturing is not not-freeing);
;  - nocapture nofree + memory(argmem: read): moves;
;  - nocapture + memory(argmem: read) alone (a function that writes no
;    memory frees nothing): moves;
;  - no attributes: escapes.
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
declare void @nocap(ptr nocapture)
declare void @nocap_nofree(ptr nocapture nofree) memory(argmem: read)
declare void @nocap_readonly(ptr nocapture) memory(argmem: read)
declare void @unknown(ptr)

; YAML: Name: FreedByCallee
; YAML-NEXT: Function: call_nocap
; YAML: Name: Moved
; YAML-NEXT: Function: call_nocap_nofree
; YAML: Name: Moved
; YAML-NEXT: Function: call_nocap_readonly
; YAML: Name: Escapes
; YAML-NEXT: Function: call_unknown
; REMARK: remark: <unknown>:0:0: freed by a callee: passed to 'nocap' at 'call void @nocap(ptr %p)', which may free it (it is not nofree)
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: passed to 'unknown' at 'call void @unknown(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'unknown' (call parameter) at 'call void @unknown(ptr %p)'
; FINAL: remark: <unknown>:0:0: freed by a callee: passed to 'nocap' at 'call void @nocap(ptr %p)', which may free it (it is not nofree)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: escapes: passed to 'unknown' at 'call void @unknown(ptr %p)'

; CHECK-LABEL: define {{.*}}@call_nocap(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @call_nocap() {
  %p = call ptr @malloc(i64 4)
  call void @nocap(ptr %p)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_nocap_nofree(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define void @call_nocap_nofree() {
  %p = call ptr @malloc(i64 4)
  call void @nocap_nofree(ptr %p)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_nocap_readonly(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define void @call_nocap_readonly() {
  %p = call ptr @malloc(i64 4)
  call void @nocap_readonly(ptr %p)
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_unknown(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @call_unknown() {
  %p = call ptr @malloc(i64 4)
  call void @unknown(ptr %p)
  call void @free(ptr %p)
  ret void
}
