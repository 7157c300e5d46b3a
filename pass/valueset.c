/*
 * valueset.c - the memory the core allocates: one out-of-memory path, and
 * growable arrays.
 */
#include "valueset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Out of memory: like LLVM's own allocation failure, nothing sane to do. */
static void *checked(void *p) {
  if (!p)
    abort();
  return p;
}

void *h2s_xmalloc(size_t n) { return checked(malloc(n ? n : 1)); }
void *h2s_xcalloc(size_t count, size_t n) { return checked(calloc(count ? count : 1, n ? n : 1)); }
void *h2s_xrealloc(void *p, size_t n) { return checked(realloc(p, n ? n : 1)); }

void *h2s_grow(void *items, uint32_t *capacity, size_t elem, uint32_t need) {
  if (need <= *capacity)
    return items;
  uint32_t cap = *capacity ? *capacity : 4;
  while (cap < need)
    cap *= 2;
  void *p = h2s_xrealloc(items, (size_t)cap * elem);
  *capacity = cap;
  return p;
}

void h2s_values_push(struct h2s_values *v, LLVMValueRef value) {
  if (v->count == v->capacity) {
    v->capacity = v->capacity ? 2 * v->capacity : 8;
    v->items = h2s_xrealloc(v->items, v->capacity * sizeof *v->items);
  }
  v->items[v->count++] = value;
}

void h2s_values_free(struct h2s_values *v) {
  free(v->items);
  memset(v, 0, sizeof *v);
}

uint32_t h2s_hash_pointer(const void *p) {
  uint64_t h = (uint64_t)(uintptr_t)p;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return (uint32_t)h;
}
