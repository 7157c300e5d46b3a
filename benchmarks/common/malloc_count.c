/* malloc_count.so: counts heap allocations made through malloc and calloc
 * (and frees), for the benchmarks' allocs/op column.
 *
 *   clang -O2 -shared -fPIC malloc_count.c -o malloc_count.so
 *   LD_PRELOAD=./malloc_count.so ./bench
 *
 * It wraps malloc, calloc and free, forwarding to the next definition
 * (glibc's) found with dlsym(RTLD_NEXT).  A program reads the counters by
 * looking up malloc_count_allocs / malloc_count_frees with
 * dlsym(RTLD_DEFAULT, ...), so it still runs without the preload.  With
 * MALLOC_COUNT_REPORT=1 in the environment the totals are also printed to
 * stderr at exit.  C++ operator new reaches malloc through the PLT in
 * libstdc++, so it is counted too.  Not wrapped: realloc, aligned_alloc,
 * posix_memalign, memalign (the benchmarks do not use them). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "boot_arena.h"

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void (*real_free)(void *);
static atomic_size_t n_allocs, n_frees;

static int resolving;

static void resolve(void) {
  if (real_malloc || resolving) return;
  resolving = 1;
  real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
  real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
  real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
  resolving = 0;
}

void *malloc(size_t n) {
  resolve();
  if (!real_malloc) return boot_alloc(n);
  atomic_fetch_add_explicit(&n_allocs, 1, memory_order_relaxed);
  return real_malloc(n);
}

void *calloc(size_t n, size_t m) {
  resolve();
  if (!real_calloc) {
    if (m && n > SIZE_MAX / m) return NULL;
    return boot_alloc(n * m); /* static storage: already zero */
  }
  atomic_fetch_add_explicit(&n_allocs, 1, memory_order_relaxed);
  return real_calloc(n, m);
}

void free(void *p) {
  if (!p) return;
  if (in_boot(p)) return;
  resolve();
  atomic_fetch_add_explicit(&n_frees, 1, memory_order_relaxed);
  real_free(p);
}

size_t malloc_count_allocs(void) { return atomic_load(&n_allocs); }
size_t malloc_count_frees(void) { return atomic_load(&n_frees); }

__attribute__((destructor)) static void report(void) {
  const char *e = getenv("MALLOC_COUNT_REPORT");
  if (e && *e == '1')
    fprintf(stderr, "malloc_count: %zu allocations, %zu frees\n",
            malloc_count_allocs(), malloc_count_frees());
}
