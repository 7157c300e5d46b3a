/*
 * summaries.h - what a call does with the pointers it is given.
 */
#ifndef H2S_SUMMARIES_H
#define H2S_SUMMARIES_H

#include <heap2stack/host.h>
#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

/* Per-parameter facts, Go's vocabulary in brackets. */
enum h2s_param_flag {
  H2S_PARAM_ESCAPES = 1u << 0,         /* [leaking param: p] */
  H2S_PARAM_TO_RESULT = 1u << 1,       /* [leaking param: p to result ~r0 level=0] */
  H2S_PARAM_CONTENT_TO_RESULT = 1u << 2, /* [... level=1]: returns what p points to */
  H2S_PARAM_CONTENT_ESCAPES = 1u << 3, /* [leaking param content: p] */
  H2S_PARAM_FREED = 1u << 4,           /* the callee may free p */
  H2S_PARAM_WRITTEN = 1u << 5,         /* the callee may store pointers through p */
};

#define H2S_PARAM_WORST                                                                    \
  (H2S_PARAM_ESCAPES | H2S_PARAM_CONTENT_ESCAPES | H2S_PARAM_FREED | H2S_PARAM_WRITTEN)

#define H2S_SUMMARY_PARAMS 16 /* parameters past this one are treated as escaping */
#define H2S_WHY_MAX 256

/* A function's summary: stored with the function by the host. */
struct h2s_summary {
  uint32_t param_count;
  uint32_t pointer_params; /* bit i: parameter i carries a pointer */
  uint32_t flags[H2S_SUMMARY_PARAMS];
  /* For an escaping or freed parameter: "stores it to global 'g' at t.c:3:5". */
  char why[H2S_SUMMARY_PARAMS][H2S_WHY_MAX];
};

/*
 * What a call does with argument `arg`: a C library function's table entry,
 * else `callee` (the summary heap2stack computed for the called function, or
 * NULL), else the declaration's attributes (nocapture / captures(...),
 * nofree, memory effects), else the worst.  *why, if not NULL, receives the
 * summary's explanation (valid while `callee` is).
 */
uint32_t h2s_call_arg_flags(struct h2s_host *host, LLVMValueRef call, unsigned arg,
                            const struct h2s_summary *callee, const char **why);

/* Is `call` a call of a C library function heap2stack has a table entry for? */
bool h2s_is_library_call(struct h2s_host *host, LLVMValueRef call);

/* The summary heap2stack computed for fn, or NULL. */
const struct h2s_summary *h2s_summary_of(struct h2s_host *host, LLVMValueRef fn);
void h2s_summary_store(struct h2s_host *host, LLVMValueRef fn, const struct h2s_summary *s);

/* Do two summaries have the same flags (the fixed-point test)? */
bool h2s_summary_same_flags(const struct h2s_summary *a, const struct h2s_summary *b);

/* True if fn's body is the one that runs (not interposable). */
bool h2s_summary_usable(struct h2s_host *host, LLVMValueRef fn);

#endif
