// Programs with allocations in loops, calloc, early exits and a struct that
// moves after inlining print the same with and without heap2stack at -O2,
// and heap2stack did move their allocations.
// RUN: %clang -O2 %s -o %t.plugin -Rpass=heap2stack -fno-caret-diagnostics 2>%t.err
// RUN: %clang-noplugin -O2 %s -o %t.noplugin
// RUN: %t.plugin > %t.out1
// RUN: %t.noplugin > %t.out2
// RUN: diff %t.out1 %t.out2
// RUN: FileCheck %s --check-prefix=OUT < %t.out1
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int64_t x, y, z;
  const char *name;
  size_t name_len;
  char data[100];
} Point;

static Point *make_point(int i) {
  Point *p = malloc(sizeof *p); // @make_point
  if (!p)
    abort();
  p->x = i;
  p->y = 2 * i;
  p->z = 3 * i;
  p->name = "point";
  p->name_len = strlen(p->name);
  memset(p->data, (char)i, sizeof p->data);
  return p;
}
// REMARK-DAG: runtime-equivalence.c:[[@LINE-11]]:14: remark: moved to stack: 144-byte malloc (align 16) (inlined into 'points')

// The seed's point benchmark: make_point is inlined, its object moves.
__attribute__((noinline)) int64_t points(int n) {
  int64_t sum = 0;
  for (int i = 0; i < n; i++) {
    Point *p = make_point(i);
    sum += p->x + p->y + p->z + (int64_t)p->name_len + p->data[(i * 7) % 100];
    free(p);
  }
  return sum;
}

// Early exits: the buffer is freed on every path out.
__attribute__((noinline)) int find_first(const int *keys, int n, int wanted) {
  int *seen = calloc(64, sizeof *seen); // @find_first
  if (!seen)
    return -2;
  for (int i = 0; i < n; i++) {
    int k = keys[i] & 63;
    if (seen[k]++ && keys[i] == wanted) {
      free(seen);
      return i;
    }
    if (keys[i] < 0) {
      free(seen);
      return -1;
    }
  }
  int r = seen[wanted & 63];
  free(seen);
  return r + 1000;
}
// REMARK-DAG: runtime-equivalence.c:[[@LINE-18]]:15: remark: moved to stack: 256-byte calloc (align 16)

// A histogram per iteration: calloc in a loop, with a break.
__attribute__((noinline)) unsigned histograms(const unsigned char *text, size_t len) {
  unsigned acc = 0;
  for (size_t start = 0; start < len; start += 7) {
    unsigned *hist = calloc(16, sizeof *hist); // @hist
    for (size_t i = start; i < len && i < start + 23; i++)
      hist[text[i] & 15]++;
    unsigned best = 0;
    for (int b = 0; b < 16; b++)
      if (hist[b] > hist[best])
        best = (unsigned)b;
    acc = acc * 31 + best * 100 + hist[best];
    free(hist);
    if (acc % 97 == 13)
      break;
  }
  return acc;
}
// REMARK-DAG: runtime-equivalence.c:[[@LINE-14]]:22: remark: moved to stack: 64-byte calloc (align 16)

int main(void) {
  int keys[200];
  for (int i = 0; i < 200; i++)
    keys[i] = (i * 37 + 11) % 150;
  unsigned char text[500];
  for (int i = 0; i < 500; i++)
    text[i] = (unsigned char)((i * i + 3 * i) % 251);
  // OUT: points {{-?[0-9]+}}
  printf("points %lld\n", (long long)points(10000));
  // OUT-NEXT: find_first {{-?[0-9]+}} {{-?[0-9]+}} {{-?[0-9]+}}
  printf("find_first %d %d %d\n", find_first(keys, 200, 48), find_first(keys, 200, 1000),
         find_first(keys, 20, 11));
  // OUT-NEXT: histograms {{[0-9]+}}
  printf("histograms %u\n", histograms(text, sizeof text));
  return 0;
}
