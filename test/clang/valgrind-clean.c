// Programs whose allocations moved run clean under valgrind's memcheck:
// no invalid reads or writes, no uninitialised values, no bad frees.
// REQUIRES: valgrind
// RUN: %clang -O2 -gdwarf-4 %s -o %t -Rpass=heap2stack 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: valgrind -q --error-exitcode=99 --leak-check=no %t 40 > %t.out
// RUN: FileCheck %s --check-prefix=OUT < %t.out
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; int v; };

__attribute__((noinline)) static long scratch_sum(int n) {
  long s = 0;
  for (int k = 0; k < n; k++) {
    int *buf = calloc(16, sizeof *buf); // REMARK: valgrind-clean.c:[[@LINE]]:16: remark: moved to stack: 64-byte calloc (align 16)
    buf[k & 15] = k;
    for (int i = 0; i < 16; i++)
      s += buf[i];
    free(buf);
  }
  return s;
}

__attribute__((noinline)) static long dynamic(int n) {
  char *b = malloc((size_t)n * 10); // REMARK: valgrind-clean.c:[[@LINE]]:13: remark: moved to stack when it fits
  memset(b, 'x', (size_t)n * 10);
  long s = b[n * 10 - 1] + n;
  free(b);
  return s;
}

__attribute__((noinline)) static long list(int n) {
  struct node *head = 0;
  for (int i = 0; i < n; i++) {
    struct node *nd = malloc(sizeof *nd);
    nd->v = i;
    nd->next = head;
    head = nd;
  }
  long s = 0;
  while (head) {
    struct node *next = head->next;
    s += head->v;
    free(head);
    head = next;
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  // OUT: 780 160 1120 780
  printf("%ld %ld %ld %ld\n", scratch_sum(n), dynamic(n), dynamic(n * 25), list(n));
  return 0;
}
