/*
 * escape.c - where escape is decided.
 *
 * The location graph of the function (build_graph.c, pointer_bits.c) is
 * solved; this file reads one allocation site's fate off it.  A site may
 * move when, after solving:
 *   - its object reached neither {heap} nor the result (by any channel:
 *     pointer, integer, bytes, text);
 *   - no callee may free it (not capturing is not the same as not freeing);
 *   - every deallocation that may free it is of its family and frees a
 *     pointer that can only be exactly this object, or null (a free of a
 *     pointer that may be null is deleted but does not end the slot's life:
 *     the object may still be in use through another pointer); or a pointer
 *     that may be any of several allocations of this function, all of which
 *     move as static slots (a list walk over moved nodes; decided once all
 *     sites are, h2s_resolve_shared_frees);
 *   - no `musttail` call may receive it (or memory that holds it);
 *   - no object-size query sees a slot whose size differs from the heap
 *     object's (malloc(0), a guarded buffer);
 *   - inside a loop, no pointer to one iteration's object can be used after
 *     the allocation runs again (loop_carried.c), or the loop runs a bounded
 *     number of times and each iteration gets its own slot (loop_slots.c).
 * Otherwise the first edge of the escaping flow names the reason.
 */
#include "escape.h"
#include "valueset.h"

#include "loop_carried.h"
#include "loop_slots.h"
#include "remarks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- explaining flows ---------------------------------------------------- */

unsigned h2s_escape_flow(const struct h2s_function_analysis *fa, h2s_obj_id o,
                         struct h2s_flow_step *steps, unsigned max) {
  const struct h2s_graph *g = &fa->graph;
  h2s_node_id sink = h2s_graph_points_to(g, g->heap, o) ? g->heap : g->result;
  /* Walk back from the sink to the origin, then reverse. */
  unsigned count = 0;
  h2s_node_id node = sink;
  for (unsigned guard = 0; guard < 4 * g->node_count + 4; guard++) {
    const struct h2s_pts_entry *e = h2s_graph_entry(g, node, o);
    if (!e || e->from == H2S_NONE)
      break;
    if (count < max)
      steps[count++] = (struct h2s_flow_step){e->why, e->kind, node};
    node = e->from;
  }
  for (unsigned i = 0; i < count / 2; i++) {
    struct h2s_flow_step t = steps[i];
    steps[i] = steps[count - 1 - i];
    steps[count - 1 - i] = t;
  }
  return count;
}

/* ---- deciding a site ------------------------------------------------------ */

/* Objects whose memory may (transitively) hold a pointer to o, plus o. */
static void holders_of(const struct h2s_graph *g, h2s_obj_id o, bool *is_holder) {
  memset(is_holder, 0, g->obj_count * sizeof *is_holder);
  is_holder[o] = true;
  bool changed = true;
  while (changed) {
    changed = false;
    for (h2s_obj_id x = 0; x < g->obj_count; x++) {
      if (is_holder[x])
        continue;
      const struct h2s_node *content = &g->nodes[g->objs[x].content];
      for (uint32_t i = 0; i < content->pts_count; i++)
        if (is_holder[content->pts[i].obj]) {
          is_holder[x] = true;
          changed = true;
          break;
        }
    }
  }
}

static bool reaches(const struct h2s_graph *g, h2s_node_id n, const bool *is_holder) {
  const struct h2s_node *node = &g->nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++)
    if (is_holder[node->pts[i].obj])
      return true;
  return false;
}

static void block(struct h2s_site *site, enum h2s_decision decision, LLVMValueRef at) {
  site->decision = decision;
  site->blocker = at;
}

/* A store into the memory a parameter points to: which parameter (for -O0
   IR, where the parameter itself went through a local first). */
static void name_stored_param(struct h2s_host *host, const struct h2s_function_analysis *fa,
                              struct h2s_site *site) {
  if (site->escape != H2S_EDGE_STORE_ESCAPE || !site->blocker)
    return;
  LLVMValueRef address = h2s_stored_address(
      site->blocker, site->blocker == site->call ? site->alloc.out_arg : -1);
  h2s_node_id n = address ? h2s_graph_find(&fa->graph, address) : H2S_NONE;
  if (n == H2S_NONE)
    return;
  const struct h2s_node *node = &fa->graph.nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++) {
    const struct h2s_object *o = &fa->graph.objs[node->pts[i].obj];
    if (o->kind != H2S_OBJ_PARAM)
      continue;
    const char *name = h2s_host_param_name(host, fa->fn, o->param);
    if (name)
      snprintf(site->store_param, sizeof site->store_param, "%s", name);
    return;
  }
}

/* The sink of an escaping flow: the last edge, and for a holder, what holds it. */
static void name_escape(const struct h2s_function_analysis *fa, struct h2s_site *site) {
  struct h2s_flow_step steps[64];
  unsigned n = h2s_escape_flow(fa, site->obj, steps, 64);
  site->decision = H2S_ESCAPES;
  if (!n) {
    site->escape = H2S_EDGE_OTHER;
    site->blocker = site->call;
    return;
  }
  const struct h2s_flow_step *last = &steps[n - 1];
  site->escape = last->kind;
  site->blocker = last->why ? last->why : site->call;
  if (last->kind == H2S_EDGE_HOLDER && n >= 2) {
    /* Escaped because the memory it was stored into escaped. */
    h2s_node_id content = steps[n - 2].node;
    h2s_obj_id owner = fa->graph.nodes[content].owner;
    site->holder = owner != H2S_NONE ? fa->graph.objs[owner].value : NULL;
    site->blocker = steps[n - 2].why ? steps[n - 2].why : site->call;
  }
  if (last->kind == H2S_EDGE_CALL_ESCAPE && n >= 2 && steps[n - 2].kind == H2S_EDGE_LOAD &&
      steps[n - 2].why == last->why) {
    /* Not the pointer itself but memory holding it was passed. */
    const struct h2s_pts_entry *e = h2s_graph_entry(&fa->graph, steps[n - 2].node, site->obj);
    h2s_obj_id owner = e && e->from != H2S_NONE ? fa->graph.nodes[e->from].owner : H2S_NONE;
    site->holder = owner != H2S_NONE ? fa->graph.objs[owner].value : NULL;
  }
  if (last->kind == H2S_EDGE_CALL_ESCAPE && last->why) {
    /* The callee's reason: for the argument that is the pointer itself if
       it has one, else for the argument whose memory holds it. */
    const char *direct = NULL, *any = NULL;
    for (uint32_t i = 0; i < fa->arg_count; i++) {
      const struct h2s_arg_use *u = &fa->pointer_args[i];
      if (u->call != last->why || !u->why)
        continue;
      if (!any)
        any = u->why;
      if (!direct && h2s_graph_points_to(&fa->graph, u->node, site->obj))
        direct = u->why;
    }
    if (direct || any)
      snprintf(site->callee_why, sizeof site->callee_why, "%s", direct ? direct : any);
  }
}

/* An object-size query on a pointer to the object: its answer must not change. */
static void check_size_queries(const struct h2s_function_analysis *fa, struct h2s_site *site) {
  for (uint32_t i = 0; i < fa->size_query_count; i++)
    if (h2s_graph_points_to(&fa->graph, fa->size_queries[i].node, site->obj)) {
      site->size_query = fa->size_queries[i].call;
      return;
    }
}

/* Does n point only to allocation sites of this function (or null)? */
static bool only_sites(const struct h2s_graph *g, h2s_node_id n) {
  const struct h2s_node *node = &g->nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++) {
    enum h2s_obj_kind kind = g->objs[node->pts[i].obj].kind;
    if (kind != H2S_OBJ_SITE && kind != H2S_OBJ_NULL)
      return false;
  }
  return true;
}

static void check_frees(const struct h2s_function_analysis *fa, struct h2s_site *site) {
  const struct h2s_graph *g = &fa->graph;
  for (uint32_t i = 0; i < fa->free_count && site->decision == H2S_MOVE; i++) {
    const struct h2s_free_use *f = &fa->frees[i];
    if (!h2s_graph_points_to(g, f->node, site->obj))
      continue;
    site->dealloc = f->dealloc;
    bool maybe_null = h2s_graph_points_to(g, f->node, g->null_obj);
    if (strcmp(f->dealloc.family, site->alloc.family))
      block(site, H2S_MISMATCHED_FREE, f->call);
    else if (g->nodes[f->node].inexact || !only_sites(g, f->node) ||
             (f->destroyer && h2s_graph_objects_besides_null(g, f->node) != 1))
      block(site, H2S_AMBIGUOUS_FREE, f->call); /* a destroyer is not erased once */
    else if (h2s_graph_objects_besides_null(g, f->node) != 1)
      h2s_values_push(&site->shared_frees, f->call);
    else
      h2s_values_push(&site->frees, f->call);
    if (site->decision == H2S_MOVE && f->destroyer)
      h2s_values_push(&site->destroyers, f->call);
    if (site->decision == H2S_MOVE && maybe_null)
      h2s_values_push(&site->frees_maybe_null, f->call);
  }
}

void h2s_decide_escape(struct h2s_host *host, const struct h2s_function_analysis *fa,
                       struct h2s_site *site) {
  const struct h2s_graph *g = &fa->graph;
  site->decision = H2S_MOVE;
  site->obj = h2s_site_object(fa, site->call);
  if (g->gave_up || site->obj == H2S_NONE) {
    block(site, H2S_TOO_COMPLEX, site->call);
    return;
  }
  if (g->objs[site->obj].escaped) {
    name_escape(fa, site);
    name_stored_param(host, fa, site);
    const char *name = site->holder && LLVMIsAAllocaInst(site->holder)
                           ? h2s_host_variable_name(host, site->holder)
                           : NULL;
    if (name)
      snprintf(site->holder_name, sizeof site->holder_name, "%s", name);
    return;
  }
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, site->obj)) {
      block(site, H2S_FREED_BY_CALLEE, fa->freed_by_callee[i].call);
      if (fa->freed_by_callee[i].why)
        snprintf(site->callee_why, sizeof site->callee_why, "%s", fa->freed_by_callee[i].why);
      return;
    }
  check_frees(fa, site);
  if (site->decision != H2S_MOVE)
    return;
  check_size_queries(fa, site);

  bool *is_holder = h2s_xmalloc((g->obj_count + 1) * sizeof *is_holder);
  holders_of(g, site->obj, is_holder);
  for (uint32_t i = 0; i < fa->arg_count && site->decision == H2S_MOVE; i++) {
    const struct h2s_arg_use *u = &fa->pointer_args[i];
    if (!reaches(g, u->node, is_holder))
      continue;
    if (LLVMIsACallInst(u->call) && LLVMGetTailCallKind(u->call) == LLVMTailCallKindMustTail)
      block(site, H2S_MUST_TAIL, u->call);
    else
      h2s_values_push(&site->pointer_calls, u->call);
  }
  free(is_holder);
  for (uint32_t i = 0; i < fa->marker_count && site->decision == H2S_MOVE; i++) {
    const struct h2s_arg_use *m = &fa->markers[i];
    if (!h2s_graph_points_to(g, m->node, site->obj))
      continue;
    if (h2s_graph_objects_besides_null(g, m->node) != 1) { /* a marker on a merge of objects */
      site->escape = H2S_EDGE_OTHER;
      block(site, H2S_ESCAPES, m->call);
    } else {
      h2s_values_push(&site->old_markers, m->call);
    }
  }
  if (site->decision == H2S_MOVE)
    h2s_check_loop_carried(host, fa, site);
  if (site->decision == H2S_LOOP_CARRIED) /* one slot per iteration, if the loop is bounded */
    h2s_consider_loop_slots(host, site);
}

/* ---- deallocations shared by several sites --------------------------------- */

static const struct h2s_free_use *free_use(const struct h2s_function_analysis *fa,
                                           LLVMValueRef call) {
  for (uint32_t i = 0; i < fa->free_count; i++)
    if (fa->frees[i].call == call)
      return &fa->frees[i];
  return NULL;
}

static const struct h2s_site *site_of_object(const struct h2s_site *sites, size_t count,
                                             h2s_obj_id o) {
  for (size_t i = 0; i < count; i++)
    if (sites[i].obj == o && sites[i].obj != H2S_NONE)
      return &sites[i];
  return NULL;
}

/* Does every object this deallocation may free move as a static slot? */
static bool all_move_statically(const struct h2s_function_analysis *fa, const struct h2s_site *sites,
                                size_t count, LLVMValueRef call) {
  const struct h2s_free_use *f = free_use(fa, call);
  if (!f)
    return false;
  const struct h2s_graph *g = &fa->graph;
  const struct h2s_node *node = &g->nodes[f->node];
  for (uint32_t i = 0; i < node->pts_count; i++) {
    h2s_obj_id o = node->pts[i].obj;
    if (o == g->null_obj)
      continue;
    const struct h2s_site *t = site_of_object(sites, count, o);
    if (!t || t->decision != H2S_MOVE || t->guarded || t->checked)
      return false;
  }
  return true;
}

void h2s_resolve_shared_frees(const struct h2s_function_analysis *fa, struct h2s_site *sites,
                              size_t count) {
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t i = 0; i < count; i++) {
      struct h2s_site *s = &sites[i];
      for (size_t k = 0; k < s->shared_frees.count && s->decision == H2S_MOVE; k++) {
        LLVMValueRef call = s->shared_frees.items[k];
        if (all_move_statically(fa, sites, count, call))
          continue;
        block(s, H2S_AMBIGUOUS_FREE, call);
        changed = true;
      }
    }
  }
}
