/*
 * flow_graph.c - solving the location graph (inclusion constraints).
 *
 * The constraints are Andersen's, per function:
 *
 *   origin   pts(n) ∋ o                  an alloca or allocation site
 *   copy     pts(to) ⊇ pts(from)         GEP, cast, phi, select, return, ...
 *   load     pts(to) ⊇ content(o)        for every o ∈ pts(address)
 *   store    content(o) ⊇ pts(value)     for every o ∈ pts(address)
 *
 * where content(o) is itself a node.  Loads and stores become copy edges as
 * the address's points-to set grows.  A store into memory the function does
 * not own (a global, the caller's memory) sends the value to {heap}.  An
 * object reaching {heap} escapes:
 * its content flows to {heap} too, and unknown code may have written
 * anything into it, so its content also holds the unknown object.  A local
 * object reaching the function's result escapes the same way.
 *
 * Each object enters each node once, with the edge that brought it first:
 * following those edges backwards from {heap} is the flow Go prints with
 * -m=2.  The worklist processes each (node, object) pair once over every
 * edge of the node, so the work is bounded by edges × objects per node; a
 * budget proportional to the function's size caps it, and a function that
 * exceeds it keeps all its allocations on the heap.
 */
#include "flow_graph.h"

#include "valueset.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static uint32_t hash_u64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return (uint32_t)h;
}

void h2s_graph_init(struct h2s_graph *g, uint64_t budget) {
  memset(g, 0, sizeof *g);
  g->budget = budget;
  g->heap = h2s_graph_new_node(g, NULL);
  g->result = h2s_graph_new_node(g, NULL);
  g->unknown = h2s_graph_new_object(g, H2S_OBJ_UNKNOWN, NULL, 0);
  /* Unknown memory holds unknown pointers, and what is stored there escapes. */
  h2s_graph_add_origin(g, g->objs[g->unknown].content, g->unknown);
  h2s_graph_add_copy(g, g->objs[g->unknown].content, g->heap, NULL, H2S_EDGE_HOLDER);
  g->objs[g->unknown].escaped = true;
  g->null_obj = h2s_graph_new_object(g, H2S_OBJ_NULL, NULL, 0);
}

void h2s_graph_free(struct h2s_graph *g) {
  for (uint32_t i = 0; i < g->node_count; i++) {
    struct h2s_node *n = &g->nodes[i];
    free(n->pts);
    free(n->pts_index);
    free(n->copies);
    free(n->loads);
    free(n->stores);
  }
  free(g->nodes);
  free(g->objs);
  free(g->map_keys);
  free(g->map_vals);
  free(g->edge_set);
  free(g->worklist);
  memset(g, 0, sizeof *g);
}

h2s_node_id h2s_graph_new_node(struct h2s_graph *g, LLVMValueRef value) {
  g->nodes = h2s_grow(g->nodes, &g->node_capacity, sizeof *g->nodes, g->node_count + 1);
  struct h2s_node *n = &g->nodes[g->node_count];
  memset(n, 0, sizeof *n);
  n->value = value;
  n->owner = H2S_NONE;
  return g->node_count++;
}

static void map_grow(struct h2s_graph *g) {
  uint32_t old_cap = g->map_capacity;
  LLVMValueRef *old_keys = g->map_keys;
  h2s_node_id *old_vals = g->map_vals;
  g->map_capacity = old_cap ? old_cap * 2 : 64;
  g->map_keys = h2s_xcalloc(g->map_capacity, sizeof *g->map_keys);
  g->map_vals = h2s_xcalloc(g->map_capacity, sizeof *g->map_vals);
  for (uint32_t i = 0; i < old_cap; i++) {
    if (!old_keys[i])
      continue;
    uint32_t j = h2s_hash_pointer(old_keys[i]) & (g->map_capacity - 1);
    while (g->map_keys[j])
      j = (j + 1) & (g->map_capacity - 1);
    g->map_keys[j] = old_keys[i];
    g->map_vals[j] = old_vals[i];
  }
  free(old_keys);
  free(old_vals);
}

h2s_node_id h2s_graph_find(const struct h2s_graph *g, LLVMValueRef value) {
  if (!g->map_capacity)
    return H2S_NONE;
  uint32_t j = h2s_hash_pointer(value) & (g->map_capacity - 1);
  while (g->map_keys[j]) {
    if (g->map_keys[j] == value)
      return g->map_vals[j];
    j = (j + 1) & (g->map_capacity - 1);
  }
  return H2S_NONE;
}

h2s_node_id h2s_graph_node_of(struct h2s_graph *g, LLVMValueRef value) {
  h2s_node_id found = h2s_graph_find(g, value);
  if (found != H2S_NONE)
    return found;
  if (2 * (g->map_count + 1) > g->map_capacity)
    map_grow(g);
  h2s_node_id n = h2s_graph_new_node(g, value);
  uint32_t j = h2s_hash_pointer(value) & (g->map_capacity - 1);
  while (g->map_keys[j])
    j = (j + 1) & (g->map_capacity - 1);
  g->map_keys[j] = value;
  g->map_vals[j] = n;
  g->map_count++;
  return n;
}

h2s_obj_id h2s_graph_new_object(struct h2s_graph *g, enum h2s_obj_kind kind, LLVMValueRef value,
                                unsigned param) {
  h2s_node_id content = h2s_graph_new_node(g, NULL);
  g->objs = h2s_grow(g->objs, &g->obj_capacity, sizeof *g->objs, g->obj_count + 1);
  struct h2s_object *o = &g->objs[g->obj_count];
  memset(o, 0, sizeof *o);
  o->kind = kind;
  o->value = value;
  o->param = param;
  o->content = content;
  o->external = kind == H2S_OBJ_UNKNOWN || kind == H2S_OBJ_PARAM || kind == H2S_OBJ_PARAM_CONTENT;
  g->nodes[content].owner = g->obj_count;
  return g->obj_count++;
}

/* ---- points-to sets -------------------------------------------------- */

static bool pts_index_contains(const struct h2s_node *n, h2s_obj_id o) {
  uint32_t j = hash_u64(o) & (n->pts_index_capacity - 1);
  while (n->pts_index[j]) {
    if (n->pts_index[j] == o + 1)
      return true;
    j = (j + 1) & (n->pts_index_capacity - 1);
  }
  return false;
}

static void pts_index_insert(struct h2s_node *n, h2s_obj_id o) {
  uint32_t j = hash_u64(o) & (n->pts_index_capacity - 1);
  while (n->pts_index[j])
    j = (j + 1) & (n->pts_index_capacity - 1);
  n->pts_index[j] = o + 1;
}

static void pts_index_rebuild(struct h2s_node *n) {
  free(n->pts_index);
  n->pts_index_capacity = 16;
  while (n->pts_index_capacity < 2 * n->pts_capacity)
    n->pts_index_capacity *= 2;
  n->pts_index = h2s_xcalloc(n->pts_index_capacity, sizeof *n->pts_index);
  for (uint32_t i = 0; i < n->pts_count; i++)
    pts_index_insert(n, n->pts[i].obj);
}

static const struct h2s_pts_entry *find_entry(const struct h2s_node *n, h2s_obj_id o) {
  if (n->pts_index) {
    if (!pts_index_contains(n, o))
      return NULL;
  }
  for (uint32_t i = 0; i < n->pts_count; i++)
    if (n->pts[i].obj == o)
      return &n->pts[i];
  return NULL;
}

static bool contains(const struct h2s_node *n, h2s_obj_id o) {
  if (n->pts_index)
    return pts_index_contains(n, o);
  for (uint32_t i = 0; i < n->pts_count; i++)
    if (n->pts[i].obj == o)
      return true;
  return false;
}

static void enqueue(struct h2s_graph *g, h2s_node_id id) {
  if (g->nodes[id].queued)
    return;
  g->nodes[id].queued = true;
  g->worklist = h2s_grow(g->worklist, &g->work_capacity, sizeof *g->worklist, g->work_count + 1);
  g->worklist[g->work_count++] = id;
}

/* pts(id) ∋ o; false if it was there already. */
static bool add_obj(struct h2s_graph *g, h2s_node_id id, h2s_obj_id o, h2s_node_id from,
                    LLVMValueRef why, enum h2s_edge_kind kind) {
  assert(id < g->node_count && o < g->obj_count);
  assert(from == H2S_NONE || from < g->node_count);
  struct h2s_node *n = &g->nodes[id];
  if (contains(n, o))
    return false;
  uint32_t old_capacity = n->pts_capacity;
  n->pts = h2s_grow(n->pts, &n->pts_capacity, sizeof *n->pts, n->pts_count + 1);
  n->pts[n->pts_count++] = (struct h2s_pts_entry){o, from, why, kind};
  if (n->pts_count > 8) {
    if (!n->pts_index || n->pts_capacity != old_capacity)
      pts_index_rebuild(n);
    else
      pts_index_insert(n, o);
  }
  enqueue(g, id);
  return true;
}

void h2s_graph_add_origin(struct h2s_graph *g, h2s_node_id n, h2s_obj_id o) {
  add_obj(g, n, o, H2S_NONE, g->objs[o].value, H2S_EDGE_ORIGIN);
}

static bool edge_insert(struct h2s_graph *g, uint64_t key) {
  key += 1;
  if (2 * (g->edge_count + 1) > g->edge_capacity) {
    uint32_t old_cap = g->edge_capacity;
    uint64_t *old = g->edge_set;
    g->edge_capacity = old_cap ? old_cap * 2 : 256;
    g->edge_set = h2s_xcalloc(g->edge_capacity, sizeof *g->edge_set);
    g->edge_count = 0;
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i]) {
        uint32_t j = hash_u64(old[i]) & (g->edge_capacity - 1);
        while (g->edge_set[j])
          j = (j + 1) & (g->edge_capacity - 1);
        g->edge_set[j] = old[i];
        g->edge_count++;
      }
    free(old);
  }
  uint32_t j = hash_u64(key) & (g->edge_capacity - 1);
  while (g->edge_set[j]) {
    if (g->edge_set[j] == key)
      return false;
    j = (j + 1) & (g->edge_capacity - 1);
  }
  g->edge_set[j] = key;
  g->edge_count++;
  return true;
}

void h2s_graph_add_copy(struct h2s_graph *g, h2s_node_id from, h2s_node_id to, LLVMValueRef why,
                        enum h2s_edge_kind kind) {
  assert(from < g->node_count && to < g->node_count);
  if (from == to || !edge_insert(g, ((uint64_t)from << 32) | to))
    return;
  struct h2s_node *n = &g->nodes[from];
  n->copies = h2s_grow(n->copies, &n->copy_capacity, sizeof *n->copies, n->copy_count + 1);
  n->copies[n->copy_count++] = (struct h2s_edge){to, why, kind};
  /* What `from` already holds and has already processed flows now. */
  for (uint32_t i = 0; i < g->nodes[from].processed; i++)
    add_obj(g, to, g->nodes[from].pts[i].obj, from, why, kind);
}

void h2s_graph_add_load(struct h2s_graph *g, h2s_node_id address, h2s_node_id to,
                        LLVMValueRef why) {
  struct h2s_node *n = &g->nodes[address];
  n->loads = h2s_grow(n->loads, &n->load_capacity, sizeof *n->loads, n->load_count + 1);
  n->loads[n->load_count++] = (struct h2s_edge){to, why, H2S_EDGE_LOAD};
  for (uint32_t i = 0; i < g->nodes[address].processed; i++)
    if (g->objs[g->nodes[address].pts[i].obj].kind != H2S_OBJ_NULL)
      h2s_graph_add_copy(g, g->objs[g->nodes[address].pts[i].obj].content, to, why,
                         H2S_EDGE_LOAD);
}

/* *o = value: a store into memory someone else owns is an escape. */
static void apply_store(struct h2s_graph *g, h2s_obj_id o, h2s_node_id value, LLVMValueRef why) {
  if (g->objs[o].kind == H2S_OBJ_NULL)
    return; /* through a null pointer: no memory */
  if (g->objs[o].external)
    h2s_graph_add_copy(g, value, g->heap, why, H2S_EDGE_STORE_ESCAPE);
  h2s_graph_add_copy(g, value, g->objs[o].content, why, H2S_EDGE_STORE);
}

void h2s_graph_add_store(struct h2s_graph *g, h2s_node_id address, h2s_node_id value,
                         LLVMValueRef why) {
  struct h2s_node *n = &g->nodes[address];
  n->stores = h2s_grow(n->stores, &n->store_capacity, sizeof *n->stores, n->store_count + 1);
  n->stores[n->store_count++] = (struct h2s_edge){value, why, H2S_EDGE_STORE};
  for (uint32_t i = 0; i < g->nodes[address].processed; i++)
    apply_store(g, g->nodes[address].pts[i].obj, value, why);
}

static bool is_local(const struct h2s_object *o) {
  return o->kind == H2S_OBJ_ALLOCA || o->kind == H2S_OBJ_SITE;
}

/* o escaped: its memory is reachable from outside. */
static void escape(struct h2s_graph *g, h2s_obj_id o) {
  struct h2s_object *obj = &g->objs[o];
  if (obj->escaped || obj->kind == H2S_OBJ_NULL)
    return;
  obj->escaped = true;
  h2s_graph_add_copy(g, obj->content, g->heap, NULL, H2S_EDGE_HOLDER);
  add_obj(g, obj->content, g->unknown, H2S_NONE, NULL, H2S_EDGE_ORIGIN);
}

void h2s_graph_solve(struct h2s_graph *g) {
  while (g->work_count) {
    h2s_node_id id = g->worklist[--g->work_count];
    g->nodes[id].queued = false;
    while (g->nodes[id].processed < g->nodes[id].pts_count) {
      if (g->budget == 0) {
        g->gave_up = true;
        return;
      }
      g->budget--;
      h2s_obj_id o = g->nodes[id].pts[g->nodes[id].processed++].obj;
      if (id == g->heap || (id == g->result && is_local(&g->objs[o])))
        escape(g, o);
      /* Arrays may move as edges are added: index, never hold pointers. */
      for (uint32_t i = 0; i < g->nodes[id].copy_count; i++) {
        struct h2s_edge e = g->nodes[id].copies[i];
        add_obj(g, e.to, o, id, e.why, e.kind);
      }
      for (uint32_t i = 0; i < g->nodes[id].load_count && g->objs[o].kind != H2S_OBJ_NULL; i++) {
        struct h2s_edge e = g->nodes[id].loads[i];
        h2s_graph_add_copy(g, g->objs[o].content, e.to, e.why, H2S_EDGE_LOAD);
      }
      for (uint32_t i = 0; i < g->nodes[id].store_count; i++) {
        struct h2s_edge e = g->nodes[id].stores[i];
        apply_store(g, o, e.to, e.why);
      }
    }
  }
}

uint32_t h2s_graph_objects_besides_null(const struct h2s_graph *g, h2s_node_id n) {
  return g->nodes[n].pts_count - (h2s_graph_points_to(g, n, g->null_obj) ? 1 : 0);
}

bool h2s_graph_points_to(const struct h2s_graph *g, h2s_node_id n, h2s_obj_id o) {
  return n != H2S_NONE && contains(&g->nodes[n], o);
}

const struct h2s_pts_entry *h2s_graph_entry(const struct h2s_graph *g, h2s_node_id n,
                                            h2s_obj_id o) {
  return n == H2S_NONE ? NULL : find_entry(&g->nodes[n], o);
}

void h2s_graph_propagate_inexact(struct h2s_graph *g) {
  h2s_node_id *stack = NULL;
  uint32_t count = 0, capacity = 0;
  for (h2s_node_id i = 0; i < g->node_count; i++)
    if (g->nodes[i].inexact) {
      stack = h2s_grow(stack, &capacity, sizeof *stack, count + 1);
      stack[count++] = i;
    }
  while (count) {
    h2s_node_id id = stack[--count];
    for (uint32_t i = 0; i < g->nodes[id].copy_count; i++) {
      h2s_node_id to = g->nodes[id].copies[i].to;
      if (g->nodes[to].inexact)
        continue;
      g->nodes[to].inexact = true;
      stack = h2s_grow(stack, &capacity, sizeof *stack, count + 1);
      stack[count++] = to;
    }
  }
  free(stack);
}
