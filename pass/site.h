/*
 * site.h - one allocation site and the decision heap2stack takes for it.
 *
 * The driver fills a site in three steps, each in its own file:
 * escape.c (does the pointer escape? which deallocations free it?),
 * size_policy.c (is the size known, small enough, within the frame budget?),
 * then remarks.c words the decision and rewrite.c carries it out.
 */
#ifndef H2S_SITE_H
#define H2S_SITE_H

#include "alloc_sites.h"
#include "flow_graph.h"
#include "summaries.h"
#include "valueset.h"

#include <heap2stack/options.h>

/* The final decision for one site; each has a stable remark name. */
enum h2s_decision {
  H2S_MOVE,            /* Moved, MovedWhenSmall (guarded) or MovedWhenRoom (checked) */
  H2S_ESCAPES,         /* Escapes */
  H2S_FREED_BY_CALLEE, /* FreedByCallee: a callee may free it */
  H2S_LOOP_CARRIED,    /* LoopCarried: a pointer may outlive its loop iteration */
  H2S_TOO_COMPLEX,     /* AnalysisBudget: the function is too large to analyse */
  H2S_MISMATCHED_FREE, /* MismatchedFree: freed by another family */
  H2S_AMBIGUOUS_FREE,  /* AmbiguousFree: a free that may free something else */
  H2S_MUST_TAIL,       /* MustTail: reaches a musttail call */
  H2S_DYNAMIC_SIZE,    /* DynamicSize: size not a compile-time constant */
  H2S_UNKNOWN_SIZE,    /* UnknownSize: the allocator has no allocsize */
  H2S_BAD_SIZE,        /* BadSize: the size computation overflows */
  H2S_BAD_ALIGNMENT,   /* BadAlignment: not a constant power of two, or huge */
  H2S_TOO_LARGE,       /* TooLarge: above max-size */
  H2S_RECURSIVE,       /* Recursive: in a call cycle, above max-recursive-size */
  H2S_FRAME_BUDGET,    /* FrameBudget: would push the frame above max-frame */
  H2S_NOT_BUILTIN,     /* NotBuiltin: not the library allocator at this call */
  H2S_OPTNONE,         /* OptNone: the function is optnone (clang -O0) */
  H2S_COROUTINE,       /* Coroutine: a coroutine before splitting */
  H2S_OPT_OUT,         /* OptOut: annotate("heap2stack_off") */
  H2S_RETURNS_TWICE,   /* ReturnsTwice: the function calls setjmp (returns_twice) */
  H2S_SIZE_QUERY,      /* SizeQuery: an object-size query would see the slot's size */
  H2S_NO_STACK_CHECK,  /* NoStackCheck: above stack-check-above, and no checked rewrite */
  H2S_CHAIN_BUDGET,    /* ChainBudget: static slots along a call path above max-chain */
  H2S_UNUSABLE_WRAPPER /* UnusableWrapper: allocated by a wrapper that cannot stand for it */
};

struct h2s_site {
  LLVMValueRef call; /* the allocation call or invoke */
  struct h2s_allocator alloc;
  enum h2s_decision decision;
  const char *detail; /* NotBuiltin, OptNone, Coroutine, BadAlignment, UnusableWrapper: why */
  bool no_heap;       /* in a function annotated heap2stack_noheap */

  /* size_policy.c */
  bool guarded;   /* run-time size: a stack buffer of `size` bytes when it fits */
  bool checked;   /* the slot only when the stack has room (why: check_reason) */
  enum h2s_check_reason {
    H2S_CHECK_SIZE,    /* above stack-check-above */
    H2S_CHECK_REENTRY, /* the function may be re-entered through code not seen (reentry) */
    H2S_CHECK_CHAIN,   /* an unchecked slot would take the call chain past max-chain */
  } check_reason;
  const char *reentry; /* why the function may be re-entered (reentry.c), or NULL */
  bool size_known;
  uint64_t size;  /* bytes, when size_known */
  uint64_t count, elem_size; /* calloc's operands, for BadSize */
  uint64_t align; /* slot alignment */
  bool align_known; /* BadAlignment: the requested alignment is a constant */
  uint64_t requested_align;
  uint64_t frame_existing, frame_moved, limit; /* numbers for the remark */
  uint64_t chain_bytes; /* ChainBudget: the chain's bytes with this site */
  char chain_path[200]; /* ChainBudget: "'main' -> 'parse' -> 'read_block'" */

  /* escape.c */
  h2s_obj_id obj;                     /* its object in the location graph */
  enum h2s_edge_kind escape;          /* the last edge of the escaping flow */
  LLVMValueRef blocker;               /* the instruction that keeps it on the heap */
  LLVMValueRef holder;                /* HOLDER escapes: the memory that escapes;
                                         CALL_ESCAPE: memory whose contents are passed */
  char holder_name[64];               /* the holder's source name, if an alloca */
  char store_param[64];               /* STORE_ESCAPE through a parameter's memory */
  char callee_why[H2S_WHY_MAX];       /* a callee's reason, from its summary */
  LLVMBasicBlockRef loop_header;      /* LoopCarried: the loop's header block, if natural */
  bool recursion_via_pointer;         /* Recursive: the cycle goes through a function pointer */
  bool carried_in_memory;             /* LoopCarried: blocker is a call reading memory that
                                         holds pointers to the object */
  struct h2s_deallocator dealloc;     /* the blocking deallocation's, if any */
  struct h2s_values frees;            /* matching deallocations, to remove */
  struct h2s_values frees_maybe_null; /* those of them that may free null instead:
                                         removed without ending the slot's life */
  struct h2s_values shared_frees;     /* deallocations that may free this or other
                                         sites of the function (a list walk): removed
                                         once, if all of them move as static slots
                                         (h2s_resolve_shared_frees); they do not end
                                         the slot's life */
  LLVMValueRef size_query;            /* an llvm.objectsize call that may see it */
  struct h2s_values pointer_calls;    /* calls that receive the pointer: lose `tail` */
  struct h2s_values old_markers;      /* lifetime markers already on the pointer */
  LLVMValueRef clone;                 /* a maker's call that moves: the maker's copy
                                         that takes the slot (caller_frames.c) */
  struct h2s_values destroyers;       /* of frees: destroyers' calls (caller_frames.c),
                                         which call their copies instead */
  struct h2s_values destroyer_copies; /* their copies, in the same order */

  /* loop_slots.c: a LoopCarried site whose loop runs a bounded number of
     times gets one slot per iteration instead */
  uint64_t slots;                     /* > 0: that many slots (the loop's maximum trip
                                         count), indexed by the iteration */
  uint64_t slot_stride;               /* bytes from one slot to the next (size_policy.c) */
  LLVMBasicBlockRef slots_preheader;  /* where the slots' life starts */
  LLVMBasicBlockRef slots_latch;      /* where the iteration counter steps */
  const char *slots_reason;           /* LoopCarried: why there is no slot per iteration */
};

void h2s_site_release(struct h2s_site *site);

/* The remark name of a decision (the YAML Name:). */
const char *h2s_decision_name(const struct h2s_site *site);

#endif
