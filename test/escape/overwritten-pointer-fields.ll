; A pointer field written over, and a declaration that returns what its
; argument points to (issue: trust, class 2).  A free ends an object's life
; only where the freed pointer can only be that object:
;   - @union_int: an integer stored over the pointer member of a union; the
;     free then frees whatever that integer addresses, so it must stay and
;     the buffer with it (AmbiguousFree);
;   - @holder_null: the buffer moved out of a holder, whose field is then
;     reset to null; free(holder.buf) is free(NULL), not the end of the
;     buffer, which is still used: the buffer may move, the free goes, but
;     no lifetime.end may be placed there;
;   - @holder_int_field: an integer stored into another field (offset 8)
;     does not touch the pointer (offset 0): the free ends the buffer;
;   - @weak_returns_content: a weak function declared nocapture readonly may
;     return the pointer it loads through its argument; the result is stored
;     to a global, so the buffer escapes.
;
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes='cgscc(heap2stack)' -S %s -o - | FileCheck %s
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr nocapture readonly) nofree nocallback

; REMARK: remark: <unknown>:0:0: freed through a pointer that may not be exactly this allocation ('free')
; CHECK-LABEL: define void @union_int(
; CHECK-NOT: .h2s
; CHECK: call void @free(
define void @union_int(ptr %other) {
  %u = alloca ptr, align 8
  %a = call ptr @malloc(i64 16)
  store ptr %a, ptr %u, align 8
  %i = ptrtoint ptr %other to i64
  store i64 %i, ptr %u, align 8
  %p = load ptr, ptr %u, align 8
  call void @free(ptr %p)
  ret void
}

; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc
; CHECK-LABEL: define void @holder_null(
; CHECK: %a.h2s = alloca [16 x i8]
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK-NOT: @llvm.lifetime.end
; CHECK: call void @use(ptr %q)
; CHECK: ret void
define void @holder_null() {
  %h = alloca { ptr, i64 }, align 8
  %a = call ptr @malloc(i64 16)
  store ptr %a, ptr %h, align 8
  %q = load ptr, ptr %h, align 8
  store ptr null, ptr %h, align 8
  %p = load ptr, ptr %h, align 8
  call void @free(ptr %p)
  call void @use(ptr %q)
  ret void
}

; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc
; CHECK-LABEL: define void @holder_int_field(
; CHECK: %a.h2s = alloca [16 x i8]
; CHECK-NOT: @free(
; CHECK: call void @llvm.lifetime.end
; CHECK: ret void
define void @holder_int_field(i64 %n) {
  %h = alloca { ptr, i64 }, align 8
  %a = call ptr @malloc(i64 16)
  store ptr %a, ptr %h, align 8
  %len = getelementptr inbounds { ptr, i64 }, ptr %h, i64 0, i32 1
  store i64 %n, ptr %len, align 8
  %p = load ptr, ptr %h, align 8
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

define weak ptr @get(ptr nocapture readonly %pp) memory(read) {
  %v = load ptr, ptr %pp, align 8
  ret ptr %v
}

; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %r, ptr @g, align 8'
; CHECK-LABEL: define void @weak_returns_content(
; CHECK-NOT: .h2s
; CHECK: call ptr @malloc(i64 16)
define void @weak_returns_content() {
  %slot = alloca ptr, align 8
  %a = call ptr @malloc(i64 16)
  store ptr %a, ptr %slot, align 8
  %r = call ptr @get(ptr %slot)
  store ptr %r, ptr @g, align 8
  ret void
}
