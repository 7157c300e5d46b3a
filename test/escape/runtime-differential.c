// A runtime differential test: one program full of the shapes the escape
// analysis reasons about (linked lists built in loops, pointer arrays,
// struct copies, helpers that read / store / return / free pointers,
// content freed by a callee, a previous buffer kept across iterations),
// run as compiled
//   - by clang -O0 without the plugin (the reference),
//   - by clang -O2 with heap2stack in the pipeline,
//   - from -O0 IR (optnone disabled) through heap2stack, then codegen,
//   - from the same IR after mem2reg, through heap2stack, then codegen.
// All outputs must be identical, and heap2stack must actually have moved
// allocations in the -O0 IR (else the test would prove nothing).
//
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.ref > %t.ref.out
// RUN: %clang -O2 %s -o %t.o2 -Rpass=heap2stack 2>%t.o2.err
// RUN: %t.o2 > %t.o2.out
// RUN: diff %t.ref.out %t.o2.out
// RUN: FileCheck %s --check-prefix=O2 < %t.o2.err
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -S %t.o0.ll -o %t.o0.h2s.ll 2>%t.o0.err
// RUN: %opt-noplugin -passes=verify -disable-output %t.o0.h2s.ll
// RUN: %clang-noplugin -O0 %t.o0.h2s.ll -o %t.o0.h2s
// RUN: %t.o0.h2s > %t.o0.out
// RUN: diff %t.ref.out %t.o0.out
// RUN: FileCheck %s --check-prefix=MOVED < %t.o0.err
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.o0.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -S %t.m2r.ll -o %t.m2r.h2s.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.m2r.h2s.ll
// RUN: %clang-noplugin -O0 %t.m2r.h2s.ll -o %t.m2r.h2s
// RUN: %t.m2r.h2s > %t.m2r.out
// RUN: diff %t.ref.out %t.m2r.out
// RUN: FileCheck %s --check-prefix=OUT < %t.ref.out
//
// The -O0 IR moves sum_scratch's per-iteration scratch, the two local list
// nodes of two_nodes, helpers' b (only passed through same()) and
// read_only's buffer; the rest stays on the heap.
// MOVED: moved to stack: 16-byte malloc
// MOVED: moved to stack: 16-byte malloc
// MOVED: moved to stack: 16-byte malloc
// MOVED: moved to stack: 4-byte malloc
// MOVED: moved to stack: 64-byte malloc
// MOVED-NOT: moved to stack
// O2: moved to stack
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };
struct pair { int *a; int *b; long tag; };

static int *kept[4];
static int nkept;

__attribute__((noinline)) int read_sum(const int *p, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}
__attribute__((noinline)) void keep(int *p) { kept[nkept++] = p; }
__attribute__((noinline)) int *same(int *p) { return p; }
__attribute__((noinline)) void release(int *p) { free(p); }
__attribute__((noinline)) void release_content(int **pp) { free(*pp); *pp = 0; }
__attribute__((noinline)) void replace(int **pp, int v) {
  int *n = malloc(sizeof *n);
  *n = v;
  *pp = n;
}

static int sum_scratch(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    int *tmp = malloc(4 * sizeof *tmp);
    for (int k = 0; k < 4; k++) tmp[k] = i * k;
    s += read_sum(tmp, 4);
    free(tmp);
  }
  return s;
}

static int list_sum(int n) {
  struct node *head = 0;
  for (int i = 0; i < n; i++) {
    struct node *nd = malloc(sizeof *nd);
    nd->v = i * i;
    nd->next = head;
    head = nd;
  }
  int s = 0;
  for (struct node *p = head; p; p = p->next) s = s * 3 + p->v;
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
  return s;
}

static int two_nodes(void) {
  struct node *a = malloc(sizeof *a);
  struct node *b = malloc(sizeof *b);
  a->v = 5; a->next = b;
  b->v = 7; b->next = 0;
  int s = 0;
  for (struct node *p = a; p; p = p->next) s = s * 10 + p->v;
  free(b);
  free(a);
  return s;
}

static int pointer_array(void) {
  int *arr[6];
  for (int i = 0; i < 6; i++) {
    arr[i] = malloc(sizeof(int));
    *arr[i] = 10 * i + 1;
  }
  int s = 0;
  for (int i = 5; i >= 0; i--) s = s * 2 + *arr[i];
  for (int i = 0; i < 6; i++) free(arr[i]);
  return s;
}

static long struct_copy(void) {
  int *payload = malloc(10 * sizeof *payload);
  for (int i = 0; i < 10; i++) payload[i] = i + 100;
  struct pair x = {payload, payload + 5, 42};
  struct pair y;
  memcpy(&y, &x, sizeof y);
  struct pair z = y;
  long s = z.tag + z.a[1] + z.b[1] + read_sum(y.a, 10);
  free(z.a);
  return s;
}

static int previous_buffer(int n) {
  int *prev = 0, s = 0;
  for (int i = 0; i < n; i++) {
    int *buf = malloc(sizeof *buf);
    *buf = i + 1;
    if (prev) {
      s = s * 2 + *prev;
      free(prev);
    }
    prev = buf;
  }
  s += *prev;
  free(prev);
  return s;
}

static int helpers(void) {
  int *a = malloc(sizeof *a); *a = 1;
  int *b = malloc(sizeof *b); *b = 2;
  int *c = malloc(sizeof *c); *c = 3;
  int *d = malloc(sizeof *d); *d = 4;
  keep(a);
  int *b2 = same(b);
  *b2 += 10;
  release(c);
  int *box = d;
  release_content(&box);
  int *r = malloc(sizeof *r); *r = 5;
  int *slot = r;
  replace(&slot, 6);
  int s = *kept[0] * 1000 + *b * 100 + (box == 0) * 10 + *slot + *r;
  free(slot);
  free(r);
  free(b);
  return s;
}

static int read_only(void) {
  int *buf = malloc(16 * sizeof *buf);
  for (int i = 0; i < 16; i++) buf[i] = i;
  int s = read_sum(buf, 16);
  free(buf);
  return s;
}

int main(void) {
  printf("scratch %d\n", sum_scratch(7));
  printf("list %d\n", list_sum(9));
  printf("two %d\n", two_nodes());
  printf("array %d\n", pointer_array());
  printf("copy %ld\n", struct_copy());
  printf("prev %d\n", previous_buffer(6));
  printf("helpers %d\n", helpers());
  printf("read %d\n", read_only());
  for (int i = 0; i < nkept; i++) free(kept[i]);
  return 0;
}
// OUT: scratch 126
// OUT: list 560964
// OUT: two 57
// OUT: array 2643
// OUT: copy 1294
// OUT: prev 63
// OUT: helpers 2221
// OUT: read 120
