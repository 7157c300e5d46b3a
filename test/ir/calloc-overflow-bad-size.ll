; calloc(n, m) whose product does not fit in 64 bits (calloc returns null
; there): the size is refused, not wrapped around to a small slot.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @calloc(i64, i64)
declare void @free(ptr)

; CHECK-LABEL: define void @overflow(
; CHECK-NEXT: %p = call ptr @calloc(i64 1099511627776, i64 1099511627776)
; CHECK-NEXT: call void @free(ptr %p)
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: size overflows: 1099511627776 * 1099511627776 bytes does not fit in 64 bits
define void @overflow() {
  %p = call ptr @calloc(i64 1099511627776, i64 1099511627776)
  call void @free(ptr %p)
  ret void
}

; 2^32 * 2^32 wraps to exactly 0 in 64 bits: still an overflow, not malloc(0).
; CHECK-LABEL: define void @wraps_to_zero(
; CHECK-NEXT: %p = call ptr @calloc(i64 4294967296, i64 4294967296)
; CHECK-NOT: alloca
; REMARK: remark: <unknown>:0:0: size overflows: 4294967296 * 4294967296 bytes does not fit in 64 bits
define void @wraps_to_zero() {
  %p = call ptr @calloc(i64 4294967296, i64 4294967296)
  call void @free(ptr %p)
  ret void
}
