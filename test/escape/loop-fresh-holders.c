// The loop rule (pass/loop_carried.c) and memory: a pointer loaded from
// another allocation X of the function is fresh when every path from the
// allocation A to the load allocates X again (everything in X was stored
// since A last ran) and no SSA value can hold an older X.  A list whose
// nodes are allocated one after another in a loop body (an unrolled loop)
// and walked to free it then moves, one slot per node; a holder made
// before A, made once outside the loop, or carried into the next
// iteration keeps A on the heap.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt | diff %t.out.ref -
#include <stdio.h>
#include <stdlib.h>

struct node { unsigned long v; struct node *next; };
struct box { struct node *held; unsigned long pad; };
static volatile unsigned RT = 5;

/* Three nodes per iteration, each held by the one made after it. */
__attribute__((noinline)) unsigned long three_per_iteration(unsigned n) {
  unsigned long sum = 0;
  for (unsigned i = 0; i < n; i++) {
    struct node *c = malloc(sizeof *c); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:22: remark: moved to stack: 16-byte malloc
    c->v = i;
    c->next = NULL;
    struct node *b = malloc(sizeof *b); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:22: remark: moved to stack: 16-byte malloc
    b->v = i + 1;
    b->next = c;
    struct node *a = malloc(sizeof *a); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:22: remark: moved to stack: 16-byte malloc
    a->v = i + 2;
    a->next = b;
    for (struct node *p = a; p; p = p->next)
      sum = sum * 3 + p->v;
    while (a) {
      struct node *next = a->next;
      free(a);
      a = next;
    }
  }
  return sum;
}

/* The holder lives outside the loop: it may hand back last iteration's node. */
__attribute__((noinline)) unsigned long holder_outside(unsigned n) {
  struct box *x = malloc(sizeof *x); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:19: remark: moved to stack: 16-byte malloc
  x->held = NULL;
  unsigned long sum = 0;
  for (unsigned i = 0; i < n; i++) {
    struct node *prev = x->held;
    struct node *a = malloc(sizeof *a); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:22: remark: carried across loop iterations
    a->v = i * 7;
    a->next = NULL;
    if (prev)
      sum += prev->v; /* last iteration's node, read after a new one was made */
    x->held = a;
  }
  sum += x->held ? x->held->v : 0;
  return sum; /* the nodes are leaked, as a program that keeps them would */
}

/* The holder is made after the node, but the previous iteration's holder
   is read before it is made again. */
__attribute__((noinline)) unsigned long holder_carried(unsigned n) {
  struct box *last = NULL;
  unsigned long sum = 0;
  for (unsigned i = 0; i < n; i++) {
    struct node *a = malloc(sizeof *a); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:22: remark: carried across loop iterations
    a->v = i * 5 + 1;
    a->next = NULL;
    if (last)
      sum += last->held->v; /* the node of the iteration before */
    struct box *x = malloc(sizeof *x); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:21: remark: carried across loop iterations
    x->held = a;
    x->pad = i;
    last = x;
  }
  return sum;
}

/* The holder is made after the node and read after that, but the pointer
   it is read through may be the previous iteration's holder. */
__attribute__((noinline)) unsigned long holder_maybe_old(unsigned n) {
  struct box *last = NULL;
  unsigned long sum = 0;
  for (unsigned i = 0; i < n; i++) {
    struct node *a = malloc(sizeof *a); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:22: remark: carried across loop iterations
    a->v = i * 3 + 2;
    a->next = NULL;
    struct box *x = malloc(sizeof *x); // REMARK-DAG: loop-fresh-holders.c:[[@LINE]]:21: remark: carried across loop iterations
    x->held = a;
    x->pad = i;
    struct box *cur = (i & 1) && last ? last : x;
    sum = sum * 5 + cur->held->v;
    last = x;
  }
  return sum;
}

// OPT-COUNT-4: moved to stack: 16-byte malloc
// OPT-NOT: moved to stack

int main(void) {
  printf("%lu %lu %lu %lu\n", three_per_iteration(RT), holder_outside(RT), holder_carried(RT),
         holder_maybe_old(RT));
  return 0;
}
