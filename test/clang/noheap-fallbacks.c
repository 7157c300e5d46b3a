// heap2stack_noheap forbids the heap fallbacks a move may keep: a run-time
// size given the guarded rewrite (a stack buffer when the size fits, the
// heap otherwise), a slot above stack-check-above (the stack when the
// thread has room, the heap otherwise), and a static slot inlined into an
// annotated function whose frame then turns it into a checked one
// (FrameAfterInlining).  Each is a compile error that says a heap fallback
// remains; an unconditional move is still fine.  Before, the first two
// compiled silently with their heap fallback in the annotated function.
// RUN: not %clang -O2 -g -fno-caret-diagnostics -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=error:
// RUN: %clang -O2 -g -c %s -o /dev/null -DFIXED 2>&1 | count 0
//
// The frame re-check, through opt as in test/clang/frame-after-inlining.c:
// RUN: %clang-noplugin -O1 -Xclang -disable-llvm-passes -g -S -emit-llvm -DFRAME %s -o %t.ll
// RUN: not %opt -passes='heap2stack<max-frame=100000;stack-check-above=1000000;max-chain=1000000>,cgscc(inline),heap2stack<max-frame=100000;stack-check-above=1000000;max-chain=1000000>' \
// RUN:   -disable-output %t.ll 2>&1 | FileCheck %s --check-prefix=FRAME --implicit-check-not=error:
#include <stdlib.h>
#include <string.h>
#define NOHEAP __attribute__((annotate("heap2stack_noheap")))

#ifndef FRAME
NOHEAP int small(int k) {
  char *b = malloc(64); // moves unconditionally: no error
  memset(b, k, 64);
  int r = b[k & 63];
  free(b);
  return r;
}

#ifndef FIXED
NOHEAP int sized(int n) {
  char *b = malloc(n);
  // CHECK: noheap-fallbacks.c:[[@LINE-1]]:13: error: heap allocation in a function annotated heap2stack_noheap: a heap fallback remains: moved to stack when it fits: 'malloc' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
  memset(b, 1, n);
  int r = b[n / 2];
  free(b);
  return r;
}

NOHEAP int big(int k) {
  char *b = malloc(8192);
  // CHECK: noheap-fallbacks.c:[[@LINE-1]]:13: error: heap allocation in a function annotated heap2stack_noheap: a heap fallback remains: moved to stack when the thread's stack has room: 8192-byte malloc (align 16) uses a stack slot when this thread's stack has room above its reserve, the heap otherwise (size > stack-check-above)
  memset(b, k, 8192);
  int r = b[k & 8191];
  free(b);
  return r;
}
#endif
#else
static volatile int RT = 3;
__attribute__((noinline)) static unsigned sum(const unsigned char *b, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++)
    s += b[i];
  return s;
}
static unsigned inner(int k) {
  unsigned char *b = malloc(50000);
  memset(b, k, 50000);
  unsigned s = sum(b, 50000);
  free(b);
  return s;
}
NOHEAP unsigned outer(int k) {
  // FRAME: error: {{.*}}noheap-fallbacks.c:[[@LINE-1]]:0: in function outer i32 (i32): heap allocation in a function annotated heap2stack_noheap: a heap fallback remains: frame over budget after inlining: 'outer' would hold {{[0-9]+}} bytes > max-frame 100000, so the 60000-byte slot of 'outer' at {{.*}} uses the stack only when the thread has room, the heap otherwise
  unsigned char *b = malloc(60000);
  memset(b, k, 60000);
  unsigned s = inner(k) + sum(b, 60000);
  free(b);
  return s;
}
unsigned run(void) { return outer(RT); }
#endif
