/*
 * size_policy.h - how big an allocation is, and whether the frame can take it.
 */
#ifndef H2S_SIZE_POLICY_H
#define H2S_SIZE_POLICY_H

#include "site.h"

#include <llvm-c/Target.h>

/* Per-function running total for the max-frame budget. */
struct h2s_frame {
  uint64_t existing; /* bytes of the function's static allocas before the pass */
  uint64_t moved;    /* bytes heap2stack has admitted so far */
  /* max-chain (call_chain.c): static slot bytes already in the frame, the
     heaviest chain below it, and the static bytes admitted so far */
  uint64_t slots, below, moved_static;
};

/* The bytes of an alloca with a constant element count (UINT64_MAX if they
   overflow); false for a dynamic one. */
bool h2s_alloca_bytes(LLVMTargetDataRef layout, LLVMValueRef alloca, uint64_t *out);

/* Sums the sizes of fn's constant-size allocas: the static ones, and the
   slots a stack check makes at run time (each counted once).  The function's
   own locals are returned; the slots an earlier heap2stack run made (after
   inlining, or in clang's late run) are added to *earlier_slots. */
uint64_t h2s_static_alloca_bytes(LLVMValueRef fn, uint64_t *earlier_slots);

/*
 * Reads the site's constant size and alignment; refuses what cannot be read.
 * A run-time size becomes a guarded site with a dynamic-capacity buffer.
 */
void h2s_evaluate_size(struct h2s_site *site, unsigned malloc_align,
                       const struct h2s_options *opts);

/*
 * Applies max-size, the recursion rule and max-frame to a site that passed
 * every other check, in program order; admitted bytes are added to *frame.
 */
void h2s_apply_size_policy(struct h2s_site *site, const struct h2s_options *opts,
                           bool recursive, struct h2s_frame *frame);

#endif
