/*
 * pointer_bits.c - the bytes of a pointer are a pointer.
 *
 * An object escapes when any channel that carries bits of its address can
 * outlive the frame: not only the pointer value, but an integer, bytes
 * copied one at a time, or text.  The location graph follows pointer
 * values; this file follows the bytes of memory that holds them, using the
 * bytes events build_graph.c records for every access (analysis.h):
 *
 *   1. for every object X, the bytes where pointers may have been stored
 *      (`pointers`), where other data may have been written (`data`:
 *      integers, floats, text, unknown bytes), and where zeroes may have
 *      been written (`zeroes`: memset 0, null, integer 0); a memcpy passes
 *      the source's facts on to the bytes it writes;
 *   2. a read of X's bytes as data (an integer or byte load of any width, a
 *      library function that reads a buffer, a callee whose summary reads
 *      those bytes) that overlaps `pointers` turns every pointer X's memory
 *      may hold into data: they escape, as by ptrtoint;
 *   3. a pointer loaded from bytes that may have been overwritten with data
 *      may be any pointer (the unknown object: a union's integer member
 *      written over its pointer member), and one loaded from bytes that may
 *      have been zeroed may be null (a holder's field reset after its
 *      buffer moved out), so a free of it does not end the life of one
 *      particular object.
 *
 * Spans are relative to the start of each object the address may point
 * to only when the address is computed from an exact pointer (one that
 * points to the start of objects); otherwise an access covers every byte.
 * Memory the function does not own (parameters, unknown) is left to the
 * callers: what a function reads or writes there goes into its summary
 * (summary_solver.c), and each caller checks it against its own objects.
 *
 * Each rule only adds constraints, so repeating 1-3 with the graph solved
 * again reaches a fixed point.
 */
#include "pointer_bits.h"

#include "valueset.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

struct bits {
  struct h2s_function_analysis *fa;
  struct h2s_graph *g;
  h2s_obj_id *queue; /* reachability scratch, one slot per object */
  uint32_t *seen, stamp;
  bool changed;
};

static struct h2s_spans event_spans(const struct bits *s, const struct h2s_bytes_event *e) {
  bool deep = e->kind == H2S_BYTES_READ_DEEP || e->kind == H2S_BYTES_WRITE_DEEP;
  if (deep || (e->base != H2S_NONE && !s->g->nodes[e->base].inexact))
    return e->spans;
  struct h2s_spans all = {0};
  h2s_spans_add(&all, h2s_span_all());
  return all;
}

static bool is_memory(const struct h2s_graph *g, h2s_obj_id o) {
  return g->objs[o].kind != H2S_OBJ_NULL;
}

static void add_set(struct bits *s, struct h2s_spans *to, const struct h2s_spans *from) {
  if (from->all) {
    s->changed |= h2s_spans_add(to, h2s_span_all());
    return;
  }
  for (uint32_t i = 0; i < from->count; i++)
    s->changed |= h2s_spans_add(to, from->span[i]);
}

/*
 * The objects reachable through the memory of x (not x itself, unless on a
 * cycle); *exact says every pointer on the way points to an object's start.
 */
static uint32_t reachable(struct bits *s, h2s_obj_id x, bool *exact) {
  const struct h2s_graph *g = s->g;
  s->stamp++;
  uint32_t head = 0, tail = 0;
  const struct h2s_node *c = &g->nodes[g->objs[x].content];
  *exact = !c->inexact;
  for (uint32_t i = 0; i < c->pts_count; i++)
    if (s->seen[c->pts[i].obj] != s->stamp && is_memory(g, c->pts[i].obj)) {
      s->seen[c->pts[i].obj] = s->stamp;
      s->queue[tail++] = c->pts[i].obj;
    }
  while (head < tail) {
    const struct h2s_node *n = &g->nodes[g->objs[s->queue[head++]].content];
    *exact &= !n->inexact;
    for (uint32_t i = 0; i < n->pts_count; i++)
      if (s->seen[n->pts[i].obj] != s->stamp && is_memory(g, n->pts[i].obj)) {
        s->seen[n->pts[i].obj] = s->stamp;
        s->queue[tail++] = n->pts[i].obj;
      }
  }
  return tail;
}

/* Step 1 for one event and one object it may touch. */
static void account(struct bits *s, const struct h2s_bytes_event *e, h2s_obj_id x,
                    const struct h2s_spans *spans) {
  struct h2s_object_bytes *xb = &s->fa->obj_bytes[x];
  switch (e->kind) {
  case H2S_BYTES_WRITE_POINTER:
    add_set(s, &xb->pointers, spans);
    break;
  case H2S_BYTES_WRITE_DATA:
    add_set(s, &xb->data, spans);
    break;
  case H2S_BYTES_WRITE_ZERO:
    add_set(s, &xb->zeroes, spans);
    break;
  case H2S_BYTES_READ:
    add_set(s, &xb->read, spans);
    break;
  case H2S_BYTES_READ_DEEP:
  case H2S_BYTES_WRITE_DEEP: {
    bool exact;
    uint32_t n = reachable(s, x, &exact);
    struct h2s_spans all = {0};
    h2s_spans_add(&all, h2s_span_all());
    for (uint32_t i = 0; i < n; i++) {
      struct h2s_object_bytes *yb = &s->fa->obj_bytes[s->queue[i]];
      add_set(s, e->kind == H2S_BYTES_READ_DEEP ? &yb->read : &yb->data, exact ? spans : &all);
    }
    break;
  }
  case H2S_BYTES_COPY: {
    const struct h2s_node *src = &s->g->nodes[e->source];
    for (uint32_t i = 0; i < src->pts_count; i++) {
      h2s_obj_id y = src->pts[i].obj;
      if (!is_memory(s->g, y))
        continue;
      const struct h2s_object_bytes *yb = &s->fa->obj_bytes[y];
      /* Memory someone else owns may hold pointers anywhere. */
      if (s->g->objs[y].external || !h2s_spans_empty(&yb->pointers))
        add_set(s, &xb->pointers, spans);
      if (s->g->objs[y].external || !h2s_spans_empty(&yb->data))
        add_set(s, &xb->data, spans);
      if (!h2s_spans_empty(&yb->zeroes))
        add_set(s, &xb->zeroes, spans);
    }
    break;
  }
  case H2S_BYTES_LOAD_POINTER:
    break;
  }
}

/*
 * Step 1: what every object's bytes may hold, to a fixed point (copies
 * chain).  Only a copy reads what this step found for another object;
 * without one, the first round is the fixed point.
 */
static void account_all(struct bits *s) {
  struct h2s_function_analysis *fa = s->fa;
  for (unsigned round = 0; round < 64; round++) {
    s->changed = false;
    bool copies = false;
    for (uint32_t i = 0; i < fa->bytes_count; i++) {
      const struct h2s_bytes_event *e = &fa->bytes[i];
      copies |= e->kind == H2S_BYTES_COPY;
      struct h2s_spans spans = event_spans(s, e);
      const struct h2s_node *a = &s->g->nodes[e->address];
      for (uint32_t k = 0; k < a->pts_count; k++)
        if (is_memory(s->g, a->pts[k].obj))
          account(s, e, a->pts[k].obj, &spans);
    }
    if (!s->changed || !copies)
      return;
  }
  s->g->gave_up = true; /* cannot happen: spans only grow, and are bounded */
}

/* Step 2: x's pointers are read as data by e: they escape. */
static void pointers_read_as_data(struct bits *s, h2s_obj_id x, LLVMValueRef why) {
  struct h2s_graph *g = s->g;
  if (g->objs[x].external)
    return; /* the caller's memory: the summary tells the caller */
  h2s_graph_add_copy(g, g->objs[x].content, g->heap, why, H2S_EDGE_TO_INTEGER);
}

static void apply_rules(struct bits *s) {
  struct h2s_function_analysis *fa = s->fa;
  struct h2s_graph *g = s->g;
  for (uint32_t i = 0; i < fa->bytes_count; i++) {
    const struct h2s_bytes_event *e = &fa->bytes[i];
    if (e->kind != H2S_BYTES_READ && e->kind != H2S_BYTES_READ_DEEP &&
        e->kind != H2S_BYTES_LOAD_POINTER)
      continue;
    struct h2s_spans spans = event_spans(s, e);
    const struct h2s_node *a = &g->nodes[e->address];
    for (uint32_t k = 0; k < a->pts_count; k++) {
      h2s_obj_id x = a->pts[k].obj;
      if (!is_memory(g, x))
        continue;
      const struct h2s_object_bytes *xb = &fa->obj_bytes[x];
      if (e->kind == H2S_BYTES_READ && h2s_spans_overlap_set(&xb->pointers, &spans)) {
        pointers_read_as_data(s, x, e->inst);
      } else if (e->kind == H2S_BYTES_READ_DEEP) {
        bool exact;
        uint32_t n = reachable(s, x, &exact);
        for (uint32_t r = 0; r < n; r++) {
          const struct h2s_spans *yp = &fa->obj_bytes[s->queue[r]].pointers;
          if (exact ? h2s_spans_overlap_set(yp, &spans) : !h2s_spans_empty(yp))
            pointers_read_as_data(s, s->queue[r], e->inst);
        }
      } else if (e->kind == H2S_BYTES_LOAD_POINTER) {
        if (h2s_spans_overlap_set(&xb->data, &spans))
          h2s_graph_add_origin(g, e->result, g->unknown);
        if (h2s_spans_overlap_set(&xb->zeroes, &spans))
          h2s_graph_add_origin(g, e->result, g->null_obj);
      }
    }
  }
}

void h2s_pointer_bits_solve(struct h2s_function_analysis *fa) {
  struct h2s_graph *g = &fa->graph;
  struct bits s = {fa, g, NULL, NULL, 0, false};
  fa->obj_bytes = h2s_xcalloc(g->obj_count + 1, sizeof *fa->obj_bytes);
  s.queue = h2s_xmalloc((g->obj_count + 1) * sizeof *s.queue);
  s.seen = h2s_xcalloc(g->obj_count + 1, sizeof *s.seen);
  const uint32_t objects = g->obj_count; /* solving adds edges, never objects */
  for (unsigned round = 0; !g->gave_up; round++) {
    assert(g->obj_count == objects);
    (void)objects;
    memset(fa->obj_bytes, 0, g->obj_count * sizeof *fa->obj_bytes);
    account_all(&s);
    uint64_t edges = g->edge_count;
    apply_rules(&s);
    if (!g->work_count && g->edge_count == edges)
      break;
    if (round > 64) {
      g->gave_up = true;
      break;
    }
    h2s_graph_solve(g);
    h2s_graph_propagate_inexact(g);
  }
  free(s.queue);
  free(s.seen);
}
