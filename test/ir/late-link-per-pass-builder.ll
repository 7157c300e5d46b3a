; The link between clang's two heap2stack runs (the CGSCC run holds back
; its Missed remarks when the late run exists, the default) is
; made while a pipeline is built, and must belong to that pipeline's
; PassBuilder: ThinLTO backends build pipelines on several threads at once.
; h2s-two-pipelines builds two O2 pipelines interleaved (simplification 1,
; simplification 2, optimization 1, optimization 2), then runs each on a
; copy of this module: each allocation gets exactly one final remark in
; each run, and both runs agree.
; RUN: %interleaved-pipelines %s -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack >%t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; Without the late run, the CGSCC run reports everything, once.
; RUN: %interleaved-pipelines %s -heap2stack-late-rerun=false -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   >/dev/null 2>%t.first.err
; RUN: FileCheck %s --check-prefix=FIRST --implicit-check-not=remark: < %t.first.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; CHECK-LABEL: ; pipeline 1
; CHECK-LABEL: define i32 @kept(
; CHECK: call {{.*}}ptr @malloc(i64 16)
; CHECK-LABEL: define i32 @moved(
; CHECK: alloca i32, align 16
; CHECK-NOT: @malloc(
; CHECK-LABEL: ; pipeline 2
; CHECK-LABEL: define i32 @kept(
; CHECK: call {{.*}}ptr @malloc(i64 16)
; CHECK-LABEL: define i32 @moved(
; CHECK: alloca i32, align 16
; CHECK-NOT: @malloc(

; REMARK-LABEL: ; pipeline 1
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to 'publish' at 'tail call void @publish(ptr nonnull %p)'
; REMARK-LABEL: ; pipeline 2
; REMARK-DAG: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to 'publish' at 'tail call void @publish(ptr nonnull %p)'

; FIRST-LABEL: ; pipeline 1
; FIRST-DAG: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FIRST-DAG: remark: <unknown>:0:0: escapes: passed to 'publish' at 'call void @publish(ptr nonnull %p)'
; FIRST-LABEL: ; pipeline 2
; FIRST-DAG: remark: <unknown>:0:0: moved to stack: 16-byte malloc (align 16)
; FIRST-DAG: remark: <unknown>:0:0: escapes: passed to 'publish' at 'call void @publish(ptr nonnull %p)'

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @publish(ptr)

define i32 @kept(i32 %x) {
  %p = call ptr @malloc(i64 16)
  store i32 %x, ptr %p, align 4
  call void @publish(ptr %p)
  %v = load i32, ptr %p, align 4
  call void @free(ptr %p)
  ret i32 %v
}

define i32 @moved(i32 %x) {
  %p = call ptr @malloc(i64 16)
  store volatile i32 %x, ptr %p, align 4
  %v = load volatile i32, ptr %p, align 4
  call void @free(ptr %p)
  ret i32 %v
}
