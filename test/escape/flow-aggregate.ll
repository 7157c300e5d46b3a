; insertvalue/extractvalue carry the pointer inside a first-class aggregate,
; including through a whole-aggregate store to a local and load back (-O0
; style); an aggregate holding it stored to a global escapes.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=FINAL --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: define {{.*}}@agg_o0_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @agg_o0_moves() {
  %p.addr = alloca ptr, align 8
  %pair.addr = alloca { ptr, i32 }, align 8
  %p = call ptr @malloc(i64 4)
  store ptr %p, ptr %p.addr, align 8
  %l = load ptr, ptr %p.addr, align 8
  %a = insertvalue { ptr, i32 } poison, ptr %l, 0
  %b = insertvalue { ptr, i32 } %a, i32 1, 1
  store { ptr, i32 } %b, ptr %pair.addr, align 8
  %pair = load { ptr, i32 }, ptr %pair.addr, align 8
  %q = extractvalue { ptr, i32 } %pair, 0
  store i32 3, ptr %q, align 4
  %v = load i32, ptr %q, align 4
  call void @free(ptr %q)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@agg_ssa_moves(
; CHECK: %p.h2s = alloca [4 x i8], align 16
; CHECK-NOT: @malloc(
; CHECK-NOT: @free(
; CHECK: ret
; REMARK: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
; REMARK-NEXT: remark: <unknown>:0:0: deallocation removed: 'free' of the 4-byte malloc at '%p = call ptr @malloc(i64 4)'
; FINAL: remark: <unknown>:0:0: moved to stack: 4-byte malloc (align 16)
define i32 @agg_ssa_moves() {
  %p = call ptr @malloc(i64 4)
  %a = insertvalue { ptr, i32 } poison, ptr %p, 0
  %b = insertvalue { ptr, i32 } %a, i32 1, 1
  %q = extractvalue { ptr, i32 } %b, 0
  store i32 3, ptr %q, align 4
  %v = load i32, ptr %p, align 4
  call void @free(ptr %q)
  ret i32 %v
}

; CHECK-LABEL: define {{.*}}@agg_o0_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'a' (assign) at '%a = insertvalue { ptr, i32 } poison, ptr %p, 0'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'pair.addr' (store) at 'store { ptr, i32 } %a, ptr %pair.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from load from 'pair.addr' (load) at '%pair = load { ptr, i32 }, ptr %pair.addr, align 8'
; REMARK-NEXT: remark: <unknown>:0:0:   from 'q' (assign) at '%q = extractvalue { ptr, i32 } %pair, 0'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
define void @agg_o0_escapes() {
  %pair.addr = alloca { ptr, i32 }, align 8
  %p = call ptr @malloc(i64 4)
  %a = insertvalue { ptr, i32 } poison, ptr %p, 0
  store { ptr, i32 } %a, ptr %pair.addr, align 8
  %pair = load { ptr, i32 }, ptr %pair.addr, align 8
  %q = extractvalue { ptr, i32 } %pair, 0
  store ptr %q, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@agg_ssa_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'a' (assign) at '%a = insertvalue [2 x ptr] poison, ptr %p, 1'
; REMARK-NEXT: remark: <unknown>:0:0:   from 'q' (assign) at '%q = extractvalue [2 x ptr] %a, 1'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store ptr %q, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %q, ptr @g, align 8'
define void @agg_ssa_escapes() {
  %p = call ptr @malloc(i64 4)
  %a = insertvalue [2 x ptr] poison, ptr %p, 1
  %q = extractvalue [2 x ptr] %a, 1
  store ptr %q, ptr @g, align 8
  ret void
}

; CHECK-LABEL: define {{.*}}@agg_whole_escapes(
; CHECK-NOT: .h2s
; CHECK: %p = call ptr @malloc(i64 4)
; CHECK-NOT: .h2s
; CHECK: ret
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store { ptr, i32 } %a, ptr @g, align 8'
; REMARK-NEXT: remark: <unknown>:0:0: flow: {heap} = &{storage for malloc}:
; REMARK-NEXT: remark: <unknown>:0:0:   from 'a' (assign) at '%a = insertvalue { ptr, i32 } poison, ptr %p, 0'
; REMARK-NEXT: remark: <unknown>:0:0:   from store to 'g' (store to memory the function does not own) at 'store { ptr, i32 } %a, ptr @g, align 8'
; FINAL: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store { ptr, i32 } %a, ptr @g, align 8'
define void @agg_whole_escapes() {
  %p = call ptr @malloc(i64 4)
  %a = insertvalue { ptr, i32 } poison, ptr %p, 0
  store { ptr, i32 } %a, ptr @g, align 8
  ret void
}
