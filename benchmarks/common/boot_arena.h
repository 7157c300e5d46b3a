/* The start-up arena of the LD_PRELOAD malloc wrappers (malloc_count.c,
 * dynamic-capacity/malloc_sizes.c): dlsym may itself allocate (calloc)
 * before the real allocator is known, so those requests are served from a
 * small zeroed static arena that is never freed. */
#ifndef BOOT_ARENA_H
#define BOOT_ARENA_H
#include <stddef.h>

static _Alignas(16) unsigned char boot[8192];
static size_t boot_used;

static void *boot_alloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n > sizeof boot - boot_used) return NULL;
  void *p = boot + boot_used;
  boot_used += n;
  return p;
}

/* Was p served by boot_alloc?  (free must ignore it.) */
static int in_boot(const void *p) {
  return (const unsigned char *)p >= boot && (const unsigned char *)p < boot + sizeof boot;
}
#endif
