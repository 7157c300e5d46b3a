/*
 * options.h - heap2stack's knobs and the one parser that reads them.
 *
 * The same text form is accepted from the pass pipeline
 * (`heap2stack<max-size=4096;max-frame=65536;dynamic-capacity=128>`) and, key by key, from the
 * command-line twins (`-heap2stack-max-size=4096`).  A pipeline parameter wins
 * over its command-line twin.
 */
#ifndef HEAP2STACK_OPTIONS_H
#define HEAP2STACK_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define H2S_DEFAULT_MAX_SIZE 65536u           /* per allocation, like Go's 64 KiB */
#define H2S_DEFAULT_MAX_FRAME 131072u         /* per function, like Go's 128 KiB */
#define H2S_DEFAULT_MAX_RECURSIVE_SIZE 0u     /* recursive functions: off */
#define H2S_DEFAULT_DYNAMIC_CAPACITY 256u     /* stack buffer for run-time sizes */
#define H2S_DEFAULT_MAX_CHAIN 8192u          /* static slots along a call path */
#define H2S_DEFAULT_STACK_CHECK_ABOVE 4096u  /* larger slots: only if the stack has room */
#define H2S_DEFAULT_ANALYSIS_BUDGET 256u      /* solver steps per instruction */
#define H2S_DEFAULT_CYCLE_ROUNDS 8u           /* rounds of a call cycle's fixed point */
#define H2S_DEFAULT_MAX_COPY 1000u            /* instructions of a maker heap2stack copies */

struct h2s_options {
  uint64_t max_size;           /* largest allocation moved, in bytes */
  uint64_t max_frame;          /* static allocas + moved bytes, per function */
  uint64_t max_recursive_size; /* largest allocation moved in a recursive function */
  uint64_t max_chain;          /* static slot bytes along any call path */
  uint64_t dynamic_capacity;   /* stack buffer for a run-time size; 0: off */
  uint64_t stack_check_above;  /* larger slots get a run-time stack check */
  bool disable;                /* the pass does nothing at all */
  bool caller_frames;          /* a callee's returned object may live in its caller's
                                  frame (caller_frames.c; module pass only) */
  uint64_t max_copy;           /* the largest maker copied, in instructions */
  /* Budgets (command line only): past them an allocation stays on the heap. */
  uint64_t analysis_budget;    /* solver steps per instruction (AnalysisBudget) */
  unsigned cycle_rounds;       /* call-cycle rounds before the worst summary */
};


/* The defaults above. */
struct h2s_options h2s_options_default(void);

/*
 * Parses the text between `heap2stack<` and `>`: `key=value` pairs and bare
 * flags separated by ';'.  On success fills *out (starting from its current
 * contents: the command-line twins, which the keys given override) and
 * returns true.  On failure
 * writes a message naming the bad parameter and the accepted form to err and
 * returns false; *out is left untouched.
 */
bool h2s_options_parse(const char *params, struct h2s_options *out, char *err, size_t errlen);

/* A one-line description of every accepted parameter, for error messages. */
const char *h2s_options_accepted(void);

#ifdef __cplusplus
}
#endif
#endif
