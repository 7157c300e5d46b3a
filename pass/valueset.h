/*
 * valueset.h - the memory the core allocates: one out-of-memory path (the
 * h2s_x* functions abort, as LLVM does, when memory runs out), and the
 * growable arrays the core needs.
 */
#ifndef H2S_VALUESET_H
#define H2S_VALUESET_H

#include <llvm-c/Types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void *h2s_xmalloc(size_t n);
void *h2s_xcalloc(size_t count, size_t n);
void *h2s_xrealloc(void *p, size_t n);

/*
 * Makes room for `need` elements of `elem` bytes in a realloc'd array whose
 * capacity is *capacity (doubling); returns the possibly moved array.
 */
void *h2s_grow(void *items, uint32_t *capacity, size_t elem, uint32_t need);

/* A hash of a pointer for the core's open-addressing tables. */
uint32_t h2s_hash_pointer(const void *p);

struct h2s_values {
  LLVMValueRef *items;
  size_t count, capacity;
};

void h2s_values_push(struct h2s_values *v, LLVMValueRef value);
void h2s_values_free(struct h2s_values *v);


#endif
