/* Makers in another file that ThinLTO imports but the inliner declines
   (too large), and one it does not import (noinline): see
   lto/caller-frames-imported.c. */
#include <stdlib.h>
#include <string.h>
struct point {
  long x, y, z[16];
};
struct buf {
  char *data;
  size_t len;
};
extern volatile long knob;

struct point *point_new(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    return 0;
  p->x = v;
  p->y = v * 3;
  for (int i = 0; i < 16; i++)
    p->z[i] = v ^ (i * knob) + knob / (i + 1 + knob);
  if (knob > 7) { p->x += knob * knob; p->y -= knob % (knob | 1); }
  if (knob > 9) { p->x += knob / (knob | 1); p->y -= knob % (knob | 3); }
  if (knob > 11) { p->x += knob / (knob | 5); p->y -= knob % (knob | 7) * knob / (knob | 3); }
  return p;
}

int buf_init(struct buf *b, long v) {
  b->data = malloc(256);
  if (!b->data)
    return -1;
  b->len = 0;
  for (int i = 0; i < 256; i++)
    b->data[i] = (char)(v + i * knob);
  if (knob > 7) { b->data[1] += knob * knob; b->data[2] -= knob % (knob | 1); }
  if (knob > 9) { b->data[3] += knob / (knob | 1); b->data[4] -= knob % (knob | 3); }
  if (knob > 11) { b->data[5] += knob / (knob | 5); b->data[6] -= knob % (knob | 7) * knob / (knob | 3); }
  b->len = 256;
  return 0;
}

void buf_fini(struct buf *b) {
  if (knob > 100) { memset(b->data, 0, b->len); knob = knob * 3 / (knob | 1); }
  if (knob > 200) { knob = knob * 5 / (knob | 3); knob = knob * 7 / (knob | 5); }
  free(b->data);
}

__attribute__((noinline)) struct point *point_small(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    return 0;
  p->x = v;
  p->y = v * 2;
  return p;
}
volatile long knob = 12;
