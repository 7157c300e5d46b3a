/* Stack use of allocations that heap2stack moves: in loops, in bounded
 * recursion, of run-time size, two large buffers live at once, and large
 * buffers where the run-time stack check decides (small threads, recursion
 * the call graph cannot see).
 *
 *   stack_use main|thread|thread48k CASE [ARG]
 *
 * runs CASE on the main thread (the caller sets `ulimit -s`), on a pthread
 * with a 128 KiB stack, or on a pthread with a 48 KiB stack
 * (pthread_attr_setstacksize), and prints
 *   case=<CASE> where=<main|thread|thread48k> result=<checksum> stack=<bytes>
 * where <bytes> is the peak stack use of the case: before it runs, the
 * runner paints a region below its own frame with 0xA5 (a VLA in a
 * noinline function), and after it returns it scans up from the bottom of
 * the region for the first byte that changed. A value of the whole painted
 * size means "at least that much". The checksum must not depend on the
 * build (with or without heap2stack).
 *
 * A moved buffer above stack-check-above (4 KiB by default) is made at run
 * time, only when the thread's stack has room above heap2stack's reserve
 * (half the stack, at least 32 KiB), and comes from malloc otherwise; the
 * first such check on a thread asks pthread_getattr_np, whose own stack use
 * (glibc reads /proc/self/maps on the main thread) is part of the peak. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef MAIN_PAINT
#define MAIN_PAINT (200u * 1024) /* under ulimit -s 256 (KiB) */
#endif
#define THREAD_STACK (128u * 1024) /* musl's default thread stack */
#ifndef THREAD_PAINT
#define THREAD_PAINT (120u * 1024)
#endif
#define THREAD48_STACK (48u * 1024) /* a small thread stack, as some programs set */
#ifndef THREAD48_PAINT
#define THREAD48_PAINT (40u * 1024)
#endif

static unsigned char *volatile paint_base;
static size_t paint_len;

__attribute__((noinline)) static void paint(size_t len) {
  unsigned char buf[len];
  memset(buf, 0xA5, len);
  __asm__ volatile("" : : "r"(buf) : "memory");
  paint_base = buf;
  paint_len = len;
}

__attribute__((noinline)) static size_t used_since_paint(const volatile char *top) {
  const volatile unsigned char *p = paint_base, *end = paint_base + paint_len;
  while (p < end && *p == 0xA5)
    p++;
  return (size_t)((const volatile unsigned char *)top - p);
}

/* 1. A 64 KiB scratch buffer per loop iteration (the default max-size). */
__attribute__((noinline)) static uint64_t loop_64k(int iters) {
  uint64_t s = 0;
  for (int i = 0; i < iters; i++) {
    unsigned char *b = malloc(65536);
    if (!b)
      abort();
    for (size_t j = 0; j < 65536; j += 64)
      b[j] = (unsigned char)(i + (j >> 6));
    s += b[((size_t)i * 4160u) % 65536 & ~(size_t)63];
    free(b);
  }
  return s;
}

/* 2. A 1 KiB scratch buffer per loop iteration (the small-stack max-size). */
__attribute__((noinline)) static uint64_t loop_1k(int iters) {
  uint64_t s = 0;
  for (int i = 0; i < iters; i++) {
    unsigned char *b = malloc(1024);
    if (!b)
      abort();
    for (size_t j = 0; j < 1024; j++)
      b[j] = (unsigned char)(i * 7 + j);
    s += b[((size_t)i * 37u) % 1024];
    free(b);
  }
  return s;
}

/* 3. Bounded recursion, 32 bytes per level (moves only with
 *    -heap2stack-max-recursive-size >= 32), 500 levels: at 1,000 the moved
 *    slots (48 bytes a level with the frame, unchecked: 32 bytes is below
 *    stack-check-above) overflow the 48 KiB thread. */
__attribute__((noinline)) static uint64_t recurse(int depth, uint64_t seed) {
  uint64_t *p = malloc(32);
  if (!p)
    abort();
  p[0] = seed;
  p[1] = seed * 3;
  p[2] = (uint64_t)depth;
  p[3] = seed ^ (uint64_t)depth;
  uint64_t r = depth > 0 ? recurse(depth - 1, seed * 6364136223846793005u + 1442695040888963407u) : 0;
  r += p[(seed >> 17) & 3];
  free(p);
  return r;
}

/* 4. A run-time size (1..max bytes): the guarded rewrite uses a 256-byte
 *    stack buffer when the size fits, the heap otherwise. */
__attribute__((noinline)) static uint64_t dynamic(int iters, size_t max) {
  uint64_t s = 0;
  for (int i = 0; i < iters; i++) {
    size_t n = 1 + ((size_t)i * 37u) % max;
    unsigned char *b = malloc(n);
    if (!b)
      abort();
    for (size_t j = 0; j < n; j++)
      b[j] = (unsigned char)(i + 3 * j);
    s += b[((size_t)i * 13u) % n];
    free(b);
  }
  return s;
}

/* 5. Two 60 KiB buffers live at the same time: 120 KiB of frame, within the
 *    default max-frame (128 KiB), more than a 128 KiB thread can hold. */
__attribute__((noinline)) static uint64_t pair_60k(int iters) {
  uint64_t s = 0;
  for (int i = 0; i < iters; i++) {
    unsigned char *a = malloc(61440), *b = malloc(61440);
    if (!a || !b)
      abort();
    for (size_t j = 0; j < 61440; j += 64) {
      a[j] = (unsigned char)(i + (j >> 6));
      b[j] = (unsigned char)(i * 3 + (j >> 6));
    }
    size_t k = ((size_t)i * 4160u) % 61440 & ~(size_t)63;
    s += (uint64_t)a[k] * b[61440 - 64 - k];
    free(a);
    free(b);
  }
  return s;
}

/* 6. Two frames with a 64 KiB buffer each, one calling the other: each
 *    frame is within the limits, the call chain needs 128 KiB. */
__attribute__((noinline)) static uint64_t nested_inner(int i, unsigned char x) {
  unsigned char *c = malloc(65536);
  if (!c)
    abort();
  for (size_t j = 0; j < 65536; j += 64)
    c[j] = (unsigned char)(x + i + (j >> 6));
  uint64_t r = c[((size_t)i * 4160u) % 65536 & ~(size_t)63];
  free(c);
  return r;
}

__attribute__((noinline)) static uint64_t nested_64k(int iters) {
  uint64_t s = 0;
  for (int i = 0; i < iters; i++) {
    unsigned char *b = malloc(65536);
    if (!b)
      abort();
    for (size_t j = 0; j < 65536; j += 64)
      b[j] = (unsigned char)(i * 5 + (j >> 6));
    s += nested_inner(i, b[((size_t)i * 832u) % 65536 & ~(size_t)63]);
    free(b);
  }
  return s;
}

/* 7. A 60,000-byte buffer in a noinline function, called once per loop
 *    iteration: within max-size, above stack-check-above, so a checked move.
 *    It fits the main thread and (barely) a 128 KiB thread, not a 48 KiB
 *    one, where the check leaves it on the heap. */
__attribute__((noinline)) static unsigned sum_stride(const unsigned char *b, size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i < n; i += 97)
    s += b[i];
  return s;
}

__attribute__((noinline)) static unsigned big_60k(int i) {
  unsigned char *b = malloc(60000);
  if (!b)
    abort();
  memset(b, i & 0xff, 60000);
  b[((size_t)i * 97u) % 60000] = (unsigned char)(i >> 3);
  unsigned s = sum_stride(b, 60000);
  free(b);
  return s;
}

__attribute__((noinline)) static uint64_t big60k(int iters) {
  uint64_t s = 0;
  for (int i = 0; i < iters; i++)
    s += big_60k(i);
  return s;
}

/* 8. Recursion through a function pointer, 16 KiB per level: level() calls
 *    descend(), which calls level() through a volatile pointer, so level
 *    makes no indirect call and the call graph sees no cycle (the buffer
 *    counts as non-recursive and moves). The shape of
 *    test/clang/stack-checked-moves.c. Without the check every level takes
 *    16 KiB of stack: 16 levels overflow a 256 KiB stack. The depth is 500,
 *    not the test's 1,000, so that every build but the unchecked one runs
 *    on the 48 KiB thread: there every buffer comes from malloc, and what
 *    is left is the frames. Without heap2stack level's frame is 32 bytes
 *    (1,000 levels fit); with the check it is 48 (a frame pointer and one
 *    more saved register for the dynamic alloca), and 1,000 levels of it
 *    overflow 48 KiB even though no buffer is on the stack. */
typedef uint64_t (*callback)(int);
static callback volatile CALLBACK;

__attribute__((noinline)) static uint64_t descend(int depth) { return CALLBACK(depth); }

__attribute__((noinline)) static uint64_t level(int depth) {
  unsigned char *b = malloc(16384);
  if (!b)
    abort();
  memset(b, depth & 0xff, 16384);
  b[((size_t)depth * 61u) % 16384] = (unsigned char)(depth >> 2);
  uint64_t s = sum_stride(b, 16384);
  if (depth > 0)
    s += descend(depth - 1); /* back into level, through the pointer */
  free(b);
  return s;
}

struct job {
  const char *name;
  long arg;
  size_t paint;
  uint64_t result;
  size_t stack;
  int ok;
};

static uint64_t run_case(const char *name, long arg, int *ok) {
  *ok = 1;
  if (!strcmp(name, "loop64k"))
    return loop_64k((int)arg);
  if (!strcmp(name, "loop1k"))
    return loop_1k((int)arg);
  if (!strcmp(name, "recurse"))
    return recurse((int)arg, 12345);
  if (!strcmp(name, "dynamic"))
    return dynamic(1000, (size_t)arg);
  if (!strcmp(name, "pair60k"))
    return pair_60k((int)arg);
  if (!strcmp(name, "nested64k"))
    return nested_64k((int)arg);
  if (!strcmp(name, "big60k"))
    return big60k((int)arg);
  if (!strcmp(name, "callback")) {
    CALLBACK = level;
    return level((int)arg);
  }
  *ok = 0;
  return 0;
}

__attribute__((noinline)) static void *runner(void *p) {
  struct job *j = p;
  volatile char top = 0;
  paint(j->paint);
  j->result = run_case(j->name, j->arg, &j->ok);
  j->stack = used_since_paint(&top);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s main|thread|thread48k loop64k|loop1k|recurse|dynamic|pair60k|nested64k|big60k|callback [ARG]\n",
            argv[0]);
    return 2;
  }
  const char *name = argv[2];
  long arg = argc > 3 ? strtol(argv[3], NULL, 10) : 0;
  if (arg <= 0) /* defaults: iterations, depth, or maximum size */
    arg = !strcmp(name, "recurse") || !strcmp(name, "callback") ? 500 : !strcmp(name, "dynamic") ? 300 : 1000;
  struct job j = {name, arg, 0, 0, 0, 0};
  int small = !strcmp(argv[1], "thread48k");
  if (small || !strcmp(argv[1], "thread")) {
    pthread_attr_t a;
    pthread_t t;
    j.paint = small ? THREAD48_PAINT : THREAD_PAINT;
    if (pthread_attr_init(&a) || pthread_attr_setstacksize(&a, small ? THREAD48_STACK : THREAD_STACK) ||
        pthread_create(&t, &a, runner, &j) || pthread_join(t, NULL)) {
      fprintf(stderr, "stack_use: cannot run a thread\n");
      return 1;
    }
  } else if (!strcmp(argv[1], "main")) {
    j.paint = MAIN_PAINT;
    runner(&j);
  } else {
    fprintf(stderr, "stack_use: unknown place '%s' (main, thread or thread48k)\n", argv[1]);
    return 2;
  }
  if (!j.ok) {
    fprintf(stderr, "stack_use: unknown case '%s'\n", name);
    return 2;
  }
  printf("case=%s where=%s result=%llu stack=%zu%s\n", name, argv[1], (unsigned long long)j.result,
         j.stack, j.stack >= j.paint ? "+" : "");
  return 0;
}
