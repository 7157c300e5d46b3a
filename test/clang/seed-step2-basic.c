// The seed's Step 2 (examples/basic.go) in C.  Every Go variable whose
// address is taken becomes a malloc'd box, so heap2stack has to reach Go's
// verdict on its own.  @noinline plays the part of Go's -l.
//
// -O2 with the plugin in clang's pipeline:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.o2.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o2.err
// RUN: FileCheck %s --check-prefixes=IR,O2IR < %t.o2.ll
// RUN: FileCheck %s --check-prefix=O2R < %t.o2.err
// RUN: FileCheck %s --check-prefix=FINAL --implicit-check-not=remark: < %t.o2.err
//
// -O0 IR (every local in an alloca) through opt:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -gline-tables-only \
// RUN:   -fno-discard-value-names -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack %t.ll -S -o %t.o0.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefixes=IR,O0IR < %t.o0.ll
// RUN: FileCheck %s --check-prefix=O0R < %t.o0.err
#include <stdlib.h>

// StackAllocation: `x := 42; return x`.
// Go: stays on the stack (no message).
// heap2stack -O0: moved to stack.  -O2: clang forwards the store to the load
// and deletes the malloc/free pair before heap2stack runs, so no remark.
// IR-LABEL: define {{.*}} @stack_allocation(
// IR-NOT: @malloc(
// O0IR: %call.h2s = alloca [4 x i8], align 16
// O0IR: store ptr %call.h2s, ptr %x
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
__attribute__((noinline)) int stack_allocation(void) {
  int *x = malloc(sizeof *x); // @sa_malloc
  *x = 42;
  int v = *x;
  free(x); // @sa_free
  return v;
}
// O0R: remark: {{.*}}seed-step2-basic.c:[[@LINE-6]]:12: moved to stack: 4-byte malloc (align 16)
// O0R-NEXT: remark: {{.*}}seed-step2-basic.c:[[@LINE-4]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step2-basic.c:[[@LINE-7]]:12

// HeapAllocation: `x := 42; return &x`.
// Go: "moved to heap: x".  heap2stack: escapes (returned), at -O0 and -O2,
// with Go's -m=2 flow as analysis remarks.
// IR-LABEL: define {{.*}} @heap_allocation(
// IR: call {{.*}}@malloc(i64 noundef 4)
// IR: ret ptr
__attribute__((noinline)) int *heap_allocation(void) {
  int *x = malloc(sizeof *x); // @ha_malloc
  *x = 42;
  return x; // @ha_ret
}
// O2R: seed-step2-basic.c:[[@LINE-4]]:12: remark: escapes: returned at {{.*}}seed-step2-basic.c:[[@LINE-2]]:3 [-Rpass-missed=heap2stack]
// O2R-NEXT: seed-step2-basic.c:[[@LINE-5]]:12: remark: flow: ~r0 = &{storage for malloc}: [-Rpass-analysis=heap2stack]
// O2R-NEXT: seed-step2-basic.c:[[@LINE-6]]:12: remark: from return (return) at {{.*}}seed-step2-basic.c:[[@LINE-4]]:3 [-Rpass-analysis=heap2stack]
// O0R: remark: {{.*}}seed-step2-basic.c:[[@LINE-7]]:12: escapes: returned at {{.*}}seed-step2-basic.c:[[@LINE-5]]:3
// O0R-NEXT: remark: {{.*}}seed-step2-basic.c:[[@LINE-8]]:12: flow: ~r0 = &{storage for malloc}:
// O0R-NEXT: remark: {{.*}}seed-step2-basic.c:[[@LINE-9]]:12:   from store to 'x' (store) at {{.*}}seed-step2-basic.c:[[@LINE-9]]:8
// O0R-NEXT: remark: {{.*}}seed-step2-basic.c:[[@LINE-10]]:12:   from load from 'x' (load) at {{.*}}seed-step2-basic.c:[[@LINE-8]]:10
// O0R-NEXT: remark: {{.*}}seed-step2-basic.c:[[@LINE-11]]:12:   from return (return) at {{.*}}seed-step2-basic.c:[[@LINE-9]]:3

// StackWithPointer: `x := 42; p := &x; *p = 43; return x`.
// Go: stays on the stack.  heap2stack -O0: moved to stack (the copy in the
// local `p` does not escape).  -O2: clang deletes the pair itself.
// IR-LABEL: define {{.*}} @stack_with_pointer(
// IR-NOT: @malloc(
// O0IR: %call.h2s = alloca [4 x i8], align 16
// O0IR: store ptr %call.h2s, ptr %x
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
__attribute__((noinline)) int stack_with_pointer(void) {
  int *x = malloc(sizeof *x); // @swp_malloc
  *x = 42;
  int *p = x;
  *p = 43;
  int v = *x;
  free(x); // @swp_free
  return v;
}
// O0R: remark: {{.*}}seed-step2-basic.c:[[@LINE-8]]:12: moved to stack: 4-byte malloc (align 16)
// O0R-NEXT: remark: {{.*}}seed-step2-basic.c:[[@LINE-4]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step2-basic.c:[[@LINE-9]]:12

// main mirrors the seed's main.go: the pointer from heap_allocation is the
// caller's to free.  Go keeps it on the heap (the constructor is not
// inlined); heap2stack -O2 gives main the storage and calls a copy of
// heap_allocation that fills it (caller_frames.c).  -O0 IR through opt
// returns a reload of the local `x`, not the allocation: no maker there.
// IR-LABEL: define {{.*}} @main(
// O2IR: alloca [4 x i8], align 16
// O2IR: call ptr @heap_allocation.h2s(ptr
// O2IR-NOT: call void @free(
// O0IR: call void @free(
// O2R-DAG: seed-step2-basic.c:[[@LINE+3]]:12: remark: moved to stack: 4-byte object made by 'heap_allocation' (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step2-basic.c:[[@LINE-46]]:12: remark: returned to the caller: moved to the caller's frame in 'main' (which calls the copy 'heap_allocation.h2s', which uses its storage) [-Rpass=heap2stack]
int main(void) {
  int *h = heap_allocation();
  int r = stack_allocation() + *h + stack_with_pointer();
  free(h);
  return r;
}

// At -O2 the only heap2stack remarks are heap_allocation's (kept in its
// own frame, moved to main's), at its call in main, and main's free.
// FINAL-COUNT-4: seed-step2-basic.c:{{[0-9]+}}:12: remark:
// FINAL-NEXT: seed-step2-basic.c:[[@LINE-7]]:3: remark: deallocation removed: 'free' of the 4-byte object made by 'heap_allocation' at {{.*}}seed-step2-basic.c:[[@LINE-9]]:12
// FINAL-NEXT: seed-step2-basic.c:{{[0-9]+}}:12: remark: returned to the caller
