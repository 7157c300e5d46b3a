; ptrtoint is an escape: the address leaves as an integer and can no longer
; be followed.  A pointer comparison is not, unless the other pointer may be
; a guess made from an integer.
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

; CHECK-LABEL: define {{.*}}@p2i_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: converted to an integer at '%i = ptrtoint ptr %l to i64'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'p.addr' (store) at 'store ptr %p, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'p.addr' (load) at '%l = load ptr, ptr %p.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from 'i' (ptrtoint) at '%i = ptrtoint ptr %l to i64'
; FINAL: remark: <unknown>:0:0: escapes: converted to an integer at '%i = ptrtoint ptr %l to i64'
define i64 @p2i_o0_escapes() {
  %p.addr = alloca ptr, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %i = ptrtoint ptr %l to i64
  %l2 = load ptr, ptr %p.addr, align 8
  call void @free(ptr %l2)
  ret i64 %i
}

; CHECK-LABEL: define {{.*}}@p2i_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: converted to an integer at '%i = ptrtoint ptr %f to i64'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'f' (assign) at '%f = getelementptr inbounds i8, ptr %p, i64 2'
; REMARK-NEXT: remark: <unknown>:0:0:   from 'i' (ptrtoint) at '%i = ptrtoint ptr %f to i64'
; FINAL: remark: <unknown>:0:0: escapes: converted to an integer at '%i = ptrtoint ptr %f to i64'
define i64 @p2i_ssa_escapes() {
  %p = call ptr @malloc(i64 4)
  %f = getelementptr inbounds i8, ptr %p, i64 2
  %i = ptrtoint ptr %f to i64
  call void @free(ptr %p)
  ret i64 %i
}

; A comparison with another object of the frame, or with null, is a safe
; use (no bit of the address leaves).
; CHECK-LABEL: define {{.*}}@compare_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: other does not escape
; REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i1 @compare_moves(ptr %other) {
  %local = alloca [4 x i8]
  %p = call ptr @malloc(i64 4)
  %c = icmp eq ptr %p, %local
  %n = icmp ne ptr %p, null
  %both = and i1 %c, %n
  call void @free(ptr %p)
  ret i1 %both
}

; p == other, where the caller may have made other from an integer: the
; result says whether p is at that address, and a loop of such guesses finds
; it (audit4, pointer-equality-search.c).
; CHECK-LABEL: define {{.*}}@compare_with_guess(
; CHECK: call ptr @malloc(i64 4)
; REMARK: remark: <unknown>:0:0: leaking param: other: compares its address for equality with a pointer that may have been made from an integer
; REMARK-NEXT: remark: <unknown>:0:0: escapes: its address is compared for equality with a pointer that may have been made from an integer at '%c = icmp eq ptr %other, %p'
; FINAL: remark: <unknown>:0:0: escapes: its address is compared for equality with a pointer that may have been made from an integer at '%c = icmp eq ptr %other, %p'
define i1 @compare_with_guess(ptr %other) {
  %p = call ptr @malloc(i64 4)
  %c = icmp eq ptr %other, %p
  call void @free(ptr %p)
  ret i1 %c
}
