; The stack check and the stacks that are not the thread's own (audit4,
; calls 2 and 3; pass/stack_check.c).  A signal's alternate stack or a
; makecontext fiber's stack may be an automatic array inside the thread's
; stack, where the check's range test cannot tell it from the thread's own;
; and a lower RLIMIT_STACK shrinks the main thread's stack after the cache
; was filled.  So:
;   query   the query asks sigaltstack first: on the alternate stack, the
;           heap, nothing cached; an alternate stack, or a stack recorded
;           below, inside the thread's stack: all ones cached (the heap for
;           every check of the thread);
;   resets  after each direct call of sigaltstack, setrlimit, setrlimit64,
;           prlimit, prlimit64 and makecontext the cache is reset (0: the
;           next check asks again), in every function, with or without
;           allocations; sigaltstack's and makecontext's stacks are added
;           to the thread's union of foreign stacks before the call;
;           swapcontext changes nothing the cache says; an invoke's reset
;           goes on its normal edge; a second run adds no second reset;
;   mips    Linux MIPS keeps ss_size before ss_flags;
;   freebsd ucontext_t is not known: makecontext's stack counts as anywhere;
;   none    no known C library: the query has no answer (the heap);
;   windows no stack check, no resets.
; Each RUN failed before the fix (no sigaltstack, no reset).
; RUN: rm -rf %t && split-file %s %t
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -S %t/query.ll -o %t/query.out.ll
; RUN: FileCheck %s --check-prefix=QUERY < %t/query.out.ll
; RUN: %opt-noplugin -passes=verify -disable-output %t/query.out.ll
; RUN: %opt -passes=heap2stack -pass-remarks-analysis=heap2stack -S %t/resets.ll \
; RUN:   -o %t/resets.out.ll 2>%t/resets.err
; RUN: FileCheck %s --check-prefix=RESETS < %t/resets.out.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t/resets.err
; RUN: %opt-noplugin -passes=verify -disable-output %t/resets.out.ll
; RUN: %opt -passes=heap2stack -pass-remarks-analysis=heap2stack -S %t/resets.out.ll 2>%t/twice.err \
; RUN:   | FileCheck %s --check-prefix=TWICE
; RUN: count 0 < %t/twice.err
; RUN: sed 's/x86_64-pc-linux-gnu/mips64el-unknown-linux-gnuabi64/' %t/resets.ll \
; RUN:   | %opt -passes=heap2stack -S | FileCheck %s --check-prefix=MIPS
; RUN: sed 's/x86_64-pc-linux-gnu/x86_64-unknown-freebsd14.0/' %t/resets.ll \
; RUN:   | %opt -passes=heap2stack -S | FileCheck %s --check-prefix=FREEBSD
; RUN: sed 's/x86_64-pc-linux-gnu/x86_64-unknown-none-elf/' %t/query.ll \
; RUN:   | %opt -passes=heap2stack -S | FileCheck %s --check-prefix=NONE
; RUN: sed 's/x86_64-pc-linux-gnu/x86_64-pc-windows-msvc/' %t/resets.ll \
; RUN:   | %opt -passes=heap2stack -S | FileCheck %s --check-prefix=WINDOWS

;--- query.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias ptr @malloc(i64) allockind("alloc,uninitialized") allocsize(0) "alloc-family"="malloc"
declare void @free(ptr) allockind("free") "alloc-family"="malloc"
declare void @use(ptr nocapture readonly) nofree nounwind nocallback

; QUERY-LABEL: define void @big_buffer()
; QUERY:      h2s.init:
; QUERY:        icmp ne ptr @sigaltstack, null
; QUERY:        br i1 {{%.*}}, label %h2s.altstack, label %h2s.cache
; The stack_t goes into the scratch; a failed call: no answer, the heap.
; QUERY:      h2s.altstack:
; QUERY-NEXT:   [[SCRATCH:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_query)
; QUERY-NEXT:   [[RC:%.*]] = call i32 @sigaltstack(ptr null, ptr [[SCRATCH]]), !heap2stack.cache_reset
; QUERY-NEXT:   [[OK:%.*]] = icmp eq i32 [[RC]], 0
; QUERY-NEXT:   br i1 [[OK]], label %h2s.altstack.got, label %h2s.cache
; ss_sp, ss_flags, ss_size; SS_ONSTACK: the heap, and straight to the
; check, not through the cache (the next check asks again).
; QUERY:      h2s.altstack.got:
; QUERY-NEXT:   [[SP:%.*]] = load ptr, ptr [[SCRATCH]], align 8
; QUERY-NEXT:   %h2s.altstack.sp = ptrtoint ptr [[SP]] to i64
; QUERY-NEXT:   [[FLAGS:%.*]] = getelementptr inbounds i8, ptr [[SCRATCH]], i64 8
; QUERY-NEXT:   %h2s.altstack.flags = load i32, ptr [[FLAGS]], align 4
; QUERY-NEXT:   [[SIZE:%.*]] = getelementptr inbounds i8, ptr [[SCRATCH]], i64 16
; QUERY-NEXT:   %h2s.altstack.size = load i64, ptr [[SIZE]], align 8
; QUERY-NEXT:   [[ONSTACK:%.*]] = and i32 %h2s.altstack.flags, 1
; QUERY-NEXT:   %h2s.on.altstack = icmp ne i32 [[ONSTACK]], 0
; QUERY-NEXT:   br i1 %h2s.on.altstack, label %h2s.room, label %h2s.query
; QUERY:      h2s.query:
; QUERY:        call i32 @pthread_getattr_np(i64 {{%.*}}, ptr [[SCRATCH]])
; The alternate stack, or the union of the stacks recorded at resets,
; inside [low, high): all ones.
; QUERY:      h2s.known:
; QUERY:        %h2s.stack.high = add i64 %h2s.stack.low, %h2s.stack.size
; QUERY:        [[END:%.*]] = add i64 %h2s.altstack.sp, %h2s.altstack.size
; QUERY:        [[A1:%.*]] = icmp ult i64 %h2s.altstack.sp, %h2s.stack.high
; QUERY-NEXT:   [[A2:%.*]] = icmp ugt i64 {{%.*}}, %h2s.stack.low
; QUERY-NEXT:   %h2s.altstack.inside = and i1 [[A1]], [[A2]]
; QUERY-NEXT:   [[FL:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_foreign_low)
; QUERY-NEXT:   %h2s.foreign.low = load i64, ptr [[FL]], align 8
; QUERY-NEXT:   [[FH:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_foreign_high)
; QUERY-NEXT:   %h2s.foreign.high = load i64, ptr [[FH]], align 8
; QUERY-NEXT:   [[F1:%.*]] = icmp ult i64 %h2s.foreign.low, %h2s.stack.high
; QUERY-NEXT:   [[F2:%.*]] = icmp ugt i64 %h2s.foreign.high, %h2s.stack.low
; QUERY-NEXT:   %h2s.foreign.inside = and i1 [[F1]], [[F2]]
; QUERY-NEXT:   [[INSIDE:%.*]] = or i1 %h2s.altstack.inside, %h2s.foreign.inside
; QUERY-NEXT:   %h2s.no.slots = or i1 {{%.*}}, [[INSIDE]]
; QUERY-NEXT:   [[LIMIT:%.*]] = select i1 %h2s.no.slots, i64 -1, i64 {{%.*}}
; QUERY-NEXT:   br label %h2s.cache
; QUERY:      h2s.cache:
; QUERY-NEXT:   %h2s.limit.new = phi i64 [ -1, %h2s.init ], [ -1, %h2s.altstack ], [ -1, %h2s.query ], [ -1, %h2s.got ], [ [[LIMIT]], %h2s.known ]
; QUERY:      h2s.room:
; QUERY-NEXT:   %h2s.limit.now = phi i64 [ %h2s.limit, %h2s.entry ], [ %h2s.limit.new, %h2s.cache ], [ -1, %h2s.altstack.got ]
; The fast path is as before: two thread-local loads and three compares.
; QUERY:        %h2s.has.room = and i1 %h2s.on.stack,
; QUERY:      declare extern_weak i32 @sigaltstack(ptr, ptr)
define void @big_buffer() {
entry:
  %p = call ptr @malloc(i64 60000)
  call void @use(ptr %p)
  call void @free(ptr %p)
  ret void
}

; NONE-LABEL: define void @big_buffer()
; NONE:       h2s.init:
; NONE-NEXT:    br label %h2s.cache
; NONE:       h2s.cache:
; NONE-NEXT:    %h2s.limit.new = phi i64 [ -1, %h2s.init ]
; NONE-NOT:     sigaltstack

;--- resets.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare i32 @sigaltstack(ptr, ptr) nounwind
declare i32 @setrlimit(i32, ptr) nounwind
declare i32 @setrlimit64(i32, ptr) nounwind
declare i32 @prlimit(i32, i32, ptr, ptr) nounwind
declare i32 @prlimit64(i32, i32, ptr, ptr) nounwind
declare void @makecontext(ptr, ptr, i32, ...) nounwind
declare i32 @swapcontext(ptr, ptr) nounwind
declare i32 @__gxx_personality_v0(...)

; A module without a checked site defines the cache it resets:
; RESETS-DAG: @__heap2stack_stack_limit = linkonce_odr hidden thread_local global i64 0, align 8
; RESETS-DAG: @__heap2stack_stack_foreign_low = linkonce_odr hidden thread_local global i64 -1, align 8
; RESETS-DAG: @__heap2stack_stack_foreign_high = linkonce_odr hidden thread_local global i64 0, align 8

; REMARK: remark: <unknown>:0:0: the stack check's cache is reset after this call to 'sigaltstack': it may set up an alternate signal stack inside the thread's stack; the stack is recorded, and a thread with such a stack uses the heap for checked slots
; sigaltstack(ss, old): ss read before the call (ss may also be old), its
; range (none if ss is null or SS_DISABLE) added to the union, the cache
; reset before and after.
; RESETS-LABEL: define i32 @set_altstack(ptr %ss, ptr %old)
; RESETS-NEXT:  entry:
; RESETS-NEXT:    [[GIVEN:%.*]] = icmp ne ptr %ss, null
; RESETS-NEXT:    [[SCRATCH:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_query)
; RESETS-NEXT:    [[SS:%.*]] = select i1 [[GIVEN]], ptr %ss, ptr [[SCRATCH]]
; RESETS-NEXT:    [[SP:%.*]] = load ptr, ptr [[SS]], align 8
; RESETS-NEXT:    %h2s.set.sp = ptrtoint ptr [[SP]] to i64
; RESETS-NEXT:    [[SIZEAT:%.*]] = getelementptr inbounds i8, ptr [[SS]], i64 16
; RESETS-NEXT:    %h2s.set.size = load i64, ptr [[SIZEAT]], align 8
; RESETS:         [[FLAGSAT:%.*]] = getelementptr inbounds i8, ptr [[SS]], i64 8
; RESETS-NEXT:    [[FLAGS:%.*]] = load i32, ptr [[FLAGSAT]], align 4
; RESETS-NEXT:    [[DISABLE:%.*]] = and i32 [[FLAGS]], 2
; RESETS-NEXT:    [[ENABLED:%.*]] = icmp eq i32 [[DISABLE]], 0
; RESETS-NEXT:    %h2s.sets = and i1 [[GIVEN]], [[ENABLED]]
; RESETS-NEXT:    [[LO:%.*]] = select i1 %h2s.sets, i64 %h2s.set.sp, i64 -1
; RESETS-NEXT:    [[HI:%.*]] = select i1 %h2s.sets, i64 {{%.*}}, i64 0
; RESETS-NEXT:    [[FLAT:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_foreign_low)
; RESETS-NEXT:    [[FL:%.*]] = load i64, ptr [[FLAT]], align 8
; RESETS-NEXT:    [[C1:%.*]] = icmp ult i64 [[LO]], [[FL]]
; RESETS-NEXT:    [[NL:%.*]] = select i1 [[C1]], i64 [[LO]], i64 [[FL]]
; RESETS-NEXT:    store i64 [[NL]], ptr [[FLAT]], align 8
; RESETS-NEXT:    [[FHAT:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_foreign_high)
; RESETS-NEXT:    [[FH:%.*]] = load i64, ptr [[FHAT]], align 8
; RESETS-NEXT:    [[C2:%.*]] = icmp ugt i64 [[HI]], [[FH]]
; RESETS-NEXT:    [[NH:%.*]] = select i1 [[C2]], i64 [[HI]], i64 [[FH]]
; RESETS-NEXT:    store i64 [[NH]], ptr [[FHAT]], align 8
; RESETS-NEXT:    [[L1:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[L1]], align 8
; RESETS-NEXT:    %r = call i32 @sigaltstack(ptr %ss, ptr %old), !heap2stack.cache_reset
; RESETS-NEXT:    [[L2:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[L2]], align 8
; RESETS-NEXT:    ret i32 %r
define i32 @set_altstack(ptr %ss, ptr %old) {
entry:
  %r = call i32 @sigaltstack(ptr %ss, ptr %old)
  ret i32 %r
}

; REMARK: remark: <unknown>:0:0: the stack check's cache is reset after this call to 'setrlimit': it may lower RLIMIT_STACK, which bounds the main thread's stack
; REMARK: remark: <unknown>:0:0: the stack check's cache is reset after this call to 'setrlimit64': it may lower RLIMIT_STACK, which bounds the main thread's stack
; REMARK: remark: <unknown>:0:0: the stack check's cache is reset after this call to 'prlimit': it may lower RLIMIT_STACK, which bounds the main thread's stack
; REMARK: remark: <unknown>:0:0: the stack check's cache is reset after this call to 'prlimit64': it may lower RLIMIT_STACK, which bounds the main thread's stack
; RESETS-LABEL: define i32 @lower_limit(ptr %rl)
; RESETS-NEXT:  entry:
; RESETS-NEXT:    %a = call i32 @setrlimit(i32 3, ptr %rl), !heap2stack.cache_reset
; RESETS-NEXT:    [[R1:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[R1]], align 8
; RESETS-NEXT:    %b = call i32 @setrlimit64(i32 3, ptr %rl), !heap2stack.cache_reset
; RESETS-NEXT:    [[R2:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[R2]], align 8
; RESETS-NEXT:    %c = call i32 @prlimit(i32 0, i32 3, ptr %rl, ptr null), !heap2stack.cache_reset
; RESETS-NEXT:    [[R3:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[R3]], align 8
; RESETS-NEXT:    %d = call i32 @prlimit64(i32 0, i32 3, ptr %rl, ptr null), !heap2stack.cache_reset
; RESETS-NEXT:    [[R4:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[R4]], align 8
; RESETS-NEXT:    %s = add i32 %a, %b
define i32 @lower_limit(ptr %rl) {
entry:
  %a = call i32 @setrlimit(i32 3, ptr %rl)
  %b = call i32 @setrlimit64(i32 3, ptr %rl)
  %c = call i32 @prlimit(i32 0, i32 3, ptr %rl, ptr null)
  %d = call i32 @prlimit64(i32 0, i32 3, ptr %rl, ptr null)
  %s = add i32 %a, %b
  ret i32 %s
}

; REMARK: remark: <unknown>:0:0: the stack check's cache is reset after this call to 'makecontext': it makes a context whose stack may lie inside the thread's stack; the stack is recorded, and a thread with such a stack uses the heap for checked slots
; REMARK-NOT: 'swapcontext'
; makecontext(ucp, ...): ucp->uc_stack (at 16 on x86-64 Linux) recorded.
; RESETS-LABEL: define void @make_fiber(ptr %uc, ptr %fn)
; RESETS-NEXT:  entry:
; RESETS-NEXT:    [[UCSTACK:%.*]] = getelementptr inbounds i8, ptr %uc, i64 16
; RESETS-NEXT:    [[SP:%.*]] = load ptr, ptr [[UCSTACK]], align 8
; RESETS-NEXT:    %h2s.set.sp = ptrtoint ptr [[SP]] to i64
; RESETS-NEXT:    [[SIZEAT:%.*]] = getelementptr inbounds i8, ptr [[UCSTACK]], i64 16
; RESETS-NEXT:    %h2s.set.size = load i64, ptr [[SIZEAT]], align 8
; RESETS:         store i64 {{%.*}}, ptr {{%.*}}, align 8
; RESETS:         store i64 {{%.*}}, ptr {{%.*}}, align 8
; RESETS:         store i64 0, ptr {{%.*}}, align 8
; RESETS-NEXT:    call void (ptr, ptr, i32, ...) @makecontext(ptr %uc, ptr %fn, i32 0), !heap2stack.cache_reset
; RESETS-NEXT:    [[R:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[R]], align 8
; RESETS-NEXT:    %r = call i32 @swapcontext(ptr %uc, ptr %uc)
; RESETS-NEXT:    ret void
define void @make_fiber(ptr %uc, ptr %fn) {
entry:
  call void (ptr, ptr, i32, ...) @makecontext(ptr %uc, ptr %fn, i32 0)
  %r = call i32 @swapcontext(ptr %uc, ptr %uc)
  ret void
}

; An invoke: the reset on its normal edge, the phi renamed to it.
; RESETS-LABEL: define i32 @invoked(ptr %rl, i1 %c)
; RESETS:         %r = invoke i32 @setrlimit(i32 3, ptr %rl)
; RESETS-NEXT:            to label %h2s.reset unwind label %lp, !heap2stack.cache_reset
; RESETS:       h2s.reset:
; RESETS-NEXT:    [[R:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_limit)
; RESETS-NEXT:    store i64 0, ptr [[R]], align 8
; RESETS-NEXT:    br label %done
; RESETS:       done:
; RESETS-NEXT:    %v = phi i32 [ %r, %h2s.reset ], [ 7, %entry ]
define i32 @invoked(ptr %rl, i1 %c) personality ptr @__gxx_personality_v0 {
entry:
  br i1 %c, label %call, label %done
call:
  %r = invoke i32 @setrlimit(i32 3, ptr %rl) to label %done unwind label %lp
done:
  %v = phi i32 [ %r, %call ], [ 7, %entry ]
  ret i32 %v
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}

; TWICE-LABEL: define i32 @set_altstack(
; TWICE-COUNT-2: store i64 0,
; TWICE-NOT:     store i64 0,
; TWICE:         ret i32 %r
; TWICE-LABEL: define i32 @lower_limit(
; TWICE-COUNT-4: store i64 0,
; TWICE-NOT:     store i64 0,
; TWICE:         ret i32

; MIPS-LABEL: define i32 @set_altstack(
; MIPS:         %h2s.set.sp =
; MIPS-NEXT:    [[SIZEAT:%.*]] = getelementptr inbounds i8, ptr {{%.*}}, i64 8
; MIPS-NEXT:    %h2s.set.size = load i64, ptr [[SIZEAT]], align 8
; MIPS:         [[FLAGSAT:%.*]] = getelementptr inbounds i8, ptr {{%.*}}, i64 16
; MIPS-NEXT:    load i32, ptr [[FLAGSAT]], align 4
; MIPS-LABEL: define void @make_fiber(
; MIPS-NEXT:  entry:
; MIPS-NEXT:    getelementptr inbounds i8, ptr %uc, i64 16

; FREEBSD-LABEL: define void @make_fiber(
; FREEBSD-NEXT:  entry:
; FREEBSD-NEXT:    [[FL:%.*]] = call ptr @llvm.threadlocal.address.p0(ptr @__heap2stack_stack_foreign_low)
; FREEBSD-NEXT:    [[LOW:%.*]] = load i64, ptr [[FL]], align 8
; FREEBSD-NEXT:    [[C:%.*]] = icmp ult i64 0, [[LOW]]
; FREEBSD-NEXT:    select i1 [[C]], i64 0, i64 [[LOW]]

; WINDOWS-NOT: heap2stack_stack
