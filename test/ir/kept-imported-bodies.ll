; pass/imported_bodies.c: an imported (available_externally) maker that the
; inliner left as a call.  heap2stack-keep-bodies, which clang runs when the
; simplification pipeline starts, gives it an internal copy that
; EliminateAvailableExternallyPass does not drop; the late run decides the
; caller with that body: the object moves to the caller's frame, the caller
; calls the copy point_new.h2s made from it, and the kept body is gone.
; Without the kept body the maker is a declaration and the object stays.
; RUN: %opt -passes='heap2stack-keep-bodies,elim-avail-extern,heap2stack' \
; RUN:   -pass-remarks-output=%t.yaml -S %s -o %t.ll
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: %opt -passes='elim-avail-extern,heap2stack' -pass-remarks=heap2stack \
; RUN:   -pass-remarks-missed=heap2stack -S %s -o %t.none.ll 2>%t.none.err
; RUN: FileCheck %s --check-prefix=NONE < %t.none.ll
; RUN: count 0 < %t.none.err
; Where the body is still there (ThinLTO's pre-link has no
; EliminateAvailableExternallyPass), the copy is made from the function
; itself, and neither it nor anything else keeps a mark.
; RUN: %opt -passes='heap2stack-keep-bodies,heap2stack' -S %s | FileCheck %s --check-prefix=NOELIM
; NOELIM: define internal ptr @point_new.h2s(
; NOELIM-NOT: heap2stack-kept-body
; NOELIM-NOT: heap2stack-body-of
; Without a late run (the CGSCC form, or -heap2stack-disable), nothing is kept.
; RUN: %opt -heap2stack-disable -passes='heap2stack-keep-bodies' -S %s | FileCheck %s --check-prefix=KEEP-OFF
; RUN: %opt -heap2stack-caller-frames=0 -passes='heap2stack-keep-bodies' -S %s | FileCheck %s --check-prefix=KEEP-OFF
; KEEP-OFF-NOT: h2s.body
; What is kept, before the late run: the maker only.
; RUN: %opt -passes='heap2stack-keep-bodies' -S %s | FileCheck %s --check-prefix=KEPT
; KEPT: @llvm.compiler.used = appending global [1 x ptr] [ptr @point_new.h2s.body]
; KEPT: define available_externally ptr @point_new(i64 %v) #[[ORIGIN:[0-9]+]]
; KEPT: define internal ptr @point_new.h2s.body(i64 %v) #[[BODY:[0-9]+]]
; KEPT-NOT: my_alloc.h2s.body
; KEPT-NOT: twice.h2s.body
; KEPT: attributes #[[ORIGIN]] = { "heap2stack-kept-body"="point_new.h2s.body" }
; KEPT: attributes #[[BODY]] = { "heap2stack-body-of"="point_new" }
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare noalias ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr allocptr) allockind("free") "alloc-family"="malloc"
declare void @use(i64) nocallback

; The maker, as ThinLTO imports it from another file.
define available_externally ptr @point_new(i64 %v) {
entry:
  %p = call ptr @malloc(i64 16)
  %null = icmp eq ptr %p, null
  br i1 %null, label %fail, label %fill
fill:
  store i64 %v, ptr %p
  %y = getelementptr inbounds i8, ptr %p, i64 8
  %v3 = mul i64 %v, 3
  store i64 %v3, ptr %y
  ret ptr %p
fail:
  ret ptr null
}

; An imported allocator wrapper declared as one: its calls are allocations
; by its attributes, not by its body, and it gets no kept body.
define available_externally noalias ptr @my_alloc(i64 %n) allocsize(0) {
  %p = call ptr @malloc(i64 %n)
  ret ptr %p
}

; An imported function that neither allocates nor frees: nothing to keep.
define available_externally i64 @twice(i64 %v) nocallback {
  %r = mul i64 %v, 2
  ret i64 %r
}

; CHECK-LABEL: define i64 @use_point(
; CHECK: %[[SLOT:.*]] = alloca [16 x i8], align 16
; CHECK: call ptr @point_new.h2s(i64 %v, ptr{{.*}} %[[SLOT]])
; CHECK-NOT: call void @free
; CHECK: ret i64
; YAML: --- !Passed
; YAML-NEXT: Pass: heap2stack
; YAML-NEXT: Name: Moved
; YAML-NEXT: Function: use_point
; YAML: Maker: point_new{{$}}
; YAML: --- !Passed
; YAML-NEXT: Pass: heap2stack
; YAML-NEXT: Name: MovedToCaller
; YAML-NEXT: Function: point_new.h2s.inline
; YAML: Caller: use_point
; YAML: Copy: point_new.h2s
; YAML-NOT: Function: point_new.h2s.body
; (Since the fifth audit, point_new is a C name: its available_externally body may
; not be the one a call runs, so use_point first calls a copy of it,
; point_new.h2s.inline, and the allocation moved is that copy's.  The copy
; is deleted once nothing calls it.)
; CHECK-NOT: point_new.h2s.inline
; NONE-LABEL: define i64 @use_point(
; NONE: call ptr @point_new(i64 %v)
; NONE: call void @free
define i64 @use_point(i64 %v) {
  %p = call ptr @point_new(i64 %v)
  %t = call i64 @twice(i64 %v)
  call void @use(i64 %t)
  %x = load i64, ptr %p
  %yp = getelementptr inbounds i8, ptr %p, i64 8
  %y = load i64, ptr %yp
  %r = add i64 %x, %y
  call void @free(ptr %p)
  ret i64 %r
}

; CHECK-LABEL: define internal ptr @point_new.h2s(i64 %v, ptr {{.*}}%h2s.storage)
; CHECK-NOT: call ptr @malloc
; CHECK: ret ptr
; The kept body is gone, and so is every mark of it.
; CHECK-NOT: point_new.h2s.body
; CHECK-NOT: heap2stack-kept-body
; CHECK-NOT: heap2stack-body-of
; CHECK-NOT: llvm.compiler.used
