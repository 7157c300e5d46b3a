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
  LLVMValueRef a, b; /* the pointer operands of the two conversions */
  LLVMValueRef why;  /* the sub or icmp */
};

struct h2s_int_pairs {
  struct h2s_int_pair *items;
  uint32_t count, capacity;
};

/* Is this instruction a pointer-to-integer conversion (ptrtoint, ptrtoaddr)? */
bool h2s_is_address_to_integer(LLVMValueRef inst);

/*
 * Follows the integer `conversion` makes through the function's SSA values.
 * Returns false if address bits can reach memory, a call, the result,
 * inttoptr, a GEP index, or (beyond the page bits) control flow; *sink is
 * then the first such use.  Differences and comparisons of two
 * conversions are offsets only if both pointers point into one object:
 * unless `strict`, they are appended to *pairs for h2s_int_pairs_hold to
 * check once the graph is solved (with `strict`, they count as escapes).
 */
bool h2s_address_stays_home(LLVMValueRef conversion, bool strict, struct h2s_int_pairs *pairs,
                            LLVMValueRef *sink);

/* After solving: does every recorded pair point into one and the same object? */
bool h2s_int_pairs_hold(const struct h2s_graph *g, const struct h2s_int_pairs *pairs);

/* Records the pair (a, b) taken at `why`, for h2s_int_pairs_hold. */
void h2s_int_pairs_add(struct h2s_int_pairs *pairs, LLVMValueRef a, LLVMValueRef b,
                       LLVMValueRef why);

void h2s_int_pairs_free(struct h2s_int_pairs *pairs);

#endif
