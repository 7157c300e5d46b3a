/*
 * caller_frames.h - objects a callee makes for its caller, in the caller's frame.
 */
#ifndef H2S_CALLER_FRAMES_H
#define H2S_CALLER_FRAMES_H

#include "alloc_sites.h"
#include "analysis.h"
#include "call_chain.h"

struct h2s_makers;

/* enabled: the caller-frames option and a pass that may add functions;
   max_copy: the largest maker copied, in instructions. */
struct h2s_makers *h2s_makers_create(const struct h2s_analysis_config *cfg, bool enabled,
                                     uint64_t max_copy, struct h2s_chain_table *chains);
void h2s_makers_destroy(struct h2s_makers *m);

/* A new group of functions to decide, fns[0..count): their verdicts are
   taken afresh (they may change now); the host can find the table again. */
void h2s_makers_begin(struct h2s_makers *m, struct h2s_host *host, LLVMValueRef *fns,
                      unsigned count);

/* While a function is decided (not while summaries are solved), a call of
   a maker is an allocation site of the caller. */
void h2s_makers_deciding(struct h2s_host *host, bool on);

/* Does fn call a maker, a filler or a destroyer that deciding would take
   as one?  If not, deciding fn analyses it the same as summarizing. */
bool h2s_makers_called_in(struct h2s_host *host, LLVMValueRef fn);

/* How many calls have been taken for a maker's, a filler's or a
   destroyer's while deciding, so far: an analysis during which this did
   not change is the same as one made for a summary (summary_solver.c). */
uint64_t h2s_makers_deciding_calls(struct h2s_host *host);

/*
 * Is `call` (of fn, called directly) a call of a function that makes one
 * object for its caller, returned (a maker) or stored into what one of its
 * arguments points to (a filler: out->out_arg is that argument)?
 * H2S_CALL_ALLOC: *out describes the object (its allocator's family and
 * arguments, `maker` and `made` set, named after fn); H2S_CALL_OTHER otherwise, with *why set when fn returns its one
 * allocation but is not a maker (why not).
 */
enum h2s_call_class h2s_maker_allocator(struct h2s_host *host, LLVMValueRef call,
                                        LLVMValueRef fn, struct h2s_allocator *out,
                                        const char **why);

/* A filler's call (out->out_arg >= 0 above: it stores the object into
   what that argument points to): the bytes there that it stores pointers
   into, relative to the argument; NULL for anything else. */
const struct h2s_spans *h2s_filled_bytes(struct h2s_host *host, LLVMValueRef fn);

/* A filler that stores its object into the pointer at *offset in what its
   argument points to on every call that returns (its entry block does). */
bool h2s_filler_always_stores(struct h2s_host *host, LLVMValueRef fn, uint64_t *offset);

/*
 * May the maker or filler fn look below its parameter `param`: load a
 * pointer from the memory that parameter points to and use it (read or
 * write what it points to, compare it, pass it on), or have a callee do
 * so?  In a loop, an older object the caller keeps there is the very slot
 * the copy fills (loop_carried.c).  True for any parameter it cannot tell.
 */
bool h2s_maker_looks_below(struct h2s_host *host, LLVMValueRef fn, unsigned param);

/* Operand `arg` of a site's allocation as the caller sees it: the call's
   own for an allocator; for a maker, the made allocation's, or the call's
   argument where the maker passes its parameter through. */
LLVMValueRef h2s_allocation_operand(LLVMValueRef call, const struct h2s_allocator *alloc, int arg);

/* Has fn more than `limit` instructions?  (Stops counting past it: what
   max-copy bounds, for makers' copies and kept bodies alike.) */
bool h2s_instructions_above(LLVMValueRef fn, uint64_t limit);

/* Can the caller compute operand `arg` of a maker's allocation at the call
   (a run-time size: the maker's parameters and pure integer arithmetic on
   them)?  True for an allocator's own operands. */
bool h2s_allocation_operand_computable(LLVMValueRef call, const struct h2s_allocator *alloc,
                                       int arg);

/* That operand, built at b's position before the call (the call's own
   operand for an allocator). */
LLVMValueRef h2s_build_allocation_operand(LLVMBuilderRef b, LLVMValueRef call,
                                          const struct h2s_allocator *alloc, int arg);

/*
 * The maker's copy that takes the caller's storage as its last parameter
 * (`point_new.h2s`), made at the first caller that needs it; `caller`
 * gets a MovedToCaller remark at the made allocation.
 */
LLVMValueRef h2s_maker_clone(struct h2s_host *host, const struct h2s_intrinsics *ids,
                             const struct h2s_allocator *alloc, LLVMValueRef caller);

/*
 * Is `call` (a call, not an invoke) a call of a destroyer, a function that
 * frees exactly its parameter out->ptr_arg (point_free, point_destroy)?
 * While a caller is decided, such a call is a deallocation of that
 * argument, of family out->family, named after the function.
 */
bool h2s_destroyer_call(struct h2s_host *host, LLVMValueRef call, struct h2s_deallocator *out);

/* Before fn is decided (late run): each call in fn of an inline
   definition's body (h2s_inline_definition_only) that is a maker, filler
   or destroyer calls a plain copy of that body (`point_new.h2s.inline`)
   instead, whose body is the one that runs.  Returns whether anything
   changed. */
bool h2s_makers_redirect_inline_calls(struct h2s_host *host, LLVMValueRef fn);

/* The called destroyer's copy without those deallocations (`point_free.h2s`),
   made once: a moved object's destroyer does the rest of its work. */
LLVMValueRef h2s_destroyer_clone(struct h2s_host *host, LLVMValueRef call);

#endif
