/*
 * alloc_wrappers.h - functions that are an allocation call (xmalloc).
 */
#ifndef H2S_ALLOC_WRAPPERS_H
#define H2S_ALLOC_WRAPPERS_H

#include "alloc_sites.h"

/*
 * Is `call` (of fn, called directly) a call of a wrapper that is one
 * allocation (alloc_wrappers.c)?  H2S_CALL_ALLOC: *out describes it in terms
 * of the wrapper call's own arguments, named after the wrapper, of the
 * wrapped allocator's family.  H2S_CALL_UNUSABLE_WRAPPER: it has a
 * wrapper's shape but cannot stand for its allocation; *why says why.
 * H2S_CALL_OTHER: not a wrapper.
 */
enum h2s_call_class h2s_wrapper_allocator(struct h2s_host *host, LLVMValueRef call,
                                          LLVMValueRef fn, struct h2s_allocator *out,
                                          const char **why);

#endif
