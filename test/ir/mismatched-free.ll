; A deallocation of another family than the allocation's is a bug in the
; program; heap2stack leaves both calls alone and says which pair it saw.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)
declare noalias nonnull ptr @_Znwm(i64)
declare void @_ZdlPv(ptr)
declare void @_ZdaPv(ptr)

; CHECK-LABEL: define void @new_free(
; CHECK-NEXT: %p = call ptr @_Znwm(i64 8) #[[BUILTIN:[0-9]+]]
; CHECK-NEXT: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: freed by a different family: 'free' cannot free memory from 'new' at 'call void @free(ptr %p)'
define void @new_free() {
  %p = call ptr @_Znwm(i64 8) builtin
  call void @free(ptr %p)
  ret void
}

; CHECK-LABEL: define void @malloc_delete(
; CHECK-NEXT: %p = call ptr @malloc(i64 8)
; CHECK-NEXT: call void @_ZdlPv(ptr %p) #[[BUILTIN]]
; REMARK: remark: <unknown>:0:0: freed by a different family: 'delete' cannot free memory from 'malloc' at 'call void @_ZdlPv(ptr %p)'
define void @malloc_delete() {
  %p = call ptr @malloc(i64 8)
  call void @_ZdlPv(ptr %p) builtin
  ret void
}

; CHECK-LABEL: define void @new_delete_array(
; CHECK-NEXT: %p = call ptr @_Znwm(i64 8) #[[BUILTIN]]
; CHECK-NEXT: call void @_ZdaPv(ptr %p) #[[BUILTIN]]
; REMARK: remark: <unknown>:0:0: freed by a different family: 'delete[]' cannot free memory from 'new' at 'call void @_ZdaPv(ptr %p)'
define void @new_delete_array() {
  %p = call ptr @_Znwm(i64 8) builtin
  call void @_ZdaPv(ptr %p) builtin
  ret void
}
; CHECK: attributes #[[BUILTIN]] = { builtin }
