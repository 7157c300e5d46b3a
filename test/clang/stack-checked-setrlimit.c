// A lower RLIMIT_STACK after the stack check's cache was filled (audit4,
// calls 3).  f's 6000-byte slot is checked (f is re-entered through
// ext_walk, in a file heap2stack does not see).  main's first f(1) fills
// the main thread's cache for the stack the 8 MiB limit allows; main then
// lowers RLIMIT_STACK to 1 MiB (the kernel enforces it on further growth)
// and recurses 300 levels.  With the old cache the check took 300 x 6000
// bytes of slots and died (SIGSEGV); the heap version runs.  The reset
// after setrlimit makes the next check ask again, for the 1 MiB stack.
//
// RUN: %clang-noplugin -O2 -c %S/Inputs/altstack/walk.c -o %t.walk.o
// RUN: %clang-noplugin -O0 %s %t.walk.o -o %t.ref && sh -c 'ulimit -s 8192 && exec %t.ref 300' > %t.out.ref
// RUN: FileCheck %s --check-prefix=OUT < %t.out.ref
// RUN: %clang -O2 -Rpass=heap2stack -Rpass-analysis=heap2stack -fno-caret-diagnostics %s \
// RUN:   %t.walk.o -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: sh -c 'ulimit -s 8192 && exec %t.o2 300' > %t.out.o2 && diff %t.out.ref %t.out.o2
// RUN: %clang -O1 %s %t.walk.o -o %t.o1 && sh -c 'ulimit -s 8192 && exec %t.o1 300' > %t.out.o1
// RUN: diff %t.out.ref %t.out.o1
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' %t.ll -o %t.opt.bc
// RUN: %clang-noplugin -O0 %t.opt.bc %t.walk.o -o %t.opt
// RUN: sh -c 'ulimit -s 8192 && exec %t.opt 300' > %t.out.opt && diff %t.out.ref %t.out.opt
//
// OUT: 44
// REMARK-DAG: stack-checked-setrlimit.c:[[@LINE+9]]:13: remark: moved to stack when the thread's stack has room: 6000-byte malloc
// REMARK-DAG: stack-checked-setrlimit.c:[[@LINE+23]]:7: remark: the stack check's cache is reset after this call to 'setrlimit'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

void ext_walk(long n, long (*cb)(long));
long f(long n) {
  char *b = malloc(6000);
  if (!b) return -1;
  memset(b, (int)(n & 0x7f), 6000);
  long r = b[n % 6000];
  if (n > 0) ext_walk(n - 1, f);
  free(b);
  return r;
}

int main(int argc, char **argv) {
  long depth = argc > 1 ? atol(argv[1]) : 300;
  f(1); /* the main thread's first check: the cache is filled */
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl)) { perror("getrlimit"); return 1; }
  rl.rlim_cur = 1 << 20; /* a 1 MiB stack from now on */
  if (setrlimit(RLIMIT_STACK, &rl)) { perror("setrlimit"); return 1; }
  printf("%ld\n", f(depth));
  return 0;
}
