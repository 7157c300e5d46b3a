/*
 * core.h - what the C++ shim asks of the C core.
 *
 * The shim walks the call graph bottom-up (callees before callers) and hands
 * the core one strongly connected component at a time.  A session carries
 * what the core learns across components of one module.
 */
#ifndef HEAP2STACK_CORE_H
#define HEAP2STACK_CORE_H

#include <heap2stack/host.h>
#include <heap2stack/options.h>
#include <llvm-c/Types.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct h2s_session;

struct h2s_session *h2s_session_create(const struct h2s_options *opts);
void h2s_session_destroy(struct h2s_session *s);

/*
 * Decides every allocation site in the functions of one call-graph SCC
 * (or any other group of functions: the core finds call cycles itself),
 * emits one final remark per site, and rewrites the ones that move.
 * changed[i] is set when function fns[i] was rewritten.
 */
void h2s_run_on_scc(struct h2s_session *s, struct h2s_host *host,
                    LLVMValueRef *fns, unsigned count, bool *changed);

/*
 * At -O0, where heap2stack does not run: if fn is annotated
 * heap2stack_noheap and still allocates (an allocator call, or a C library
 * call that returns new heap memory), warns that those allocations are not
 * checked.
 */
void h2s_warn_unchecked_noheap(struct h2s_host *host, LLVMValueRef fn);

/*
 * Bodies LLVM drops before the late run (pass/imported_bodies.c).  When the
 * simplification pipeline starts, h2s_keep_imported_bodies gives each
 * available_externally function heap2stack could copy as a maker, filler
 * or destroyer an internal copy that only the analysis reads, and returns
 * how many; such a copy is never decided (h2s_is_kept_body); the late run
 * deletes them all when it is done (h2s_drop_kept_bodies).
 */
unsigned h2s_keep_imported_bodies(struct h2s_host *host, LLVMModuleRef module,
                                  uint64_t max_copy);
bool h2s_is_kept_body(LLVMValueRef fn);
/* A copy of a C inline definition's body that calls of it call instead
   (pass/caller_frames.c); h2s_drop_kept_bodies deletes those left uncalled. */
bool h2s_is_inline_copy(LLVMValueRef fn);
unsigned h2s_drop_kept_bodies(LLVMModuleRef module);

#ifdef __cplusplus
}
#endif
#endif
