; The analysis budgets are named options; past each, allocations stay on the
; heap with a remark that names it.
;   -heap2stack-analysis-budget: solver steps per instruction (0: none);
;   -heap2stack-cycle-rounds: rounds of a call cycle's summary fixed point
;     (0: every cycle gets the worst summary, so @caller's buffer passed
;     into the cycle escapes).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=DEFAULT
; RUN: %opt -passes=heap2stack -heap2stack-analysis-budget=0 -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -disable-output %s 2>&1 | FileCheck %s --check-prefix=BUDGET
; RUN: %opt -passes=heap2stack -heap2stack-cycle-rounds=0 -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -disable-output %s 2>&1 | FileCheck %s --check-prefix=ROUNDS
; RUN: %opt -passes=heap2stack -heap2stack-cycle-rounds=0 -S %s -o - | FileCheck %s --check-prefix=IR
; RUN: not %opt -passes=heap2stack -heap2stack-cycle-rounds=x -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=BAD
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

define void @even(ptr %p, i32 %n) {
  %z = icmp eq i32 %n, 0
  br i1 %z, label %done, label %more
more:
  %m = sub i32 %n, 1
  call void @odd(ptr %p, i32 %m)
  br label %done
done:
  ret void
}

define void @odd(ptr %p, i32 %n) {
  store i8 1, ptr %p
  call void @even(ptr %p, i32 %n)
  ret void
}

define void @caller() {
  %b = call ptr @malloc(i64 16)
  call void @even(ptr %b, i32 3)
  call void @free(ptr %b)
  ret void
}

; DEFAULT: remark: <unknown>:0:0: moved to stack: 16-byte malloc
; BUDGET: remark: <unknown>:0:0: not analysed: the function is too large for the escape analysis budget (-heap2stack-analysis-budget)
; ROUNDS: remark: <unknown>:0:0: escapes: passed to 'even' at 'call void @even(ptr %b, i32 3)', which is part of a call cycle that did not settle in 0 rounds (cycle-rounds)
; IR-LABEL: define void @caller(
; IR-NEXT: %b = call ptr @malloc(i64 16)
; BAD: heap2stack-cycle-rounds
