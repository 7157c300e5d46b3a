// End to end: an instrumented build, a run, llvm-profdata merge, then a
// PGO build with -fdiagnostics-show-hotness: the records carry Hotness and
// --sort hotness ranks the loop's allocation (1000 calls) above the one
// called 10 times.
// REQUIRES: python-yaml, profile-runtime
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/hot.c && cd %t
// RUN: %clang -O2 -g -fprofile-instr-generate hot.c -o hot.gen
// RUN: env LLVM_PROFILE_FILE=hot.profraw ./hot.gen
// RUN: llvm-profdata merge -o hot.profdata hot.profraw
// RUN: %clang -O2 -g -fprofile-instr-use=hot.profdata -fdiagnostics-show-hotness \
// RUN:   -fsave-optimization-record -foptimization-record-passes=heap2stack -c hot.c -o hot.o
// RUN: %report --sort hotness --no-summary hot.opt.yaml | FileCheck %s --match-full-lines
// RUN: %report --sort hotness --heap-only --no-summary hot.opt.yaml | FileCheck %s --check-prefix=HEAP --match-full-lines
// CHECK:hot.c:[[#@LINE+18]]:12: moved to stack (hotness 1000): 64-byte malloc (align 16)
// CHECK-NEXT:hot.c:[[#@LINE+10]]:12: stays on heap (hotness 10): escapes: stored to global 'kept' at hot.c:[[#@LINE+12]]:8
// CHECK-NOT:{{.}}
// HEAP:hot.c:[[#@LINE+8]]:12: stays on heap (hotness 10): escapes: stored to global 'kept' at hot.c:[[#@LINE+10]]:8
// HEAP-NOT:{{.}}
#include <stdlib.h>

int *kept;

// Cold (10 calls) and first in the file; by hotness it comes second.
__attribute__((noinline)) void keep(int i) {
  int *q = malloc(40);
  q[0] = i;
  kept = q;
}

// Hot: 1000 calls.
__attribute__((noinline)) int work(int i) {
  int *p = malloc(64);
  for (int k = 0; k < 16; k++)
    p[k] = k * i;
  int v = p[i & 15];
  free(p);
  return v;
}

int main(void) {
  int s = 0;
  for (int i = 0; i < 1000; i++)
    s += work(i);
  for (int i = 0; i < 10; i++)
    keep(i);
  return s == 42;
}
