// Stack safety (issue: stack safety, item 3).  C stacks do not grow: a
// 60,000-byte buffer that fits the main thread's 8 MiB stack overflows a
// thread made with a 48 KiB stack, and a 16 KiB buffer per level of a
// recursion through a function pointer (which the call graph cannot see)
// needs 16 MB for 1,000 levels.  A slot above stack-check-above (4 KiB by
// default) is therefore made at run time, only when the running thread's
// stack has room above heap2stack's reserve (half the stack), and the
// program falls back to malloc otherwise.  Before the check, this program
// died with SIGSEGV in every plugin build.
//
// stdout must equal the build without heap2stack's.  stderr counts the
// heap allocations of each part (benchmarks/common/malloc_count.c,
// preloaded), to show that the check is not always "no room": on the main
// thread the 60,000-byte buffer is on the stack, on the 48 KiB thread on the
// heap, and the deep recursions use the stack for their first levels and the
// heap after.
//
// RUN: %clang-noplugin -O2 -shared -fPIC %h2s_src/benchmarks/common/malloc_count.c -o %t.mc.so
// RUN: %clang-noplugin -O0 %s -o %t.ref -lpthread -ldl
// RUN: (ulimit -s 8192 && LD_PRELOAD=%t.mc.so %t.ref > %t.out.ref 2>%t.heap.ref)
// RUN: FileCheck %s --check-prefix=REF < %t.heap.ref
// RUN: %clang -O2 -Rpass=heap2stack -fno-caret-diagnostics %s -o %t.o2 -lpthread -ldl 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: (ulimit -s 8192 && LD_PRELOAD=%t.mc.so %t.o2 > %t.out.o2 2>%t.heap.o2) && diff %t.out.ref %t.out.o2
// RUN: FileCheck %s --check-prefix=HEAP < %t.heap.o2
// RUN: %clang -O1 %s -o %t.o1 -lpthread -ldl
// RUN: (ulimit -s 8192 && LD_PRELOAD=%t.mc.so %t.o1 > %t.out.o1 2>%t.heap.o1) && diff %t.out.ref %t.out.o1
// RUN: FileCheck %s --check-prefix=HEAP < %t.heap.o1
// RUN: %clang -O3 %s -o %t.o3 -lpthread -ldl
// RUN: (ulimit -s 8192 && LD_PRELOAD=%t.mc.so %t.o3 > %t.out.o3 2>%t.heap.o3) && diff %t.out.ref %t.out.o3
// RUN: FileCheck %s --check-prefix=HEAP < %t.heap.o3
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack %t.ll -o %t.opt.bc
// RUN: %clang-noplugin -O0 %t.opt.bc -o %t.opt -lpthread -ldl
// RUN: (ulimit -s 8192 && LD_PRELOAD=%t.mc.so %t.opt > %t.out.opt 2>%t.heap.opt) && diff %t.out.ref %t.out.opt
// RUN: FileCheck %s --check-prefix=HEAP < %t.heap.opt
// With the check off (no size checked), the same program dies:
// RUN: %clang -O2 -mllvm -heap2stack-stack-check-above=1000000 -mllvm -heap2stack-max-chain=1000000 %s -o %t.unchecked -lpthread -ldl
// RUN: not --crash sh -c 'ulimit -s 8192 && exec %t.unchecked > /dev/null 2>&1'
//
// REMARK-DAG: stack-checked-moves.c:[[@LINE+29]]:22: remark: moved to stack when the thread's stack has room: 60000-byte malloc (align 16)
// REMARK-DAG: stack-checked-moves.c:[[@LINE+41]]:22: remark: moved to stack when the thread's stack has room: 16384-byte malloc (align 16)
// REF: main big: 1 on the heap
// REF: thread big: 1 on the heap
// REF: recursion: 1001 of 1001 on the heap
// REF: thread recursion: 1001 of 1001 on the heap
// HEAP: main big: 0 on the heap
// HEAP: thread big: 1 on the heap
// HEAP: recursion: {{([1-9][0-9]?|[1-9][0-9][0-9])}} of 1001 on the heap
// HEAP: thread recursion: {{([1-9][0-9]?|[1-9][0-9][0-9])}} of 1001 on the heap
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int RT = 5;

/* Heap allocations so far, from the preloaded malloc_count.so. */
static size_t heap_allocations(void) {
  size_t (*count)(void) = (size_t (*)(void))dlsym(RTLD_DEFAULT, "malloc_count_allocs");
  return count ? count() : 0;
}
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
typedef int (*callback)(int);
static callback volatile CALLBACK;
/* The call back into level goes through here, so level itself makes no
   indirect call and the cycle is invisible to the call graph. */
__attribute__((noinline)) static int descend(int depth) { return CALLBACK(depth); }
__attribute__((noinline)) static int level(int depth) {
  unsigned char *b = malloc(16384);
  if (!b) return -1;
  memset(b, depth & 0xff, 16384);
  int s = (int)sum(b, 16384);
  if (depth > 0) s += descend(depth - 1); /* back into level, through a pointer */
  free(b);
  return s & 0xffff;
}
/* Runs fn(arg) and says how many of its buffers were heap allocations.  A
   thread's first stack check asks the C library for its stack, which
   allocates (glibc reads /proc/self/maps, or a CPU set): a warm-up call
   first keeps that out of the count. */
static void part(const char *name, int (*fn)(int), int arg, int buffers) {
  fn(0);
  size_t before = heap_allocations();
  int result = fn(arg);
  size_t heap = heap_allocations() - before;
  fprintf(stderr, "%s: ", name);
  if (buffers > 1)
    fprintf(stderr, "%zu of %d on the heap\n", heap, buffers);
  else
    fprintf(stderr, "%zu on the heap\n", heap);
  printf("%s: %d\n", name, result);
}
static int big_part(int unused) { (void)unused; return big(); }
static void *small_thread(void *arg) {
  (void)arg;
  part("thread big", big_part, 0, 1);
  return NULL;
}
static void *deep_thread(void *arg) {
  (void)arg;
  part("thread recursion", level, 1000, 1001);
  return NULL;
}
static int spawn(void *(*fn)(void *), size_t stack) {
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, stack);
  pthread_t t;
  if (pthread_create(&t, &a, fn, NULL)) return 1;
  return pthread_join(t, NULL);
}
int main(void) {
  CALLBACK = level;
  setvbuf(stdout, NULL, _IONBF, 0); /* no stdio buffer allocated mid-count */
  part("main big", big_part, 0, 1);
  if (spawn(small_thread, 48 * 1024)) return 1;
  part("recursion", level, 1000, 1001);
  return spawn(deep_thread, 512 * 1024);
}
