/* The Go seed's Step 7 Point, shared by point/point.c and runtime/alloc.c:
 * the 144-byte struct, how each iteration fills it, and the hand-written
 * stack twin's loop (a local Point per iteration) that both compare with. */
#ifndef H2S_BENCH_POINT_H
#define H2S_BENCH_POINT_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  int64_t x, y, z;
  const char *name;
  size_t name_len;
  char data[100];
} Point;

_Static_assert(sizeof(Point) == 144, "Point is 144 bytes on LP64");

static void fill_point(Point *p, uint64_t i) {
  p->x = (int64_t)i;
  p->y = (int64_t)i + 1;
  p->z = (int64_t)i + 2;
  p->name = "point";
  p->name_len = 5;
  for (int k = 0; k < 100; k++)
    p->data[k] = (char)(i + (uint64_t)k);
}

/* The stack twin: a local Point filled and read once per iteration. */
static inline uint64_t point_stack_loop(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point p;
    fill_point(&p, i);
    sum += (uint64_t)p.data[i % 100];
  }
  return sum;
}

#endif
