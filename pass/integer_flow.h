/*
 * integer_flow.h - whether an address converted to an integer leaves the frame.
 */
#ifndef H2S_INTEGER_FLOW_H
#define H2S_INTEGER_FLOW_H

#include "flow_graph.h"

#include <stdbool.h>

/* Two pointers whose difference or comparison was taken as integers: it
   carries no address only if both point into the same single object. */
struct h2s_int_pair {
  LLVMValueRef a, b;         /* the pointer operands of the two conversions */
  LLVMValueRef a_at, b_at;   /* where each became an integer (or the icmp) */
  LLVMValueRef why;          /* the sub or icmp */
  bool equality;             /* icmp eq/ne of two pointers (h2s_int_pair_holds) */
};

struct h2s_int_pairs {
  struct h2s_int_pair *items;
  uint32_t count, capacity;
  /* may the module make addresses outside objects (asked once, lazily) */
  enum { H2S_FORGING_UNASKED, H2S_FORGING_NO, H2S_FORGING_YES } forging;
};

/* Does llvm.ptrmask's `mask` clear page bits only (a constant alignment of
   at most 4096), so that the result stays within p's page? */
bool h2s_ptrmask_keeps_page(LLVMValueRef mask);

/* Is this instruction a pointer-to-integer conversion (ptrtoint, ptrtoaddr)? */
bool h2s_is_address_to_integer(LLVMValueRef inst);

/*
 * Follows the integer `conversion` makes through the function's SSA values.
 * Returns false if address bits can reach memory, a call, the result,
 * inttoptr, a GEP index, or (beyond the page bits) control flow; *sink is
 * then the first such use.  Differences and comparisons of two
 * conversions are offsets only if both pointers point into one object:
 * they are appended to *pairs for h2s_int_pair_holds to check once the
 * graph is solved (a pair that fails then is an escape of both pointers).
 */
bool h2s_address_stays_home(LLVMValueRef conversion, struct h2s_int_pairs *pairs,
                            LLVMValueRef *sink);

/* After solving: do both pointers of the pair point into one and the same
   single object?  For an equality pair, also: do both point only to this
   function's own objects (allocas, allocation sites, null), whose
   addresses nobody guessed? */
bool h2s_int_pair_holds(const struct h2s_graph *g, struct h2s_int_pairs *pairs,
                        const struct h2s_int_pair *pair);

/* Records the pair (a, b), converted at a_at and b_at, taken at `why`. */
void h2s_int_pairs_add(struct h2s_int_pairs *pairs, LLVMValueRef a, LLVMValueRef a_at,
                       LLVMValueRef b, LLVMValueRef b_at, LLVMValueRef why);

/* Is `inst` an equality of two values: icmp eq/ne, or cmpxchg (the
   memory's value against the expected one)? */
bool h2s_compares_for_equality(LLVMValueRef inst);

/* Records `a == b` (or !=) on two pointers, at icmp or cmpxchg `why`. */
void h2s_int_pairs_add_equality(struct h2s_int_pairs *pairs, LLVMValueRef a, LLVMValueRef b,
                                LLVMValueRef why);

void h2s_int_pairs_free(struct h2s_int_pairs *pairs);

#endif
