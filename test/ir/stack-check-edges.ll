; Stack-safety rewrites on modules and functions that are out of the
; ordinary (found by review; each RUN failed or crashed before its fix):
;   alias      a call through a GlobalAlias (C++ C1 -> C2 constructors) adds the
;              aliased function's chain (max-chain);
;   inlined    max-chain holds after inlining too: b's 40,000-byte slot inlined
;              into a, which still calls c (40,000): 80,000 > 65,536, so the
;              inlined slot becomes a checked one;
;   arm        a demoted align-16 slot on a target whose malloc gives 8 bytes
;              uses aligned_alloc;
;   throwing   a function that may unwind (f, with no personality) has its
;              slots demoted too (it kept them, and broke max-frame, before
;              audit 4): its calls that may unwind now unwind to a cleanup
;              landing pad with the C runtime's personality, which frees
;              both heap cases and resumes, as the return does;
;   apple, nvptx, own-global, localescape: no stack check (NoStackCheck, or no
;              demotion), instead of an unlinkable weak import, a thread-local
;              on a GPU, a clash with the module's own global, or
;              llvm.localescape moved out of the entry block;
;   nofile     a debug location whose scope has no file does not crash.
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes='heap2stack<stack-check-above=100000;max-chain=65536>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %t/alias.ll 2>&1 | FileCheck %s --check-prefix=ALIAS
; RUN: %opt -passes='cgscc(inline,heap2stack<stack-check-above=100000;max-chain=65536>)' -pass-remarks-missed=heap2stack \
; RUN:   -S %t/inlined.ll -o %t/inlined.out.ll 2>%t/inlined.err
; RUN: FileCheck %s --check-prefix=INLINED < %t/inlined.err
; RUN: %opt-noplugin -passes=verify -disable-output %t/inlined.out.ll
; RUN: %opt -passes='heap2stack<max-frame=100>' -S %t/arm.ll | FileCheck %s --check-prefix=ARM
; RUN: %opt -passes='heap2stack<max-frame=9000>' -S %t/throwing.ll -o %t/throwing.out.ll
; RUN: FileCheck %s --check-prefix=THROWING < %t/throwing.out.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t/throwing.out.ll
; RUN: %opt -passes=heap2stack -pass-remarks-missed=heap2stack -disable-output %t/apple.ll 2>&1 \
; RUN:   | FileCheck %s --check-prefix=APPLE
; RUN: %opt -passes='heap2stack<max-frame=9000>' -S %t/nvptx.ll | FileCheck %s --check-prefix=NVPTX
; RUN: %opt -passes=heap2stack -pass-remarks-missed=heap2stack -S %t/own-global.ll -o %t/own.out.ll 2>%t/own.err
; RUN: FileCheck %s --check-prefix=OWN < %t/own.err
; RUN: %opt-noplugin -passes=verify -disable-output %t/own.out.ll
; RUN: %opt -passes=heap2stack -pass-remarks-missed=heap2stack -S %t/localescape.ll -o %t/le.out.ll 2>%t/le.err
; RUN: FileCheck %s --check-prefix=LOCALESCAPE < %t/le.err
; RUN: %opt-noplugin -passes=verify -disable-output %t/le.out.ll
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -disable-output %t/nofile.ll 2>&1 \
; RUN:   | FileCheck %s --check-prefix=NOFILE

; ALIAS: remark: <unknown>:0:0: moved to stack when the thread's stack has room: 30000-byte malloc {{.*}} (an unchecked slot would make the static slots along 'caller' -> 'impl' 70000 bytes > max-chain 65536)
; ALIAS: remark: <unknown>:0:0: moved to stack when the thread's stack has room: 30000-byte malloc {{.*}} (an unchecked slot would make the static slots along 'caller2' -> 'impl' 70000 bytes > max-chain 65536)
; INLINED: remark: <unknown>:0:0: call chain over budget after inlining: 'a' and its callees would hold 80000 bytes of static slots > max-chain 65536, so the 40000-byte slot of 'b' uses the stack only when the thread has room, the heap otherwise
; ARM-LABEL: define void @f(
; ARM-DAG: call ptr @aligned_alloc(i32 16, i32 8000)
; ARM-DAG: call ptr @malloc(i32 8000)
; THROWING-LABEL: define void @f() personality ptr @__gcc_personality_v0 {
; THROWING-NOT: !heap2stack.slot
; THROWING: {{^}}entry:
; THROWING-NEXT: invoke void @may_throw(ptr %h2s.slot)
; THROWING-NEXT: to label %[[NEXT:.*]] unwind label %h2s.unwind
; THROWING: [[NEXT]]:
; THROWING-NEXT: invoke void @may_throw(ptr %h2s.slot{{[0-9]+}})
; THROWING-NEXT: to label %[[RET:.*]] unwind label %h2s.unwind
; THROWING: [[RET]]:
; THROWING-NEXT: call void @free(ptr %h2s.heap.owned)
; THROWING-NEXT: call void @free(ptr %h2s.heap.owned{{[0-9]+}})
; THROWING-NEXT: ret void
; THROWING: {{^}}h2s.unwind:
; THROWING-NEXT: %h2s.lp = landingpad { ptr, i32 }
; THROWING-NEXT: cleanup
; THROWING-NEXT: call void @free(ptr %h2s.heap.owned)
; THROWING-NEXT: call void @free(ptr %h2s.heap.owned{{[0-9]+}})
; THROWING-NEXT: resume { ptr, i32 } %h2s.lp
; APPLE: remark: <unknown>:0:0: too large for an unchecked stack slot: 8000 bytes > stack-check-above 4096, and no stack check: Apple's C library has no pthread_getattr_np for the stack check
; NVPTX-NOT: threadlocal
; NVPTX: %a = alloca [8000 x i8], align 16, !heap2stack.slot
; NVPTX-NOT: threadlocal
; OWN: remark: <unknown>:0:0: too large for an unchecked stack slot: 8000 bytes > stack-check-above 4096, and no stack check: the module defines a __heap2stack_stack_* global of its own
; LOCALESCAPE: remark: <unknown>:0:0: too large for an unchecked stack slot: 8000 bytes > stack-check-above 4096, and no stack check: the function uses llvm.localescape
; NOFILE: remark: {{.*}}: moved to stack: 100-byte malloc (align 16)

;--- alias.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
@al = alias void (), ptr @impl
define void @impl() {
  %p = call ptr @malloc(i64 40000)
  store volatile i8 1, ptr %p
  call void @free(ptr %p)
  ret void
}
define void @caller() {
  %p = call ptr @malloc(i64 30000)
  store volatile i8 1, ptr %p
  call void @al()
  call void @free(ptr %p)
  ret void
}
define void @caller2() {
  %p = call ptr @malloc(i64 30000)
  store volatile i8 1, ptr %p
  call void @impl()
  call void @free(ptr %p)
  ret void
}

;--- inlined.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
define internal void @b() nounwind {
  %p = call ptr @malloc(i64 40000)
  store volatile i8 1, ptr %p
  call void @free(ptr %p)
  ret void
}
define void @c() noinline nounwind {
  %p = call ptr @malloc(i64 40000)
  store volatile i8 1, ptr %p
  call void @free(ptr %p)
  ret void
}
define void @a() nounwind {
  call void @b()
  call void @c()
  ret void
}

;--- arm.ll
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"
declare void @use(ptr)
define void @f() nounwind {
entry:
  %a = alloca [8000 x i8], align 16, !heap2stack.slot !0
  %b = alloca [8000 x i8], align 8, !heap2stack.slot !0
  call void @use(ptr %a)
  call void @use(ptr %b)
  ret void
}
!0 = !{!"'helper' at t.c:1:1"}

;--- throwing.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare void @may_throw(ptr)
define void @f() personality ptr null {
entry:
  %a = alloca [8000 x i8], align 16, !heap2stack.slot !0
  %b = alloca [8000 x i8], align 16, !heap2stack.slot !0
  call void @may_throw(ptr %a)
  call void @may_throw(ptr %b)
  ret void
}
!0 = !{!"'helper' at t.c:1:1"}

;--- apple.ll
target datalayout = "e-m:o-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "arm64-apple-macosx14.0.0"
declare ptr @malloc(i64)
declare void @free(ptr)
define i8 @f() {
  %p = call ptr @malloc(i64 8000)
  store volatile i8 1, ptr %p
  %v = load volatile i8, ptr %p
  call void @free(ptr %p)
  ret i8 %v
}

;--- nvptx.ll
target triple = "nvptx64-nvidia-cuda"
declare void @use(ptr)
define void @f() nounwind {
entry:
  %a = alloca [8000 x i8], align 16, !heap2stack.slot !0
  %b = alloca [8000 x i8], align 16, !heap2stack.slot !0
  call void @use(ptr %a)
  call void @use(ptr %b)
  ret void
}
!0 = !{!"'helper' at t.c:1:1"}

;--- own-global.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
@__heap2stack_stack_limit = global i8 0
declare ptr @malloc(i64)
declare void @free(ptr)
define i8 @f() {
  %p = call ptr @malloc(i64 8000)
  store volatile i8 1, ptr %p
  %v = load volatile i8, ptr %p
  call void @free(ptr %p)
  ret i8 %v
}

;--- localescape.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.localescape(...)
define i8 @f() {
entry:
  %x = alloca i32
  call void (...) @llvm.localescape(ptr %x)
  %p = call ptr @malloc(i64 8000)
  store volatile i8 1, ptr %p
  %v = load volatile i8, ptr %p
  call void @free(ptr %p)
  ret i8 %v
}

;--- nofile.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"
declare ptr @malloc(i64)
declare void @free(ptr)
define i8 @f() !dbg !5 {
  %p = call ptr @malloc(i64 100), !dbg !12
  store volatile i8 1, ptr %p
  %v = load volatile i8, ptr %p
  call void @free(ptr %p), !dbg !12
  ret i8 %v, !dbg !12
}
!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "x", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", type: !6, unit: !0, spFlags: DISPFlagDefinition | DISPFlagOptimized)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!12 = !DILocation(line: 3, column: 1, scope: !5)
