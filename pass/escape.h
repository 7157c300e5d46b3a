/*
 * escape.h - does an allocation's pointer escape its function?
 */
#ifndef H2S_ESCAPE_H
#define H2S_ESCAPE_H

#include "flow_graph.h"
#include "site.h"
#include "summaries.h"

/* Intrinsics the escape analysis knows; looked up once per session. */
struct h2s_intrinsics {
  unsigned memcpy, memcpy_inline, memmove, memset, memset_inline;
  unsigned lifetime_start, lifetime_end;
  unsigned objectsize, assume, prefetch, invariant_start, invariant_end;
  unsigned launder_invariant_group, strip_invariant_group, ptrmask;
  unsigned dbg_value, dbg_declare, dbg_assign, dbg_label;
  unsigned expect, is_constant, noalias_scope_decl, sideeffect, pseudoprobe;
};

void h2s_intrinsics_init(struct h2s_intrinsics *ids);

/* A call that may receive a pointer through argument `node`. */
struct h2s_arg_use {
  LLVMValueRef call;
  h2s_node_id node;
  char *why; /* the callee's reason (owned), or NULL */
};

/* A deallocation call and the node of the pointer it frees. */
struct h2s_free_use {
  LLVMValueRef call;
  h2s_node_id node;
  struct h2s_deallocator dealloc;
};

/* One function's solved location graph and the uses decisions need. */
struct h2s_function_analysis {
  LLVMValueRef fn;
  struct h2s_graph graph;
  h2s_node_id unknown_node; /* a node pointing to unknown memory */
  struct h2s_free_use *frees;
  uint32_t free_count, free_capacity;
  struct h2s_arg_use *pointer_args; /* every pointer argument of every call */
  uint32_t arg_count, arg_capacity;
  struct h2s_arg_use *freed_by_callee;
  uint32_t freed_count, freed_capacity;
  struct h2s_arg_use *markers; /* lifetime intrinsics */
  uint32_t marker_count, marker_capacity;
  h2s_obj_id param_obj[H2S_SUMMARY_PARAMS], param_content[H2S_SUMMARY_PARAMS];
  unsigned param_count;
};

/*
 * Builds and solves the location graph of fn.  The summary of a defined
 * callee that has none yet is computed first (and stored), recursively;
 * call cycles met this way are solved to a fixed point.
 */
void h2s_analyze_function(struct h2s_host *host, const struct h2s_intrinsics *ids,
                          LLVMValueRef fn, struct h2s_function_analysis *fa);
void h2s_function_analysis_free(struct h2s_function_analysis *fa);

/* Fn's parameter summary, from its solved graph. */
void h2s_summarize(struct h2s_host *host, const struct h2s_function_analysis *fa,
                   struct h2s_summary *out);

/* The object of an allocation site, or H2S_NONE. */
h2s_obj_id h2s_site_object(const struct h2s_function_analysis *fa, LLVMValueRef call);

/*
 * Decides escape for one site.  On return either site->decision is
 * H2S_MOVE and site->frees / pointer_calls / old_markers list what the
 * rewrite must touch, or the decision names the blocking rule and
 * site->blocker the instruction.
 */
void h2s_decide_escape(struct h2s_host *host, const struct h2s_function_analysis *fa,
                       struct h2s_site *site);

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
