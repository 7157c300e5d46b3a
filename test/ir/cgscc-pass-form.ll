; heap2stack as a CGSCC pass (as clang's pipelines run it): the same
; decisions and remarks as the module pass, one per site, including the
; recursion rule.
; RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; RUN: %opt -passes='cgscc(heap2stack<max-size=8>)' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=SMALL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define i32 @leaf(
; CHECK-NEXT: %p.h2s = alloca [16 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-LABEL: define i32 @self(
; CHECK-NEXT: %q = call ptr @malloc(i64 16)
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-DAG: remark: <unknown>:0:0: in a recursive call cycle: 16 bytes > max-recursive-size 0
; SMALL-DAG: remark: <unknown>:0:0: too large for stack: 16 bytes > max-size 8
; SMALL-DAG: remark: <unknown>:0:0: too large for stack: 16 bytes > max-size 8
define i32 @leaf() {
  %p = call ptr @malloc(i64 16)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}

define i32 @self(i32 %n) {
  %q = call ptr @malloc(i64 16)
  store i32 %n, ptr %q
  %c = icmp eq i32 %n, 0
  br i1 %c, label %done, label %more

more:
  %m = sub i32 %n, 1
  %r = call i32 @self(i32 %m)
  %l = call i32 @leaf()
  store i32 %r, ptr %q
  br label %done

done:
  %v = load i32, ptr %q
  call void @free(ptr %q)
  ret i32 %v
}
