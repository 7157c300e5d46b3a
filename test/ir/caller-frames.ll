; Makers through opt (pass/caller_frames.c): the module pass gives callers
; the storage and calls the maker's copy; the CGSCC form adds no functions
; and keeps the heap; heap2stack<no-caller-frames> too.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes=verify -disable-output %t.ll
; RUN: %opt -passes='cgscc(heap2stack)' -S %s -o - | FileCheck %s --check-prefix=OFF
; RUN: %opt -passes='heap2stack<no-caller-frames>' -S %s -o - | FileCheck %s --check-prefix=OFF
; OFF-NOT: .h2s(
; max-copy bounds the makers copied, in instructions: none here is that small.
; RUN: %opt -passes='heap2stack<max-copy=4>' -pass-remarks-missed=heap2stack -S %s -o - 2>%t.small \
; RUN:   | FileCheck %s --check-prefix=OFF
; RUN: FileCheck %s --check-prefix=SMALL < %t.small
; SMALL: remark: <unknown>:0:0: allocated by 'make_node', which returns a new allocation but cannot stand for it: it is larger than max-copy, the largest function heap2stack copies
; RUN: %opt -heap2stack-max-copy=0 -passes=heap2stack -S %s -o - | FileCheck %s --check-prefix=OFF
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare noalias ptr @calloc(i64, i64) allockind("alloc,zeroed") allocsize(0, 1) "alloc-family"="malloc"
declare void @free(ptr allocptr) allockind("free") "alloc-family"="malloc"
declare noalias nonnull ptr @_Znwm(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="_Znwm"
declare void @_ZdlPv(ptr) allockind("free") "alloc-family"="_Znwm"
declare i32 @__gxx_personality_v0(...)
declare void @init(ptr nocapture) nofree nocallback
@g = global ptr null

; Returns its object, or null through a select after freeing it.
; CHECK-LABEL: define ptr @make_checked(
; CHECK: call ptr @calloc(i64 4, i64 8)
define ptr @make_checked(i64 %v) {
entry:
  %p = call ptr @calloc(i64 4, i64 8)
  store i64 %v, ptr %p
  %bad = icmp slt i64 %v, 0
  br i1 %bad, label %fail, label %ok
fail:
  call void @free(ptr %p)
  br label %ok
ok:
  %r = select i1 %bad, ptr null, ptr %p
  ret ptr %r
}

; CHECK-LABEL: define i64 @use_checked(
; CHECK: %made.h2s = alloca [32 x i8], align 16
; CHECK: %made = call ptr @make_checked.h2s(i64 %v, ptr %made.h2s)
; CHECK-NOT: @free(
; CHECK: ret i64
define i64 @use_checked(i64 %v) {
entry:
  %made = call ptr @make_checked(i64 %v)
  %null = icmp eq ptr %made, null
  br i1 %null, label %out, label %use
use:
  %x = load i64, ptr %made
  call void @free(ptr %made)
  br label %out
out:
  %r = phi i64 [ -1, %entry ], [ %x, %use ]
  ret i64 %r
}
; REMARK: remark: <unknown>:0:0: moved to stack: 32-byte object made by 'make_checked' (align 16)

; new, then an invoke whose cleanup deletes the object.
define ptr @make_node(i64 %v) personality ptr @__gxx_personality_v0 {
entry:
  %p = call ptr @_Znwm(i64 16) #0
  invoke void @init(ptr %p)
          to label %done unwind label %lpad
done:
  ret ptr %p
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  call void @_ZdlPv(ptr %p) #0
  resume { ptr, i32 } %lp
}

; An invoke of the maker: the copy's invoke keeps both destinations.
; CHECK-LABEL: define i64 @use_node(
; CHECK: %n.h2s = alloca [16 x i8], align 16
; CHECK: %n = invoke ptr @make_node.h2s(i64 %v, ptr %n.h2s)
; CHECK-NEXT: to label %ok unwind label %lpad
; CHECK-NOT: @_ZdlPv(
; CHECK: {{^}}}
define i64 @use_node(i64 %v) personality ptr @__gxx_personality_v0 {
entry:
  %n = invoke ptr @make_node(i64 %v)
          to label %ok unwind label %lpad
ok:
  %x = load i64, ptr %n
  call void @_ZdlPv(ptr %n) #0
  ret i64 %x
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  ret i64 -1
}
; The call's argument attributes are part of the ABI (signext, byval) and
; go to the copy's call; the result's noalias and the call's memory effects
; do not (the result is the caller's slot, which the copy writes).
%struct.S = type { i64, i64, i64 }
define ptr @make_abi(i8 signext %c, ptr byval(%struct.S) align 8 %s) {
  %p = call ptr @malloc(i64 16)
  %v = load i64, ptr %s
  store i64 %v, ptr %p
  %q = getelementptr i8, ptr %p, i64 8
  store i8 %c, ptr %q
  ret ptr %p
}
; CHECK-LABEL: define i64 @use_abi(
; CHECK: %p = call ptr @make_abi.h2s(i8 signext %c, ptr byval(%struct.S) align 8 %s, ptr %p.h2s){{$}}
define i64 @use_abi(i8 %c, ptr %s) {
  %p = call noalias ptr @make_abi(i8 signext %c, ptr byval(%struct.S) align 8 %s) memory(inaccessiblemem: readwrite)
  %v = load i64, ptr %p
  call void @free(ptr %p)
  ret i64 %v
}

; Not a maker: its result is in another address space than the copy's
; storage parameter (the first version passed the slot, cast to the
; result's type, as that parameter: a broken module).
define ptr addrspace(1) @make_as1() {
  %p = call ptr @malloc(i64 8)
  %q = addrspacecast ptr %p to ptr addrspace(1)
  ret ptr addrspace(1) %q
}
; CHECK-LABEL: define i64 @use_as1(
; CHECK: call ptr addrspace(1) @make_as1()
define i64 @use_as1() {
  %q = call ptr addrspace(1) @make_as1()
  %p = addrspacecast ptr addrspace(1) %q to ptr
  store i64 1, ptr %p
  %v = load i64, ptr %p
  call void @free(ptr %p)
  ret i64 %v
}

; Not a maker: it also publishes the object.  The caller keeps the heap.
define ptr @make_published() {
  %p = call ptr @malloc(i64 8)
  store ptr %p, ptr @g
  ret ptr %p
}
; CHECK-LABEL: define void @use_published(
; CHECK: call ptr @make_published()
; CHECK: call void @free(
define void @use_published() {
  %p = call ptr @make_published()
  store i8 1, ptr %p
  store ptr null, ptr @g
  call void @free(ptr %p)
  ret void
}
; REMARK: allocated by 'make_published', which returns a new allocation but cannot stand for it: the object also leaves it another way

; The copies come last, in the order they were made.
; The copy: the caller's storage, zeroed as calloc would; no calloc, no free.
; CHECK-LABEL: define internal ptr @make_checked.h2s(i64 %v, ptr noundef nonnull %h2s.storage)
; CHECK: call void @llvm.memset.p0.i64(ptr align 1 %h2s.storage, i8 0, i64 32, i1 false)
; CHECK-NOT: @calloc(
; CHECK-NOT: @free(
; CHECK: select i1 %bad, ptr null, ptr %h2s.storage
; CHECK: {{^}}}

; The copy of make_node:
; CHECK-LABEL: define internal ptr @make_node.h2s(i64 %v, ptr noundef nonnull %h2s.storage)
; CHECK-NOT: @_Znwm(
; CHECK: invoke void @init(ptr %h2s.storage)
; CHECK-NOT: @_ZdlPv(
; CHECK: resume
; CHECK-NEXT: {{^}}}

attributes #0 = { builtin }
