; Functions in a call-graph cycle multiply each byte by the recursion depth:
; by default (max-recursive-size=0) nothing moves there, whether the cycle
; is a self-call or mutual.  max-recursive-size=64 lets a 32-byte object
; move but not a 128-byte one.  A function outside the cycle is unaffected.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s --check-prefix=DEFAULT < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt -passes='heap2stack<max-recursive-size=64>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.64.ll 2>%t.64.err
; RUN: FileCheck %s --check-prefix=LIMIT64 < %t.64.ll
; RUN: FileCheck %s --check-prefix=REMARK64 --implicit-check-not=remark: < %t.64.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.64.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; DEFAULT-LABEL: define i32 @self(
; DEFAULT-NEXT: %p = call ptr @malloc(i64 32)
; DEFAULT-LABEL: define i32 @ping(
; DEFAULT-NEXT: %p = call ptr @malloc(i64 32)
; DEFAULT-LABEL: define i32 @pong(
; DEFAULT-NEXT: %q = call ptr @malloc(i64 128)
; DEFAULT-LABEL: define i32 @leaf(
; DEFAULT-NEXT: %p.h2s = alloca [32 x i8], align 16

; LIMIT64-LABEL: define i32 @self(
; LIMIT64-NEXT: %p.h2s = alloca [32 x i8], align 16
; LIMIT64-NOT: @malloc(
; LIMIT64-LABEL: define i32 @ping(
; LIMIT64-NEXT: %p.h2s = alloca [32 x i8], align 16
; LIMIT64-LABEL: define i32 @pong(
; LIMIT64-NEXT: %q = call ptr @malloc(i64 128)
; LIMIT64-LABEL: define i32 @leaf(
; LIMIT64-NEXT: %p.h2s = alloca [32 x i8], align 16

; One remark per site (SCC order aside): three refused, @leaf's moved.
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; DETAIL-DAG: remark: <unknown>:0:0: deallocation removed: 'free' of the 32-byte malloc at '%p = call ptr @malloc(i64 32)'
; REMARK-DAG: remark: <unknown>:0:0: in a recursive call cycle: 32 bytes > max-recursive-size 0
; REMARK-DAG: remark: <unknown>:0:0: in a recursive call cycle: 32 bytes > max-recursive-size 0
; REMARK-DAG: remark: <unknown>:0:0: in a recursive call cycle: 128 bytes > max-recursive-size 0

; REMARK64-DAG: remark: <unknown>:0:0: in a recursive call cycle: 128 bytes > max-recursive-size 64
; REMARK64-DAG: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; REMARK64-DAG: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)
; REMARK64-DAG: remark: <unknown>:0:0: moved to stack: 32-byte malloc (align 16)

define i32 @self(i32 %n) {
  %p = call ptr @malloc(i64 32)
  store i32 %n, ptr %p
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %recurse

recurse:
  %m = sub i32 %n, 1
  %r = call i32 @self(i32 %m)
  store i32 %r, ptr %p
  br label %done

done:
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

define i32 @ping(i32 %n) {
  %p = call ptr @malloc(i64 32)
  store i32 %n, ptr %p
  %r = call i32 @pong(i32 %n)
  %v = load i32, ptr %p
  call void @free(ptr %p)
  %s = add i32 %v, %r
  ret i32 %s
}

define i32 @pong(i32 %n) {
  %q = call ptr @malloc(i64 128)
  store i32 %n, ptr %q
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %recurse

recurse:
  %m = sub i32 %n, 1
  %r = call i32 @ping(i32 %m)
  store i32 %r, ptr %q
  br label %done

done:
  %v = load i32, ptr %q
  call void @free(ptr %q)
  %l = call i32 @leaf()
  %s = add i32 %v, %l
  ret i32 %s
}

define i32 @leaf() {
  %p = call ptr @malloc(i64 32)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
