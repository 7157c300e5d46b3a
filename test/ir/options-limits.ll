; Pipeline parameters and their command-line twins.  One function: an
; existing 8-byte local, then a 16-byte and a 17-byte malloc.
;
; Defaults: both move.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.default.ll 2>%t.default.err
; RUN: FileCheck %s --check-prefix=BOTH < %t.default.ll
; RUN: FileCheck %s --check-prefix=BOTH-REMARK --implicit-check-not=remark: < %t.default.err
;
; max-size=16: 16 bytes move, 17 do not.
; RUN: %opt -passes='heap2stack<max-size=16>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.size.ll 2>%t.size.err
; RUN: FileCheck %s --check-prefix=FIRST < %t.size.ll
; RUN: FileCheck %s --check-prefix=SIZE-REMARK --implicit-check-not=remark: < %t.size.err
;
; The command-line twin does the same.
; RUN: %opt -heap2stack-max-size=16 -passes=heap2stack -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.twin.ll 2>%t.twin.err
; RUN: FileCheck %s --check-prefix=FIRST < %t.twin.ll
; RUN: FileCheck %s --check-prefix=SIZE-REMARK --implicit-check-not=remark: < %t.twin.err
;
; A pipeline parameter wins over its twin; the twins of keys the pipeline
; does not set still apply.
; RUN: %opt -heap2stack-max-size=8 -passes='heap2stack<max-size=16>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.wins.ll 2>%t.wins.err
; RUN: FileCheck %s --check-prefix=FIRST < %t.wins.ll
; RUN: FileCheck %s --check-prefix=SIZE-REMARK --implicit-check-not=remark: < %t.wins.err
; RUN: %opt -heap2stack-max-size=8 -heap2stack-max-frame=40 -passes='heap2stack<max-size=1000>' \
; RUN:   -pass-remarks=heap2stack -pass-remarks-missed=heap2stack -S %s -o %t.mixed.ll 2>%t.mixed.err
; RUN: FileCheck %s --check-prefix=FIRST < %t.mixed.ll
; RUN: FileCheck %s --check-prefix=FRAME-REMARK --implicit-check-not=remark: < %t.mixed.err
;
; max-frame=40: 8 + 16 fit, 8 + 16 + 17 do not.
; RUN: %opt -passes='heap2stack<max-frame=40>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.frame.ll 2>%t.frame.err
; RUN: FileCheck %s --check-prefix=FIRST < %t.frame.ll
; RUN: FileCheck %s --check-prefix=FRAME-REMARK --implicit-check-not=remark: < %t.frame.err
; RUN: %opt -heap2stack-max-frame=40 -passes=heap2stack -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=FRAME-REMARK --implicit-check-not=remark:
;
; Several parameters at once.
; RUN: %opt -passes='heap2stack<max-size=16;max-frame=1000>' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=SIZE-REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @use(ptr) nocallback

; BOTH-LABEL: define void @f(
; BOTH-NEXT: %b.h2s = alloca [17 x i8], align 16
; BOTH-NEXT: %a.h2s = alloca [16 x i8], align 16
; BOTH-NOT: @malloc(
; BOTH-REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; BOTH-REMARK-NEXT: remark: <unknown>:0:0: moved to stack: 17-byte malloc (align 16)

; FIRST-LABEL: define void @f(
; FIRST-NEXT: %a.h2s = alloca [16 x i8], align 16
; FIRST-NEXT: %local = alloca i64
; FIRST: %b = call ptr @malloc(i64 17)
; FIRST: call void @free(ptr %b)
; FIRST-NOT: @free(

; SIZE-REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; SIZE-REMARK-NEXT: remark: <unknown>:0:0: too large for stack: 17 bytes > max-size 16

; FRAME-REMARK: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FRAME-REMARK-NEXT: remark: <unknown>:0:0: stack frame budget exceeded: 8 bytes of locals + 16 bytes moved + 17 bytes > max-frame 40
define void @f() {
  %local = alloca i64, align 8
  call void @use(ptr %local)
  %a = call ptr @malloc(i64 16)
  %b = call ptr @malloc(i64 17)
  store i8 1, ptr %a
  store i8 1, ptr %b
  call void @free(ptr %a)
  call void @free(ptr %b)
  ret void
}
