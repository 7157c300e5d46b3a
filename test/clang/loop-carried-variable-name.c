// With debug info, a LoopCarried remark names the source variable that
// carries the pointer around the loop instead of quoting the IR phi (a phi
// has no source location).  Reported by a review on unseen programs: the
// remark read "a pointer carried by a phi at '%5 = phi ptr [ null, %1 ], ...'".
// Variables of callees inlined into the loop (hs's `s` below holds the same
// pointer) are not taken for it.
// RUN: %clang -O2 -g %s -o %t -Rpass-missed=heap2stack -fno-caret-diagnostics 2>&1 | FileCheck %s
// RUN: %t | FileCheck %s --check-prefix=OUT
#include <stdio.h>
#include <stdlib.h>

static unsigned long hs(const char *s) {
  unsigned long h = 5;
  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h;
}

// Keeps the previous iteration's buffer in a plain local.
__attribute__((noinline)) static unsigned long prev_cur(int n) {
  char *prev = NULL;
  unsigned long h = 0;
  for (int i = 0; i < n; i++) {
    char *cur = malloc(32); // CHECK: loop-carried-variable-name.c:[[@LINE]]:17: remark: carried across loop iterations: variable 'prev', a pointer carried around the loop, may hold an earlier iteration's object when the allocation runs again (loop at
    snprintf(cur, 32, "item%d", i);
    if (prev) {
      h = h * 17 + hs(prev) + hs(cur);
      free(prev);
    }
    prev = cur;
  }
  if (prev) {
    h += hs(prev);
    free(prev);
  }
  return h;
}

// A run-time count: with a constant one the loop would get one slot per
// iteration (pass/loop_slots.c) and move.
static volatile int RT = 5;

int main(void) {
  printf("%lu\n", prev_cur(RT)); // OUT: {{[0-9]+}}
  return 0;
}
