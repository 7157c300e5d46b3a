// Object-size queries (issue: trust, class 2): a moved object must answer
// every size query the way the heap object did, or _FORTIFY_SOURCE checks
// get weaker.  __builtin_object_size(malloc(0)) is 0 (a 1-byte slot would
// say 1), and __builtin_dynamic_object_size of a guarded malloc(n) is n (the
// 256-byte buffer would say 256).  Such sites stay on the heap (SizeQuery);
// a constant, non-zero size whose slot has exactly that size still moves.
//
// The reasons below are the first run's (-heap2stack-late-rerun=false): in
// clang's default pipeline LLVM folds the queries and deletes the first two
// allocations before the late run, which then has nothing to say of them.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -mllvm -heap2stack-late-rerun=false -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %t.o2 | FileCheck %s --check-prefix=OUT
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.late 2>%t.late.err
// RUN: FileCheck %s --check-prefix=LATE < %t.late.err
// RUN: %t.late | FileCheck %s --check-prefix=OUT
// LATE-NOT: moved to stack when it fits
// LATE: object-size-query.c:68:13: remark: moved to stack: 24-byte malloc
// LATE-NOT: moved to stack when it fits
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -disable-output %t.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OPT
//
// REMARK-DAG: object-size-query.c:51:13: remark: its size is queried (__builtin_object_size, _FORTIFY_SOURCE) and a stack slot for a zero-byte request would answer 1, not 0
// REMARK-DAG: object-size-query.c:59:13: remark: its size is queried (__builtin_dynamic_object_size, _FORTIFY_SOURCE) and the guarded stack buffer would answer its capacity, not the size requested
// REMARK-DAG: object-size-query.c:68:13: remark: moved to stack: 24-byte malloc
// REMARK-NOT: moved to stack when it fits
// OPT-DAG: its size is queried (__builtin_object_size, _FORTIFY_SOURCE) and a stack slot for a zero-byte request
// OPT-DAG: its size is queried (__builtin_dynamic_object_size, _FORTIFY_SOURCE) and the guarded stack buffer
// OPT-DAG: moved to stack: 24-byte malloc
// OPT-NOT: moved to stack when it fits
// OUT: zero 0
// OUT-NEXT: dynamic 11
// OUT-NEXT: constant 24
// OUT-NEXT: field 11
#include <stdio.h>
#include <stdlib.h>

static volatile size_t N = 11;
static volatile char sink;

// The queries sit in callees, as _FORTIFY_SOURCE's wrappers do: they are
// only folded after inlining, when heap2stack has already decided.
static size_t osize(char *p) { return __builtin_object_size(p, 0); }
static size_t dsize(char *p) { return __builtin_dynamic_object_size(p, 0); }

__attribute__((noinline)) size_t zero(void) {
  char *p = malloc(0);
  size_t s = osize(p);
  sink = p ? 1 : 0;
  free(p);
  return s;
}

__attribute__((noinline)) size_t dynamic(void) {
  char *p = malloc(N);
  p[0] = 1;
  size_t s = dsize(p);
  sink = p[0];
  free(p);
  return s;
}

__attribute__((noinline)) size_t constant(void) {
  char *p = malloc(24);
  p[0] = 2;
  size_t s = dsize(p);
  sink = p[0];
  free(p);
  return s;
}

// The query reads the pointer out of a struct the callee is given: the
// callee's summary says so for everything below its parameter.
struct holder { char *buf; int n; };
static size_t field_dsize(struct holder *h) { return __builtin_dynamic_object_size(h->buf, 0); }

__attribute__((noinline)) size_t through_field(void) {
  struct holder h;
  h.buf = malloc(N);
  h.n = 1;
  h.buf[0] = 3;
  size_t s = field_dsize(&h);
  sink = h.buf[0];
  free(h.buf);
  return s;
}

int main(void) {
  printf("zero %zu\ndynamic %zu\nconstant %zu\n", zero(), dynamic(), constant());
  printf("field %zu\n", through_field());
  return 0;
}
