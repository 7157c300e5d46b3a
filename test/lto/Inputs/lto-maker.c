#include <stdlib.h>
struct point {
  long x, y;
};
/* A maker in another file: full LTO links it with its caller. */
__attribute__((noinline)) struct point *point_new(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    return 0;
  p->x = v;
  p->y = v * 3;
  return p;
}
