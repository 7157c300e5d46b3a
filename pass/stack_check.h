/*
 * stack_check.h - a stack slot used only when the thread's stack has room.
 */
#ifndef H2S_STACK_CHECK_H
#define H2S_STACK_CHECK_H

#include "analysis.h"

#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

/* Why fn cannot get the stack-checked rewrite (its target, its module, or
   fn itself), or NULL. */
const char *h2s_stack_check_unavailable(LLVMValueRef fn);

/*
 * Gives fn a new entry block that checks whether the current thread's stack
 * has room for `bytes` more (above heap2stack's reserve) and, if so, makes a
 * dynamic alloca of that size.  Returns the slot: a pointer that is null when
 * there was no room.  New instructions get debug location `loc`.
 */
LLVMValueRef h2s_build_checked_slot(LLVMValueRef fn, uint64_t bytes, uint64_t align,
                                    LLVMMetadataRef loc);

/*
 * Turns heap2stack's static slot `slot` (one inlined into a frame that is
 * now over max-frame) into a checked one: a dynamic alloca when the thread's
 * stack has room, else malloc (or aligned_alloc), else - if even that
 * fails - a dynamic alloca as before; the heap case is freed at every exit:
 * before each return and resume, and, where fn may unwind, in a cleanup
 * landing pad that the calls which could unwind straight out of fn now
 * unwind to (invokes; fn's personality, else the module's, else
 * __gcc_personality_v0).  Returns false, changing nothing, if it cannot
 * (another address space, malloc/free or the personality's name taken by
 * something else, a call that may unwind that cannot become an invoke).
 */
bool h2s_demote_slot(LLVMValueRef slot, const struct h2s_intrinsics *ids);

/*
 * Resets the running thread's stack-check cache after each direct call in
 * fn that may change what it describes: sigaltstack (and makecontext,
 * whose stacks are also recorded, before the call), setrlimit, setrlimit64,
 * prlimit, prlimit64.  The next check then asks the C library again.  Each
 * call is handled once (metadata heap2stack.cache_reset) and remarked
 * (StackCacheReset).  Returns whether fn changed.
 */
bool h2s_reset_stack_cache_at_calls(struct h2s_host *host, LLVMValueRef fn);

#endif
