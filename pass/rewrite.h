/*
 * rewrite.h - turning a heap allocation into a stack slot.
 */
#ifndef H2S_REWRITE_H
#define H2S_REWRITE_H

#include "escape.h"

/*
 * Where code that must run as the function exits goes in bb: before its
 * return or resume, or before the musttail call that must stay next to its
 * return; NULL if bb does not leave the function.
 */
LLVMValueRef h2s_exit_point(LLVMBasicBlockRef bb);

/* The metadata kind on heap2stack's static slots: !heap2stack.slot !{!"origin"}. */
unsigned h2s_slot_kind(LLVMContextRef ctx);

/* The metadata kind on the slots a stack check makes at run time
   (stack_check.c): !heap2stack.checked !{}. */
unsigned h2s_checked_slot_kind(LLVMContextRef ctx);

/* Is this alloca a slot heap2stack made in an earlier run (static or
   checked)?  Only for the frame's accounting: such bytes were moved, not
   the function's own locals. */
bool h2s_is_earlier_slot(LLVMValueRef alloca);

/*
 * Is this alloca one of heap2stack's static slots (the !heap2stack.slot
 * metadata rewrite.c puts on them, a constant size below 4 GiB, a generic
 * pointer)?  Anything else wearing the metadata counts as a local.  If so,
 * *bytes is its size.
 */
bool h2s_is_static_slot(LLVMValueRef alloca, uint64_t *bytes);

/* Where a static slot's allocation was ("'helper' at t.c:14:22"), from its
   metadata, into buf; "a heap2stack slot" if it has none. */
void h2s_slot_origin(LLVMValueRef slot, char *buf, size_t size);

/* Rewrites a site whose decision is H2S_MOVE.  Never fails.  Its shared
   frees are left for h2s_erase_shared_frees. */
void h2s_rewrite_site(const struct h2s_intrinsics *ids, struct h2s_site *site);

/*
 * In a maker's copy (caller_frames.c): its allocation `made` (allocated as
 * *a says) becomes `storage`, the caller's slot, zeroed for calloc; its
 * deallocations frees[0..free_count) go.
 */
void h2s_rewrite_made_object(const struct h2s_intrinsics *ids, LLVMValueRef made,
                             const struct h2s_allocator *a, LLVMValueRef storage,
                             LLVMValueRef *frees, unsigned free_count);

/* Erases deallocation calls (an invoke becomes a branch to its normal
   destination): a destroyer's copy's frees of its parameter (caller_frames.c). */
void h2s_erase_deallocations(LLVMValueRef *calls, unsigned count);

/* Erases, once each, the shared frees of the sites that moved (all the
   objects such a free may free moved: h2s_resolve_shared_frees). */
void h2s_erase_shared_frees(struct h2s_site *sites, size_t count);

#endif
