/*
 * escape.h - does an allocation's pointer escape its function?
 */
#ifndef H2S_ESCAPE_H
#define H2S_ESCAPE_H

#include "analysis.h"
#include "site.h"

/*
 * Decides escape for one site.  On return either site->decision is
 * H2S_MOVE and site->frees / pointer_calls / old_markers list what the
 * rewrite must touch, or the decision names the blocking rule and
 * site->blocker the instruction.
 */
void h2s_decide_escape(struct h2s_host *host, const struct h2s_function_analysis *fa,
                       struct h2s_site *site);

/*
 * After every site of the function is decided (size and budgets too): a
 * deallocation shared by several sites is removed only if every object it
 * may free is one of these sites and moves as a static slot (not guarded,
 * not checked: their heap case would still need the free).  Otherwise each
 * site that shares it keeps the heap (AmbiguousFree), which may in turn
 * block the sites of its other shared frees; repeated to a fixed point.
 */
void h2s_resolve_shared_frees(const struct h2s_function_analysis *fa, struct h2s_site *sites,
                              size_t count);

/*
 * Describes, for remarks, how object o reached {heap} (or the result): the
 * edges from the allocation to the sink, sink last.  Returns the number of
 * steps written (at most max).
 */
struct h2s_flow_step {
  LLVMValueRef why;
  enum h2s_edge_kind kind;
  h2s_node_id node;
};
unsigned h2s_escape_flow(const struct h2s_function_analysis *fa, h2s_obj_id o,
                         struct h2s_flow_step *steps, unsigned max);

#endif
