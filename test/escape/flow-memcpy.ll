; memcpy/memmove of pointer-holding memory (a struct copy) carries the
; pointers along: content flows to content.  Copied between local objects
; (allocas or other moved mallocs) the object moves; copied out and
; published, or copied into the caller's memory, it escapes.
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
%struct.Box = type { ptr, i64 }

; CHECK-LABEL: define {{.*}}@memcpy_o0_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @memcpy_o0_moves() {
  %a = alloca %struct.Box, align 8
  %b = alloca %struct.Box, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %b, ptr align 8 %a, i64 16, i1 false)
  %l = load ptr, ptr %b, align 8
  store i32 1, ptr %l, align 4
  %l2 = load ptr, ptr %a, align 8
  %v = load i32, ptr %l2, align 4
  %l3 = load ptr, ptr %b, align 8
  call void @free(ptr %l3)
  ret i32 %v
}

; The struct copy into a second malloc'd box (memmove): both stay local.
; CHECK-LABEL: define {{.*}}@memmove_ssa_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK: %b.h2s = alloca [16 x i8], align 16
; CHECK: %a.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%a = call ptr @malloc(i64 16)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 16-byte malloc at '%b = call ptr @malloc(i64 16)'
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @memmove_ssa_moves() {
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 16)
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %a, align 8
  call void @llvm.memmove.p0.p0.i64(ptr align 8 %b, ptr align 8 %a, i64 16, i1 false)
  %l = load ptr, ptr %b, align 8
  store i32 1, ptr %l, align 4
  %v = load i32, ptr %p, align 4
  call void @free(ptr %l)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@memcpy_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %l, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'a' (store) at 'store ptr %p, ptr %a, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'llvm.memcpy.p0.p0.i64' (load) at 'call void @llvm.memcpy.p0.p0.i64(ptr align 8 %b, ptr align 8 %a, i64 16, i1 false)'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'llvm.memcpy.p0.p0.i64' (store) at 'call void @llvm.memcpy.p0.p0.i64(ptr align 8 %b, ptr align 8 %a, i64 16, i1 false)'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'b' (load) at '%l = load ptr, ptr %b, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %l, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %l, ptr @g, align 8'
define void @memcpy_o0_escapes() {
  %a = alloca %struct.Box, align 8
  %b = alloca %struct.Box, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %b, ptr align 8 %a, i64 16, i1 false)
  %l = load ptr, ptr %b, align 8
  store ptr %l, ptr @g, align 8
  ret void
}

; Copied straight into memory the function does not own.
; CHECK-LABEL: define {{.*}}@memcpy_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: out does not escape
; REMARK-NEXT: remark: <unknown>:0:0: escapes: stored to memory the function does not own at 'call void @llvm.memcpy.p0.p0.i64(ptr align 8 %out, ptr align 8 %a, i64 16, i1 false)'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'a' (store) at 'store ptr %p, ptr %a, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'llvm.memcpy.p0.p0.i64' (load) at 'call void @llvm.memcpy.p0.p0.i64(ptr align 8 %out, ptr align 8 %a, i64 16, i1 false)'
; REMARK-NEXT: remark: <unknown>:0:0:   from call to 'llvm.memcpy.p0.p0.i64' (store to memory the function does not own) at 'call void @llvm.memcpy.p0.p0.i64(ptr align 8 %out, ptr align 8 %a, i64 16, i1 false)'
; FINAL: remark: <unknown>:0:0: escapes: stored to memory the function does not own at 'call void @llvm.memcpy.p0.p0.i64(ptr align 8 %out, ptr align 8 %a, i64 16, i1 false)'
define void @memcpy_ssa_escapes(ptr %out) {
  %a = alloca %struct.Box, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %a, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %out, ptr align 8 %a, i64 16, i1 false)
  ret void
}
