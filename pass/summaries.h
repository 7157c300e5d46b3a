/*
 * summaries.h - what a call does with the pointers it is given.
 */
#ifndef H2S_SUMMARIES_H
#define H2S_SUMMARIES_H

#include "byte_spans.h"

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
  H2S_PARAM_WRITTEN_NULL = 1u << 6,    /* the callee may store null pointers through p */
  H2S_PARAM_SIZE_QUERIED = 1u << 7,    /* the callee asks the object size of p, or of a pointer
                                          it reads through p (llvm.objectsize) */
  H2S_PARAM_WRITTEN_DEEP = 1u << 8,    /* the callee may store pointers into memory that p's
                                          memory points to (not into p's own: b->data[i]) */
};

#define H2S_PARAM_WORST                                                                    \
  (H2S_PARAM_ESCAPES | H2S_PARAM_CONTENT_ESCAPES | H2S_PARAM_FREED | H2S_PARAM_WRITTEN)

#define H2S_SUMMARY_PARAMS 16 /* parameters past this one are treated as escaping */
#define H2S_WHY_MAX 256

/*
 * What a callee does with the bytes of the memory a parameter points to,
 * as data rather than as pointers: bytes it reads (a pointer stored there
 * leaves as data: an integer, bytes copied elsewhere, text), bytes it
 * overwrites with data or with zeroes (a pointer stored there is replaced),
 * and the same in every object reachable from there (`_deep`, relative to
 * the start of each such object).
 */
struct h2s_param_bytes {
  struct h2s_spans reads, writes, zeroes;
  struct h2s_spans reads_deep, writes_deep; /* relative to each object reached */
};

/* A function's summary: stored with the function by the host. */
struct h2s_summary {
  uint32_t param_count;
  uint32_t pointer_params; /* bit i: parameter i carries a pointer */
  bool in_cycle;           /* the function is part of a call cycle */
  uint32_t flags[H2S_SUMMARY_PARAMS];
  struct h2s_param_bytes bytes[H2S_SUMMARY_PARAMS];
  /* For an escaping or freed parameter: "stores it to global 'g' at t.c:3:5". */
  char why[H2S_SUMMARY_PARAMS][H2S_WHY_MAX];
};

/* What a call does with one argument. */
struct h2s_arg_effect {
  uint32_t flags;
  struct h2s_param_bytes bytes;
  const char *why; /* the summary's explanation, or NULL (valid until the next store) */
};

/*
 * What `call` does with argument `arg`: a C library function's table entry
 * (printf-like functions by their format string), else the summary
 * heap2stack computed for the called function, else the declaration's
 * attributes (nocapture / captures(...), nofree, memory effects), else the
 * worst.
 */
void h2s_call_arg_effect(struct h2s_host *host, LLVMValueRef call, unsigned arg,
                         struct h2s_arg_effect *out);

/*
 * Does the C library function called here copy the bytes of argument 1
 * into argument 0 (memcpy, strcpy, strncat, their _FORTIFY_SOURCE twins
 * __memcpy_chk, ...)?  *length: the argument that bounds the bytes written
 * from argument 0's start (memcpy's n, memccpy's n), or -1 when nothing
 * does (strcpy, strcat).
 */
bool h2s_call_copies_bytes(struct h2s_host *host, LLVMValueRef call, int *length);

/*
 * strtol(s, &end, base), strtok_r(s, delim, &save): the argument through
 * which the library call stores a pointer into its argument 0 (1 or 2), or
 * -1 for any other call.
 */
int h2s_call_stores_end_pointer(struct h2s_host *host, LLVMValueRef call);

/*
 * The function whose computed summary `call` uses: a defined function whose
 * body is the one that runs, called directly, that is not a C library
 * function with a table entry; or such a function called through another
 * function type (h2s_mismatched_callee).  NULL otherwise.
 */
LLVMValueRef h2s_summarized_callee(struct h2s_host *host, LLVMValueRef call);

/* Is fn's body one that may run (defined, not weak, linkonce or
   interposable, not nobuiltin)?  Enough where the call is replaced by a
   call of a copy of the body (makers, fillers, destroyers): not where the
   call stays, see h2s_body_runs_at_calls. */
bool h2s_body_is_final(LLVMValueRef fn);

/* Is fn's body the one a call of fn runs: final, and not only a C inline
   definition (h2s_inline_definition_only)? */
bool h2s_body_runs_at_calls(LLVMValueRef fn);

/* Is fn a C function's available_externally body (a name that is not a
   C++ mangled "_Z..." one), or the kept body of one (imported_bodies.c):
   a definition another one, which a call may run, may differ from? */
bool h2s_inline_definition_only(LLVMValueRef fn);

/*
 * The functions an indirect call may call, when they are known: its callee
 * is a select or phi of functions, or a function loaded from a constant
 * table (a global constant whose initializer holds functions, read at any
 * index: calling anything else in it would be undefined).  Each must have
 * the call's own function type and a body heap2stack summarises.  Returns
 * their number (at most max), or 0 when they are not all known.
 */
unsigned h2s_indirect_targets(struct h2s_host *host, LLVMValueRef call, LLVMValueRef *out,
                              unsigned max);
#define H2S_MAX_INDIRECT_TARGETS 16

/*
 * An old-style C call: a function of this module called through a function
 * type other than its own (`int f();` called with arguments, a K&R
 * definition whose parameters the default promotions change).  Returns the
 * function when its summary can still speak for the call: the same calling
 * convention, a callee that is not variadic, and each argument the summary
 * is asked about arriving as that very parameter (see summaries.c).  NULL
 * for any other call, including ordinary direct calls.
 */
LLVMValueRef h2s_mismatched_callee(LLVMValueRef call);

/* The summary heap2stack computed for fn, or NULL. */
const struct h2s_summary *h2s_summary_of(struct h2s_host *host, LLVMValueRef fn);
void h2s_summary_store(struct h2s_host *host, LLVMValueRef fn, const struct h2s_summary *s);

/* Do two summaries say the same (the fixed-point test; reasons aside)? */
bool h2s_summary_same(const struct h2s_summary *a, const struct h2s_summary *b);

/* The summary that assumes the worst of every parameter. */
void h2s_summary_worst(LLVMValueRef fn, struct h2s_summary *s, const char *why);

#endif
