// Stack safety (issue: stack safety, item 1; found with -fstack-usage):
// helpers that each move a 60,000-byte buffer, within their own frame
// budget, are inlined into one worker.  Each helper has an early return
// that skips the free; the slot's life used to end only at the free, so
// after inlining nothing ended it on that path, stack colouring could not
// overlap the four slots, and the worker's frame held all of them (240 KB:
// SIGSEGV on this 128 KiB thread).  Every exit of a function now ends its
// slots' lives, so the inlined slots share their bytes: the worker's frame
// holds one.
//
// RUN: %clang-noplugin -O0 %s -o %t.ref -lpthread && %t.ref > %t.out.ref
// The 60,000-byte slots are static here (stack-check-above and max-chain raised), as they
// were when this was found; with the defaults they are checked at run time
// (stack-checked-moves.c) and the O1/O3 builds below run that way.
// RUN: %clang -O2 -fstack-usage -Rpass=heap2stack -fno-caret-diagnostics -c %s -o %t.o2.o \
// RUN:   -mllvm -heap2stack-stack-check-above=1000000 -mllvm -heap2stack-max-chain=1000000 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: awk '/:worker/ { found = 1; if ($2 >= 120000) { print "worker frame", $2; exit 1 } } END { exit !found }' \
// RUN:   %t.o2.su
// RUN: %clang-noplugin %t.o2.o -o %t.o2 -lpthread
// RUN: %t.o2 > %t.out.o2 && diff %t.out.ref %t.out.o2
// RUN: %clang -O1 %s -o %t.o1 -lpthread && %t.o1 > %t.out.o1 && diff %t.out.ref %t.out.o1
// RUN: %clang -O3 %s -o %t.o3 -lpthread && %t.o3 > %t.out.o3 && diff %t.out.ref %t.out.o3
// Through opt: decided, inlined into worker, decided again (frame_check.c).
// RUN: %clang-noplugin -O1 -Xclang -disable-llvm-passes -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='heap2stack,cgscc(inline),heap2stack' %t.ll -o %t.opt.bc
// RUN: %clang-noplugin -O0 %t.opt.bc -o %t.opt -lpthread && %t.opt > %t.out.opt && diff %t.out.ref %t.out.opt
//
// REMARK: inlined-helpers-frame.c:[[@LINE+12]]:22: remark: moved to stack: 60000-byte malloc
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int RT[4] = {1, 2, 3, 7};
__attribute__((noinline)) static unsigned sum(const unsigned char *b, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i += 97) s += b[i];
  return s;
}
static int helper(int k) {
  unsigned char *b = malloc(60000);
  if (!b) return -1;
  memset(b, RT[k], 60000);
  if (sum(b, 60000) == 7u * 619u) return 1; // early return: skips the free
  int s = (int)sum(b, 60000);
  free(b);
  return s;
}
__attribute__((noinline)) static int worker(void) { return helper(0) + helper(1) + helper(2) + helper(3); }
static void *run(void *arg) { (void)arg; printf("%d\n", worker()); return NULL; }
int main(void) {
  pthread_attr_t a; pthread_attr_init(&a); pthread_attr_setstacksize(&a, 128 * 1024);
  pthread_t t; if (pthread_create(&t, &a, run, NULL)) return 1; pthread_join(t, NULL); return 0;
}
