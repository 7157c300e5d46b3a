; An invoke of an allocator with a run-time size gets the guarded rewrite:
; the invoke stays, behind the size check, in a block of its own that still
; unwinds to its landing pad; a new join block merges the two pointers and
; branches to the old normal destination.  The phis of both destinations
; follow their edges (normal: from the join; landing pad: from the heap
; block), and each deallocation, the landing pad's too, frees only the heap
; case.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; RUN: %opt -passes='heap2stack<dynamic-capacity=0>' -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.off.ll 2>%t.off.err
; RUN: FileCheck %s --check-prefix=OFF < %t.off.ll
; RUN: FileCheck %s --check-prefix=REMARK-OFF --implicit-check-not=remark: < %t.off.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias nonnull ptr @_Znam(i64)
declare void @_ZdaPv(ptr)
declare void @may_throw(i32) nocallback
declare i32 @__gxx_personality_v0(...)

; CHECK-LABEL: define i32 @invoked(
; CHECK: entry:
; CHECK-NEXT: %p.h2s = alloca [256 x i8], align 16
; CHECK: alloc:
; CHECK-NEXT: call void @llvm.lifetime.start.p0({{(i64 256, )?}}ptr %p.h2s)
; CHECK-NEXT: %h2s.fits = icmp ule i64 %n, 256
; CHECK-NEXT: br i1 %h2s.fits, label %h2s.join, label %h2s.heap
; CHECK: h2s.heap:
; CHECK-NEXT: %p.heap = invoke ptr @_Znam(i64 %n) #{{[0-9]+}}
; CHECK-NEXT: to label %h2s.join unwind label %lpad.alloc
; CHECK: h2s.join:
; CHECK-NEXT: %p = phi ptr [ %p.h2s, %alloc ], [ %p.heap, %h2s.heap ]
; CHECK-NEXT: br label %cont
; CHECK: cont:
; CHECK-NEXT: %first = phi ptr [ %p, %h2s.join ], [ null, %other ]
; CHECK-NEXT: %k = phi i32 [ 1, %h2s.join ], [ 2, %other ]
; The freed pointer may be null (%first), so the free does not end the
; buffer's life: no lifetime.end there.
; CHECK: use:
; CHECK-NOT: @llvm.lifetime.end
; CHECK: %h2s.onstack = icmp eq ptr %first, %p.h2s
; CHECK-NEXT: %h2s.heaponly = select i1 %h2s.onstack, ptr null, ptr %first
; CHECK-NEXT: call void @_ZdaPv(ptr %h2s.heaponly)
; CHECK: lpad.alloc:
; CHECK-NEXT: %stage = phi i32 [ 0, %h2s.heap ], [ 1, %other ]
; CHECK: lpad.use:
; CHECK-NEXT: landingpad
; CHECK-NEXT: cleanup
; CHECK-NEXT: %h2s.onstack1 = icmp eq ptr %first, %p.h2s
; CHECK-NEXT: %h2s.heaponly2 = select i1 %h2s.onstack1, ptr null, ptr %first
; CHECK-NEXT: call void @_ZdaPv(ptr %h2s.heaponly2)
; REMARK: remark: <unknown>:0:0: moved to stack when it fits: 'new[]' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
; REMARK-COUNT-2: remark: <unknown>:0:0: deallocation guarded: 'delete[]' now frees only the heap case of the 'new[]' at '%p = invoke ptr @_Znam(i64 %n) to label %cont unwind label %lpad.alloc'
; OFF-LABEL: define i32 @invoked(
; OFF-NOT: alloca
; OFF: %p = invoke ptr @_Znam(i64 %n) #{{[0-9]+}}
; REMARK-OFF: remark: <unknown>:0:0: size not known at compile time: 'new[]' of a run-time value, and no guarded rewrite: dynamic-capacity is 0
define i32 @invoked(i64 %n, i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %alloc, label %other

alloc:
  %p = invoke ptr @_Znam(i64 %n) builtin
          to label %cont unwind label %lpad.alloc

other:
  invoke void @may_throw(i32 0)
          to label %cont unwind label %lpad.alloc

cont:
  %first = phi ptr [ %p, %alloc ], [ null, %other ]
  %k = phi i32 [ 1, %alloc ], [ 2, %other ]
  invoke void @may_throw(i32 %k)
          to label %done unwind label %lpad.use

done:
  %isnull = icmp eq ptr %first, null
  br i1 %isnull, label %ret, label %use

use:
  store i32 7, ptr %first
  %v = load i32, ptr %first
  call void @_ZdaPv(ptr %first) builtin
  br label %ret

ret:
  %r = phi i32 [ 0, %done ], [ %v, %use ]
  ret i32 %r

lpad.alloc:
  %stage = phi i32 [ 0, %alloc ], [ 1, %other ]
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp

lpad.use:
  %lp2 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdaPv(ptr %first) builtin
  resume { ptr, i32 } %lp2
}
