; The integer lattice of pass/integer_flow.c, one rule per function.  Each
; "stays" function would leak if the rule were wrong; each "escapes" one
; would move.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global i64 0
@p = global ptr null

declare ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr) allockind("free") "alloc-family"="malloc"
declare void @use(i64) nocallback

; Stays: trunc to i8 is page bits, which may decide a branch.
; CHECK-LABEL: define void @trunc_low_branch(
; CHECK-NOT: @malloc(
define void @trunc_low_branch() {
  %b = call ptr @malloc(i64 16)
  %i = ptrtoint ptr %b to i64
  %t = trunc i64 %i to i8
  %c = icmp eq i8 %t, 0
  br i1 %c, label %yes, label %no
yes:
  store i64 1, ptr @g
  br label %no
no:
  call void @free(ptr %b)
  ret void
}

; Escapes: a mask above bit 11 keeps high bits, and they decide a branch.
; CHECK-LABEL: define void @high_mask_branch(
; CHECK: call ptr @malloc(i64 24)
define void @high_mask_branch() {
  %b = call ptr @malloc(i64 24)
  %i = ptrtoint ptr %b to i64
  %m = and i64 %i, 4096
  %c = icmp eq i64 %m, 0
  br i1 %c, label %yes, label %no
yes:
  store i64 1, ptr @g
  br label %no
no:
  call void @free(ptr %b)
  ret void
}

; Escapes: a right shift brings high bits down before the mask.
; CHECK-LABEL: define void @shift_then_mask(
; CHECK: call ptr @malloc(i64 32)
define void @shift_then_mask(i64 %k) {
  %b = call ptr @malloc(i64 32)
  %i = ptrtoint ptr %b to i64
  %s = lshr i64 %i, %k
  %m = and i64 %s, 1
  %c = icmp eq i64 %m, 0
  br i1 %c, label %yes, label %no
yes:
  store i64 1, ptr @g
  br label %no
no:
  call void @free(ptr %b)
  ret void
}

; Escapes: page bits may not index memory.
; CHECK-LABEL: define i8 @low_gep_index(
; CHECK: call ptr @malloc(i64 40)
define i8 @low_gep_index(ptr %table) {
  %b = call ptr @malloc(i64 40)
  %i = ptrtoint ptr %b to i64
  %m = and i64 %i, 63
  %q = getelementptr i8, ptr %table, i64 %m
  %v = load i8, ptr %q
  call void @free(ptr %b)
  ret i8 %v
}

; Escapes: page bits choosing a value that is stored.
; CHECK-LABEL: define void @low_select_stored(
; CHECK: call ptr @malloc(i64 48)
define void @low_select_stored() {
  %b = call ptr @malloc(i64 48)
  %i = ptrtoint ptr %b to i64
  %m = urem i64 %i, 64
  %c = icmp ult i64 %m, 32
  %v = select i1 %c, i64 1, i64 0
  store i64 %v, ptr @g
  call void @free(ptr %b)
  ret void
}

; Escapes: a remainder by a number that is not a power of two is FULL.
; CHECK-LABEL: define void @odd_remainder_branch(
; CHECK: call ptr @malloc(i64 56)
define void @odd_remainder_branch() {
  %b = call ptr @malloc(i64 56)
  %i = ptrtoint ptr %b to i64
  %m = urem i64 %i, 1000003
  %c = icmp ult i64 %m, 500000
  br i1 %c, label %yes, label %no
yes:
  store i64 1, ptr @g
  br label %no
no:
  call void @free(ptr %b)
  ret void
}

; Stays: the difference of two pointers into one object, passed to a call.
; CHECK-LABEL: define void @offset_to_call(
; CHECK-NOT: @malloc(
define void @offset_to_call(i64 %k) {
  %b = call ptr @malloc(i64 64)
  %e = getelementptr i8, ptr %b, i64 %k
  %x = ptrtoint ptr %e to i64
  %y = ptrtoint ptr %b to i64
  %d = sub i64 %x, %y
  call void @use(i64 %d)
  call void @free(ptr %b)
  ret void
}

; Escapes: one of the two pointers may point to another object.
; CHECK-LABEL: define void @offset_two_objects(
; CHECK: call ptr @malloc(i64 72)
define void @offset_two_objects(i1 %which, ptr %other) {
  %b = call ptr @malloc(i64 72)
  %e = select i1 %which, ptr %b, ptr %other
  %x = ptrtoint ptr %e to i64
  %y = ptrtoint ptr %b to i64
  %d = sub i64 %x, %y
  call void @use(i64 %d)
  call void @free(ptr %b)
  ret void
}

; Stays: pointers into one object compared for order.
; CHECK-LABEL: define i64 @order_one_object(
; CHECK-NOT: @malloc(
define i64 @order_one_object(i64 %k) {
  %b = call ptr @malloc(i64 80)
  %e = getelementptr i8, ptr %b, i64 %k
  %c = icmp ult ptr %e, %b
  %r = select i1 %c, i64 1, i64 2
  call void @free(ptr %b)
  ret i64 %r
}

; Escapes: compared for order with a guess.
; CHECK-LABEL: define i64 @order_against_guess(
; CHECK: call ptr @malloc(i64 88)
define i64 @order_against_guess(i64 %guess) {
  %b = call ptr @malloc(i64 88)
  %q = inttoptr i64 %guess to ptr
  %c = icmp ult ptr %b, %q
  %r = select i1 %c, i64 1, i64 2
  call void @free(ptr %b)
  ret i64 %r
}

; Stays, beside a pair that fails: only the failing pair's pointers escape
; (a pair is checked against the graph solved with every escape).
; CHECK-LABEL: define void @offset_pairs_mixed(
; CHECK: call ptr @malloc(i64 96)
; CHECK-NOT: @malloc(
; CHECK: ret void
define void @offset_pairs_mixed(i1 %which, ptr %other, i64 %k) {
  %a = call ptr @malloc(i64 96)
  %e = select i1 %which, ptr %a, ptr %other
  %x = ptrtoint ptr %e to i64
  %y = ptrtoint ptr %a to i64
  %d = sub i64 %x, %y
  call void @use(i64 %d)
  %b = call ptr @malloc(i64 104)
  %f = getelementptr i8, ptr %b, i64 %k
  %u = ptrtoint ptr %f to i64
  %v = ptrtoint ptr %b to i64
  %d2 = sub i64 %u, %v
  call void @use(i64 %d2)
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}

; Escapes, both: the pair (%e, %h) fails, so %h escapes, and %s with it
; (it is stored there); the pair (%q, %s), which held before, fails when
; checked again: unknown code may have replaced the pointer %q loads.
; CHECK-LABEL: define void @offset_pair_fails_later(
; CHECK: call ptr @malloc(i64 112)
; CHECK: call ptr @malloc(i64 120)
define void @offset_pair_fails_later(i1 %which, ptr %other) {
  %s = call ptr @malloc(i64 112)
  %h = call ptr @malloc(i64 120)
  store ptr %s, ptr %h
  %q = load ptr, ptr %h
  %x = ptrtoint ptr %q to i64
  %y = ptrtoint ptr %s to i64
  %d = sub i64 %x, %y
  call void @use(i64 %d)
  %e = select i1 %which, ptr %h, ptr %other
  %u = ptrtoint ptr %e to i64
  %v = ptrtoint ptr %h to i64
  %d2 = sub i64 %u, %v
  call void @use(i64 %d2)
  call void @free(ptr %s)
  call void @free(ptr %h)
  ret void
}

; Stays: a pointer aligned down to 16 bytes (llvm.ptrmask with a mask that
; clears page bits only) is at most 15 bytes below p: p minus it is page
; bits (integers-ptrmask-pair.ll has the masks that clear more).
; CHECK-LABEL: define void @aligned_down_distance(
; CHECK-NOT: @malloc(
; CHECK: ret void
define void @aligned_down_distance() {
  %b = call ptr @malloc(i64 128)
  %p = call ptr @llvm.ptrmask.p0.i64(ptr %b, i64 -16)
  %x = ptrtoint ptr %b to i64
  %y = ptrtoint ptr %p to i64
  %d = sub i64 %x, %y
  store i64 %d, ptr @g
  call void @free(ptr %b)
  ret void
}
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)

; Escapes: strchr may return null, and b - null is b's address: a pair
; with a call's result never holds (the result may be any pointer).
; CHECK-LABEL: define void @pair_with_strchr(
; CHECK: call ptr @malloc(i64 136)
define void @pair_with_strchr(i32 %c) {
  %b = call ptr @malloc(i64 136)
  store i8 0, ptr %b
  %e = call ptr @strchr(ptr %b, i32 %c)
  %x = ptrtoint ptr %b to i64
  %y = ptrtoint ptr %e to i64
  %d = sub i64 %x, %y
  store i64 %d, ptr @g
  call void @free(ptr %b)
  ret void
}
declare ptr @strchr(ptr, i32)

; Escapes: the same with a callee that returns its argument or null.
; CHECK-LABEL: define void @pair_with_maybe_null(
; CHECK: call ptr @malloc(i64 144)
define void @pair_with_maybe_null(i1 %c) {
  %b = call ptr @malloc(i64 144)
  store i8 0, ptr %b
  %e = call ptr @arg_or_null(ptr %b, i1 %c)
  %x = ptrtoint ptr %b to i64
  %y = ptrtoint ptr %e to i64
  %d = sub i64 %x, %y
  store i64 %d, ptr @g
  call void @free(ptr %b)
  ret void
}
define internal ptr @arg_or_null(ptr %p, i1 %c) noinline {
  %r = select i1 %c, ptr %p, ptr null
  ret ptr %r
}

; REMARK-DAG: moved to stack: 16-byte malloc
; REMARK-DAG: moved to stack: 64-byte malloc
; REMARK-DAG: moved to stack: 80-byte malloc
; REMARK-DAG: moved to stack: 104-byte malloc
; REMARK-DAG: moved to stack: 128-byte malloc
; REMARK-DAG: escapes: converted to an integer at '%i = ptrtoint ptr %b to i64'
; REMARK-DAG: escapes: its address is compared for order with another object's at '%c = icmp ult ptr %b, %q'
; REMARK-NOT: moved to stack: {{24|32|40|48|56|72|88|96|112|120|136|144}}-byte
