; Parameter summaries of recursive functions are solved for the whole call
; cycle (design: "strongly connected components analysed together"), so a
; verdict must not depend on whether the cycle happens to contain an
; allocation of its own:
;  - rec_a/rec_b pass p around and rec_a stores it to a global: leaking,
;    the caller's allocation escapes;
;  - nrec_a/nrec_b pass p around and only read it: 'p does not escape',
;    the caller's allocation moves (it is the CALLER that allocates; the
;    cycle itself allocates nothing);
;  - self only reads p and calls itself: the same;
;  - arec_a/arec_b read p and allocate a scratch of their own: the same
;    (the scratch is in a recursive cycle and stays, max-recursive-size 0).
; Nothing in these cycles frees p: no summary may say 'freed param'.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.yaml -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not='freed param' < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=FINAL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)

; REMARK: leaking param: p
; REMARK: escapes: passed to 'rec_a' at '%r = call i32 @rec_a(ptr %p, i32 3)'
; REMARK: p does not escape
; REMARK: moved to stack: 4-byte malloc
; REMARK: p does not escape
; REMARK: moved to stack: 4-byte malloc
; REMARK: p does not escape
; REMARK: p does not escape
; REMARK: in a recursive call cycle: 4 bytes > max-recursive-size 0
; REMARK: moved to stack: 4-byte malloc

; FINAL: remark: <unknown>:0:0: escapes: passed to 'rec_a' at '%r = call i32 @rec_a(ptr %p, i32 3)', which {{.*}}
; FINAL-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; FINAL-NEXT: remark: <unknown>:0:0: in a recursive call cycle: 4 bytes > max-recursive-size 0
; FINAL-NEXT: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)

; YAML: Name: Escapes
; YAML-NEXT: Function: call_rec_leak
; YAML: Name: Moved
; YAML-NEXT: Function: call_nrec
; YAML: Name: Moved
; YAML-NEXT: Function: call_self
; YAML: Name: Moved
; YAML-NEXT: Function: call_arec

define i32 @rec_a(ptr %p, i32 %n) noinline {
  %c = icmp eq i32 %n, 0
  br i1 %c, label %leak, label %rec
leak:
  store ptr %p, ptr @g, align 8
  ret i32 0
rec:
  %m = sub i32 %n, 1
  %r = call i32 @rec_b(ptr %p, i32 %m)
  ret i32 %r
}
define i32 @rec_b(ptr %p, i32 %n) noinline {
  %r = call i32 @rec_a(ptr %p, i32 %n)
  ret i32 %r
}
; CHECK-LABEL: define i32 @call_rec_leak(
; CHECK-NEXT: %p = call ptr @malloc(i64 4)
define i32 @call_rec_leak() {
  %p = call ptr @malloc(i64 4)
  %r = call i32 @rec_a(ptr %p, i32 3)
  ret i32 %r
}

define i32 @nrec_a(ptr %p, i32 %n) noinline {
  %c = icmp eq i32 %n, 0
  br i1 %c, label %base, label %rec
base:
  %v = load i32, ptr %p, align 4
  ret i32 %v
rec:
  %m = sub i32 %n, 1
  %r = call i32 @nrec_b(ptr %p, i32 %m)
  ret i32 %r
}
define i32 @nrec_b(ptr %p, i32 %n) noinline {
  %r = call i32 @nrec_a(ptr %p, i32 %n)
  ret i32 %r
}
; CHECK-LABEL: define i32 @call_nrec(
; CHECK-NEXT: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret i32
define i32 @call_nrec() {
  %p = call ptr @malloc(i64 4)
  store i32 5, ptr %p, align 4
  %r = call i32 @nrec_a(ptr %p, i32 3)
  call void @free(ptr %p)
  ret i32 %r
}

define i32 @self(ptr %p, i32 %n) noinline {
  %c = icmp eq i32 %n, 0
  br i1 %c, label %base, label %rec
base:
  %v = load i32, ptr %p, align 4
  ret i32 %v
rec:
  %m = sub i32 %n, 1
  %r = call i32 @self(ptr %p, i32 %m)
  ret i32 %r
}
; CHECK-LABEL: define i32 @call_self(
; CHECK-NEXT: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret i32
define i32 @call_self() {
  %p = call ptr @malloc(i64 4)
  store i32 5, ptr %p, align 4
  %r = call i32 @self(ptr %p, i32 3)
  call void @free(ptr %p)
  ret i32 %r
}

; CHECK-LABEL: define i32 @arec_a(
; CHECK: %t = call ptr @malloc(i64 4)
define i32 @arec_a(ptr %p, i32 %n) noinline {
  %t = call ptr @malloc(i64 4)
  call void @free(ptr %t)
  %c = icmp eq i32 %n, 0
  br i1 %c, label %base, label %rec
base:
  %v = load i32, ptr %p, align 4
  ret i32 %v
rec:
  %m = sub i32 %n, 1
  %r = call i32 @arec_b(ptr %p, i32 %m)
  ret i32 %r
}
define i32 @arec_b(ptr %p, i32 %n) noinline {
  %r = call i32 @arec_a(ptr %p, i32 %n)
  ret i32 %r
}
; CHECK-LABEL: define i32 @call_arec(
; CHECK-NEXT: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret i32
define i32 @call_arec() {
  %p = call ptr @malloc(i64 4)
  store i32 5, ptr %p, align 4
  %r = call i32 @arec_a(ptr %p, i32 3)
  call void @free(ptr %p)
  ret i32 %r
}
