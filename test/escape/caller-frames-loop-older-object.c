// A maker's or filler's call in a loop is the allocation, but unlike
// malloc it runs code, and that code may look at the previous iteration's
// object: `old = b->data; b->data = malloc(n); copy old reversed into it`,
// where the caller keeps the previous buffer in the structure it fills (or
// in another field of it, or in a holder it passes to a maker).  With the
// loop rule's one slot for every iteration, the previous object IS the
// slot the copy is filling: the copy reads what it has just overwritten,
// writes "into the old buffer" over the new one, or finds its new buffer
// where the old one was.  The plugin of ace7fda moved all of these (another
// checksum at -O1..-O3, in the opt module pass and under ASan; no ASan
// report: the slot is live).  A loop that runs a known number of times
// still gets a slot per iteration; a filler that does not look at what its
// structure held (buf_init) still gets the one slot.
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clang -O2 %s -o %t.o2
// RUN: %clang -O1 %s -o %t.o1
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.ref > %t.out.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.o1 > %t.out.o1
// RUN: diff %t.out.ref %t.out.o2
// RUN: diff %t.out.ref %t.out.o1
// The opt module pass, on mem2reg'd code:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -emit-llvm -c %s -o %t.bc
// RUN: %opt-noplugin -passes=mem2reg %t.bc -o %t.m2r.bc
// RUN: %opt -passes=heap2stack %t.m2r.bc -o %t.opt.bc
// RUN: %clang-noplugin %t.opt.bc -o %t.opt
// RUN: %t.opt > %t.out.opt
// RUN: diff %t.out.ref %t.out.opt
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

struct buf {
  char *data;
  size_t len;
  const char *prev;
};

static char seed[33] = "abcdefghijklmnopqrstuvwxyz012345";

static unsigned sum(const char *p, size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i < n; i++)
    s = s * 31 + (unsigned char)p[i];
  return s;
}

// Reads what b->data held (the previous buffer) into the new one, reversed.
NOINLINE int buf_next(struct buf *b, size_t n) {
  const char *old = b->data;
  char *p = malloc(n);
  b->data = p;
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (char)(old[n - 1 - i] + 1);
  b->len = n;
  return 0;
}

// The same through a callee.
NOINLINE void rev_into(char *dst, const char *src, size_t n) {
  for (size_t i = 0; i < n; i++)
    dst[i] = (char)(src[n - 1 - i] + 2);
}
NOINLINE int buf_next_call(struct buf *b, size_t n) {
  const char *old = b->data;
  char *p = malloc(n);
  b->data = p;
  if (!p)
    return -1;
  rev_into(p, old, n);
  b->len = n;
  return 0;
}

// Reads the previous buffer from another field the caller keeps it in.
NOINLINE int buf_from_prev(struct buf *b, size_t n) {
  char *p = malloc(n);
  b->data = p;
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (char)(b->prev[n - 1 - i] + 3);
  b->len = n;
  return 0;
}

// Writes into the previous buffer after filling the new one.
NOINLINE int buf_retire(struct buf *b, size_t n) {
  char *old = b->data;
  char *p = malloc(n);
  b->data = p;
  if (!p)
    return -1;
  memset(p, 'a', n);
  if (old)
    old[0] = 'Z';
  b->len = n;
  return 0;
}

// Tells whether the new buffer is where the previous one was.
NOINLINE int buf_same(struct buf *b, size_t n) {
  char *old = b->data;
  char *p = malloc(n);
  b->data = p;
  if (!p)
    return -1;
  memset(p, 'a', n);
  b->len = n;
  return p == old;
}

// A maker that reads the previous buffer through a holder.
struct holder {
  const char *old;
};
NOINLINE char *mk_next(const struct holder *h, size_t n) {
  char *p = malloc(n);
  if (!p)
    return NULL;
  for (size_t i = 0; i < n; i++)
    p[i] = (char)(h->old[n - 1 - i] + 4);
  return p;
}

// Looks at nothing the structure held: one slot for every iteration.
NOINLINE int buf_init(struct buf *b, size_t n) {
  char *p = malloc(n);
  b->data = p;
  if (!p)
    return -1;
  memset(p, 'i', n);
  b->len = n;
  return 0;
}

// IR-LABEL: define {{.*}}@loop_next(
// IR-NOT: .h2s(
// IR: ret i32
NOINLINE unsigned loop_next(int n) {
  struct buf b;
  b.data = seed;
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    if (buf_next(&b, 32)) // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:9: remark: carried across loop iterations: memory that a call reads at {{.*}}caller-frames-loop-older-object.c:[[@LINE]]:9 may hold an earlier iteration's object
      abort();
    s = s * 31 + sum(b.data, 32);
  }
  return s;
}

// IR-LABEL: define {{.*}}@loop_next_call(
// IR-NOT: .h2s(
// IR: ret i32
NOINLINE unsigned loop_next_call(int n) {
  struct buf b;
  b.data = seed;
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    if (buf_next_call(&b, 32)) // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:9: remark: carried across loop iterations
      abort();
    s = s * 31 + sum(b.data, 32);
  }
  return s;
}

// IR-LABEL: define {{.*}}@loop_prev(
// IR-NOT: .h2s(
// IR: ret i32
NOINLINE unsigned loop_prev(int n) {
  struct buf b;
  b.prev = seed;
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    if (buf_from_prev(&b, 32)) // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:9: remark: carried across loop iterations
      abort();
    s = s * 31 + sum(b.data, 32);
    b.prev = b.data;
  }
  return s;
}

// IR-LABEL: define {{.*}}@loop_retire(
// IR-NOT: .h2s(
// IR: ret i32
NOINLINE unsigned loop_retire(int n) {
  struct buf b;
  b.data = NULL;
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    if (buf_retire(&b, 32)) // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:9: remark: carried across loop iterations
      abort();
    s = s * 31 + sum(b.data, 32);
  }
  return s;
}

// IR-LABEL: define {{.*}}@loop_same(
// IR-NOT: .h2s(
// IR: ret i32
NOINLINE unsigned loop_same(int n) {
  struct buf b;
  b.data = NULL;
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    // buf_same compares its new buffer with a pointer read from its
    // parameter's memory, which may have been made from an integer: its
    // buffer escapes there, and the call is no maker's.
    int same = buf_same(&b, 32);
    if (same < 0)
      abort();
    s = s * 31 + (unsigned)same + (unsigned char)b.data[1];
  }
  return s;
}

// IR-LABEL: define {{.*}}@loop_maker(
// IR-NOT: .h2s(
// IR: ret i32
NOINLINE unsigned loop_maker(int n) {
  struct holder h = {seed};
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    char *p = mk_next(&h, 32); // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:15: remark: carried across loop iterations
    if (!p)
      abort();
    s = s * 31 + sum(p, 32);
    h.old = p;
  }
  return s;
}

// Six iterations: a slot for each (or six unrolled calls with a slot each),
// the previous object in its own.
// IR-LABEL: define {{.*}}@loop_next_six(
// IR: call {{.*}}@buf_next.h2s(
// IR: ret i32
NOINLINE unsigned loop_next_six(void) {
  struct buf b;
  b.data = seed;
  unsigned s = 0;
  for (int i = 0; i < 6; i++) {
    if (buf_next(&b, 32)) // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:9: remark: moved to stack: {{.*}}object made by 'buf_next'
      abort();
    s = s * 31 + sum(b.data, 32);
  }
  return s;
}

// IR-LABEL: define {{.*}}@loop_init(
// IR: call {{.*}}@buf_init.h2s(
// IR: ret i32
NOINLINE unsigned loop_init(int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    struct buf b;
    if (buf_init(&b, 32)) // REMARK-DAG: caller-frames-loop-older-object.c:[[@LINE]]:9: remark: moved to stack: 32-byte object made by 'buf_init'
      abort();
    b.data[i % 32] = (char)i;
    s = s * 31 + sum(b.data, 32);
    free(b.data);
  }
  return s;
}

int main(int argc, char **argv) {
  (void)argv;
  int n = argc + 4;
  printf("%u %u %u %u %u %u %u %u\n", loop_next(n), loop_next_call(n), loop_prev(n),
         loop_retire(n), loop_same(n), loop_maker(n), loop_next_six(), loop_init(n));
  return 0;
}
