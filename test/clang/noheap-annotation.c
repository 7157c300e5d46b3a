// __attribute__((annotate("heap2stack_noheap"))): a heap allocation left in
// the function after heap2stack is a compile error at that allocation,
// giving the reason; allocations that move are fine, and functions without
// the annotation only get the usual remark.
// RUN: not %clang -O2 -g -fno-caret-diagnostics -c %s -o /dev/null 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: %clang -O2 -g -c %s -o /dev/null -DFIXED 2>&1 | count 0
// RUN: %clang -O2 -g -fno-caret-diagnostics -c %s -o /dev/null -DFIXED -Rpass=heap2stack 2>&1 | FileCheck %s --check-prefix=FIXED
#include <stdlib.h>
int *g;

__attribute__((annotate("heap2stack_noheap"))) int hot(int k) {
  int *tmp = malloc(64); // FIXED: noheap-annotation.c:[[@LINE]]:14: remark: moved to stack: 64-byte malloc (align 16)
  tmp[k & 15] = k;
  int r = tmp[3];
  free(tmp);
#ifndef FIXED
  int *kept = malloc(8); // CHECK: noheap-annotation.c:[[@LINE]]:15: error: heap allocation in a function annotated heap2stack_noheap: escapes: stored to global 'g' at {{.*}}noheap-annotation.c:[[@LINE+2]]:5
  *kept = r;
  g = kept;
  char *big = malloc(1 << 20); // CHECK: noheap-annotation.c:[[@LINE]]:15: error: heap allocation in a function annotated heap2stack_noheap: too large for stack: 1048576 bytes > max-size 65536
  big[k] = 1;
  r += big[k / 2];
  free(big);
#endif
  return r;
}

// Not annotated: the same escape is only a remark, never an error.
int cold(int k) {
  int *kept = malloc(8);
  *kept = k;
  g = kept;
  return k;
}
