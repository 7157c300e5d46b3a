/*
 * remarks.h - the words heap2stack says about each allocation.
 */
#ifndef H2S_REMARKS_H
#define H2S_REMARKS_H

#include "site.h"

/* The one final remark for a site: Passed `Moved`, or Missed with its rule. */
void h2s_remark_decision(struct h2s_host *host, const struct h2s_site *site);

struct h2s_function_analysis;

/*
 * Analysis remarks for a site: for a moved one each deallocation it removes
 * or guards, for an escaping one Go's -m=2 flow from allocation to sink.
 */
void h2s_remark_details(struct h2s_host *host, const struct h2s_function_analysis *fa,
                        const struct h2s_site *site);

/* Passed MovedToCaller at a maker's allocation `made`: `caller` now
   provides the storage, through the maker's copy `clone` (caller_frames.c);
   filled_arg >= 0: a filler's, stored through that parameter (0-based). */
void h2s_remark_moved_to_caller(struct h2s_host *host, LLVMValueRef made, LLVMValueRef clone,
                                LLVMValueRef caller, int filled_arg);

/* Analysis remarks with a function's parameter summary, in Go's words. */
void h2s_remark_summary(struct h2s_host *host, LLVMValueRef fn, const struct h2s_summary *s);

/* A static slot turned into a checked one because fn's frame, with the
   slots inlined into it, is above max-frame (frame_check.c). */
struct h2s_frame_demotion {
  LLVMValueRef fn;
  uint64_t bytes, frame, limit;
  bool chain; /* over max-chain (frame: the chain's bytes), not max-frame */
  const char *reentry; /* fn may be re-entered (reentry.c): why, or NULL */
  char origin[256];
};
void h2s_remark_frame_demotion(struct h2s_host *host, const struct h2s_frame_demotion *d);

/* Missed LibraryAllocation, and a compile error, at a C library call that
   hands a heap2stack_noheap function new heap memory (alloc_sites.c:
   h2s_library_heap_call's name, what and when). */
void h2s_remark_library_heap(struct h2s_host *host, LLVMValueRef call, const char *name,
                             const char *what, const char *when);

/* At -O0, where heap2stack does not run: a warning at the first of the
   `count` heap allocations of fn, annotated heap2stack_noheap, that they
   are not checked. */
void h2s_remark_unchecked_noheap(struct h2s_host *host, LLVMValueRef fn, LLVMValueRef first,
                                 unsigned count);

/* Analysis StackCacheReset at a call after which the stack check's cache
   is reset (stack_check.c): `callee` and why. */
void h2s_remark_stack_cache_reset(struct h2s_host *host, LLVMValueRef call, const char *callee,
                                  const char *why);

#endif
