; Without debug locations a remark quotes the instruction that decided it.
; Quotes are numbered per function (unnamed values %0, %1, ...) and the
; module's unnamed globals keep their numbers (@0), whichever function was
; quoted before; a remark file gets the quotes even when no -pass-remarks
; filter asks for them.  (Regression: quoting renumbered the whole module
; each time, which made a module without debug locations quadratic.)
; RUN: %opt -passes=heap2stack -pass-remarks-missed=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks-output=%t.yaml -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@0 = global ptr null
@named = global ptr null

declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: define void @first(
; (The entry block is %1.)
; CHECK-NEXT: %2 = call ptr @malloc(i64 8)
; CHECK-NEXT: %3 = call ptr @malloc(i64 8)
; REMARK: remark: <unknown>:0:0: escapes: converted to an integer at '%4 = ptrtoint ptr %2 to i64'
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'named' at 'store ptr %3, ptr @named, align 8'
; YAML: Name: Escapes
; YAML: Function: first
; YAML: Blocker: '%4 = ptrtoint ptr %2 to i64'
; YAML: Name: Escapes
; YAML: Function: first
; YAML: Blocker: 'store ptr %3, ptr @named, align 8'
define void @first(i32 %0) {
  %2 = call ptr @malloc(i64 8)
  %3 = call ptr @malloc(i64 8)
  store ptr %3, ptr @named, align 8
  %4 = ptrtoint ptr %2 to i64
  %5 = add i64 %4, 1
  store i64 %5, ptr @0, align 8
  ret void
}

; CHECK-LABEL: define void @second(
; CHECK-NEXT: %2 = call ptr @malloc(i64 8)
; CHECK-NEXT: store ptr %2, ptr @0, align 8
; REMARK: remark: <unknown>:0:0: escapes: stored to memory the function does not own at 'store ptr %2, ptr @0, align 8'
; YAML: Name: Escapes
; YAML: Function: second
; YAML: Blocker: 'store ptr %2, ptr @0, align 8'
define void @second(ptr %0) {
  %2 = call ptr @malloc(i64 8)
  store ptr %2, ptr @0, align 8
  ret void
}
