; heap2stack audit5 (frame re-check may unwind): funclet EH.
; h2s_demote_slot turns every call that may unwind into an invoke of a new
; `landingpad` cleanup (h2s.unwind), including a call inside a catchpad
; funclet (with its "funclet" bundle).  In a function whose EH uses
; catchswitch/catchpad (a funclet personality, here __CxxFrameHandler3 in a
; module with a Linux triple, so module_unavailable does not exclude it),
; the result is invalid IR:
;   Unwind edges out of a catch must have the same unwind dest as the parent catchswitch
;   LLVM ERROR: Broken module found, compilation aborted!
; opt-22 -load-pass-plugin=/work/plugins-d967558/h2s-22.so -passes='heap2stack<max-frame=4000>' -S frame-recheck-funclet-eh.ll
; (same with opt-19 and h2s-19.so)
; Expected: the slot stays as it is (or a valid module); actual: verifier abort.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @use(ptr) nounwind
declare void @may_throw(ptr)
declare i32 @__CxxFrameHandler3(...)
define void @g() personality ptr @__CxxFrameHandler3 {
entry:
  %s = alloca [8000 x i8], align 16, !heap2stack.slot !0
  call void @use(ptr %s)
  invoke void @may_throw(ptr %s)
          to label %cont unwind label %cs
cont:
  call void @may_throw(ptr %s)
  ret void
cs:
  %sw = catchswitch within none [label %h] unwind to caller
h:
  %cp = catchpad within %sw [ptr null, i32 64, ptr null]
  call void @may_throw(ptr %s) [ "funclet"(token %cp) ]
  catchret from %cp to label %cont
}
!0 = !{!"'helper' at t.c:1:1"}
