/*
 * flow_graph.h - the location graph of one function, and its solver.
 *
 * Nodes stand for pointer-carrying values (SSA values, the contents of an
 * object, the function's result, {heap}).  Objects stand for memory: each
 * alloca, each allocation site, what each pointer parameter points to (and
 * what that memory points to), and "unknown" memory.  Solving computes, for
 * every node, the set of objects it may point to (pts), with the edge that
 * first brought each object there, so that every conclusion can be
 * explained as a flow (Go's `-m=2`).
 */
#ifndef H2S_FLOW_GRAPH_H
#define H2S_FLOW_GRAPH_H

#include <llvm-c/Types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t h2s_node_id;
typedef uint32_t h2s_obj_id;
#define H2S_NONE UINT32_MAX

/* Why an object reached a node: the kind of the edge, for explanations. */
enum h2s_edge_kind {
  H2S_EDGE_ORIGIN,      /* the allocation or alloca itself */
  H2S_EDGE_ASSIGN,      /* GEP, cast, phi, select, aggregate: same pointer */
  H2S_EDGE_LOAD,        /* loaded from memory */
  H2S_EDGE_STORE,       /* stored into memory */
  H2S_EDGE_CALL_RESULT, /* returned by a callee that returns its argument */
  H2S_EDGE_RETURN,      /* returned by this function */
  H2S_EDGE_CALL_ESCAPE, /* passed to a call that leaks it */
  H2S_EDGE_STORE_ESCAPE,/* stored into memory that outlives the function */
  H2S_EDGE_TO_INTEGER,  /* ptrtoint */
  H2S_EDGE_HOLDER,      /* the memory holding it escapes */
  H2S_EDGE_OTHER,       /* another escaping use */
};

enum h2s_obj_kind {
  H2S_OBJ_UNKNOWN,   /* globals, caller memory read twice removed, call results */
  H2S_OBJ_ALLOCA,
  H2S_OBJ_SITE,      /* an allocation call */
  H2S_OBJ_PARAM,     /* what pointer parameter i points to */
  H2S_OBJ_PARAM_CONTENT, /* what that memory points to */
  H2S_OBJ_NULL,      /* the null pointer: no memory, never escapes */
};

struct h2s_object {
  enum h2s_obj_kind kind;
  LLVMValueRef value;  /* the alloca, allocation call or argument */
  unsigned param;      /* for PARAM / PARAM_CONTENT */
  h2s_node_id content; /* the node for what this object's memory holds */
  bool escaped;        /* reached {heap}, or (if local) the result */
  bool external;       /* memory the caller or others own: what is stored there escapes */
};

/* One entry of a node's points-to set, with its provenance. */
struct h2s_pts_entry {
  h2s_obj_id obj;
  h2s_node_id from; /* the node it came from, H2S_NONE for an origin */
  LLVMValueRef why; /* the instruction of that edge */
  enum h2s_edge_kind kind;
};

struct h2s_edge {
  h2s_node_id to;
  LLVMValueRef why;
  enum h2s_edge_kind kind;
};

struct h2s_node {
  LLVMValueRef value; /* the SSA value, or NULL for content/special nodes */
  struct h2s_pts_entry *pts;
  uint32_t pts_count, pts_capacity, processed;
  uint32_t *pts_index; /* open hash of obj+1 when pts_count > 8 */
  uint32_t pts_index_capacity;
  struct h2s_edge *copies; /* pts(this) flows to copies[i].to */
  uint32_t copy_count, copy_capacity;
  struct h2s_edge *loads;  /* address nodes: the content of each pointee flows to loads[i].to */
  uint32_t load_count, load_capacity;
  struct h2s_edge *stores; /* address nodes: stores[i].to (a value) flows into each pointee */
  uint32_t store_count, store_capacity;
  bool inexact;  /* may point into the middle of an object */
  bool queued;
  h2s_obj_id owner; /* for a content node: its object, else H2S_NONE */
};

struct h2s_graph {
  struct h2s_node *nodes;
  uint32_t node_count, node_capacity;
  struct h2s_object *objs;
  uint32_t obj_count, obj_capacity;
  h2s_node_id heap, result;
  h2s_obj_id unknown, null_obj;
  /* value -> node map (open addressing) */
  LLVMValueRef *map_keys;
  h2s_node_id *map_vals;
  uint32_t map_count, map_capacity;
  /* edges already present, to keep dynamic edges unique: (from << 32 | to) + 1 */
  uint64_t *edge_set;
  uint32_t edge_count, edge_capacity;
  h2s_node_id *worklist;
  uint32_t work_count, work_capacity;
  uint64_t budget; /* steps left; 0 means the solver gave up */
  bool gave_up;
};

void h2s_graph_init(struct h2s_graph *g, uint64_t budget);
void h2s_graph_free(struct h2s_graph *g);

h2s_node_id h2s_graph_new_node(struct h2s_graph *g, LLVMValueRef value);
/* The node of an SSA value (created on first use). */
h2s_node_id h2s_graph_node_of(struct h2s_graph *g, LLVMValueRef value);
/* The node of an SSA value if it has one, else H2S_NONE. */
h2s_node_id h2s_graph_find(const struct h2s_graph *g, LLVMValueRef value);
h2s_obj_id h2s_graph_new_object(struct h2s_graph *g, enum h2s_obj_kind kind, LLVMValueRef value,
                                unsigned param);

/* Constraints. */
void h2s_graph_add_origin(struct h2s_graph *g, h2s_node_id n, h2s_obj_id o);
void h2s_graph_add_copy(struct h2s_graph *g, h2s_node_id from, h2s_node_id to, LLVMValueRef why,
                        enum h2s_edge_kind kind);
/* to = *address */
void h2s_graph_add_load(struct h2s_graph *g, h2s_node_id address, h2s_node_id to, LLVMValueRef why);
/* *address = value */
void h2s_graph_add_store(struct h2s_graph *g, h2s_node_id address, h2s_node_id value,
                         LLVMValueRef why);

/* Runs to the fixed point (or until the budget runs out: then gave_up). */
void h2s_graph_solve(struct h2s_graph *g);

bool h2s_graph_points_to(const struct h2s_graph *g, h2s_node_id n, h2s_obj_id o);

/* How many objects n may point to, null aside. */
uint32_t h2s_graph_objects_besides_null(const struct h2s_graph *g, h2s_node_id n);
const struct h2s_pts_entry *h2s_graph_entry(const struct h2s_graph *g, h2s_node_id n,
                                            h2s_obj_id o);
/* Marks nodes that may point into the middle of an object, after solving. */
void h2s_graph_propagate_inexact(struct h2s_graph *g);

#endif
