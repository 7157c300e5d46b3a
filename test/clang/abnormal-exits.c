// Abnormal exits never make an unsafe rewrite: allocations live across
// setjmp/longjmp (a longjmp out of a callee back into the allocating
// frame: kept on the heap), noreturn exit paths, and unreachable code.  The program prints
// the same with and without heap2stack, and runs clean under valgrind.
// RUN: %clang -O2 -g %s -o %t.h2s -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: %clang-noplugin -O2 -g %s -o %t.ref
// RUN: %t.h2s 7 > %t.out.h2s; test $? -eq 3
// RUN: %t.ref 7 > %t.out.ref; test $? -eq 3
// RUN: diff %t.out.ref %t.out.h2s
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;

__attribute__((noinline)) static void maybe_jump(int v) {
  if (v > 5)
    longjmp(env, v);
}

__attribute__((noinline)) static int with_setjmp(int n) {
  // The buffer is used again after longjmp returns into this frame.  A
  // function that calls setjmp is not analysed: an object updated between
  // setjmp and longjmp keeps its updates on the heap, not always on the
  // stack (setjmp-updates.c).
  volatile int result = 0;
  int *scratch = malloc(16 * sizeof *scratch); // REMARK-DAG: abnormal-exits.c:[[@LINE]]:18: remark: not analysed: the function calls setjmp (returns_twice)
  for (int i = 0; i < 16; i++)
    scratch[i] = i * n;
  int jumped = setjmp(env);
  if (!jumped)
    maybe_jump(n);
  result = scratch[n & 15] + jumped;
  free(scratch);
  return result;
}

__attribute__((noinline)) static void fail(const char *why, int code) {
  printf("fail: %s\n", why);
  exit(code);
}

__attribute__((noinline)) static int noreturn_path(int n) {
  char *msg = malloc(32); // REMARK-DAG: abnormal-exits.c:[[@LINE]]:15: remark: moved to stack when the thread's stack has room: 32-byte malloc (align 16)
  snprintf(msg, 32, "n=%d", n);
  int len = (int)strlen(msg);
  if (n > 100)
    __builtin_unreachable();
  free(msg);
  return len;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1;
  printf("%d %d\n", with_setjmp(n), noreturn_path(n));
  int *last = malloc(sizeof *last); // (clang folds this one away by itself)
  *last = n;
  if (*last == 7)
    fail("seven", 3); // exits with the block still allocated: a leak becomes nothing
  free(last);
  return 0;
}

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 46 above is
// checked ("when the thread's stack has room"): its function calls 'snprintf', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
