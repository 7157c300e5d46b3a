; A guarded or checked site's deallocation frees `p == slot ? null : p`.
; The front end may have promised `nonnull` (and `dereferenceable`) for the
; old argument (`free(p)` after `if (!p) return`); kept, that promise makes
; the null poison, undefined behaviour with `noundef`, and an optimizer may
; fold the select back to `p`: a free of the stack slot.  The rewrite drops
; both promises from the argument it changes, and leaves other calls alone.
; RUN: %opt -passes=heap2stack -S %s -o - | FileCheck %s
; RUN: %opt -passes=heap2stack -S %s -o - | %opt -passes=verify -disable-output
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr allocptr) allockind("free") "alloc-family"="malloc"
declare void @use(ptr nocapture readonly nonnull dereferenceable(1)) nofree nounwind nocallback
declare void @_ZdaPv(ptr)
declare ptr @_Znam(i64)

; CHECK-LABEL: define i8 @run_time_size(
; The other call keeps its promises: its argument did not change.
; CHECK: call void @use(ptr nonnull dereferenceable(1) %p)
; CHECK: %h2s.onstack = icmp eq ptr %p, %p.h2s
; CHECK: %h2s.heaponly = select i1 %h2s.onstack, ptr null, ptr %p
; CHECK-NEXT: call void @free(ptr noundef %h2s.heaponly)
define i8 @run_time_size(i64 %n) {
entry:
  %p = call ptr @malloc(i64 %n)
  %null = icmp eq ptr %p, null
  br i1 %null, label %out, label %use

use:
  store i8 7, ptr %p
  call void @use(ptr nonnull dereferenceable(1) %p)
  %v = load i8, ptr %p
  call void @free(ptr noundef nonnull dereferenceable(1) %p)
  br label %out

out:
  %r = phi i8 [ 0, %entry ], [ %v, %use ]
  ret i8 %r
}

; A checked slot (above stack-check-above) and delete[]: the same.
; CHECK-LABEL: define i8 @checked_new(
; CHECK: select i1 %h2s.onstack{{[0-9]*}}, ptr null, ptr %p
; CHECK-NEXT: call void @_ZdaPv(ptr noundef %h2s.heaponly
define i8 @checked_new() {
entry:
  %p = call ptr @_Znam(i64 8000) #0
  store i8 3, ptr %p
  %v = load i8, ptr %p
  call void @_ZdaPv(ptr noundef nonnull dereferenceable(8000) %p) #0
  ret i8 %v
}
attributes #0 = { builtin }
