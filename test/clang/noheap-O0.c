// At -O0 heap2stack does not run (clang makes every function optnone), so
// heap2stack_noheap cannot be checked.  Instead of silence, each annotated
// function that still allocates (here a malloc, a malloc inlined from an
// always_inline helper, and strdup) gets one warning at its first
// allocation; an annotated function that does not allocate, and allocations
// elsewhere, get none.  -Werror makes it an error; -O1 and up check the
// annotation as usual: the mallocs move, strdup is an error.
// RUN: %clang -O0 -g -fno-caret-diagnostics -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// RUN: not %clang -O0 -g -Werror -fno-caret-diagnostics -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WERROR
// RUN: not %clang -O2 -g -fno-caret-diagnostics -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=O2 --implicit-check-not=warning: --implicit-check-not=error:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='default<O0>' -disable-output %t.ll 2>&1 | FileCheck %s --check-prefix=OPT
#include <stdlib.h>
#include <string.h>

static inline __attribute__((always_inline)) char *make(void) { return malloc(32); }

__attribute__((annotate("heap2stack_noheap"))) int hot(int k, const char *s) {
  int *tmp = malloc(64);
  // CHECK: noheap-O0.c:[[@LINE-1]]:14: warning: 'hot' is annotated heap2stack_noheap, but heap2stack does not run at -O0: its 3 heap allocations are not checked (compile with -O1 or higher)
  // WERROR: noheap-O0.c:[[@LINE-2]]:14: error: 'hot' is annotated heap2stack_noheap, but heap2stack does not run at -O0: its 3 heap allocations are not checked (compile with -O1 or higher) [-Werror]
  // OPT: warning: {{.*}}noheap-O0.c:[[@LINE-3]]:14: in function hot {{.*}}: 'hot' is annotated heap2stack_noheap, but heap2stack does not run at -O0: its 3 heap allocations are not checked
  tmp[k & 15] = k;
  int r = tmp[3];
  free(tmp);
  char *h = make();
  h[0] = 1;
  r += h[k & 31];
  free(h);
  char *d = strdup(s);
  // O2: noheap-O0.c:[[@LINE-1]]:13: error: heap allocation in a function annotated heap2stack_noheap: allocated inside the C library: 'strdup' returns a copy in new heap memory
  r += d[0];
  free(d);
  return r;
}

__attribute__((annotate("heap2stack_noheap"))) int clean(int k) { return k + 1; }

int other(int k) {
  int *p = malloc(4);
  *p = k;
  int r = *p;
  free(p);
  return r;
}
