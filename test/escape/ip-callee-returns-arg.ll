; A callee returning its argument: 'leaking param: p to result ~r0
; level=0'.  The caller then follows the result as the same object:
;  - only loaded through, with the original pointer freed: moves;
;  - returned by the caller: escapes, the flow goes through the call result;
;  - freed through the RESULT: the result may be a different object as far
;    as the summary tells (level=0 says 'p may come back', not 'only p comes
;    back'), so the free may not be exactly this allocation: it stays on the
;    heap (AmbiguousFree), which is safe.
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
; YAML-NEXT: Function: ident
; YAML: Name: Moved
; YAML-NEXT: Function: load_through_result
; YAML: Name: Escapes
; YAML-NEXT: Function: return_result
; YAML: Name: Escapes
; YAML-NEXT: Function: result_stored_to_global
; YAML: Name: AmbiguousFree
; YAML-NEXT: Function: free_through_result
; REMARK: remark: <unknown>:0:0: leaking param: p to result ~r0 level=0
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: returned at 'ret ptr %q'
; REMARK-NEXT: remark: <unknown>:0:0: flow: ~r0 = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'ident' (call result) at '%q = call ptr @ident(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0:   from return (return) at 'ret ptr %q'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'ident' (call result) at '%q = call ptr @ident(ptr %p)'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free') at 'call void @free(ptr %q)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: escapes: returned at 'ret ptr %q'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free') at 'call void @free(ptr %q)'

define internal ptr @ident(ptr %p) noinline {
  ret ptr %p
}

; CHECK-LABEL: define {{.*}}@load_through_result(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define i32 @load_through_result() {
  %p = call ptr @malloc(i64 4)
  store i32 1, ptr %p, align 4
  %q = call ptr @ident(ptr %p)
  %v = load i32, ptr %q, align 4
  call void @free(ptr %p)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@return_result(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define ptr @return_result() {
  %p = call ptr @malloc(i64 4)
  %q = call ptr @ident(ptr %p)
  ret ptr %q
}

; CHECK-LABEL: define {{.*}}@result_stored_to_global(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @result_stored_to_global() {
  %p = call ptr @malloc(i64 4)
  %q = call ptr @ident(ptr %p)
  store ptr %q, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@free_through_result(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define i32 @free_through_result() {
  %p = call ptr @malloc(i64 4)
  store i32 1, ptr %p, align 4
  %q = call ptr @ident(ptr %p)
  %v = load i32, ptr %q, align 4
  call void @free(ptr %q)
  ret i32 %v
}
