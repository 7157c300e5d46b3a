/*
 * valueset.c - growable value arrays and pointer hash sets for the core.
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

static size_t slot_of(LLVMValueRef value, size_t capacity) {
  uintptr_t h = (uintptr_t)value;
  h ^= h >> 17;
  h *= (uintptr_t)0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  return (size_t)h & (capacity - 1);
}

static void grow(struct h2s_valueset *s) {
  size_t old_capacity = s->capacity;
  LLVMValueRef *old = s->slots;
  s->capacity = old_capacity ? 2 * old_capacity : 16;
  s->slots = checked_realloc(NULL, s->capacity * sizeof *s->slots);
  memset(s->slots, 0, s->capacity * sizeof *s->slots);
  s->count = 0;
  for (size_t i = 0; i < old_capacity; i++)
    if (old[i])
      h2s_valueset_insert(s, old[i]);
  free(old);
}

bool h2s_valueset_insert(struct h2s_valueset *s, LLVMValueRef value) {
  if (2 * (s->count + 1) > s->capacity)
    grow(s);
  size_t i = slot_of(value, s->capacity);
  while (s->slots[i]) {
    if (s->slots[i] == value)
      return false;
    i = (i + 1) & (s->capacity - 1);
  }
  s->slots[i] = value;
  s->count++;
  return true;
}

bool h2s_valueset_contains(const struct h2s_valueset *s, LLVMValueRef value) {
  if (!s->capacity)
    return false;
  size_t i = slot_of(value, s->capacity);
  while (s->slots[i]) {
    if (s->slots[i] == value)
      return true;
    i = (i + 1) & (s->capacity - 1);
  }
  return false;
}

void h2s_valueset_clear(struct h2s_valueset *s) {
  if (s->capacity)
    memset(s->slots, 0, s->capacity * sizeof *s->slots);
  s->count = 0;
}

void h2s_valueset_free(struct h2s_valueset *s) {
  free(s->slots);
  memset(s, 0, sizeof *s);
}
