/* The Go seed's Step 7 benchmark, in C.
 *
 * point: a 144-byte Point is allocated, filled, one byte of it read at a
 *        run-time index, and freed, once per iteration.
 * slice: a 16-int array (64 bytes) is allocated, filled, one element read at
 *        a run-time index, and freed, once per iteration.
 *
 * Built twice from this file:
 *   default       the heap version: malloc + free inside the loop (through an
 *                 inlined helper, so heap2stack sees the allocation and its
 *                 free in the same function after inlining);
 *   -DSTACK_TWIN  the hand-written stack twin: a local Point / int[16].
 * The reads use an index that depends on the loop counter, so clang -O2
 * cannot forward the stores and delete the allocation by itself. */
#include "../common/bench.h"
#include "../common/point.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef STACK_TWIN

static inline Point *make_heap_point(uint64_t i) {
  Point *p = malloc(sizeof *p);
  if (!p) abort();
  fill_point(p, i);
  return p;
}

__attribute__((noinline)) static uint64_t bench_point(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point *p = make_heap_point(i);
    sum += (uint64_t)p->data[i % 100];
    free(p);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t bench_slice(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    int *s = malloc(16 * sizeof(int));
    if (!s) abort();
    for (int k = 0; k < 16; k++)
      s[k] = (int)i + k;
    sum += (uint64_t)s[i % 16];
    free(s);
  }
  return sum;
}

#else /* STACK_TWIN */

__attribute__((noinline)) static uint64_t bench_point(uint64_t n) { return point_stack_loop(n); }

__attribute__((noinline)) static uint64_t bench_slice(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    int s[16];
    for (int k = 0; k < 16; k++)
      s[k] = (int)i + k;
    sum += (uint64_t)s[i % 16];
  }
  return sum;
}

#endif

int main(int argc, char **argv) {
  static const struct bench_variant v[] = {{"point", bench_point}, {"slice", bench_slice}};
#ifdef BENCH_ONE /* only variant number BENCH_ONE: the others become dead code */
  return bench_main(argc, argv, &v[BENCH_ONE], 1);
#else
  return bench_main(argc, argv, v, sizeof v / sizeof v[0]);
#endif
}
