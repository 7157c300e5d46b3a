// Checked slots on a stack that lies inside the thread's own stack (audit4,
// calls 2): a signal's alternate stack or a makecontext fiber's stack that
// is an automatic array in a live frame.  The check's range test (sp
// between the cached limit and the stack's top) cannot tell such a stack
// from the thread's, and a 10,000-byte slot carved on a 12 KiB alternate
// stack below the kernel's signal frame wrote over the bytes below it (the
// guard here; in general a caller's frame).  Each part fails without the
// fix (guard bytes overwritten) and keeps its guard now:
//   altstack  the cache is filled first; sigaltstack, called here, resets
//             it; the handler's check then asks again, finds itself on the
//             alternate stack (SS_ONSTACK) and uses the heap;
//   unseen    a new thread configures its alternate stack in code built
//             without the plugin (no reset); its first check, off the
//             alternate stack, finds the alternate stack inside the
//             thread's stack and sends every check of the thread to the heap;
//   fiber     the cache is filled; makecontext, called here, records the
//             fiber's stack, inside the thread's stack; the fiber's check
//             uses the heap.
//
// RUN: %clang-noplugin -O2 -c %S/Inputs/altstack/unseen.c -o %t.unseen.o
// RUN: %clang-noplugin -O0 %s %t.unseen.o -o %t.ref -lpthread && %t.ref > %t.out.ref
// RUN: FileCheck %s --check-prefix=OUT < %t.out.ref
// RUN: %clang -O2 -Rpass=heap2stack -Rpass-analysis=heap2stack -fno-caret-diagnostics %s \
// RUN:   -o %t.o2 %t.unseen.o -lpthread 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %t.o2 > %t.out.o2 && diff %t.out.ref %t.out.o2
// RUN: %clang -O1 %s %t.unseen.o -o %t.o1 -lpthread && %t.o1 > %t.out.o1 && diff %t.out.ref %t.out.o1
// RUN: %clang -O3 %s %t.unseen.o -o %t.o3 -lpthread && %t.o3 > %t.out.o3 && diff %t.out.ref %t.out.o3
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack %t.ll -o %t.opt.bc
// RUN: %clang-noplugin -O0 %t.opt.bc %t.unseen.o -o %t.opt -lpthread && %t.opt > %t.out.opt
// RUN: diff %t.out.ref %t.out.opt
//
// OUT:      altstack: result 1040, guard bytes overwritten: 0
// OUT-NEXT: unseen: result 1040, guard bytes overwritten: 0
// OUT-NEXT: fiber: result 414, guard bytes overwritten: 0
//
// REMARK-DAG: stack-checked-altstack.c:[[@LINE+20]]:15: remark: moved to stack when the thread's stack has room: 10000-byte malloc
// REMARK-DAG: stack-checked-altstack.c:[[@LINE+29]]:15: remark: moved to stack when the thread's stack has room: 20000-byte malloc
// REMARK-DAG: stack-checked-altstack.c:[[@LINE+57]]:7: remark: the stack check's cache is reset after this call to 'sigaltstack'
// REMARK-DAG: stack-checked-altstack.c:[[@LINE+59]]:3: remark: the stack check's cache is reset after this call to 'sigaltstack'
// REMARK-DAG: stack-checked-altstack.c:[[@LINE+85]]:3: remark: the stack check's cache is reset after this call to 'makecontext'
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

int unseen_sigaltstack(void *sp, size_t size);
int unseen_disable_sigaltstack(void);

static volatile long result;
static volatile int fill = 1;

static void handler(int sig) {
  char *buf = malloc(10000);
  if (!buf) return;
  memset(buf, sig, 10000);
  long s = 0;
  for (int i = 0; i < 10000; i += 97) s += buf[i];
  result = s;
  free(buf);
}

__attribute__((noinline)) static long fiber_work(void) {
  char *buf = malloc(20000);
  if (!buf) return -1;
  memset(buf, fill + 1, 20000);
  long s = 0;
  for (int i = 0; i < 20000; i += 97) s += buf[i];
  free(buf);
  return s;
}

enum { GUARD = 32768, ALT = 12288, FIBER = 16384 };
struct area { char guard[GUARD]; char stk[FIBER]; }; /* the guard lies below */

static int overwritten(const struct area *a) {
  int bad = 0;
  for (size_t i = 0; i < sizeof a->guard; i++) bad += a->guard[i] != 0x5a;
  return bad;
}

static void on_stack_handler(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, NULL);
}

__attribute__((noinline)) static int altstack(struct area *a) {
  memset(a->guard, 0x5a, sizeof a->guard);
  stack_t ss = {.ss_sp = a->stk, .ss_size = ALT, .ss_flags = 0};
  if (sigaltstack(&ss, NULL)) { perror("sigaltstack"); return -1; }
  raise(SIGUSR1);
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, NULL);
  return overwritten(a);
}

static void *unseen(void *arg) {
  struct area a;
  memset(a.guard, 0x5a, sizeof a.guard);
  if (unseen_sigaltstack(a.stk, ALT)) { perror("sigaltstack"); return NULL; }
  if (fiber_work() < 0) return NULL; /* the thread's first check, off the alternate stack */
  raise(SIGUSR1);
  unseen_disable_sigaltstack();
  *(int *)arg = overwritten(&a);
  return NULL;
}

static ucontext_t main_ctx, fiber_ctx;
static long fiber_result;
static void fiber_main(void) { fiber_result = fiber_work(); }

static void *fiber(void *arg) {
  struct area a;
  memset(a.guard, 0x5a, sizeof a.guard);
  if (fiber_work() < 0) return NULL; /* the thread's first check: the cache is filled */
  getcontext(&fiber_ctx);
  fiber_ctx.uc_stack.ss_sp = a.stk;
  fiber_ctx.uc_stack.ss_size = FIBER;
  fiber_ctx.uc_link = &main_ctx;
  makecontext(&fiber_ctx, fiber_main, 0);
  swapcontext(&main_ctx, &fiber_ctx);
  *(int *)arg = overwritten(&a);
  return NULL;
}

int main(void) {
  free(malloc(10000)); /* malloc initialised before the signal */
  on_stack_handler();
  handler(1); /* the main thread's first check: the cache is filled */
  struct area a;
  int bad = altstack(&a);
  printf("altstack: result %ld, guard bytes overwritten: %d\n", result, bad);
  pthread_t t;
  bad = -1;
  result = 0;
  if (pthread_create(&t, NULL, unseen, &bad) || pthread_join(t, NULL)) return 1;
  printf("unseen: result %ld, guard bytes overwritten: %d\n", result, bad);
  bad = -1;
  if (pthread_create(&t, NULL, fiber, &bad) || pthread_join(t, NULL)) return 1;
  printf("fiber: result %ld, guard bytes overwritten: %d\n", fiber_result, bad);
  return 0;
}
