; Constant guesses: null plus an offset, and a GEP of a global without
; inbounds, are addresses anybody may have chosen, not "a global's address"
; (plain_constant_address in build_graph.c).  An inbounds GEP of a global
; is one, and the comparison leaks nothing.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"
@g = global [4 x i8] zeroinitializer
declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK: remark: <unknown>:0:0: escapes: its address is compared for equality with a pointer that may have been made from an integer at '%c = icmp eq ptr %p, getelementptr (i8, ptr null, i64 140737488355328)'
define i1 @null_plus_constant() {
  %p = call ptr @malloc(i64 8)
  %c = icmp eq ptr %p, getelementptr (i8, ptr null, i64 140737488355328)
  call void @free(ptr %p)
  ret i1 %c
}

; CHECK: remark: <unknown>:0:0: escapes: its address is compared for equality with a pointer that may have been made from an integer at '%c = icmp eq ptr %p, getelementptr (i8, ptr @g, i64 4096)'
define i1 @global_outside() {
  %p = call ptr @malloc(i64 8)
  %c = icmp eq ptr %p, getelementptr (i8, ptr @g, i64 4096)
  call void @free(ptr %p)
  ret i1 %c
}

; CHECK: remark: <unknown>:0:0: moved to stack: 8-byte malloc (align 16)
define i1 @global_inside() {
  %p = call ptr @malloc(i64 8)
  %c = icmp eq ptr %p, getelementptr inbounds (i8, ptr @g, i64 2)
  call void @free(ptr %p)
  ret i1 %c
}
