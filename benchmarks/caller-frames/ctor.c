/* Objects a constructor makes for its caller (pass/caller_frames.c): a
 * function allocates a 144-byte Point, fills it and returns it; the caller
 * reads it and frees it, once per iteration.
 *
 * ctor:          the constructor is an ordinary external function, too
 *                large for clang's inliner at its default threshold (it
 *                formats a label into the point besides filling it);
 * ctor_noinline: the same constructor marked noinline (a constructor the
 *                inliner may never take: noinline, recursive, or cold);
 * ctor_calloc:   a smaller constructor that uses calloc, noinline;
 * fill:          an init function that stores a 256-byte buffer into the
 *                caller's struct (buf_init(&b, i): b->data = malloc(256),
 *                a label written into it) and a fini function that frees
 *                it (buf_fini(&b): free(b->data)), both noinline;
 * strnew:        a noinline string constructor of a run-time size
 *                (str_new(s, len): malloc(len + 1), copy, terminate); the
 *                length is 10-60 bytes, and 450 on one iteration in 64,
 *                which does not fit the 256-byte stack buffer.
 *
 * Built with -DSTACK_TWIN: the caller's local Point, filled by the same
 * code (an init function taking the storage); for strnew the small-buffer
 * idiom (a 256-byte local array when the string fits, malloc otherwise). */
#include "../common/bench.h"
#include "../common/point.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

/* The label: "point-<i>/<i*7>" in decimal, at the start of data. */
__attribute__((always_inline)) static inline size_t label(char *buf, uint64_t i) {
  char digits[24];
  size_t len = 0;
  memcpy(buf, "point-", 6);
  len = 6;
  for (int part = 0; part < 2; part++) {
    uint64_t v = part ? i * 7 : i;
    size_t n = 0;
    do {
      digits[n++] = (char)('0' + v % 10);
      v /= 10;
    } while (v);
    while (n)
      buf[len++] = digits[--n];
    if (!part)
      buf[len++] = '/';
  }
  return len;
}

/* Inlined into each constructor, which then is too large to inline. */
__attribute__((always_inline)) static inline void point_init(Point *p, uint64_t i) {
  fill_point(p, i);
  p->name_len = label(p->data, i);
  for (int k = 0; k < 3; k++) {
    p->x ^= (int64_t)(p->data[k * 7 % 100] * 31);
    p->y += (int64_t)p->data[(i + (uint64_t)k) % 100];
    p->z -= (int64_t)p->name_len;
  }
}

static void point_init_small(Point *p, uint64_t i) {
  p->x = (int64_t)i;
  p->data[i % 100] = (char)i;
}

typedef struct {
  char *data;
  size_t len, cap;
} Buf;

#define BUF_BYTES 256

/* strnew's string length on iteration i: 10-60, and 450 once in 64. */
static size_t str_len(uint64_t i) { return i % 64 == 63 ? 450 : 10 + (size_t)(i * 7 % 51); }

#ifndef STACK_TWIN

NOINLINE int buf_init(Buf *b, uint64_t i) {
  b->data = malloc(BUF_BYTES);
  if (!b->data)
    return -1;
  b->cap = BUF_BYTES;
  b->len = label(b->data, i);
  return 0;
}

NOINLINE void buf_fini(Buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

NOINLINE char *str_new(const char *src, size_t len) {
  char *s = malloc(len + 1);
  if (!s)
    return NULL;
  memcpy(s, src, len);
  s[len] = 0;
  return s;
}

NOINLINE static uint64_t bench_strnew(uint64_t n) {
  char str_src[512];
  memset(str_src, '.', sizeof str_src);
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    size_t len = str_len(i);
    label(str_src, i);
    char *s = str_new(str_src, len);
    if (!s)
      abort();
    sum += (uint64_t)s[len / 2] + (uint64_t)s[0] + len;
    free(s);
  }
  return sum;
}

NOINLINE static uint64_t bench_fill(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Buf b;
    if (buf_init(&b, i))
      abort();
    sum += (uint64_t)b.len + (uint64_t)b.data[b.len - 1];
    buf_fini(&b);
  }
  return sum;
}

Point *point_make(uint64_t i) {
  Point *p = malloc(sizeof *p);
  if (!p)
    abort();
  point_init(p, i);
  return p;
}

NOINLINE Point *point_make_noinline(uint64_t i) {
  Point *p = malloc(sizeof *p);
  if (!p)
    abort();
  point_init(p, i);
  return p;
}

NOINLINE Point *point_make_zeroed(uint64_t i) {
  Point *p = calloc(1, sizeof *p);
  if (!p)
    return NULL;
  point_init_small(p, i);
  return p;
}

NOINLINE static uint64_t bench_ctor(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point *p = point_make(i);
    sum += (uint64_t)p->data[i % 100] + (uint64_t)p->x;
    free(p);
  }
  return sum;
}

NOINLINE static uint64_t bench_ctor_noinline(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point *p = point_make_noinline(i);
    sum += (uint64_t)p->data[i % 100] + (uint64_t)p->x;
    free(p);
  }
  return sum;
}

NOINLINE static uint64_t bench_ctor_calloc(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point *p = point_make_zeroed(i);
    if (!p)
      abort();
    sum += (uint64_t)p->data[(i * 3) % 100] + (uint64_t)p->x;
    free(p);
  }
  return sum;
}

#else /* STACK_TWIN */

NOINLINE void str_into(char *s, const char *src, size_t len) {
  memcpy(s, src, len);
  s[len] = 0;
}

NOINLINE static uint64_t bench_strnew(uint64_t n) {
  char str_src[512];
  memset(str_src, '.', sizeof str_src);
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    size_t len = str_len(i);
    label(str_src, i);
    char small[BUF_BYTES];
    char *s = len + 1 <= sizeof small ? small : malloc(len + 1);
    if (!s)
      abort();
    str_into(s, str_src, len);
    sum += (uint64_t)s[len / 2] + (uint64_t)s[0] + len;
    if (s != small)
      free(s);
  }
  return sum;
}

NOINLINE void buf_init_into(Buf *b, char *storage, uint64_t i) {
  b->data = storage;
  b->cap = BUF_BYTES;
  b->len = label(b->data, i);
}

NOINLINE void buf_fini_twin(Buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
}

NOINLINE static uint64_t bench_fill(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Buf b;
    char storage[BUF_BYTES];
    buf_init_into(&b, storage, i);
    sum += (uint64_t)b.len + (uint64_t)b.data[b.len - 1];
    buf_fini_twin(&b);
  }
  return sum;
}

void point_make_into(Point *p, uint64_t i) { point_init(p, i); }
NOINLINE void point_make_into_noinline(Point *p, uint64_t i) { point_init(p, i); }
NOINLINE void point_make_zeroed_into(Point *p, uint64_t i) {
  memset(p, 0, sizeof *p);
  point_init_small(p, i);
}

NOINLINE static uint64_t bench_ctor(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point p;
    point_make_into(&p, i);
    sum += (uint64_t)p.data[i % 100] + (uint64_t)p.x;
  }
  return sum;
}

NOINLINE static uint64_t bench_ctor_noinline(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point p;
    point_make_into_noinline(&p, i);
    sum += (uint64_t)p.data[i % 100] + (uint64_t)p.x;
  }
  return sum;
}

NOINLINE static uint64_t bench_ctor_calloc(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point p;
    point_make_zeroed_into(&p, i);
    sum += (uint64_t)p.data[(i * 3) % 100] + (uint64_t)p.x;
  }
  return sum;
}

#endif

int main(int argc, char **argv) {
  static const struct bench_variant v[] = {
      {"ctor", bench_ctor},
      {"ctor_noinline", bench_ctor_noinline},
      {"ctor_calloc", bench_ctor_calloc},
      {"fill", bench_fill},
      {"strnew", bench_strnew},
  };
  return bench_main(argc, argv, v, sizeof v / sizeof v[0]);
}
