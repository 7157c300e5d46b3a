// Stack-checked moves on a stack that is not the thread's own: the check
// caches the running thread's stack bounds, and code switched onto another
// stack (a fiber or coroutine made with makecontext, a signal's alternate
// stack) must not read "plenty of room" from them.  Here a fiber's 32 KiB
// stack is mapped above the thread's stack; the fiber calls a function with
// a checked 60,000-byte slot.  The check once compared the stack pointer
// with the thread's lower limit only, found it far above, made the slot on
// the 32 KiB fiber stack and died (SIGSEGV); it now also requires the stack
// pointer to be within the thread's stack, and the fiber uses the heap.
//
// RUN: %clang-noplugin -O0 %s -o %t.ref -lpthread && %t.ref > %t.out.ref
// RUN: %clang -O2 -Rpass=heap2stack -fno-caret-diagnostics %s -o %t.o2 -lpthread 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %t.o2 > %t.out.o2 && diff %t.out.ref %t.out.o2
// RUN: %clang -O1 %s -o %t.o1 -lpthread && %t.o1 > %t.out.o1 && diff %t.out.ref %t.out.o1
// RUN: %clang -O3 %s -o %t.o3 -lpthread && %t.o3 > %t.out.o3 && diff %t.out.ref %t.out.o3
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack %t.ll -o %t.opt.bc
// RUN: %clang-noplugin -O0 %t.opt.bc -o %t.opt -lpthread && %t.opt > %t.out.opt && diff %t.out.ref %t.out.opt
//
// REMARK: stack-checked-fiber.c:[[@LINE+17]]:22: remark: moved to stack when the thread's stack has room: 60000-byte malloc (align 16)
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static volatile int RT = 5;
__attribute__((noinline)) static unsigned sum(const unsigned char *b, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i += 97) s += b[i];
  return s;
}
__attribute__((noinline)) static int big(void) {
  unsigned char *b = malloc(60000);
  if (!b) return -1;
  memset(b, RT, 60000);
  int s = (int)sum(b, 60000);
  free(b);
  return s;
}

static ucontext_t main_ctx, fiber_ctx;
static int fiber_result;
static void fiber_main(void) { fiber_result = big(); }

enum { FIBER_STACK = 32 * 1024 };

/* A fiber stack mapped above the thread's own stack, where the thread's
   cached stack limit says "plenty of room". */
static void *map_above(uintptr_t high) {
  for (uintptr_t off = 1u << 24; off < (1ull << 34); off <<= 1) {
    void *want = (void *)((high + off) & ~(uintptr_t)0xfff);
    void *p = mmap(want, FIBER_STACK, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != MAP_FAILED) return p;
  }
  return NULL;
}

static void *thread_main(void *arg) {
  (void)arg;
  printf("thread: %d\n", big()); /* the thread's first check: caches its stack */
  pthread_attr_t a;
  void *lo; size_t size;
  if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &lo, &size)) return NULL;
  pthread_attr_destroy(&a);
  void *stack = map_above((uintptr_t)lo + size);
  if (!stack) { printf("no fiber stack\n"); return NULL; }
  getcontext(&fiber_ctx);
  fiber_ctx.uc_stack.ss_sp = stack;
  fiber_ctx.uc_stack.ss_size = FIBER_STACK;
  fiber_ctx.uc_link = &main_ctx;
  makecontext(&fiber_ctx, fiber_main, 0);
  swapcontext(&main_ctx, &fiber_ctx);
  printf("fiber: %d\n", fiber_result);
  return NULL;
}

int main(void) {
  pthread_t t;
  if (pthread_create(&t, NULL, thread_main, NULL)) return 1;
  pthread_join(t, NULL);
  return 0;
}
