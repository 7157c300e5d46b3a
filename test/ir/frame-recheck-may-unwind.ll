; The frame re-check (pass/frame_check.c) in functions that may unwind.
; Before the fix it demoted slots only in nounwind functions, so a slot
; inlined into a function that may unwind stayed static whatever rule it
; broke (audit 4, CALLS 1).  Now the checked slot's heap case is freed on
; every way out of the frame: before each return and resume, and in a
; cleanup landing pad `h2s.unwind` that the calls which could unwind
; straight out of the function now unwind to (invokes).  The heap case lives
; for the whole frame (it is made once, at entry), so it is not freed where
; the slot's life ended: in a loop, its life starts again after that.
;   chain    (CALLS 1b) h's 3500-byte slot, inlined into f0..f3, each of
;            which may unwind: f1's and f0's slots would make their chains
;            10500 bytes > max-chain 8192; the module has no personality:
;            __gcc_personality_v0.  f2 and f3 keep their static slots.
;   cleanup  g already has a landing pad (a cleanup that resumes): the heap
;            case is freed there too, its invoke keeps its pad, a call that
;            cannot unwind stays a call, the plain call that may unwind
;            becomes an invoke of h2s.unwind, and g's personality is kept.
;            t ends in a musttail call, which stays a call: the heap case is
;            freed before it; t takes the module's personality.
;   loop     h inlined into a loop body: one heap case for all iterations,
;            freed at the exits only (not in the loop).
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes='cgscc(inline,heap2stack<max-chain=8192>)' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %t/chain.ll -o %t/chain.out.ll 2>%t/chain.err
; RUN: FileCheck %s --check-prefix=CHAIN-REMARK < %t/chain.err
; RUN: FileCheck %s --check-prefix=CHAIN < %t/chain.out.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t/chain.out.ll
; RUN: %opt -passes='heap2stack<max-frame=4000>' -pass-remarks-missed=heap2stack \
; RUN:   -S %t/cleanup.ll -o %t/cleanup.out.ll 2>%t/cleanup.err
; RUN: FileCheck %s --check-prefix=CLEANUP-REMARK < %t/cleanup.err
; RUN: FileCheck %s --check-prefix=CLEANUP < %t/cleanup.out.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t/cleanup.out.ll
; RUN: %opt -passes='cgscc(inline,heap2stack<max-frame=5500>)' -pass-remarks-missed=heap2stack \
; RUN:   -S %t/loop.ll -o %t/loop.out.ll 2>%t/loop.err
; RUN: FileCheck %s --check-prefix=LOOP-REMARK < %t/loop.err
; RUN: FileCheck %s --check-prefix=LOOP < %t/loop.out.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t/loop.out.ll

; CHAIN-REMARK: remark: <unknown>:0:0: moved to stack: 3500-byte malloc (align 16)
; CHAIN-REMARK-NEXT: remark: <unknown>:0:0: call chain over budget after inlining: 'f1' and its callees would hold 10500 bytes of static slots > max-chain 8192, so the 3500-byte slot of 'h' uses the stack only when the thread has room, the heap otherwise
; CHAIN-REMARK-NEXT: remark: <unknown>:0:0: call chain over budget after inlining: 'f0' and its callees would hold 10500 bytes of static slots > max-chain 8192, so the 3500-byte slot of 'h' uses the stack only when the thread has room, the heap otherwise
; CHAIN-REMARK-NOT: remark
; CHAIN-LABEL: define void @f0() #{{[0-9]+}} personality ptr @__gcc_personality_v0 {
; CHAIN: %h2s.heap.owned = phi ptr [ null, %h2s.stack ], [ %h2s.heap.slot, %h2s.heap ], [ null, %h2s.stack.anyway ]
; CHAIN-NOT: lifetime
; CHAIN: store volatile i8 1, ptr %h2s.slot
; CHAIN-NEXT: invoke void @may_throw()
; CHAIN-NEXT: to label %[[NEXT:.*]] unwind label %h2s.unwind
; CHAIN: [[NEXT]]:
; CHAIN-NEXT: invoke void @f1()
; CHAIN-NEXT: to label %[[RET:.*]] unwind label %h2s.unwind
; CHAIN: [[RET]]:
; CHAIN-NEXT: call void @free(ptr %h2s.heap.owned)
; CHAIN-NEXT: ret void
; CHAIN: {{^}}h2s.unwind:
; CHAIN-NEXT: %h2s.lp = landingpad { ptr, i32 }
; CHAIN-NEXT: cleanup
; CHAIN-NEXT: call void @free(ptr %h2s.heap.owned)
; CHAIN-NEXT: resume { ptr, i32 } %h2s.lp
; CHAIN-LABEL: define void @f1() #{{[0-9]+}} personality ptr @__gcc_personality_v0 {
; CHAIN: invoke void @f2()
; CHAIN: {{^}}h2s.unwind:
; CHAIN-LABEL: define void @f2() #{{[0-9]+}} {
; CHAIN-NEXT: %p.h2s.i = alloca [3500 x i8], align 16, !heap2stack.slot
; CHAIN-NOT: invoke
; CHAIN: call void @f3()
; CHAIN-LABEL: define void @f3() #{{[0-9]+}} {
; CHAIN-NEXT: %p.h2s.i = alloca [3500 x i8], align 16, !heap2stack.slot
; CHAIN-NOT: invoke
; CHAIN: declare i32 @__gcc_personality_v0(...)

; CLEANUP-REMARK: remark: <unknown>:0:0: frame over budget after inlining: 'g' would hold 8008 bytes > max-frame 4000, so the 8000-byte slot of 'helper' at t.c:1:1 uses the stack only when the thread has room, the heap otherwise
; CLEANUP-REMARK: remark: <unknown>:0:0: frame over budget after inlining: 't' would hold 8000 bytes > max-frame 4000, so the 8000-byte slot of 'helper' at t.c:1:1 uses the stack only when the thread has room, the heap otherwise
; CLEANUP-LABEL: define void @g() personality ptr @__gxx_personality_v0 {
; CLEANUP: {{^}}entry:
; CLEANUP-NEXT: call void @use(ptr %h2s.slot)
; CLEANUP-NEXT: invoke void @may_throw(ptr %obj)
; CLEANUP-NEXT: to label %cont unwind label %lpad
; CLEANUP: {{^}}cont:
; CLEANUP-NEXT: invoke void @may_throw(ptr %h2s.slot)
; CLEANUP-NEXT: to label %[[RET:.*]] unwind label %h2s.unwind
; CLEANUP: [[RET]]:
; CLEANUP-NEXT: call void @free(ptr %h2s.heap.owned)
; CLEANUP-NEXT: ret void
; CLEANUP: {{^}}lpad:
; CLEANUP-NEXT: %lp = landingpad { ptr, i32 }
; CLEANUP-NEXT: cleanup
; CLEANUP-NEXT: call void @destroy(ptr %obj)
; CLEANUP-NEXT: call void @free(ptr %h2s.heap.owned)
; CLEANUP-NEXT: resume { ptr, i32 } %lp
; CLEANUP: {{^}}h2s.unwind:
; CLEANUP-NEXT: %h2s.lp = landingpad { ptr, i32 }
; CLEANUP-NEXT: cleanup
; CLEANUP-NEXT: call void @free(ptr %h2s.heap.owned)
; CLEANUP-NEXT: resume { ptr, i32 } %h2s.lp
; CLEANUP-LABEL: define i32 @t(i32 %x) personality ptr @__gxx_personality_v0 {
; CLEANUP: invoke void @may_throw(ptr %h2s.slot)
; CLEANUP-NEXT: to label %[[RET:.*]] unwind label %h2s.unwind
; CLEANUP: [[RET]]:
; CLEANUP-NEXT: call void @free(ptr %h2s.heap.owned)
; CLEANUP-NEXT: %r = musttail call i32 @next(i32 %x)
; CLEANUP-NEXT: ret i32 %r
; CLEANUP: {{^}}h2s.unwind:
; CLEANUP-NEXT: %h2s.lp = landingpad { ptr, i32 }
; CLEANUP-NEXT: cleanup
; CLEANUP-NEXT: call void @free(ptr %h2s.heap.owned)
; CLEANUP-NEXT: resume { ptr, i32 } %h2s.lp

; LOOP-REMARK: remark: <unknown>:0:0: frame over budget after inlining: 'loop' would hold 6000 bytes > max-frame 5500, so the 1000-byte slot of 'h' uses the stack only when the thread has room, the heap otherwise
; LOOP-LABEL: define void @loop(
; LOOP: {{^}}h2s.heap:
; LOOP-NEXT: %h2s.heap.slot = call ptr @malloc(i64 1000)
; LOOP: {{^}}body:
; LOOP-NOT: free
; LOOP: invoke void @ext(i64 %i)
; LOOP-NEXT: to label %[[NEXT:.*]] unwind label %h2s.unwind
; LOOP-NOT: free
; LOOP: br i1 %done, label %exit, label %body
; LOOP: {{^}}exit:
; LOOP-NEXT: call void @free(ptr %h2s.heap.owned)
; LOOP-NEXT: ret void
; LOOP: {{^}}h2s.unwind:
; LOOP-NEXT: %h2s.lp = landingpad { ptr, i32 }
; LOOP-NEXT: cleanup
; LOOP-NEXT: call void @free(ptr %h2s.heap.owned)
; LOOP-NEXT: resume { ptr, i32 } %h2s.lp

;--- chain.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @may_throw() nocallback
define internal void @h() {
  %p = call ptr @malloc(i64 3500)
  store volatile i8 1, ptr %p
  call void @free(ptr %p)
  ret void
}
define void @f0() noinline {
  call void @h()
  call void @may_throw()
  call void @f1()
  ret void
}
define void @f1() noinline {
  call void @h()
  call void @may_throw()
  call void @f2()
  ret void
}
define void @f2() noinline {
  call void @h()
  call void @may_throw()
  call void @f3()
  ret void
}
define void @f3() noinline {
  call void @h()
  call void @may_throw()
  ret void
}

;--- cleanup.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @use(ptr) nounwind
declare void @may_throw(ptr) nocallback
declare void @destroy(ptr) nounwind
declare i32 @next(i32) nocallback
declare i32 @__gxx_personality_v0(...)
define void @g() personality ptr @__gxx_personality_v0 {
entry:
  %s = alloca [8000 x i8], align 16, !heap2stack.slot !0
  %obj = alloca i64, align 8
  call void @use(ptr %s)
  invoke void @may_throw(ptr %obj)
          to label %cont unwind label %lpad
cont:
  call void @may_throw(ptr %s)
  ret void
lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
  call void @destroy(ptr %obj)
  resume { ptr, i32 } %lp
}
define i32 @t(i32 %x) {
entry:
  %s = alloca [8000 x i8], align 16, !heap2stack.slot !0
  call void @may_throw(ptr %s)
  %r = musttail call i32 @next(i32 %x)
  ret i32 %r
}
!0 = !{!"'helper' at t.c:1:1"}

;--- loop.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @ext(i64) nocallback
declare void @use(ptr) nocallback nounwind
define internal void @h(i64 %i) {
  %p = call ptr @malloc(i64 1000)
  store volatile i8 1, ptr %p
  call void @ext(i64 %i)
  call void @free(ptr %p)
  ret void
}
define void @loop(i64 %n) {
entry:
  %big = alloca [5000 x i8], align 16
  call void @use(ptr %big)
  br label %body
body:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  call void @h(i64 %i)
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %body
exit:
  ret void
}
