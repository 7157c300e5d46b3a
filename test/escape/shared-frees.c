// A free whose pointer may be any of several allocations of the function
// (one of two buffers chosen at run time, pointers swapped, a list walked
// to free it) is removed when every one of them moves as a static slot;
// if one stays on the heap, or is a guarded run-time size, all of them
// keep the heap and the free stays (pass/escape.c, h2s_resolve_shared_frees).
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack \
// RUN:   -Rpass-analysis=heap2stack %s -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: FileCheck %s --check-prefix=IR < %t.h2s.ll
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt | diff %t.out.ref -
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned RT = 3;
char *kept;

/* One of two buffers, chosen at run time, freed through the choice. */
// IR-LABEL: define {{.*}}i32 @either(
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret i32
__attribute__((noinline)) int either(int c) {
  char *p = c ? malloc(64) : malloc(32);
  memset(p, c, 32);
  int r = p[c & 15];
  free(p);
  return r;
}
// REMARK-DAG: shared-frees.c:[[@LINE-6]]:17: remark: moved to stack: 64-byte malloc
// REMARK-DAG: shared-frees.c:[[@LINE-7]]:30: remark: moved to stack: 32-byte malloc
// REMARK-DAG: shared-frees.c:[[@LINE-5]]:3: remark: deallocation removed: 'free' of the 64-byte malloc (and of the other moved allocations it may free)

/* Two buffers whose pointers may have been swapped. */
// IR-LABEL: define {{.*}}i32 @swapped(
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret i32
__attribute__((noinline)) int swapped(int c) {
  char *a = malloc(16), *b = malloc(24); // REMARK-DAG: shared-frees.c:[[@LINE]]:13: remark: moved to stack: 16-byte malloc
  // REMARK-DAG: shared-frees.c:[[@LINE-1]]:30: remark: moved to stack: 24-byte malloc
  memset(a, 1, 16);
  memset(b, 2, 24);
  if (c) {
    char *t = a;
    a = b;
    b = t;
  }
  int r = a[0] * 10 + b[0];
  free(a);
  free(b);
  return r;
}

/* A three-node list built without a loop, freed by walking it. */
struct node { int v; struct node *next; };
// IR-LABEL: define {{.*}}i32 @list3(
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret i32
__attribute__((noinline)) int list3(int k) {
  struct node *c = malloc(sizeof *c); // REMARK-DAG: shared-frees.c:[[@LINE]]:20: remark: moved to stack: 16-byte malloc
  struct node *b = malloc(sizeof *b); // REMARK-DAG: shared-frees.c:[[@LINE]]:20: remark: moved to stack: 16-byte malloc
  struct node *a = malloc(sizeof *a); // REMARK-DAG: shared-frees.c:[[@LINE]]:20: remark: moved to stack: 16-byte malloc
  c->v = k; c->next = NULL;
  b->v = k + 1; b->next = c;
  a->v = k + 2; a->next = b;
  int s = 0;
  for (struct node *p = a; p; p = p->next)
    s = s * 3 + p->v;
  while (a) {
    struct node *n = a->next;
    free(a);
    a = n;
  }
  return s;
}

/* One of the two escapes: both keep the heap, and the free stays. */
// IR-LABEL: define {{.*}}i32 @one_escapes(
// IR: @malloc(i64 noundef 40)
// IR: @malloc(i64 noundef 48)
// IR: @free(
__attribute__((noinline)) int one_escapes(int c) {
  char *x = malloc(40), *y = malloc(48); // REMARK-DAG: shared-frees.c:[[@LINE]]:13: remark: freed through a pointer that may also be another allocation that stays on the heap or is not a static slot ('free')
  // REMARK-DAG: shared-frees.c:[[@LINE-1]]:30: remark: escapes: stored to global 'kept'
  kept = y;
  memset(x, 3, 40);
  memset(y, 4, 48);
  char *p = c ? x : y;
  int r = p[5];
  free(p);
  return r;
}

/* One of the two has a run-time size (the guarded rewrite keeps a heap
   case that the free must still free): both keep the heap. */
// IR-LABEL: define {{.*}}i32 @one_guarded(
// IR: @malloc(i64 noundef 56)
__attribute__((noinline)) int one_guarded(int c) {
  char *x = malloc(56), *y = malloc(RT + 8); // REMARK-DAG: shared-frees.c:[[@LINE]]:13: remark: freed through a pointer that may also be another allocation that stays on the heap or is not a static slot ('free')
  // REMARK-DAG: shared-frees.c:[[@LINE-1]]:30: remark: freed through a pointer that may also be another allocation that stays on the heap or is not a static slot ('free')
  memset(x, 5, 56);
  memset(y, 6, RT + 8);
  char *p = c ? x : y;
  int r = p[2];
  free(p);
  return r;
}

// OPT-DAG: moved to stack: 64-byte malloc
// OPT-DAG: moved to stack: 32-byte malloc
// OPT-DAG: moved to stack: 16-byte malloc
// OPT-DAG: moved to stack: 24-byte malloc
// OPT-NOT: moved to stack: {{40|48|56}}-byte
// REMARK-NOT: moved to stack: {{40|48|56}}-byte
// REMARK-NOT: moved to stack when

int main(void) {
  printf("%d %d %d %d %d %d %d\n", either(0), either(1), swapped(0), swapped(1), list3(4),
         one_escapes(1), one_guarded(0));
  free(kept);
  return 0;
}
