// A function in a recursive call cycle multiplies every byte it moves by the
// depth of recursion: by default (max-recursive-size=0) its allocations stay
// on the heap with a Recursive remark; -heap2stack-max-recursive-size lets
// small ones move.  A non-recursive caller of it is unaffected.
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.allow.ll -mllvm -heap2stack-max-recursive-size=16 \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.allow.err
// RUN: FileCheck %s --check-prefix=ALLOW < %t.allow.err
#include <stdlib.h>

/* leaf: calls no function of this file back, so nothing here is re-entered
   through it (pass/reentry.c) */
__attribute__((leaf)) void sink(int);

// IR-LABEL: define {{.*}} @depth_sum(
// IR: call {{.*}}@malloc(i64 noundef 16)
int depth_sum(int n) {
  int *p = malloc(4 * sizeof *p); // @rec
  p[n & 3] = n;
  int r = n > 0 ? depth_sum(n - 1) + p[(n + 1) & 3] : p[0];
  free(p);
  return r;
}
// REMARK-DAG: recursion.c:[[@LINE-6]]:12: remark: in a recursive call cycle: 16 bytes > max-recursive-size 0 [-Rpass-missed=heap2stack]
// ALLOW: recursion.c:[[@LINE-7]]:12: remark: moved to stack: 16-byte malloc (align 16) [-Rpass=heap2stack]

// Mutual recursion, both functions noinline so that the cycle survives the
// inliner: both are in it.
int odd_weight(int n);
// IR-LABEL: define {{.*}} @even_weight(
// IR: call {{.*}}@malloc(i64 noundef 32)
__attribute__((noinline)) int even_weight(int n) {
  int *p = malloc(8 * sizeof *p); // @even
  p[n & 7] = n;
  int r = (n > 0 ? odd_weight(n - 1) : 0) + p[(n * 3) & 7];
  free(p);
  return r;
}
__attribute__((noinline)) int odd_weight(int n) { return n > 0 ? even_weight(n - 1) + 1 : 0; }
// REMARK-DAG: recursion.c:[[@LINE-7]]:12: remark: in a recursive call cycle: 32 bytes > max-recursive-size 0 [-Rpass-missed=heap2stack]
// ALLOW: recursion.c:[[@LINE-8]]:12: remark: in a recursive call cycle: 32 bytes > max-recursive-size 16 [-Rpass-missed=heap2stack]

// Not in the cycle, calling into it: moves.
// IR-LABEL: define {{.*}} @caller(
// IR-NOT: @malloc(
// IR: {{^}}}
int caller(int n) {
  int *q = malloc(4 * sizeof *q); // @caller
  q[n & 3] = depth_sum(n);
  sink(q[(n + 1) & 3]);
  int r = q[n & 3];
  free(q);
  return r;
}
// REMARK-DAG: recursion.c:[[@LINE-7]]:12: remark: moved to stack: 16-byte malloc (align 16) [-Rpass=heap2stack]
