// Fillers in loops (pass/loop_carried.c): `buf_init(&b, n)` stores its
// object into b.data on every call that returns (its entry block does), so
// a load of b.data, or a call reading b, after it in the same iteration
// sees this iteration's object: one slot serves every iteration.  When b
// may hold an older object where it is read (another field keeps one, a
// read before the filler runs, a filler that stores only on some paths),
// the object stays on the heap.
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clang -O2 %s -o %t.o2
// RUN: %clang -O2 -g -fsanitize=address %s -o %t.asan
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: env ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0 %t.asan > %t.out.asan
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: diff %t.out.ref %t.out.asan
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

struct buf {
  char *data;
  size_t len;
  char *other;
};

char *g_keep;

NOINLINE int buf_init(struct buf *b, size_t n) {
  b->data = malloc(n);
  if (!b->data)
    return -1;
  memset(b->data, 'a', n);
  b->len = n;
  return 0;
}

// Stores only when n is small: a later load may see an older object.
NOINLINE int buf_init_some(struct buf *b, size_t n) {
  if (n > 100)
    return -1;
  b->data = malloc(n);
  memset(b->data, 'b', n);
  b->len = n;
  return 0;
}

NOINLINE void buf_fini(struct buf *b) {
  free(b->data);
  b->data = NULL;
}

NOINLINE long buf_sum(const struct buf *b) {
  long s = 0;
  for (size_t i = 0; i < b->len; i++)
    s += b->data[i];
  return s;
}

NOINLINE long sum_other(const struct buf *b) { return b->other ? b->other[0] : 0; }

// One slot for every iteration: each object dies in its iteration.
long loop_ok(int n) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    struct buf b;
    if (buf_init(&b, 48)) // REMARK-DAG: caller-frames-fillers-loops.c:[[@LINE]]:9: remark: moved to stack: 48-byte object made by 'buf_init' (align 16)
      abort();
    b.data[i % 48] = (char)i;
    s += buf_sum(&b);
    buf_fini(&b);
  }
  return s;
}

// b.other keeps the first iteration's object, which is never freed; a
// callee reads it in later iterations.
long loop_other(int n) {
  long s = 0;
  struct buf b;
  b.other = NULL;
  for (int i = 0; i < n; i++) {
    if (buf_init(&b, 32)) // REMARK-DAG: caller-frames-fillers-loops.c:[[@LINE]]:9: remark: carried across loop iterations
      abort();
    if (i == 0)
      b.other = b.data;
    b.data[0] = (char)('0' + i);
    s += sum_other(&b);
  }
  return s;
}

// This function stores b.data into b.other once (at a run-time iteration);
// the calls after it read b, where b.other keeps that object, never freed:
// b holds pointers at two places, so b.data being fresh says nothing of
// what a call reads there.
long loop_other_call(int n) {
  long s = 0;
  struct buf b;
  b.other = NULL;
  for (int i = 0; i < n; i++) {
    if (buf_init(&b, 32)) // REMARK-DAG: caller-frames-fillers-loops.c:[[@LINE]]:9: remark: carried across loop iterations: memory that a call reads
      abort();
    b.data[0] = (char)('a' + i);
    if (i == n / 3)
      b.other = b.data;
    s += sum_other(&b) * (i + 1);
  }
  return s;
}

// A callee moves b.data into b.other (the first time), and later
// iterations read the first object, never freed: a pointer a callee stores
// into its caller's memory escapes (its summary says what b points to
// escapes), so no call can leave an older object in b unseen.
NOINLINE void keep_other(struct buf *b) {
  if (!b->other)
    b->other = b->data;
}
long loop_callee_keeps(int n) {
  long s = 0;
  struct buf b;
  b.other = NULL;
  for (int i = 0; i < n; i++) {
    if (buf_init(&b, 32)) // REMARK-DAG: caller-frames-fillers-loops.c:[[@LINE]]:9: remark: escapes: stored in a local variable, whose contents are passed to 'keep_other'
      abort();
    b.data[0] = (char)('A' + i);
    keep_other(&b);
    s += sum_other(&b) * (i + 1);
  }
  return s;
}

// The callee reads b before the filler runs again: the older object.
long loop_read_first(int n) {
  long s = 0;
  struct buf b;
  b.data = NULL;
  b.len = 0;
  for (int i = 0; i < n; i++) {
    s += b.data ? buf_sum(&b) : 0;
    if (buf_init(&b, 16)) // REMARK-DAG: caller-frames-fillers-loops.c:[[@LINE]]:9: remark: carried across loop iterations
      abort();
    b.data[0] = (char)i;
  }
  return s;
}

// The filler stores only on some calls: b.data may be an older object.
long loop_some(int n) {
  long s = 0;
  struct buf b;
  b.data = NULL;
  b.len = 0;
  for (int i = 0; i < n; i++) {
    buf_init_some(&b, i % 3 ? 200 : 24); // REMARK-DAG: caller-frames-fillers-loops.c:[[@LINE]]:5: remark: carried across loop iterations
    if (b.data) {
      b.data[0] = (char)i;
      s += buf_sum(&b);
    }
  }
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = argc + 5;
  printf("%ld %ld %ld %ld %ld %ld\n", loop_ok(n), loop_other(n), loop_other_call(n),
         loop_callee_keeps(n), loop_read_first(n), loop_some(n));
  return 0;
}
