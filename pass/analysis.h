/*
 * analysis.h - one function's solved location graph, and what decisions
 * and summaries read from it.
 *
 * build_graph.c turns the instructions into constraints and solves them;
 * pointer_bits.c adds what the bytes of memory say (a pointer's bytes read
 * as data, a pointer field overwritten with data); escape.c decides each
 * allocation site from the result, and summary_solver.c summarises the
 * function's parameters for its callers.
 */
#ifndef H2S_ANALYSIS_H
#define H2S_ANALYSIS_H

#include "alloc_sites.h"
#include "byte_spans.h"
#include "flow_graph.h"
#include "integer_flow.h"
#include "summaries.h"
#include "valueset.h"

#include <heap2stack/host.h>

/* Intrinsics the analysis knows; looked up once per session. */
struct h2s_intrinsics {
  unsigned memcpy, memcpy_inline, memmove, memset, memset_inline;
  unsigned lifetime_start, lifetime_end;
  unsigned objectsize, assume, prefetch, invariant_start, invariant_end;
  unsigned launder_invariant_group, strip_invariant_group, ptrmask;
  unsigned dbg_value, dbg_declare, dbg_assign, dbg_label;
  unsigned expect, is_constant, noalias_scope_decl, sideeffect, pseudoprobe;
};

void h2s_intrinsics_init(struct h2s_intrinsics *ids);

/* What the analysis needs besides the IR: the intrinsics and its budgets. */
struct h2s_analysis_config {
  struct h2s_intrinsics ids;
  uint64_t steps_per_instruction; /* the solver's budget (AnalysisBudget remark) */
  unsigned cycle_rounds;          /* a call cycle's rounds before the worst summary */
};

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
  bool destroyer; /* a destroyer's call (caller_frames.c), not the deallocator's */
};

/*
 * What an instruction does to the bytes of the objects its address may
 * point to (pointer_bits.c):
 *   READ           reads them as data (an integer or byte load, a library
 *                  call reading a buffer, a callee's summary);
 *   WRITE_DATA     overwrites them with data that is not a pointer the
 *                  analysis follows (an integer, unknown bytes);
 *   WRITE_ZERO     overwrites them with zeroes (null pointers);
 *   WRITE_POINTER  stores a pointer there;
 *   LOAD_POINTER   loads a pointer from there into node `result`;
 *   COPY           copies the bytes of `source` there (memcpy);
 *   READ_DEEP / WRITE_DEEP  READ / WRITE_DATA on every object reachable
 *                  through the memory of those objects.
 */
enum h2s_bytes_kind {
  H2S_BYTES_READ,
  H2S_BYTES_WRITE_DATA,
  H2S_BYTES_WRITE_ZERO,
  H2S_BYTES_WRITE_POINTER,
  H2S_BYTES_LOAD_POINTER,
  H2S_BYTES_COPY,
  H2S_BYTES_READ_DEEP,
  H2S_BYTES_WRITE_DEEP,
};

struct h2s_bytes_event {
  enum h2s_bytes_kind kind;
  LLVMValueRef inst;
  h2s_node_id address, base; /* base: the node the spans are relative to, or NONE */
  struct h2s_spans spans;
  h2s_node_id source;              /* COPY: the node of the source address */
  h2s_node_id result;              /* LOAD_POINTER */
};

/* Per object, after solving: which bytes hold what (pointer_bits.c). */
struct h2s_object_bytes {
  struct h2s_spans pointers; /* where pointers may have been stored */
  struct h2s_spans data;     /* where other data may have been written */
  struct h2s_spans zeroes;   /* where zeroes may have been written */
  struct h2s_spans read;     /* what is read as data */
  bool read_deep, written_deep;
};

/* One function's solved location graph and the uses decisions need. */
struct h2s_function_analysis {
  LLVMValueRef fn;
  struct h2s_graph graph;
  h2s_node_id unknown_node; /* a node pointing to unknown memory */
  h2s_node_id null_node;    /* a node pointing to the null object only */
  struct h2s_free_use *frees;
  uint32_t free_count, free_capacity;
  struct h2s_arg_use *pointer_args; /* every pointer argument of every call */
  uint32_t arg_count, arg_capacity;
  struct h2s_arg_use *freed_by_callee;
  uint32_t freed_count, freed_capacity;
  struct h2s_arg_use *markers; /* lifetime intrinsics */
  uint32_t marker_count, marker_capacity;
  struct h2s_arg_use *size_queries; /* llvm.objectsize */
  uint32_t size_query_count, size_query_capacity;
  struct h2s_bytes_event *bytes;
  uint32_t bytes_count, bytes_capacity;
  struct h2s_object_bytes *obj_bytes; /* per object, after solving */
  struct h2s_int_pairs int_pairs;     /* offsets taken as integers (integer_flow.c) */
  h2s_obj_id param_obj[H2S_SUMMARY_PARAMS], param_content[H2S_SUMMARY_PARAMS];
  unsigned param_count;
};

/*
 * Builds and solves the location graph of fn, with the summaries of its
 * callees that are known now (summary_solver.c computes them first).
 */
void h2s_analyze_function(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                          LLVMValueRef fn, struct h2s_function_analysis *fa);
/*
 * The same, as if the memory parameter `param` points to were fn's own
 * (caller_frames.c asks this of a filler: a pointer stored there does not
 * escape by that store, but does when that memory's bytes or the
 * parameter itself leave).
 */
void h2s_analyze_function_owning(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                                 LLVMValueRef fn, unsigned param,
                                 struct h2s_function_analysis *fa);
void h2s_function_analysis_free(struct h2s_function_analysis *fa);

/* The object of an allocation site, or H2S_NONE. */
h2s_obj_id h2s_site_object(const struct h2s_function_analysis *fa, LLVMValueRef call);

/* Can a value of this type carry a pointer? */
bool h2s_carries_pointer(LLVMTypeRef type);

#endif
