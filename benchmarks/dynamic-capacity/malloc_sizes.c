/* malloc_sizes.so: a histogram of the sizes programs ask malloc for.
 *
 *   clang -O2 -shared -fPIC malloc_sizes.c -o malloc_sizes.so -ldl
 *   MALLOC_SIZES_OUT=hist.txt LD_PRELOAD=./malloc_sizes.so some-program
 *
 * Counts every malloc, calloc (n * m bytes), realloc, aligned_alloc,
 * memalign and posix_memalign request (C++ operator new reaches malloc
 * through libstdc++, so it is counted too) in power-of-two buckets:
 * bucket k holds the requests of 2^(k-1) < size <= 2^k bytes (bucket 0:
 * size 0 or 1).  At exit the counts are appended to $MALLOC_SIZES_OUT as one
 * line "<bucket upper bound> <count>" per non-empty bucket, then "end".
 * Nothing is printed to the program's own output. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../common/boot_arena.h"

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);
static void *(*real_memalign)(size_t, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void (*real_free)(void *);
static atomic_size_t buckets[65];

static int resolving;

static void resolve(void) {
  if (real_malloc || resolving) return;
  resolving = 1;
  real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
  real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
  real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
  real_aligned_alloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
  real_memalign = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "memalign");
  real_posix_memalign = (int (*)(void **, size_t, size_t))dlsym(RTLD_NEXT, "posix_memalign");
  real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
  resolving = 0;
}

static void count(size_t n) {
  unsigned k = 0;
  while (k < 64 && ((size_t)1 << k) < n)
    k++;
  atomic_fetch_add_explicit(&buckets[k], 1, memory_order_relaxed);
}

void *malloc(size_t n) {
  resolve();
  if (!real_malloc) return boot_alloc(n);
  count(n);
  return real_malloc(n);
}

void *calloc(size_t n, size_t m) {
  resolve();
  if (m && n > SIZE_MAX / m) return real_calloc ? real_calloc(n, m) : NULL;
  if (!real_calloc) return boot_alloc(n * m); /* static storage: zero */
  count(n * m);
  return real_calloc(n, m);
}

void *realloc(void *p, size_t n) {
  resolve();
  if (in_boot(p)) { /* rare: grow out of the arena */
    void *q = malloc(n);
    if (q) {
      size_t room = (size_t)(boot + sizeof boot - (unsigned char *)p);
      for (size_t i = 0; i < n && i < room; i++)
        ((unsigned char *)q)[i] = ((unsigned char *)p)[i];
    }
    return q;
  }
  count(n);
  return real_realloc(p, n);
}

void *aligned_alloc(size_t a, size_t n) {
  resolve();
  count(n);
  return real_aligned_alloc(a, n);
}

void *memalign(size_t a, size_t n) {
  resolve();
  count(n);
  return real_memalign(a, n);
}

int posix_memalign(void **out, size_t a, size_t n) {
  resolve();
  count(n);
  return real_posix_memalign(out, a, n);
}

void free(void *p) {
  if (!p || in_boot(p)) return;
  resolve();
  real_free(p);
}

__attribute__((destructor)) static void report(void) {
  const char *path = getenv("MALLOC_SIZES_OUT");
  if (!path || !*path) return;
  FILE *f = fopen(path, "a");
  if (!f) return;
  for (unsigned k = 0; k < 65; k++) {
    size_t c = atomic_load(&buckets[k]);
    if (c)
      fprintf(f, "%llu %zu\n", k < 64 ? (unsigned long long)1 << k : ~0ULL, c);
  }
  fprintf(f, "end\n");
  fclose(f);
}
