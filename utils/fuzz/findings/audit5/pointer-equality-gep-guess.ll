; heap2stack audit5 (equality pairs): a GEP with an integer offset keeps its
; base's points-to set, so `gep i8, <own object | null | freeze poison>, %x`
; -- a pointer whose address is the integer guess %x -- counts as "only the
; frame's own objects" and `icmp eq ptr %p, %q` is let through.  The three
; functions are the audit4 search (pointer-equality-search.ll) with the
; inttoptr replaced; all three moves are wrong (inttoptr: escapes).
; opt-22 -load-pass-plugin=/work/plugins-d967558/h2s-22.so -passes=heap2stack \
;   -pass-remarks=heap2stack -pass-remarks-missed=heap2stack -disable-output pointer-equality-gep-guess.ll
; Expected: 3x "escapes: its address is compared for equality with a pointer that may have been made from an integer"
; Actual:   3x "moved to stack: 32-byte malloc (align 16)"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"
@g_found = global i64 0
declare ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
define void @find_null(i64 %lo, i64 %hi) {
entry:
  %near = alloca [16 x i8]
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %q = getelementptr i8, ptr null, i64 %guess
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
define void @find_freeze(i64 %lo, i64 %hi) {
entry:
  %near = alloca [16 x i8]
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %f = freeze ptr poison
  %fi = ptrtoint ptr %f to i64
  %d = sub i64 %guess, %fi
  %q = getelementptr i8, ptr %f, i64 %d
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
define void @find_near(i64 %lo, i64 %hi) {
entry:
  %near = alloca [16 x i8]
  %p = call ptr @malloc(i64 32)
  store i8 7, ptr %p
  br label %loop
loop:
  %guess = phi i64 [ %lo, %entry ], [ %next, %latch ]
  %ni = ptrtoint ptr %near to i64
  %d = sub i64 %guess, %ni
  %q = getelementptr i8, ptr %near, i64 %d
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
