; Funclet EH (catchswitch, catchpad, cleanuppad: the Windows model, which IR
; may use with any triple) cannot take the cleanup landingpad the frame
; re-check adds to functions that may unwind: a call inside a catchpad must
; unwind where its catchswitch does.  Such a function's slots stay as they
; are; the module must stay valid (audit5: "Broken module found" before).
; RUN: %opt -passes='heap2stack<max-frame=4000>' -S %s -o %t.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: FileCheck %s < %t.ll
; CHECK-NOT: landingpad
; CHECK-NOT: h2s.unwind
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
