/*
 * summary_solver.c - computing parameter summaries, a call cycle at a time.
 *
 * A caller's analysis uses the summaries of its callees (summaries.c), so
 * summaries are computed bottom-up over the call graph: Tarjan's algorithm
 * over direct calls to functions whose body is the one that runs finds the
 * strongly connected components, callees before callers.  A component that
 * is one function calling nothing of its own is analysed once.  A call
 * cycle is solved as one unit: every member starts from "nothing escapes"
 * and all members are re-analysed until no summary grows (flags and byte
 * spans only grow, so this ends); a cycle still changing after
 * `cycle-rounds` rounds (-heap2stack-cycle-rounds, 8) gets the worst
 * summary.  A summary is stored only when its whole
 * component is solved, so no caller ever sees an unfinished one.
 *
 * Both forms of the pass (the opt module pass and the CGSCC pass in clang's
 * pipeline) ask this solver, on demand, for the summaries of the function
 * they are about to decide; the components are the solver's own, so both
 * forms see the same summaries whatever order the pass manager visits
 * functions in.  (A CGSCC pass that solved the members of one cycle one at
 * a time kept a summary computed against an unfinished one, and moved an
 * allocation that a cycle stored into a global.)
 */
#include "summary_solver.h"

#include "alloc_sites.h"
#include "escape.h"
#include "remarks.h"
#include "valueset.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a summary from a solved graph ------------------------------------- */

/*
 * " at file:line:col", at most PLACE_MAX characters (the reasons below quote
 * it with %.96s): a longer file name keeps its tail after "...", so that the
 * file's own name, the line and the column survive a deep checkout.
 */
#define PLACE_MAX 96
static void describe_place(char *out, size_t size, LLVMValueRef inst) {
  unsigned line = inst ? LLVMGetDebugLocLine(inst) : 0;
  if (!line) {
    out[0] = 0;
    return;
  }
  unsigned len = 0;
  const char *file = LLVMGetDebugLocFilename(inst, &len);
  if (!file)
    len = 0;
  char at[32];
  int at_len = snprintf(at, sizeof at, ":%u:%u", line, LLVMGetDebugLocColumn(inst));
  size_t room = PLACE_MAX - strlen(" at ") - (size_t)at_len;
  const char *cut = "";
  if (len > room) {
    cut = "...";
    file += len - (room - strlen(cut));
    len = (unsigned)(room - strlen(cut));
  }
  snprintf(out, size, " at %s%.*s%s", cut, (int)len, file ? file : "", at);
}

/* The reason a parameter escapes, in words, from the edge that sent it. */
static void describe_param_escape(const struct h2s_function_analysis *fa, h2s_obj_id o,
                                  char *out, size_t size) {
  struct h2s_flow_step steps[64];
  unsigned n = h2s_escape_flow(fa, o, steps, 64);
  if (!n) {
    snprintf(out, size, "leaks it");
    return;
  }
  const struct h2s_flow_step *last = &steps[n - 1];
  char place[160];
  describe_place(place, sizeof place, last->why);
  size_t len;
  switch (last->kind) {
  case H2S_EDGE_STORE_ESCAPE: {
    LLVMValueRef address = last->why ? h2s_stored_address(last->why, -1) : NULL;
    LLVMValueRef target = address ? h2s_underlying_object(address) : NULL;
    const char *name = target && LLVMIsAGlobalVariable(target) ? LLVMGetValueName2(target, &len)
                                                                : NULL;
    if (name && *name)
      snprintf(out, size, "stores it to global '%.48s'%.96s", name, place);
    else
      snprintf(out, size, "stores it to memory it does not own%.96s", place);
    break;
  }
  case H2S_EDGE_CALL_ESCAPE: {
    LLVMValueRef fn = last->why ? h2s_called_function(last->why) : NULL;
    const char *name = fn ? LLVMGetValueName2(fn, &len) : NULL;
    if (name && *name)
      snprintf(out, size, "passes it to '%.48s'%.96s", name, place);
    else
      snprintf(out, size, "passes it to an unknown call%.96s", place);
    break;
  }
  case H2S_EDGE_TO_INTEGER:
    snprintf(out, size, "%s%.96s",
             last->why && h2s_compares_for_equality(last->why)
                 ? "compares its address for equality with a pointer that may have been made "
                   "from an integer"
             : last->why && LLVMIsAICmpInst(last->why)
                 ? "compares its address for order with another object's"
                 : "converts it to an integer",
             place);
    break;
  default:
    snprintf(out, size, "leaks it%.96s", place);
    break;
  }
}

static void describe_param_free(const struct h2s_function_analysis *fa, h2s_obj_id p,
                                const char *what, char *out, size_t size) {
  const struct h2s_graph *g = &fa->graph;
  char place[160];
  for (uint32_t i = 0; i < fa->free_count; i++)
    if (h2s_graph_points_to(g, fa->frees[i].node, p)) {
      describe_place(place, sizeof place, fa->frees[i].call);
      snprintf(out, size, "frees %.24s%.96s", what, place);
      return;
    }
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, p)) {
      LLVMValueRef fn = h2s_called_function(fa->freed_by_callee[i].call);
      size_t len;
      const char *name = fn ? LLVMGetValueName2(fn, &len) : "?";
      describe_place(place, sizeof place, fa->freed_by_callee[i].call);
      snprintf(out, size, "passes %.24s to '%.40s', which may free it%.96s", what, name, place);
      return;
    }
  snprintf(out, size, "may free %.24s", what);
}

static bool freed_here(const struct h2s_function_analysis *fa, h2s_obj_id o) {
  const struct h2s_graph *g = &fa->graph;
  for (uint32_t i = 0; i < fa->free_count; i++)
    if (h2s_graph_points_to(g, fa->frees[i].node, o))
      return true;
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, o))
      return true;
  return false;
}

/* Pointers the function stores into the caller's memory: WRITTEN (into
   the parameter's memory itself, and perhaps below), WRITTEN_DEEP (only
   below: into memory the parameter's memory points to), WRITTEN_NULL. */
static uint32_t written_flags(const struct h2s_graph *g, h2s_obj_id p, h2s_obj_id c) {
  uint32_t f = 0;
  const struct h2s_node *levels[2] = {&g->nodes[g->objs[p].content], &g->nodes[g->objs[c].content]};
  for (unsigned l = 0; l < 2; l++)
    for (uint32_t k = 0; k < levels[l]->pts_count; k++) {
      h2s_obj_id x = levels[l]->pts[k].obj;
      if (x == c)
        continue;
      if (g->objs[x].kind == H2S_OBJ_NULL)
        f |= H2S_PARAM_WRITTEN_NULL;
      else
        f |= l == 0 ? H2S_PARAM_WRITTEN : H2S_PARAM_WRITTEN_DEEP;
    }
  return f;
}

/* What the function does to the bytes of the caller's memory, as data. */
static void param_bytes(const struct h2s_function_analysis *fa, h2s_obj_id p, h2s_obj_id c,
                        struct h2s_param_bytes *out) {
  const struct h2s_object_bytes *pb = &fa->obj_bytes[p], *cb = &fa->obj_bytes[c];
  out->reads = pb->read;
  out->writes = pb->data;
  out->zeroes = pb->zeroes;
  out->reads_deep = cb->read;
  out->writes_deep = cb->data;
  if (!h2s_spans_empty(&cb->zeroes)) /* zeroes below: a pointer there may be null */
    h2s_spans_add_shifted(&out->writes_deep, &cb->zeroes, (struct h2s_span){0, 0, 0});
}

void h2s_summarize(const struct h2s_function_analysis *fa, bool in_cycle,
                   struct h2s_summary *out) {
  memset(out, 0, sizeof *out);
  const struct h2s_graph *g = &fa->graph;
  assert(fa->param_count <= H2S_SUMMARY_PARAMS && fa->obj_bytes);
  out->param_count = fa->param_count;
  out->in_cycle = in_cycle;
  for (unsigned i = 0; i < fa->param_count; i++) {
    h2s_obj_id p = fa->param_obj[i], c = fa->param_content[i];
    if (p == H2S_NONE)
      continue;
    out->pointer_params |= 1u << i;
    if (g->gave_up) {
      out->flags[i] = H2S_PARAM_WORST;
      h2s_spans_add(&out->bytes[i].reads, h2s_span_all());
      h2s_spans_add(&out->bytes[i].writes, h2s_span_all());
      h2s_spans_add(&out->bytes[i].reads_deep, h2s_span_all());
      h2s_spans_add(&out->bytes[i].writes_deep, h2s_span_all());
      snprintf(out->why[i], H2S_WHY_MAX, "is too large to analyse");
      continue;
    }
    uint32_t f = 0;
    if (h2s_graph_points_to(g, g->heap, p))
      f |= H2S_PARAM_ESCAPES;
    if (h2s_graph_points_to(g, g->result, p))
      f |= H2S_PARAM_TO_RESULT;
    if (h2s_graph_points_to(g, g->result, c))
      f |= H2S_PARAM_CONTENT_TO_RESULT;
    if (h2s_graph_points_to(g, g->heap, c) || freed_here(fa, c))
      f |= H2S_PARAM_CONTENT_ESCAPES;
    if (freed_here(fa, p))
      f |= H2S_PARAM_FREED;
    f |= written_flags(g, p, c);
    for (uint32_t k = 0; k < fa->size_query_count; k++)
      if (h2s_graph_points_to(g, fa->size_queries[k].node, p) ||
          h2s_graph_points_to(g, fa->size_queries[k].node, c))
        f |= H2S_PARAM_SIZE_QUERIED;
    out->flags[i] = f;
    param_bytes(fa, p, c, &out->bytes[i]);
    if (f & H2S_PARAM_ESCAPES)
      describe_param_escape(fa, p, out->why[i], H2S_WHY_MAX);
    else if (f & H2S_PARAM_FREED)
      describe_param_free(fa, p, "it", out->why[i], H2S_WHY_MAX);
    else if ((f & H2S_PARAM_CONTENT_ESCAPES) && freed_here(fa, c))
      describe_param_free(fa, c, "what it points to", out->why[i], H2S_WHY_MAX);
    else if (f & H2S_PARAM_CONTENT_ESCAPES)
      describe_param_escape(fa, c, out->why[i], H2S_WHY_MAX);
  }
}

/* ---- components, bottom-up ---------------------------------------------- */

struct node {
  LLVMValueRef fn;
  uint32_t index, low;
  bool on_stack, calls_itself;
  LLVMValueRef *callees;
  uint32_t callee_count, callee_capacity, next;
};

struct solver {
  struct h2s_host *host;
  const struct h2s_analysis_config *cfg;
  struct node *nodes;
  uint32_t node_count, node_capacity;
  uint32_t *map; /* open addressing: node index + 1 */
  uint32_t map_capacity;
  uint32_t *stack, stack_count, stack_capacity; /* Tarjan's stack */
  uint32_t *path, path_count, path_capacity;    /* the DFS path */
  uint32_t next_index;
  LLVMValueRef defer;  /* the root, whose summary its caller may finish */
  bool deferred;       /* it was left unsolved, a component of its own */
  struct h2s_function_analysis *keep; /* where the root's analysis is kept, or NULL */
  bool kept;           /* *keep holds the root's latest analysis in its cycle */
};

static uint32_t find_node(const struct solver *s, LLVMValueRef fn) {
  if (!s->map_capacity)
    return UINT32_MAX;
  for (uint32_t j = h2s_hash_pointer(fn) & (s->map_capacity - 1); s->map[j];
       j = (j + 1) & (s->map_capacity - 1))
    if (s->nodes[s->map[j] - 1].fn == fn)
      return s->map[j] - 1;
  return UINT32_MAX;
}

static void map_insert(struct solver *s, LLVMValueRef fn, uint32_t id) {
  if (2 * (s->node_count + 1) > s->map_capacity) {
    free(s->map);
    s->map_capacity = s->map_capacity ? 2 * s->map_capacity : 64;
    s->map = h2s_xcalloc(s->map_capacity, sizeof *s->map);
    for (uint32_t i = 0; i < s->node_count; i++) {
      uint32_t j = h2s_hash_pointer(s->nodes[i].fn) & (s->map_capacity - 1);
      while (s->map[j])
        j = (j + 1) & (s->map_capacity - 1);
      s->map[j] = i + 1;
    }
  }
  uint32_t j = h2s_hash_pointer(fn) & (s->map_capacity - 1);
  while (s->map[j])
    j = (j + 1) & (s->map_capacity - 1);
  s->map[j] = id + 1;
}

/* A new DFS node for fn: its callees that still need a summary. */
static uint32_t add_node(struct solver *s, LLVMValueRef fn) {
  s->nodes = h2s_grow(s->nodes, &s->node_capacity, sizeof *s->nodes, s->node_count + 1);
  uint32_t id = s->node_count;
  struct node *n = &s->nodes[id];
  memset(n, 0, sizeof *n);
  n->fn = fn;
  n->index = n->low = s->next_index++;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i))
        continue;
      LLVMValueRef callees[H2S_MAX_INDIRECT_TARGETS];
      unsigned count = h2s_indirect_targets(s->host, i, callees, H2S_MAX_INDIRECT_TARGETS);
      if (!count && (callees[0] = h2s_summarized_callee(s->host, i)))
        count = 1;
      for (unsigned k = 0; k < count; k++) {
        LLVMValueRef callee = callees[k];
        if (callee == fn)
          n->calls_itself = true;
        if (h2s_summary_of(s->host, callee))
          continue;
        n->callees = h2s_grow(n->callees, &n->callee_capacity, sizeof *n->callees,
                              n->callee_count + 1);
        n->callees[n->callee_count++] = callee;
      }
    }
  s->node_count++;
  map_insert(s, fn, id);
  return id;
}

static void push(uint32_t **items, uint32_t *count, uint32_t *capacity, uint32_t v) {
  *items = h2s_grow(*items, capacity, sizeof **items, *count + 1);
  (*items)[(*count)++] = v;
}

static void bottom_summary(LLVMValueRef fn, struct h2s_summary *s) {
  memset(s, 0, sizeof *s);
  unsigned n = LLVMCountParams(fn);
  s->param_count = n < H2S_SUMMARY_PARAMS ? n : H2S_SUMMARY_PARAMS;
  s->in_cycle = true;
}

/* Analyses fn with the summaries stored now and stores its own; true if it changed. */
static bool resummarize(struct solver *s, LLVMValueRef fn, bool in_cycle) {
  struct h2s_function_analysis fa;
  h2s_analyze_function(s->host, s->cfg, fn, &fa);
  struct h2s_summary summary;
  h2s_summarize(&fa, in_cycle, &summary);
  if (s->keep && fn == s->defer) {
    if (s->kept)
      h2s_function_analysis_free(s->keep);
    *s->keep = fa; /* the root's, for its caller if this round is the last */
    s->kept = true;
  } else {
    h2s_function_analysis_free(&fa);
  }
  bool changed = !h2s_summary_same(h2s_summary_of(s->host, fn), &summary);
  h2s_summary_store(s->host, fn, &summary); /* reasons may change with the rest equal */
  return changed;
}

/* Solves one component (members[0..count)), then reports its summaries. */
static void solve_component(struct solver *s, const uint32_t *members, uint32_t count) {
  bool cycle = count > 1 || s->nodes[members[0]].calls_itself;
  if (!cycle && s->nodes[members[0]].fn == s->defer) {
    s->deferred = true; /* h2s_summary_finish */
    return;
  }
  if (!cycle) {
    resummarize(s, s->nodes[members[0]].fn, false);
  } else {
    struct h2s_summary start;
    for (uint32_t i = 0; i < count; i++) {
      bottom_summary(s->nodes[members[i]].fn, &start);
      h2s_summary_store(s->host, s->nodes[members[i]].fn, &start);
    }
    bool stable = false;
    for (unsigned round = 0; round < s->cfg->cycle_rounds && !stable; round++) {
      stable = true;
      for (uint32_t i = 0; i < count; i++)
        stable &= !resummarize(s, s->nodes[members[i]].fn, true);
    }
    if (!stable && s->kept) { /* made against summaries that were not final */
      h2s_function_analysis_free(s->keep);
      s->kept = false;
    }
    for (uint32_t i = 0; i < count && !stable; i++) {
      struct h2s_summary worst;
      char why[96];
      snprintf(why, sizeof why,
               "is part of a call cycle that did not settle in %u rounds (cycle-rounds)",
               s->cfg->cycle_rounds);
      h2s_summary_worst(s->nodes[members[i]].fn, &worst, why);
      worst.in_cycle = true;
      h2s_summary_store(s->host, s->nodes[members[i]].fn, &worst);
    }
  }
  for (uint32_t i = 0; i < count; i++) {
    LLVMValueRef fn = s->nodes[members[i]].fn;
    h2s_remark_summary(s->host, fn, h2s_summary_of(s->host, fn));
  }
}

/* Tarjan's algorithm from root, iteratively (call chains can be deep). */
static void solve_from(struct solver *s, LLVMValueRef root) {
  uint32_t r = add_node(s, root);
  push(&s->path, &s->path_count, &s->path_capacity, r);
  push(&s->stack, &s->stack_count, &s->stack_capacity, r);
  s->nodes[r].on_stack = true;
  while (s->path_count) {
    uint32_t v = s->path[s->path_count - 1];
    if (s->nodes[v].next < s->nodes[v].callee_count) {
      LLVMValueRef callee = s->nodes[v].callees[s->nodes[v].next++];
      uint32_t w = find_node(s, callee);
      if (w == UINT32_MAX) {
        if (h2s_summary_of(s->host, callee))
          continue; /* solved since v's callees were listed */
        w = add_node(s, callee);
        push(&s->path, &s->path_count, &s->path_capacity, w);
        push(&s->stack, &s->stack_count, &s->stack_capacity, w);
        s->nodes[w].on_stack = true;
      } else if (s->nodes[w].on_stack && s->nodes[w].index < s->nodes[v].low) {
        s->nodes[v].low = s->nodes[w].index;
      }
      continue;
    }
    /* v is finished. */
    s->path_count--;
    if (s->path_count) {
      uint32_t parent = s->path[s->path_count - 1];
      if (s->nodes[v].low < s->nodes[parent].low)
        s->nodes[parent].low = s->nodes[v].low;
    }
    if (s->nodes[v].low != s->nodes[v].index)
      continue;
    uint32_t first = s->stack_count;
    do
      first--;
    while (s->stack[first] != v);
    for (uint32_t i = first; i < s->stack_count; i++)
      s->nodes[s->stack[i]].on_stack = false;
    solve_component(s, &s->stack[first], s->stack_count - first);
    s->stack_count = first;
  }
}

static enum h2s_own_summary ensure(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                                   LLVMValueRef fn, bool defer,
                                   struct h2s_function_analysis *keep) {
  if (LLVMIsDeclaration(fn) || h2s_summary_of(host, fn))
    return H2S_OWN_SOLVED;
  struct solver s = {0};
  s.host = host;
  s.cfg = cfg;
  s.defer = defer ? fn : NULL;
  s.keep = defer ? keep : NULL;
  solve_from(&s, fn);
  /* Every function the walk met has its final summary; nothing is left
     half-solved (but a deferred root, the last component solved). */
  assert(!s.stack_count && !s.path_count);
  for (uint32_t i = 0; i < s.node_count; i++)
    assert(h2s_summary_of(host, s.nodes[i].fn) || (s.deferred && s.nodes[i].fn == fn));
  for (uint32_t i = 0; i < s.node_count; i++)
    free(s.nodes[i].callees);
  free(s.nodes);
  free(s.map);
  free(s.stack);
  free(s.path);
  if (s.deferred)
    return H2S_OWN_PENDING;
  return s.kept ? H2S_OWN_ANALYSED : H2S_OWN_SOLVED;
}

void h2s_summaries_ensure(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                          LLVMValueRef fn) {
  ensure(host, cfg, fn, false, NULL);
}

enum h2s_own_summary h2s_summaries_ensure_callees(struct h2s_host *host,
                                                  const struct h2s_analysis_config *cfg,
                                                  LLVMValueRef fn,
                                                  struct h2s_function_analysis *cycle_fa) {
  return ensure(host, cfg, fn, true, cycle_fa);
}

void h2s_summary_finish(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                        LLVMValueRef fn, const struct h2s_function_analysis *fa) {
  if (h2s_summary_of(host, fn))
    return; /* solved meanwhile, by a walk that came back to it */
  if (fa) {
    struct h2s_summary summary;
    h2s_summarize(fa, false, &summary);
    h2s_summary_store(host, fn, &summary);
  } else {
    struct solver s = {.host = host, .cfg = cfg};
    resummarize(&s, fn, false);
  }
  h2s_remark_summary(host, fn, h2s_summary_of(host, fn));
}
