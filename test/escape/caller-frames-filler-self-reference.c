// A filler that keeps its object's own address inside the object
// (`memcpy(p + 8, &p, sizeof p)`) is not a filler: a caller takes the
// filled object's content as unknown pointers, so it would read that
// address back out of the object, publish it, and never see the object
// escape.  Found by the `fillers` fuzz family (utils/fuzz/README.md): the
// plugin of 8bc3bd4 moved `selfref_init`'s object into `publish_self`'s
// frame, main then read a dead frame (another checksum at -O2, ASan
// stack-use-after-return).  Storing a global's address there is harmless
// and still moves; storing the parameter itself there makes the caller's
// structure escape (the filler's summary), and keeps the heap too.
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %clang -O2 %s -o %t.o2
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
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
  unsigned char *data;
  unsigned len;
};

unsigned char *g_self, *g_inner;
struct buf *g_holder;
unsigned char g_cell = 42;

// The object holds its own address at bytes 8..15.
NOINLINE int selfref_init(struct buf *b, size_t n) {
  unsigned char *p = malloc(n); // REMARK-DAG: caller-frames-filler-self-reference.c:[[@LINE]]:22: remark: escapes: stored through parameter 'b'
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char)(i * 3);
  memcpy(p + 8, &p, sizeof p);
  b->data = p;
  b->len = (unsigned)n;
  return 0;
}

// An address inside the object, stored at its end.
NOINLINE int interior_init(struct buf *b, size_t n) {
  unsigned char *p = malloc(n);
  if (!p)
    return -1;
  memset(p, 7, n);
  unsigned char *q = p + 4;
  memcpy(p + n - sizeof q, &q, sizeof q);
  b->data = p;
  b->len = (unsigned)n;
  return 0;
}

// A global's address: harmless, the object still moves.
NOINLINE int global_init(struct buf *b, size_t n) {
  unsigned char *p = malloc(n); // REMARK-DAG: caller-frames-filler-self-reference.c:[[@LINE]]:22: remark: stored through parameter 1 for the caller: moved to the caller's frame in 'use_global'
  if (!p)
    return -1;
  memset(p, 9, n);
  unsigned char *gp = &g_cell;
  memcpy(p + 8, &gp, sizeof gp);
  b->data = p;
  b->len = (unsigned)n;
  return 0;
}

// The structure's own address in the object.
NOINLINE int holder_init(struct buf *b, size_t n) {
  unsigned char *p = malloc(n);
  if (!p)
    return -1;
  memset(p, 5, n);
  memcpy(p + 8, &b, sizeof b);
  b->data = p;
  b->len = (unsigned)n;
  return 0;
}

NOINLINE void clobber(unsigned s) {
  volatile unsigned char junk[8192];
  for (unsigned i = 0; i < sizeof junk; i++)
    junk[i] = (unsigned char)(s + i);
}

// IR-LABEL: define {{.*}}@publish_self(
// IR-NOT: .h2s
// IR: ret void
NOINLINE void publish_self(void) {
  struct buf b;
  if (selfref_init(&b, 64))
    return;
  b.data[20] = 1;
  unsigned char *x;
  memcpy(&x, b.data + 8, sizeof x);
  g_self = x; // the object, though the caller only sees a pointer loaded from it
}

// IR-LABEL: define {{.*}}@publish_interior(
// IR-NOT: .h2s
// IR: ret void
NOINLINE void publish_interior(void) {
  struct buf b;
  if (interior_init(&b, 48))
    return;
  unsigned char *x;
  memcpy(&x, b.data + b.len - sizeof x, sizeof x);
  g_inner = x - 4;
}

// IR-LABEL: define {{.*}}@use_global(
// IR: call {{.*}}@global_init.h2s(
// IR: ret i32
NOINLINE int use_global(void) {
  struct buf b;
  if (global_init(&b, 32))
    return 0;
  unsigned char *x;
  memcpy(&x, b.data + 8, sizeof x);
  int r = *x + b.data[0];
  free(b.data);
  return r;
}

// IR-LABEL: define {{.*}}@publish_holder(
// IR-NOT: .h2s
// IR: ret void
NOINLINE void publish_holder(void) {
  struct buf *h = calloc(1, sizeof *h);
  if (!h || holder_init(h, 24))
    abort();
  struct buf *x;
  memcpy(&x, h->data + 8, sizeof x);
  g_holder = x; // h itself, and through it the object
}

int main(void) {
  publish_self();
  publish_interior();
  int r = use_global();
  publish_holder();
  clobber(0x5a);
  unsigned s = (unsigned)r;
  for (unsigned i = 16; i < 64; i++)
    s = s * 31 + g_self[i];
  for (unsigned i = 0; i < 40; i++)
    s = s * 31 + g_inner[i];
  for (unsigned i = 16; i < g_holder->len; i++)
    s = s * 31 + g_holder->data[i];
  printf("%u\n", s);
  free(g_self);
  free(g_inner);
  free(g_holder->data);
  free(g_holder);
  return 0;
}
