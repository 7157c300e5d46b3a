// The seed's Step 3 (examples/scenarios.go) in C: the four common escape
// scenarios.  Go's `&x`, `make` and closures become malloc; @noinline plays
// the part of Go's -l.
//
// -O2 with the plugin in clang's pipeline:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.o2.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o2.err
// RUN: FileCheck %s --check-prefixes=IR,O2IR < %t.o2.ll
// RUN: FileCheck %s --check-prefix=O2R < %t.o2.err
//
// -O0 IR (every local in an alloca) through opt:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -gline-tables-only \
// RUN:   -fno-discard-value-names -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack %t.ll -S -o %t.o0.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefixes=IR,O0IR < %t.o0.ll
// RUN: FileCheck %s --check-prefix=O0R < %t.o0.err
#include <stdint.h>
#include <stdlib.h>

// ---------- 1. Passing pointers ----------

// (a) NoEscapeToFunction: the callee only uses the pointer in its body.
// Go: "p does not escape" for useLocal, x stays on the stack.
// heap2stack: the same, at -O0 and -O2: use_local's parameter summary says
// p does not escape, so the box moves.
__attribute__((noinline)) void use_local(int *p) { *p += 1; } // @use_local
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-1]]:{{[0-9]+}}: remark: {{(#0|p)}} does not escape [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-2]]:{{[0-9]+}}: p does not escape

// IR-LABEL: define {{.*}} @no_escape_to_function(
// IR-NOT: @malloc(
// O0IR: %call.h2s = alloca [4 x i8], align 16
// O2IR: [[SLOT:%[0-9]+]] = alloca [4 x i8], align 16
// O2IR: call void @use_local(ptr noundef nonnull [[SLOT]])
// IR-NOT: @malloc(
// IR-NOT: @free(
// O0IR: call void @use_local(
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
int no_escape_to_function(void) {
  int *x = malloc(sizeof *x); // @nef_malloc
  *x = 42;
  use_local(x);
  int v = *x;
  free(x); // @nef_free
  return v;
}
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-7]]:12: remark: moved to stack: 4-byte malloc (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-4]]:3: remark: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step3-scenarios.c:[[@LINE-8]]:12 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-9]]:12: moved to stack: 4-byte malloc (align 16)
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-6]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step3-scenarios.c:[[@LINE-10]]:12

// (b) EscapeToFunction: the callee stores the pointer in a global.
// Go: "leaking param: p", "moved to heap: x".  heap2stack: the same.
int *leaked;
__attribute__((noinline)) void save_pointer(int *p) { leaked = p; } // @save_pointer
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-1]]:{{[0-9]+}}: remark: leaking param: {{(#0|p)}}: stores it to global 'leaked' at {{.*}}seed-step3-scenarios.c:[[@LINE-1]]:62 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-2]]:{{[0-9]+}}: leaking param: p: stores it to global 'leaked' at {{.*}}seed-step3-scenarios.c:[[@LINE-2]]:62

// IR-LABEL: define {{.*}} @escape_to_function(
// IR: call {{.*}}@malloc(i64 noundef 4)
// IR: call void @save_pointer(
int escape_to_function(void) {
  int *x = malloc(sizeof *x); // @etf_malloc
  *x = 42;
  save_pointer(x); // @etf_call
  return *x;
}
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-5]]:12: remark: escapes: passed to 'save_pointer' at {{.*}}seed-step3-scenarios.c:[[@LINE-3]]:3, which stores it to global 'leaked' at {{.*}}seed-step3-scenarios.c:[[@LINE-13]]:62 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-6]]:12: remark: from call to 'save_pointer' (call parameter) at {{.*}}seed-step3-scenarios.c:[[@LINE-4]]:3 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-7]]:12: escapes: passed to 'save_pointer' at {{.*}}seed-step3-scenarios.c:[[@LINE-5]]:3, which stores it to global 'leaked' at {{.*}}seed-step3-scenarios.c:[[@LINE-15]]:62
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-8]]:12:   from store to 'x' (store) at {{.*}}seed-step3-scenarios.c:[[@LINE-8]]:8
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-9]]:12:   from load from 'x' (load) at {{.*}}seed-step3-scenarios.c:[[@LINE-7]]:16
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-10]]:12:   from call to 'save_pointer' (call parameter) at {{.*}}seed-step3-scenarios.c:[[@LINE-8]]:3

// ---------- 2. Large local value ----------

// LargeAllocation: [17_000]int, 136000 bytes.
// Go: "moved to heap: arr" (over its 64 KiB limit for implicit allocations).
// heap2stack: too large for max-size 65536, at -O0 and -O2.
// IR-LABEL: define {{.*}} @large_allocation(
// IR: call {{.*}}@malloc(i64 noundef 136000)
// IR: call void @free(
int64_t large_allocation(unsigned k) {
  int64_t *arr = malloc(17000 * sizeof *arr); // @large
  for (int i = 0; i < 17000; i++)
    arr[i] = i;
  int64_t r = arr[k % 17000];
  free(arr);
  return r;
}
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-7]]:18: remark: too large for stack: 136000 bytes > max-size 65536 [-Rpass-missed=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-8]]:18: too large for stack: 136000 bytes > max-size 65536

// ---------- 3. Slice returned ----------

// SliceEscape: a slice header {data, len, cap} returned by value.
// Go: "make([]int, 5) escapes to heap".  heap2stack: escapes, through the
// sret result the function does not own.
typedef struct { int64_t *data; size_t len, cap; } Slice;
// IR-LABEL: define {{.*}} @slice_escape(
// IR: call {{.*}}@malloc(i64 noundef 40)
Slice slice_escape(void) {
  Slice s = {malloc(5 * sizeof(int64_t)), 5, 5}; // @slice
  for (size_t i = 0; i < s.len; i++)
    s.data[i] = (int64_t)i;
  return s;
}
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-5]]:14: remark: escapes: stored {{.*}} at {{.*}}seed-step3-scenarios.c:[[@LINE-5]]:13 [-Rpass-missed=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-6]]:14: escapes: stored through parameter 'agg.result' at {{.*}}seed-step3-scenarios.c:[[@LINE-6]]:13

// ---------- 4. Closure capture ----------

// CapturedByClosureEscape: the closure {code, captured x} is returned.
// Go: "func literal escapes to heap".  heap2stack: escapes (returned).
typedef struct Closure { int (*fn)(struct Closure *); int x; } Closure;
static int closure_body(Closure *c) { return c->x; }
// IR-LABEL: define {{.*}} @captured_by_closure_escape(
// IR: call {{.*}}@malloc(i64 noundef 16)
// IR: ret ptr
Closure *captured_by_closure_escape(void) {
  int x = 42;
  Closure *c = malloc(sizeof *c); // @closure
  c->fn = closure_body;
  c->x = x;
  return c; // @closure_ret
}
// O2R-DAG: seed-step3-scenarios.c:[[@LINE-5]]:16: remark: escapes: returned at {{.*}}seed-step3-scenarios.c:[[@LINE-2]]:3 [-Rpass-missed=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-6]]:16: escapes: returned at {{.*}}seed-step3-scenarios.c:[[@LINE-3]]:3
// O0R-DAG: remark: {{.*}}seed-step3-scenarios.c:[[@LINE-7]]:16:   from load from 'c' (load) at {{.*}}seed-step3-scenarios.c:[[@LINE-4]]:10
