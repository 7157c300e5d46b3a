// Regression (found by a review on unseen programs): recursion through a
// table of function pointers is a call cycle the call graph does not show.
// ev_neg and ev_add allocate a scratch buffer per frame and call eval(),
// which dispatches through the table back to them; moved to the stack, 3000
// nested frames of 8 KiB overflowed the 8 MiB stack.  A function whose
// address is taken and that makes an indirect call now counts as recursive
// (max-recursive-size, default 0).  After inlining eval, both are.
// RUN: %clang -O2 %s -o %t.h2s -Rpass=heap2stack -Rpass-missed=heap2stack -fno-caret-diagnostics 2>%t.err
// RUN: %clang-noplugin -O2 %s -o %t.ref
// RUN: %t.ref > %t.out.ref
// RUN: sh -c 'ulimit -s 8192 && exec %t.h2s' > %t.out.h2s
// RUN: diff %t.out.ref %t.out.h2s
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Node {
  int op;
  int val;
  struct Node *kid;
} Node;
typedef long (*eval_fn)(const Node *);
static eval_fn table[3];

static long eval(const Node *n) { return table[n->op](n); }
static long ev_lit(const Node *n) { return n->val; }
static long ev_neg(const Node *n) {
  char *scratch = malloc(8192); // REMARK-DAG: indirect-recursion.c:[[@LINE]]:19: remark: may call itself through a function pointer (its address is taken and it makes indirect calls): 8192 bytes > max-recursive-size 0
  snprintf(scratch, 8192, "neg %d", n->val);
  long r = -eval(n->kid) + (long)strlen(scratch);
  free(scratch);
  return r;
}
static long ev_add(const Node *n) {
  long *tmp = malloc(16 * sizeof(long)); // REMARK-DAG: indirect-recursion.c:[[@LINE]]:15: remark: may call itself through a function pointer (its address is taken and it makes indirect calls): 128 bytes > max-recursive-size 0
  for (int i = 0; i < 16; i++)
    tmp[i] = n->val + i;
  long r = eval(n->kid) + tmp[n->val & 15];
  free(tmp);
  return r;
}

int main(int argc, char **argv) {
  int depth = argc > 1 ? atoi(argv[1]) : 3000;
  table[0] = ev_lit;
  table[1] = ev_neg;
  table[2] = ev_add;
  Node *nodes = calloc(depth + 1, sizeof(Node));
  for (int i = 0; i < depth; i++) {
    nodes[i].op = 1 + (i % 2);
    nodes[i].val = i;
    nodes[i].kid = &nodes[i + 1];
  }
  nodes[depth].op = 0;
  nodes[depth].val = 42;
  printf("checksum %ld\n", eval(&nodes[0]));
  free(nodes);
  return 0;
}
