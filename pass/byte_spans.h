/*
 * byte_spans.h - which bytes of an object an access touches.
 *
 * A span is the bytes [lo, hi) of an object, repeated every `stride` bytes
 * when stride is not 0 (an access through a variable array index: element
 * k of an array of structs touches the same field in every element).  A
 * set of spans stays small: past H2S_SPANS_MAX spans it keeps their hull,
 * and `all` means every byte.  Every operation errs towards overlap: a
 * span set may name more bytes than were touched, never fewer.
 */
#ifndef H2S_BYTE_SPANS_H
#define H2S_BYTE_SPANS_H

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <stdbool.h>
#include <stdint.h>

struct h2s_span {
  uint64_t lo, hi, stride;
};

#define H2S_SPANS_MAX 4

struct h2s_spans {
  uint32_t count;
  bool all;
  struct h2s_span span[H2S_SPANS_MAX];
};

/* Every byte. */
struct h2s_span h2s_span_all(void);
bool h2s_span_is_all(struct h2s_span s);

/* Adds s to set; true if the set named new bytes. */
bool h2s_spans_add(struct h2s_spans *set, struct h2s_span s);
/* Adds every span of `from`, each moved `offset` bytes on (all stays all). */
bool h2s_spans_add_shifted(struct h2s_spans *set, const struct h2s_spans *from,
                           struct h2s_span offset);
bool h2s_spans_overlap(const struct h2s_spans *set, struct h2s_span s);
bool h2s_spans_overlap_set(const struct h2s_spans *a, const struct h2s_spans *b);
bool h2s_spans_empty(const struct h2s_spans *set);
bool h2s_spans_equal(const struct h2s_spans *a, const struct h2s_spans *b);

/*
 * The bytes an access of `size` bytes at address `address` touches,
 * relative to the value *base it is computed from by GEPs and casts
 * (constant indices give exact offsets, variable ones a stride).  When the
 * offset cannot be told (a negative or huge one, a pointer index), the span
 * is every byte.  size 0 means unknown.
 */
struct h2s_span h2s_access_span(LLVMTargetDataRef layout, LLVMValueRef address, uint64_t size,
                                LLVMValueRef *base);

/* A pointer-sized access at `address`: its one constant offset from *base
   (as h2s_access_span tells them); false when the offset is not one
   constant (every byte, or repeated by a variable index). */
bool h2s_pointer_field(LLVMTargetDataRef layout, LLVMValueRef address, LLVMValueRef *base,
                       uint64_t *offset);

/* Is `set` exactly the `size` bytes at one offset (*lo), once? */
bool h2s_spans_single(const struct h2s_spans *set, uint64_t size, uint64_t *lo);

#endif
