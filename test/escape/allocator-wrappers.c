// A call of an allocator wrapper (xmalloc: one allocation, returned on every
// return, nothing observable on a path that returns, its size passed in) is
// an allocation site of the wrapped allocator, freed by its deallocator
// (pass/alloc_wrappers.c).  A function with a wrapper's shape that fails a
// condition gets an UnusableWrapper remark at its call sites.
// The wrapper rules alone: without caller frames (caller_frames.c), which
// would move the objects of the wrappers refused here through copies of them.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -mllvm -heap2stack-caller-frames=false \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack<no-caller-frames>' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: FileCheck %s --check-prefix=IR < %t.h2s.ll
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt | diff %t.out.ref -
// With caller frames, the same output:
// RUN: %clang -O2 %s -o %t.cf && %t.cf | diff %t.out.ref -
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned RT = 40;
int counter;
char *kept;

__attribute__((noinline)) void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "out of memory (%zu bytes)\n", n);
    exit(1);
  }
  return p;
}
__attribute__((noinline)) void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n, size);
  if (!p)
    abort();
  return p;
}
/* Counts: observable on the path that returns. */
__attribute__((noinline)) void *counting_malloc(size_t n) {
  counter++;
  return malloc(n);
}
/* Allocates one more byte than asked: the size is computed inside. */
__attribute__((noinline)) char *string_buffer(size_t len) { return malloc(len + 1); }
/* May be replaced at link time. */
__attribute__((noinline, weak)) void *weak_alloc(size_t n) { return malloc(n); }

// IR-LABEL: define {{.*}}i32 @use_wrappers(
// (checked slot since the fifth audit: its heap fallback still calls xmalloc)
// (checked slot since the fifth audit: its heap fallback still calls xcalloc)
// IR: call {{.*}}@counting_malloc(
// IR: call {{.*}}@string_buffer(
// IR: ret i32
__attribute__((noinline)) int use_wrappers(int k) {
  char *b = xmalloc(64); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:13: remark: moved to stack when the thread's stack has room: 64-byte xmalloc (align 16)
  int *z = xcalloc(8, sizeof *z); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:12: remark: moved to stack when the thread's stack has room: 32-byte xcalloc (align 16)
  char *c = counting_malloc(32); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:13: remark: allocated by 'counting_malloc', which returns a new allocation but cannot stand for it: it also writes memory or calls a function on a path that returns
  char *s = string_buffer(15); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:13: remark: allocated by 'string_buffer', which returns a new allocation but cannot stand for it: the size it allocates is computed inside it, not one of its parameters
  memset(b, k, 64);
  z[k & 7] = k;
  c[0] = 1;
  strcpy(s, "fifteen chars..");
  int r = b[3] + z[1] + z[k & 7] + c[0] + s[14];
  free(b);
  free(z);
  free(c);
  free(s);
  return r;
}

/* A call of a weak function is a call of code heap2stack cannot see, so it
   is in a function of its own (pass/reentry.c). */
// IR-LABEL: define {{.*}}i32 @use_weak(
// IR: call {{.*}}@weak_alloc(
__attribute__((noinline)) int use_weak(void) {
  char *w = weak_alloc(16); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:13: remark: allocated by 'weak_alloc', which returns a new allocation but cannot stand for it: it may be replaced by another definition at link time
  w[0] = 2;
  int r = w[0];
  free(w);
  return r;
}

/* A run-time size: the guarded rewrite, whose heap case calls xmalloc. */
__attribute__((noinline)) int run_time(unsigned n) {
  char *b = xmalloc(n); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:13: remark: moved to stack when it fits: 'xmalloc' of a run-time size
  memset(b, 7, n);
  int r = b[n - 1];
  free(b);
  return r;
}

/* The caller keeps it: the heap stays. */
__attribute__((noinline)) void keep(void) {
  kept = xmalloc(24); // REMARK-DAG: allocator-wrappers.c:[[@LINE]]:10: remark: escapes: stored to global 'kept'
  kept[0] = 9;
}

// OPT-DAG: moved to stack when the thread's stack has room: 64-byte xmalloc (align 16)
// OPT-DAG: moved to stack when the thread's stack has room: 32-byte xcalloc (align 16)
// OPT-DAG: moved to stack when it fits: 'xmalloc' of a run-time size
// OPT-DAG: allocated by 'counting_malloc', which returns a new allocation but cannot stand for it
// OPT-DAG: allocated by 'string_buffer', which returns a new allocation but cannot stand for it
// OPT-DAG: allocated by 'weak_alloc', which returns a new allocation but cannot stand for it
// OPT-NOT: moved to stack: 24-byte
// REMARK-NOT: moved to stack: 24-byte

int main(void) {
  keep();
  printf("%d %d %d %d %d\n", use_wrappers(2), use_weak(), run_time(RT), counter, kept[0]);
  free(kept);
  return 0;
}

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 63 above is
// checked ("when the thread's stack has room"): its function calls 'fprintf', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
