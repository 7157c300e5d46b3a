/*
 * valueset.c - growable arrays for the core.
 */
#include "valueset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *checked_realloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q)
    abort(); /* like LLVM's own allocation failure: nothing sane to do */
  return q;
}

void *h2s_grow(void *items, uint32_t *capacity, size_t elem, uint32_t need) {
  if (need <= *capacity)
    return items;
  uint32_t cap = *capacity ? *capacity : 4;
  while (cap < need)
    cap *= 2;
  void *p = checked_realloc(items, (size_t)cap * elem);
  *capacity = cap;
  return p;
}

void h2s_values_push(struct h2s_values *v, LLVMValueRef value) {
  if (v->count == v->capacity) {
    v->capacity = v->capacity ? 2 * v->capacity : 8;
    v->items = checked_realloc(v->items, v->capacity * sizeof *v->items);
  }
  v->items[v->count++] = value;
}

void h2s_values_clear(struct h2s_values *v) { v->count = 0; }

void h2s_values_free(struct h2s_values *v) {
  free(v->items);
  memset(v, 0, sizeof *v);
}
