; Pointer equality against an integer-made pointer tells whether the guess
; is p's address; the guess (an integer) is then stored to a global.  A
; loop of such guesses recovers p's address (pointer-equality-search.c).
; Expected: the malloc stays (escapes); actual on e2b18ff: moved to stack.
; opt-22 -load-pass-plugin=/work/plugins-e2b18ff/h2s-22.so -passes=heap2stack \
;   -pass-remarks=heap2stack -pass-remarks-missed=heap2stack -S pointer-equality-search.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_found = global i64 0

declare ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"

define void @find(i64 %lo, i64 %hi) {
entry:
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop

loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %q = inttoptr i64 %guess to ptr
  %same = icmp eq ptr %p, %q
  br i1 %same, label %hit, label %latch

hit:
  store i64 %guess, ptr @g_found
  br label %latch

latch:
  %next = add i64 %guess, 16
  %more = icmp ult i64 %next, %hi
  br i1 %more, label %loop, label %done

done:
  ret void
}
