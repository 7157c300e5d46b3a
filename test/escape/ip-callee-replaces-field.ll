; A callee stores a NEW allocation into the caller's structure; the caller
; then frees what the field holds.  That free is not a free of the
; original allocation only (the field may hold the callee's object): the
; original must not be moved on the strength of it (AmbiguousFree).  When
; the caller frees the original by its own pointer and the field's new
; object separately, the original moves.  Without caller frames, the
; callee's object is opaque to the caller:
; RUN: %opt -passes='heap2stack<no-caller-frames>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.yaml -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt -passes='heap2stack<no-caller-frames>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=FINAL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
;
; With caller frames (the default), `replace` is a filler: its object is an
; allocation site of each caller, stored into %s.  The free of what %s holds
; may free either object; both move as static slots, so it is removed once
; (a shared free), and the callee's copy takes the second slot.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.cf.ll 2>%t.cf.err
; RUN: FileCheck %s --check-prefix=CF < %t.cf.ll
; RUN: FileCheck %s --check-prefix=CF-REMARK < %t.cf.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.cf.ll
; CF-LABEL: define {{.*}}@free_field_after_replace(
; CF: %h2s = alloca [4 x i8]
; CF: %orig.h2s = alloca [4 x i8]
; CF: store ptr %orig.h2s, ptr %s
; CF: call void @replace.h2s(ptr %s, ptr %h2s)
; CF-NOT: @free(
; CF: ret void
; CF-LABEL: define {{.*}}@replace.h2s(ptr %s, ptr
; CF-NEXT: store ptr %{{.*}}, ptr %s
; CF-NEXT: ret void
; CF-REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; CF-REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte object made by 'replace' (align 16)
; CF-REMARK-NEXT: remark: <unknown>:0:0: stored through parameter 1 for the caller: moved to the caller's frame in 'free_field_after_replace' (which calls the copy 'replace.h2s', which uses its storage)
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)

; YAML: Name: ParamSummary
; YAML-NEXT: Function: replace
; YAML: Name: Escapes
; YAML-NEXT: Function: replace
; YAML: Name: AmbiguousFree
; YAML-NEXT: Function: free_field_after_replace
; YAML: Name: Moved
; YAML-NEXT: Function: free_both_separately
; REMARK: remark: <unknown>:0:0: s does not escape
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored through parameter 's' at 'store ptr %n, ptr %s, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 's' (store to memory the function does not own) at 'store ptr %n, ptr %s, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free') at 'call void @free(ptr %cur)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%orig = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: escapes: stored through parameter 's' at 'store ptr %n, ptr %s, align 8'
; FINAL: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free') at 'call void @free(ptr %cur)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)

; CHECK-LABEL: define {{.*}}@replace(
; CHECK-NOT: .h2s
; CHECK: %n = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define internal void @replace(ptr %s) noinline {
  %n = call ptr @malloc(i64 4)
  store ptr %n, ptr %s, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@free_field_after_replace(
; CHECK-NOT: .h2s
; CHECK: %orig = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
define void @free_field_after_replace() {
  %s = alloca ptr, align 8
  %orig = call ptr @malloc(i64 4)
  store ptr %orig, ptr %s, align 8
  call void @replace(ptr %s)
  %cur = load ptr, ptr %s, align 8
  call void @free(ptr %cur)
  ret void
}

; CHECK-LABEL: define {{.*}}@free_both_separately(
; CHECK: %orig.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK: ret
define void @free_both_separately() {
  %s = alloca ptr, align 8
  %orig = call ptr @malloc(i64 4)
  store ptr %orig, ptr %s, align 8
  call void @replace(ptr %s)
  %cur = load ptr, ptr %s, align 8
  store i32 1, ptr %cur, align 4
  call void @free(ptr %orig)
  ret void
}
