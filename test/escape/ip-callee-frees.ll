; (Without caller frames, whose destroyers would move the first: caller-frames.c.)
; A callee that frees its parameter: 'freed param: p: frees it', and the
; caller's allocation stays ('freed by a callee').  A callee that frees the
; CONTENT of its parameter (free(*pp)): the inner allocation must stay on
; the heap (the callee frees it); the box itself is only read by the callee
; and freed by the caller, so it moves.
; RUN: %opt -passes='heap2stack<no-caller-frames>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.yaml -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes='heap2stack<no-caller-frames>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
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
; YAML-NEXT: Function: release
; YAML: Name: FreedByCallee
; YAML-NEXT: Function: call_release
; YAML: Name: ParamSummary
; YAML-NEXT: Function: free_content
; YAML: Name: Moved
; YAML-NEXT: Function: call_free_content
; YAML: Name: Escapes
; YAML-NEXT: Function: call_free_content
; REMARK: remark: <unknown>:0:0: freed param: p: frees it
; REMARK-NEXT: remark: <unknown>:0:0: freed by a callee: passed to 'release' at 'call void @release(ptr %p)', which frees it
; REMARK-NEXT: remark: <unknown>:0:0: leaking param content: pp: frees what it points to
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 8-byte malloc at '%box = call ptr @malloc(i64 8)'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored in memory allocated at '%box = call ptr @malloc(i64 8)', whose contents are passed to 'free_content' at 'call void @free_content(ptr %box)', which frees what it points to
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'box' (store) at 'store ptr %inner, ptr %box, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'free_content' (load) at 'call void @free_content(ptr %box)'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'free_content' (call parameter) at 'call void @free_content(ptr %box)'
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored in local 'slot', whose contents are passed to 'free_content' at 'call void @free_content(ptr %slot)', which frees what it points to
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'slot' (store) at 'store ptr %inner, ptr %slot, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'free_content' (load) at 'call void @free_content(ptr %slot)'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'free_content' (call parameter) at 'call void @free_content(ptr %slot)'
; FINAL: remark: <unknown>:0:0: freed by a callee: passed to 'release' at 'call void @release(ptr %p)', which frees it
; FINAL: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: escapes: stored in memory allocated at '%box = call ptr @malloc(i64 8)', whose contents are passed to 'free_content' at 'call void @free_content(ptr %box)', which frees what it points to
; FINAL: remark: <unknown>:0:0: escapes: stored in local 'slot', whose contents are passed to 'free_content' at 'call void @free_content(ptr %slot)', which frees what it points to

define internal void @release(ptr %p) noinline {
  call void @free(ptr %p)
  ret void
}

define internal void @free_content(ptr %pp) noinline {
  %inner = load ptr, ptr %pp, align 8
  call void @free(ptr %inner)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_release(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @call_release() {
  %p = call ptr @malloc(i64 4)
  store i32 1, ptr %p, align 4
  call void @release(ptr %p)
  ret void
}

; CHECK-LABEL: define {{.*}}@call_free_content(
; CHECK: %box.h2s = alloca [8 x i8], align 16
; CHECK: %inner = call ptr @malloc(i64 4)
; CHECK: ret
define void @call_free_content() {
  %box = call ptr @malloc(i64 8)
  %inner = call ptr @malloc(i64 4)
  store ptr %inner, ptr %box, align 8
  call void @free_content(ptr %box)
  call void @free(ptr %box)
  ret void
}

; The same at -O0: the inner pointer kept in a local slot whose address is passed.
; CHECK-LABEL: define {{.*}}@call_free_content_o0(
; CHECK-NOT: .h2s
; CHECK: %inner = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @call_free_content_o0() {
  %slot = alloca ptr, align 8
  %inner = call ptr @malloc(i64 4)
  store ptr %inner, ptr %slot, align 8
  call void @free_content(ptr %slot)
  ret void
}
