/*
 * byte_spans.c - which bytes of an object an access touches.
 *
 * Used by pointer_bits.c to tell a struct's pointer fields from its other
 * bytes: an integer read of bytes 8..15 does not read a pointer stored in
 * bytes 0..7, and an integer written into bytes 8..15 does not replace it.
 * Offsets come from constant GEP indices through the DataLayout; a
 * variable index over elements of N bytes makes the span repeat every N
 * bytes (a field of every element); anything else is every byte.
 */
#include "byte_spans.h"

#include <assert.h>
#include <stddef.h>
#include <llvm-c/Target.h>

#define ALL_HI UINT64_MAX
#define HUGE_OFFSET (UINT64_C(1) << 40)

struct h2s_span h2s_span_all(void) { return (struct h2s_span){0, ALL_HI, 0}; }

bool h2s_span_is_all(struct h2s_span s) { return s.hi == ALL_HI; }

static uint64_t gcd(uint64_t a, uint64_t b) {
  while (b) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/* A span repeating every `stride` bytes that is as wide as a stride is every byte. */
static struct h2s_span normalize(struct h2s_span s) {
  if (h2s_span_is_all(s) || s.hi <= s.lo)
    return s.hi <= s.lo ? (struct h2s_span){0, 0, 0} : s;
  if (s.stride) {
    if (s.hi - s.lo >= s.stride)
      return h2s_span_all();
    uint64_t shift = s.lo - s.lo % s.stride;
    s.lo -= shift;
    s.hi -= shift;
  }
  return s;
}

static bool intervals_overlap(uint64_t alo, uint64_t ahi, uint64_t blo, uint64_t bhi) {
  return alo < bhi && blo < ahi;
}

/* Do [a.lo,a.hi) + i*a.stride and [b.lo,b.hi) + j*b.stride share a byte? */
static bool span_overlap(struct h2s_span a, struct h2s_span b) {
  a = normalize(a);
  b = normalize(b);
  if (a.hi <= a.lo || b.hi <= b.lo)
    return false;
  if (h2s_span_is_all(a) || h2s_span_is_all(b))
    return true;
  if (!a.stride && !b.stride)
    return intervals_overlap(a.lo, a.hi, b.lo, b.hi);
  /* One period: the gcd of the strides (a stride-0 span is one residue). */
  uint64_t period = gcd(a.stride, b.stride);
  if (!period || a.hi - a.lo >= period || b.hi - b.lo >= period)
    return true;
  uint64_t alo = a.lo % period, blo = b.lo % period;
  uint64_t ahi = alo + (a.hi - a.lo), bhi = blo + (b.hi - b.lo);
  /* Compare on a circle of `period` bytes: try b as is and shifted by one period. */
  return intervals_overlap(alo, ahi, blo, bhi) ||
         intervals_overlap(alo, ahi, blo + period, bhi + period) ||
         intervals_overlap(alo + period, ahi + period, blo, bhi);
}

static bool contains(struct h2s_span outer, struct h2s_span inner) {
  if (h2s_span_is_all(outer))
    return true;
  if (outer.stride != inner.stride)
    return false;
  return outer.lo <= inner.lo && inner.hi <= outer.hi;
}

static struct h2s_span hull(struct h2s_span a, struct h2s_span b) {
  if (a.stride != b.stride || h2s_span_is_all(a) || h2s_span_is_all(b))
    return h2s_span_all();
  return normalize((struct h2s_span){a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi,
                                     a.stride});
}

bool h2s_spans_add(struct h2s_spans *set, struct h2s_span s) {
  s = normalize(s);
  assert(set->count <= H2S_SPANS_MAX && (!set->all || !set->count));
  if (set->all || s.hi <= s.lo)
    return false;
  if (h2s_span_is_all(s)) {
    set->all = true;
    set->count = 0;
    return true;
  }
  for (uint32_t i = 0; i < set->count; i++)
    if (contains(set->span[i], s))
      return false;
  if (set->count < H2S_SPANS_MAX) {
    set->span[set->count++] = s;
    return true;
  }
  /* Full: fold the new span into the last one (a hull names more bytes). */
  struct h2s_span h = hull(set->span[set->count - 1], s);
  if (h2s_span_is_all(h)) {
    set->all = true;
    set->count = 0;
  } else {
    set->span[set->count - 1] = h;
  }
  return true;
}

bool h2s_spans_add_shifted(struct h2s_spans *set, const struct h2s_spans *from,
                           struct h2s_span offset) {
  if (from->all || (from->count && h2s_span_is_all(offset)))
    return h2s_spans_add(set, h2s_span_all());
  bool changed = false;
  for (uint32_t i = 0; i < from->count; i++) {
    struct h2s_span s = from->span[i];
    if (s.hi > HUGE_OFFSET || offset.lo > HUGE_OFFSET) {
      changed |= h2s_spans_add(set, h2s_span_all());
      continue;
    }
    /* Both repeat: the result repeats with the gcd of the strides. */
    uint64_t stride = s.stride && offset.stride ? gcd(s.stride, offset.stride)
                                                : (s.stride ? s.stride : offset.stride);
    changed |= h2s_spans_add(set, (struct h2s_span){s.lo + offset.lo, s.hi + offset.lo, stride});
  }
  return changed;
}

bool h2s_spans_overlap(const struct h2s_spans *set, struct h2s_span s) {
  if (set->all)
    return normalize(s).hi > normalize(s).lo;
  for (uint32_t i = 0; i < set->count; i++)
    if (span_overlap(set->span[i], s))
      return true;
  return false;
}

bool h2s_spans_overlap_set(const struct h2s_spans *a, const struct h2s_spans *b) {
  if (h2s_spans_empty(a) || h2s_spans_empty(b))
    return false;
  if (a->all || b->all)
    return true;
  for (uint32_t i = 0; i < b->count; i++)
    if (h2s_spans_overlap(a, b->span[i]))
      return true;
  return false;
}

bool h2s_spans_empty(const struct h2s_spans *set) { return !set->all && !set->count; }

bool h2s_spans_equal(const struct h2s_spans *a, const struct h2s_spans *b) {
  if (a->all != b->all || a->count != b->count)
    return false;
  for (uint32_t i = 0; i < a->count; i++)
    if (a->span[i].lo != b->span[i].lo || a->span[i].hi != b->span[i].hi ||
        a->span[i].stride != b->span[i].stride)
      return false;
  return true;
}

/* ---- offsets of GEPs -------------------------------------------------- */

/* Adds one GEP's offset to *offset / *stride; false if it cannot be told. */
static bool add_gep_offset(LLVMTargetDataRef layout, LLVMValueRef gep, uint64_t *offset,
                           uint64_t *stride) {
  LLVMTypeRef type = LLVMGetGEPSourceElementType(gep);
  unsigned n = (unsigned)LLVMGetNumOperands(gep);
  for (unsigned i = 1; i < n; i++) {
    LLVMValueRef index = LLVMGetOperand(gep, i);
    if (LLVMGetTypeKind(LLVMTypeOf(index)) != LLVMIntegerTypeKind)
      return false; /* a vector of indices */
    if (i > 1) {
      LLVMTypeKind kind = LLVMGetTypeKind(type);
      if (kind == LLVMStructTypeKind) {
        if (!LLVMIsAConstantInt(index))
          return false;
        unsigned field = (unsigned)LLVMConstIntGetZExtValue(index);
        *offset += LLVMOffsetOfElement(layout, type, field);
        type = LLVMStructGetTypeAtIndex(type, field);
        continue;
      }
      if (kind != LLVMArrayTypeKind && kind != LLVMVectorTypeKind)
        return false;
      type = LLVMGetElementType(type);
    }
    if (!LLVMTypeIsSized(type))
      return false;
    uint64_t elem = LLVMABISizeOfType(layout, type);
    if (LLVMIsAConstantInt(index)) {
      long long k = LLVMConstIntGetSExtValue(index);
      if (k < 0 || (uint64_t)k > HUGE_OFFSET || elem > HUGE_OFFSET)
        return false;
      *offset += (uint64_t)k * elem;
    } else {
      if (!elem)
        continue;
      *stride = *stride ? gcd(*stride, elem) : elem;
    }
    if (*offset > HUGE_OFFSET)
      return false;
  }
  return true;
}

struct h2s_span h2s_access_span(LLVMTargetDataRef layout, LLVMValueRef address, uint64_t size,
                                LLVMValueRef *base) {
  uint64_t offset = 0, stride = 0;
  LLVMValueRef v = address;
  bool known = true;
  for (unsigned depth = 0; depth < 64; depth++) {
    if (LLVMIsAGetElementPtrInst(v) ||
        (LLVMIsAConstantExpr(v) && LLVMGetConstOpcode(v) == LLVMGetElementPtr)) {
      if (!add_gep_offset(layout, v, &offset, &stride)) {
        known = false;
        break;
      }
      v = LLVMGetOperand(v, 0);
      continue;
    }
    if (LLVMIsABitCastInst(v) || LLVMIsAAddrSpaceCastInst(v) ||
        (LLVMIsAConstantExpr(v) && (LLVMGetConstOpcode(v) == LLVMBitCast ||
                                    LLVMGetConstOpcode(v) == LLVMAddrSpaceCast))) {
      v = LLVMGetOperand(v, 0);
      continue;
    }
    break;
  }
  *base = v;
  if (!known || !size)
    return h2s_span_all();
  return normalize((struct h2s_span){offset, offset + size, stride});
}

bool h2s_pointer_field(LLVMTargetDataRef layout, LLVMValueRef address, LLVMValueRef *base,
                       uint64_t *offset) {
  uint64_t size = LLVMPointerSize(layout);
  *base = NULL;
  struct h2s_span at = h2s_access_span(layout, address, size, base);
  if (h2s_span_is_all(at) || at.stride || at.hi - at.lo != size)
    return false;
  *offset = at.lo;
  return true;
}

bool h2s_spans_single(const struct h2s_spans *set, uint64_t size, uint64_t *lo) {
  if (set->all || set->count != 1 || set->span[0].stride ||
      set->span[0].hi - set->span[0].lo != size)
    return false;
  *lo = set->span[0].lo;
  return true;
}
