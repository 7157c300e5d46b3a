// Recursion the call graph does not show (pass/reentry.c), and call chains
// on a small thread stack (max-chain).  An audit's programs: each level of
// a recursion through a mutable table of functions, a callback through a
// volatile pointer, or qsort calling a comparator that calls back, moved a
// 4000-byte buffer to an unchecked slot, and depth 5000 (20 MB) overflowed
// the 8 MiB stack the heap version ran in.  A function that may be called
// again through code heap2stack cannot see now gets checked slots only:
// the stack while the thread has room above heap2stack's reserve, the heap
// after.  A chain of twelve functions, each with a 4000-byte buffer, on a
// 48 KiB thread overflowed with max-chain at 64 KiB; at 8 KiB, the slots
// that would pass it are checked.  What heap2stack sees keeps its
// unchecked slot (`leaf_only`: static, calls nothing unseen).
// RUN: %clang-noplugin -O0 %s -o %t.ref -lpthread && %t.ref > %t.out.ref
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 -lpthread 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=LEVELS < %t.err
// RUN: sh -c 'ulimit -s 8192 && exec %t.o2' > %t.out.o2 && diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack %t.ll -o %t.opt.bc 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: %clang-noplugin -O0 %t.opt.bc -o %t.opt -lpthread
// RUN: sh -c 'ulimit -s 8192 && exec %t.opt' > %t.out.opt && diff %t.out.ref %t.out.opt
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH 5000
static unsigned long total;
static volatile int RT = 7;

/* f -> table[..] -> g -> f: the table is not constant. */
static void tf(int depth);
__attribute__((noinline)) static void tg(int depth) { if (depth > 0) tf(depth - 1); }
__attribute__((noinline)) static void th(int depth) { total += (unsigned)depth; }
void (*table[2])(int) = {tg, th};
__attribute__((noinline)) static void tf(int depth) {
  char *buf = malloc(4000); // REMARK-DAG: reentry-unseen-calls.c:[[@LINE]]:15: remark: moved to stack when the thread's stack has room: 4000-byte malloc (align 16) uses a stack slot when this thread's stack has room above its reserve, the heap otherwise (the function may be called again before it returns: it calls through a function pointer whose targets are not known, and it is reached from {{.*}})
  memset(buf, depth & 0x7f, 4000);
  table[depth == 0](depth);
  total += (unsigned char)buf[depth % 4000];
  free(buf);
}

/* visit -> walk -> (volatile pointer) visit. */
void (*volatile callback)(int);
__attribute__((noinline)) void walk(int depth) { callback(depth); }
static void visit(int depth) {
  char *buf = malloc(4000); // REMARK-DAG: reentry-unseen-calls.c:[[@LINE]]:15: remark: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}(the function may be called again before it returns: it reaches 'walk', which calls through a function pointer whose targets are not known, and it has its address taken)
  memset(buf, depth & 0x7f, 4000);
  if (depth > 0)
    walk(depth - 1);
  total += (unsigned char)buf[depth % 4000];
  free(buf);
}

/* f -> qsort -> cmp -> f. */
static int depth_left;
static int cmp(const void *a, const void *b);
__attribute__((noinline)) static void qf(void) {
  char *buf = malloc(4000); // REMARK-DAG: reentry-unseen-calls.c:[[@LINE]]:15: remark: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}(the function may be called again before it returns: it calls 'qsort', which may call back a function it is given, and it is reached from {{.*}})
  memset(buf, depth_left & 0x7f, 4000);
  int arr[2] = {2, 1};
  if (depth_left-- > 0)
    qsort(arr, 2, sizeof arr[0], cmp);
  total += (unsigned char)buf[depth_left & 1023] + (unsigned)arr[0];
  free(buf);
}
static int cmp(const void *a, const void *b) {
  qf();
  return *(const int *)a - *(const int *)b;
}

/* Calls only what heap2stack sees: an unchecked slot. */
__attribute__((noinline)) static unsigned leaf_only(int k) {
  char *buf = malloc(100); // REMARK-DAG: reentry-unseen-calls.c:[[@LINE]]:15: remark: moved to stack: 100-byte malloc (align 16) [-Rpass=heap2stack]
  for (int i = 0; i < 100; i++)
    buf[i] = (char)(k + i);
  unsigned r = (unsigned char)buf[RT % 100];
  free(buf);
  return r;
}

/* Twelve levels of 4000 bytes on a 48 KiB thread. */
__attribute__((noinline)) static int level0(int k) { return k; }
#define LEVEL(name, next)                                                                  \
  __attribute__((noinline)) static int name(int k) {                                       \
    char *b = malloc(4000);                                                                \
    memset(b, k, 4000);                                                                    \
    int r = next(k + 1) + b[k];                                                            \
    free(b);                                                                               \
    return r;                                                                              \
  }
LEVEL(level1, level0)
LEVEL(level2, level1)
LEVEL(level3, level2)
LEVEL(level4, level3)
LEVEL(level5, level4)
LEVEL(level6, level5)
LEVEL(level7, level6)
LEVEL(level8, level7)
LEVEL(level9, level8)
LEVEL(level10, level9)
LEVEL(level11, level10)
LEVEL(level12, level11)
// LEVELS-COUNT-2: reentry-unseen-calls.c:{{[0-9]+}}:1: remark: moved to stack: 4000-byte malloc (align 16) [-Rpass=heap2stack]
// LEVELS: reentry-unseen-calls.c:{{[0-9]+}}:1: remark: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}(an unchecked slot would make the static slots along 'level3' -> 'level2' -> 'level1' 12000 bytes > max-chain 8192)
// LEVELS-COUNT-9: reentry-unseen-calls.c:{{[0-9]+}}:1: remark: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}(an unchecked slot would make the static slots along {{.*}} bytes > max-chain 8192)
static void *thread_main(void *arg) { return (void *)(long)level12(*(int *)arg); }

// OPT-DAG: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}it calls through a function pointer whose targets are not known
// OPT-DAG: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}it reaches 'walk', which calls through a function pointer
// OPT-DAG: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}it calls 'qsort', which may call back a function it is given
// OPT-DAG: moved to stack: 100-byte malloc (align 16)

int main(void) {
  tf(DEPTH);
  printf("table %lu\n", total);
  callback = visit;
  walk(DEPTH);
  printf("callback %lu\n", total);
  depth_left = DEPTH;
  qf();
  printf("qsort %lu\n", total);
  printf("leaf %u\n", leaf_only(7));
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 48 * 1024);
  pthread_t t;
  int one = 1;
  void *r;
  if (pthread_create(&t, &attr, thread_main, &one))
    return 1;
  pthread_join(t, &r);
  printf("thread %ld\n", (long)r);
  return 0;
}
