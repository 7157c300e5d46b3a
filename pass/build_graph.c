/*
 * build_graph.c - where instructions become constraints.
 *
 * Go's escape analysis, for LLVM IR.  Each function becomes a location
 * graph (flow_graph.c): one object per alloca and per allocation site, one
 * pair per pointer parameter (the memory it points to, and what that memory
 * points to), the null object, {heap} and the result.  Instructions add
 * constraints:
 *
 *   GEP, casts, phi, select, freeze, aggregates   the same pointer flows on
 *   load / store                                  through the memory of the
 *                                                 objects the address may
 *                                                 point to, local or not
 *   memcpy / memmove / strcpy ...                 content flows to content
 *   ret                                           to the result
 *   ptrtoint whose integer leaves the frame       to {heap} (integer_flow.c)
 *   inline asm, unknown instructions              to {heap}
 *   a store into memory the function does not own to {heap}
 *   a call                                        what the callee's summary
 *                                                 says (summaries.c)
 *   a null pointer constant                       the null object
 *
 * so that `-O0` IR, where every local lives in an alloca, gets the same
 * answer as optimized IR, and a pointer stored into a local structure or
 * into another non-escaping allocation stays local as long as its
 * container does.
 *
 * Every access to memory is also recorded as a bytes event (analysis.h):
 * which bytes of the objects it touches, and whether it reads or writes
 * them as pointers or as data.  After the graph is solved, pointer_bits.c
 * uses them for what the pointer flow alone cannot see: a pointer whose
 * bytes are read as data (an integer, a byte loop, fwrite) escapes, and a
 * pointer field overwritten with data or zeroes no longer holds only the
 * pointer stored there.
 *
 * Callee summaries are looked up, not computed: summary_solver.c computes
 * every summary a function needs before the function is analysed.
 */
#include "analysis.h"
#include "caller_frames.h"
#include "valueset.h"

#include "alloc_sites.h"
#include "compat.h"
#include "integer_flow.h"
#include "pointer_bits.h"

#include <llvm-c/Target.h>
#include <stdlib.h>
#include <string.h>

static unsigned lookup(const char *name) { return LLVMLookupIntrinsicID(name, strlen(name)); }

void h2s_intrinsics_init(struct h2s_intrinsics *ids) {
  ids->memcpy = lookup("llvm.memcpy");
  ids->memcpy_inline = lookup("llvm.memcpy.inline");
  ids->memmove = lookup("llvm.memmove");
  ids->memset = lookup("llvm.memset");
  ids->memset_inline = lookup("llvm.memset.inline");
  ids->lifetime_start = lookup("llvm.lifetime.start");
  ids->lifetime_end = lookup("llvm.lifetime.end");
  ids->objectsize = lookup("llvm.objectsize");
  ids->assume = lookup("llvm.assume");
  ids->prefetch = lookup("llvm.prefetch");
  ids->invariant_start = lookup("llvm.invariant.start");
  ids->invariant_end = lookup("llvm.invariant.end");
  ids->launder_invariant_group = lookup("llvm.launder.invariant.group");
  ids->strip_invariant_group = lookup("llvm.strip.invariant.group");
  ids->ptrmask = lookup("llvm.ptrmask");
  ids->dbg_value = lookup("llvm.dbg.value");
  ids->dbg_declare = lookup("llvm.dbg.declare");
  ids->dbg_assign = lookup("llvm.dbg.assign");
  ids->dbg_label = lookup("llvm.dbg.label");
  ids->expect = lookup("llvm.expect");
  ids->is_constant = lookup("llvm.is.constant");
  ids->noalias_scope_decl = lookup("llvm.experimental.noalias.scope.decl");
  ids->sideeffect = lookup("llvm.sideeffect");
  ids->pseudoprobe = lookup("llvm.pseudoprobe");
}

#define PUSH(fa, array, count, capacity, ...)                                                  \
  do {                                                                                      \
    (fa)->array = h2s_grow((fa)->array, &(fa)->capacity, sizeof *(fa)->array, (fa)->count + 1); \
    (fa)->array[(fa)->count++] = (__VA_ARGS__);                                             \
  } while (0)

struct builder {
  struct h2s_host *host;
  const struct h2s_intrinsics *ids;
  struct h2s_function_analysis *fa;
  struct h2s_graph *g;
  LLVMTargetDataRef layout;
  LLVMValueRef destroyed_call; /* a destroyer's call being visited, and the */
  unsigned destroyed_arg;      /* argument it frees (its deallocation), or */
  bool destroyed_field;        /* frees a pointer that argument's memory holds */
  LLVMValueRef filled_call;    /* a filler's call being visited, and the argument */
  unsigned filled_arg;         /* it stores its object through */
};

static char *copy_text(const char *text) {
  if (!text)
    return NULL;
  size_t len = strlen(text);
  char *copy = h2s_xmalloc(len + 1);
  memcpy(copy, text, len + 1);
  return copy;
}

/* Can a value of this type carry a pointer? */
static bool carries_pointer(LLVMTypeRef type, int depth) {
  switch (LLVMGetTypeKind(type)) {
  case LLVMPointerTypeKind:
    return true;
  case LLVMVectorTypeKind:
  case LLVMScalableVectorTypeKind:
  case LLVMArrayTypeKind:
    return depth < 8 && carries_pointer(LLVMGetElementType(type), depth + 1);
  case LLVMStructTypeKind: {
    unsigned n = LLVMCountStructElementTypes(type);
    for (unsigned i = 0; i < n && depth < 8; i++)
      if (carries_pointer(LLVMStructGetTypeAtIndex(type, i), depth + 1))
        return true;
    return false;
  }
  default:
    return false;
  }
}

bool h2s_carries_pointer(LLVMTypeRef type) { return carries_pointer(type, 0); }

/* Does a value of this type carry anything but pointers (data bytes)? */
static bool carries_data(LLVMTypeRef type, int depth) {
  switch (LLVMGetTypeKind(type)) {
  case LLVMPointerTypeKind:
    return false;
  case LLVMVectorTypeKind:
  case LLVMScalableVectorTypeKind:
  case LLVMArrayTypeKind:
    return depth >= 8 || carries_data(LLVMGetElementType(type), depth + 1);
  case LLVMStructTypeKind: {
    unsigned n = LLVMCountStructElementTypes(type);
    for (unsigned i = 0; i < n; i++)
      if (depth >= 8 || carries_data(LLVMStructGetTypeAtIndex(type, i), depth + 1))
        return true;
    return false; /* (padding is never read back as a pointer's bytes by a typed load) */
  }
  default:
    return true;
  }
}

static bool pointerish(LLVMValueRef v) { return carries_pointer(LLVMTypeOf(v), 0); }

/* The node of an operand, or H2S_NONE if it points to nothing (undef). */
static h2s_node_id operand_node(struct builder *b, LLVMValueRef v) {
  if (!pointerish(v))
    return H2S_NONE;
  if (LLVMIsAInstruction(v) || LLVMIsAArgument(v))
    return h2s_graph_node_of(b->g, v);
  if (LLVMIsAConstant(v)) {
    if (LLVMIsUndef(v) || LLVMIsPoison(v))
      return H2S_NONE;
    if (LLVMIsNull(v))
      return b->fa->null_node;
    return b->fa->unknown_node; /* globals, functions, constant expressions */
  }
  return b->fa->unknown_node; /* metadata, inline asm, ... */
}

static h2s_node_id result_node(struct builder *b, LLVMValueRef inst) {
  return pointerish(inst) ? h2s_graph_node_of(b->g, inst) : H2S_NONE;
}

static void copy(struct builder *b, LLVMValueRef from, h2s_node_id to, LLVMValueRef why,
                 enum h2s_edge_kind kind) {
  h2s_node_id n = operand_node(b, from);
  if (n != H2S_NONE && to != H2S_NONE)
    h2s_graph_add_copy(b->g, n, to, why, kind);
}

static void to_heap(struct builder *b, LLVMValueRef v, LLVMValueRef why, enum h2s_edge_kind kind) {
  copy(b, v, b->g->heap, why, kind);
}

static void make_unknown(struct builder *b, LLVMValueRef inst) {
  h2s_node_id n = result_node(b, inst);
  if (n != H2S_NONE)
    h2s_graph_add_origin(b->g, n, b->g->unknown);
}

/* All pointer operands escape; the result points to unknown memory.  (The
   function a call calls is not leaked by being called.) */
static void worst_case(struct builder *b, LLVMValueRef inst, enum h2s_edge_kind kind) {
  LLVMValueRef callee = h2s_is_call(inst) ? LLVMGetCalledValue(inst) : NULL;
  unsigned n = LLVMGetNumOperands(inst);
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef op = LLVMGetOperand(inst, i);
    if (op && op != callee && !LLVMIsABasicBlock(op))
      to_heap(b, op, inst, kind);
  }
  make_unknown(b, inst);
}

static bool is_zero_gep(LLVMValueRef gep) {
  unsigned n = LLVMGetNumOperands(gep);
  for (unsigned i = 1; i < n; i++) {
    LLVMValueRef idx = LLVMGetOperand(gep, i);
    if (!LLVMIsAConstant(idx) || !LLVMIsNull(idx))
      return false;
  }
  return true;
}

/*
 * A node holding every object reachable from `from` through memory, at any
 * depth: a copy of `from` that also loads from itself.
 */
static h2s_node_id deep_node(struct builder *b, h2s_node_id from, LLVMValueRef why) {
  h2s_node_id d = h2s_graph_new_node(b->g, NULL);
  h2s_graph_add_copy(b->g, from, d, why, H2S_EDGE_ASSIGN);
  h2s_graph_add_load(b->g, d, d, why);
  return d;
}

/* t = *address; returns t (a fresh node) */
static h2s_node_id load_into_temp(struct builder *b, h2s_node_id address, LLVMValueRef why) {
  h2s_node_id t = h2s_graph_new_node(b->g, NULL);
  h2s_graph_add_load(b->g, address, t, why);
  return t;
}

/* ---- bytes events ------------------------------------------------------- */

static uint64_t store_size(struct builder *b, LLVMTypeRef type) {
  return LLVMTypeIsSized(type) ? LLVMStoreSizeOfType(b->layout, type) : 0;
}

/* The constant length of a memcpy/memset-like call's operand, 0 if unknown. */
static uint64_t constant_length(LLVMValueRef v) {
  return v && LLVMIsAConstantInt(v) ? LLVMConstIntGetZExtValue(v) : 0;
}

/*
 * Records what `inst` does to `size` bytes at `address` (0: unknown), with
 * `spans` (relative to `address`) when given instead of one span.
 */
static void record_bytes(struct builder *b, enum h2s_bytes_kind kind, LLVMValueRef inst,
                         LLVMValueRef address, uint64_t size, const struct h2s_spans *spans,
                         h2s_node_id result) {
  h2s_node_id a = operand_node(b, address);
  if (a == H2S_NONE || a == b->fa->null_node)
    return;
  LLVMValueRef base = NULL;
  struct h2s_bytes_event e = {kind, inst, a, H2S_NONE, {0}, H2S_NONE, result};
  if (spans) {
    struct h2s_span at = h2s_access_span(b->layout, address, 1, &base);
    if (h2s_span_is_all(at))
      h2s_spans_add(&e.spans, h2s_span_all());
    else
      h2s_spans_add_shifted(&e.spans, spans, (struct h2s_span){at.lo, at.lo, at.stride});
    if (h2s_spans_empty(&e.spans))
      return;
  } else {
    h2s_spans_add(&e.spans, h2s_access_span(b->layout, address, size, &base));
  }
  if (base && (LLVMIsAInstruction(base) || LLVMIsAArgument(base)) && pointerish(base))
    e.base = h2s_graph_node_of(b->g, base);
  PUSH(b->fa, bytes, bytes_count, bytes_capacity, e);
}

static void record_copy(struct builder *b, LLVMValueRef inst, LLVMValueRef dst, LLVMValueRef src,
                        uint64_t size) {
  h2s_node_id s = operand_node(b, src);
  if (s == H2S_NONE || s == b->fa->null_node)
    return;
  uint32_t before = b->fa->bytes_count;
  record_bytes(b, H2S_BYTES_COPY, inst, dst, size, NULL, H2S_NONE);
  if (b->fa->bytes_count == before)
    return;
  b->fa->bytes[before].source = s; /* the source's bytes are taken whole (pointer_bits.c) */
}

/*
 * The bytes of a value of `type` at `offset` that hold pointers and those
 * that hold data: a struct's fields apart, anything else whole.
 */
static void leaf_spans(struct builder *b, LLVMTypeRef type, uint64_t offset,
                       struct h2s_spans *pointers, struct h2s_spans *data, int depth) {
  uint64_t size = store_size(b, type);
  if (LLVMGetTypeKind(type) == LLVMStructTypeKind && depth < 8 && size) {
    unsigned n = LLVMCountStructElementTypes(type);
    for (unsigned i = 0; i < n; i++)
      leaf_spans(b, LLVMStructGetTypeAtIndex(type, i),
                 offset + LLVMOffsetOfElement(b->layout, type, i), pointers, data, depth + 1);
    return;
  }
  struct h2s_span whole = size ? (struct h2s_span){offset, offset + size, 0} : h2s_span_all();
  if (carries_pointer(type, depth))
    h2s_spans_add(pointers, whole);
  if (carries_data(type, depth))
    h2s_spans_add(data, whole);
}

/* A stored value: a pointer, zeroes, or other data (or nothing, undef). */
static void record_store(struct builder *b, LLVMValueRef inst, LLVMValueRef value,
                         LLVMValueRef address) {
  LLVMTypeRef type = LLVMTypeOf(value);
  if (LLVMIsAConstant(value) && (LLVMIsUndef(value) || LLVMIsPoison(value)))
    return;
  if (LLVMIsAConstant(value) && LLVMIsNull(value)) {
    record_bytes(b, H2S_BYTES_WRITE_ZERO, inst, address, store_size(b, type), NULL, H2S_NONE);
    return;
  }
  struct h2s_spans pointers = {0}, data = {0};
  leaf_spans(b, type, 0, &pointers, &data, 0);
  if (!h2s_spans_empty(&pointers))
    record_bytes(b, H2S_BYTES_WRITE_POINTER, inst, address, 0, &pointers, H2S_NONE);
  if (!h2s_spans_empty(&data))
    record_bytes(b, H2S_BYTES_WRITE_DATA, inst, address, 0, &data, H2S_NONE);
}

/* A loaded value: read as a pointer, as data, or both (a mixed aggregate). */
static void record_load(struct builder *b, LLVMValueRef inst, LLVMTypeRef type,
                        LLVMValueRef address, h2s_node_id result) {
  struct h2s_spans pointers = {0}, data = {0};
  leaf_spans(b, type, 0, &pointers, &data, 0);
  if (!h2s_spans_empty(&pointers) && result != H2S_NONE)
    record_bytes(b, H2S_BYTES_LOAD_POINTER, inst, address, 0, &pointers, result);
  if (!h2s_spans_empty(&data))
    record_bytes(b, H2S_BYTES_READ, inst, address, 0, &data, H2S_NONE);
}

/* ---- instructions -------------------------------------------------------- */

/* memcpy(dst, src): what src's memory holds, dst's memory now holds too. */
static void copy_memory(struct builder *b, LLVMValueRef call, LLVMValueRef dst, LLVMValueRef src,
                        uint64_t size) {
  h2s_node_id d = operand_node(b, dst), s = operand_node(b, src);
  if (s == H2S_NONE)
    return;
  h2s_node_id t = load_into_temp(b, s, call);
  if (d != H2S_NONE)
    h2s_graph_add_store(b->g, d, t, call);
  else
    h2s_graph_add_copy(b->g, t, b->g->heap, call, H2S_EDGE_OTHER);
  record_copy(b, call, dst, src, size);
}

static void note_pointer_args(struct builder *b, LLVMValueRef call) {
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    h2s_node_id a = operand_node(b, LLVMGetOperand(call, i));
    if (a != H2S_NONE)
      PUSH(b->fa, pointer_args, arg_count, arg_capacity, (struct h2s_arg_use){call, a, NULL});
  }
}

static void fill_memory(struct builder *b, LLVMValueRef call) {
  LLVMValueRef value = LLVMGetOperand(call, 1);
  bool zero = LLVMIsAConstantInt(value) && LLVMConstIntGetZExtValue(value) == 0;
  record_bytes(b, zero ? H2S_BYTES_WRITE_ZERO : H2S_BYTES_WRITE_DATA, call,
               LLVMGetOperand(call, 0), constant_length(LLVMGetOperand(call, 2)), NULL,
               H2S_NONE);
}

/* Intrinsics: true if handled. */
static bool visit_intrinsic(struct builder *b, LLVMValueRef call, unsigned id) {
  const struct h2s_intrinsics *ids = b->ids;
  if (id == ids->memcpy || id == ids->memcpy_inline || id == ids->memmove) {
    note_pointer_args(b, call);
    copy_memory(b, call, LLVMGetOperand(call, 0), LLVMGetOperand(call, 1),
                constant_length(LLVMGetOperand(call, 2)));
    return true;
  }
  if (id == ids->memset || id == ids->memset_inline) {
    note_pointer_args(b, call);
    fill_memory(b, call);
    return true;
  }
  if (id == ids->lifetime_start || id == ids->lifetime_end) {
    unsigned n = LLVMGetNumArgOperands(call);
    h2s_node_id p = operand_node(b, LLVMGetOperand(call, n - 1));
    if (p != H2S_NONE)
      PUSH(b->fa, markers, marker_count, marker_capacity, (struct h2s_arg_use){call, p, NULL});
    return true;
  }
  if (id == ids->objectsize) {
    h2s_node_id p = operand_node(b, LLVMGetOperand(call, 0));
    if (p != H2S_NONE)
      PUSH(b->fa, size_queries, size_query_count, size_query_capacity,
           (struct h2s_arg_use){call, p, NULL});
    return true;
  }
  if (id == ids->assume || id == ids->prefetch || id == ids->invariant_start ||
      id == ids->invariant_end || id == ids->dbg_value || id == ids->dbg_declare ||
      id == ids->dbg_assign || id == ids->dbg_label || id == ids->expect ||
      id == ids->is_constant || id == ids->noalias_scope_decl || id == ids->sideeffect ||
      id == ids->pseudoprobe)
    return true; /* reads no pointer it could keep */
  if (id == ids->launder_invariant_group || id == ids->strip_invariant_group ||
      id == ids->ptrmask) {
    h2s_node_id r = result_node(b, call);
    copy(b, LLVMGetOperand(call, 0), r, call, H2S_EDGE_ASSIGN);
    if (id == ids->ptrmask && r != H2S_NONE)
      b->g->nodes[r].inexact = true;
    /* The mask may clear any bits of the address: ptrmask(p, m) is then no
       pointer into p's object, and a difference or an order with p (a
       pair that holds, integer_flow.c) is p's address bits.  Only a
       constant that clears page bits alone (an alignment of at most 4096)
       keeps the result within the page bits of p. */
    if (id == ids->ptrmask && !h2s_ptrmask_keeps_page(LLVMGetOperand(call, 1)))
      to_heap(b, LLVMGetOperand(call, 0), call, H2S_EDGE_TO_INTEGER);
    return true;
  }
  return false;
}

static void visit_allocation(struct builder *b, LLVMValueRef call, const struct h2s_allocator *alloc) {
  h2s_obj_id o = h2s_graph_new_object(b->g, H2S_OBJ_SITE, call, 0);
  /* The site's node holds its pointer even when the call returns an int
     and hands the pointer back through an argument (posix_memalign). */
  h2s_node_id site = h2s_graph_node_of(b->g, call);
  h2s_graph_add_origin(b->g, site, o);
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    if ((int)i == alloc->out_arg) {
      h2s_node_id out = operand_node(b, LLVMGetOperand(call, i));
      if (out != H2S_NONE) {
        h2s_graph_add_store(b->g, out, site, call);
        record_bytes(b, H2S_BYTES_WRITE_POINTER, call, LLVMGetOperand(call, i),
                     LLVMPointerSize(b->layout), NULL, H2S_NONE);
      }
      continue;
    }
    to_heap(b, LLVMGetOperand(call, i), call, H2S_EDGE_CALL_ESCAPE); /* a pool, say */
  }
  /* calloc's memory starts as zeroes: a pointer field never stored to is
     null, and a free of it frees nothing (pointer_bits.c, rule 3), not
     whatever other fields of such objects point to. */
  if (alloc->zeroed && alloc->out_arg < 0) {
    struct h2s_spans all = {0};
    h2s_spans_add(&all, h2s_span_all());
    record_bytes(b, H2S_BYTES_WRITE_ZERO, call, call, 0, &all, H2S_NONE);
  }
}

static void visit_deallocation(struct builder *b, LLVMValueRef call, const struct h2s_deallocator *d) {
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    h2s_node_id p = operand_node(b, LLVMGetOperand(call, i));
    if (p == H2S_NONE)
      continue;
    if (i == d->ptr_arg)
      PUSH(b->fa, frees, free_count, free_capacity, (struct h2s_free_use){call, p, *d, false});
    else
      h2s_graph_add_copy(b->g, p, b->g->heap, call, H2S_EDGE_CALL_ESCAPE);
  }
}

/* A callee's reads or writes below argument `arg`: spans relative to each
   object reached, whatever the argument's own offset. */
static void record_deep(struct builder *b, enum h2s_bytes_kind kind, LLVMValueRef call,
                        LLVMValueRef arg, const struct h2s_spans *spans) {
  h2s_node_id a = operand_node(b, arg);
  if (a == H2S_NONE || a == b->fa->null_node)
    return;
  struct h2s_bytes_event e = {kind, call, a, H2S_NONE, *spans, H2S_NONE, H2S_NONE};
  PUSH(b->fa, bytes, bytes_count, bytes_capacity, e);
}

/* What the callee does to the bytes behind argument `arg` (its summary). */
static void record_arg_bytes(struct builder *b, LLVMValueRef call, LLVMValueRef arg,
                             const struct h2s_param_bytes *bytes) {
  if (!h2s_spans_empty(&bytes->reads))
    record_bytes(b, H2S_BYTES_READ, call, arg, 0, &bytes->reads, H2S_NONE);
  if (!h2s_spans_empty(&bytes->writes))
    record_bytes(b, H2S_BYTES_WRITE_DATA, call, arg, 0, &bytes->writes, H2S_NONE);
  if (!h2s_spans_empty(&bytes->zeroes))
    record_bytes(b, H2S_BYTES_WRITE_ZERO, call, arg, 0, &bytes->zeroes, H2S_NONE);
  if (!h2s_spans_empty(&bytes->reads_deep))
    record_deep(b, H2S_BYTES_READ_DEEP, call, arg, &bytes->reads_deep);
  if (!h2s_spans_empty(&bytes->writes_deep))
    record_deep(b, H2S_BYTES_WRITE_DEEP, call, arg, &bytes->writes_deep);
}

/* One pointer argument of an ordinary call, by the callee's summary. */
static void visit_call_arg(struct builder *b, LLVMValueRef call, unsigned i, h2s_node_id a,
                           h2s_node_id result) {
  struct h2s_arg_effect effect;
  h2s_call_arg_effect(b->host, call, i, &effect);
  uint32_t flags = effect.flags;
  if (call == b->destroyed_call && i == b->destroyed_arg) /* its deallocation, recorded */
    flags &= b->destroyed_field ? ~(uint32_t)H2S_PARAM_CONTENT_ESCAPES  /* as such: the only */
                                : ~(uint32_t)H2S_PARAM_FREED;          /* way it leaves */
  if (call == b->filled_call && i == b->filled_arg) /* the made object: the only pointer */
    flags &= ~(uint32_t)(H2S_PARAM_WRITTEN | H2S_PARAM_WRITTEN_DEEP); /* it stores */
  PUSH(b->fa, pointer_args, arg_count, arg_capacity,
       (struct h2s_arg_use){call, a, copy_text(effect.why)});
  if (flags & H2S_PARAM_ESCAPES)
    h2s_graph_add_copy(b->g, a, b->g->heap, call, H2S_EDGE_CALL_ESCAPE);
  if ((flags & H2S_PARAM_TO_RESULT) && result != H2S_NONE) {
    h2s_graph_add_copy(b->g, a, result, call, H2S_EDGE_CALL_RESULT);
    b->g->nodes[result].inexact = true; /* strchr returns a pointer into it */
  }
  if (flags & (H2S_PARAM_CONTENT_TO_RESULT | H2S_PARAM_CONTENT_ESCAPES)) {
    h2s_node_id t = load_into_temp(b, a, call);
    /* What comes back may be found at any depth below the argument. */
    if ((flags & H2S_PARAM_CONTENT_TO_RESULT) && result != H2S_NONE)
      h2s_graph_add_copy(b->g, deep_node(b, t, call), result, call, H2S_EDGE_CALL_RESULT);
    /* Escaping content takes everything below it along (flow_graph.c). */
    if (flags & H2S_PARAM_CONTENT_ESCAPES)
      h2s_graph_add_copy(b->g, t, b->g->heap, call, H2S_EDGE_CALL_ESCAPE);
  }
  if (flags & H2S_PARAM_SIZE_QUERIED) /* inlined later, the query sees the slot */
    PUSH(b->fa, size_queries, size_query_count, size_query_capacity,
         (struct h2s_arg_use){call, deep_node(b, a, call), NULL});
  if (flags & H2S_PARAM_FREED)
    PUSH(b->fa, freed_by_callee, freed_count, freed_capacity,
         (struct h2s_arg_use){call, a, copy_text(effect.why)});
  /* The callee may store unknown pointers, or null, anywhere below the
     argument; or only below what the argument's memory points to. */
  if (flags & H2S_PARAM_WRITTEN)
    h2s_graph_add_store(b->g, deep_node(b, a, call), b->fa->unknown_node, call);
  else if (flags & H2S_PARAM_WRITTEN_DEEP)
    h2s_graph_add_store(b->g, deep_node(b, load_into_temp(b, a, call), call),
                        b->fa->unknown_node, call);
  if (flags & H2S_PARAM_WRITTEN_NULL)
    h2s_graph_add_store(b->g, deep_node(b, a, call), b->fa->null_node, call);
  record_arg_bytes(b, call, LLVMGetOperand(call, i), &effect.bytes);
}

/*
 * A call of a maker (caller_frames.c): a new object, which the maker has
 * filled (its memory holds unknown pointers), and a call like any other
 * for the arguments, as the maker's summary says.  A filler's object is
 * not its result: it is stored into what argument out_arg points to, at
 * the bytes the filler stores pointers to (the only pointer it stores
 * there, so that argument is not "written" otherwise).
 */
static void visit_made_object(struct builder *b, LLVMValueRef call,
                              const struct h2s_allocator *alloc) {
  h2s_obj_id o = h2s_graph_new_object(b->g, H2S_OBJ_SITE, call, 0);
  h2s_node_id site = h2s_graph_node_of(b->g, call);
  h2s_graph_add_origin(b->g, site, o);
  h2s_graph_add_origin(b->g, b->g->objs[o].content, b->g->unknown);
  h2s_node_id result = site;
  if (alloc->out_arg >= 0) {
    result = H2S_NONE;
    LLVMValueRef into = LLVMGetOperand(call, (unsigned)alloc->out_arg);
    h2s_node_id a = operand_node(b, into);
    if (a != H2S_NONE && a != b->fa->null_node) {
      h2s_graph_add_store(b->g, a, site, call);
      const struct h2s_spans *at = h2s_filled_bytes(b->host, alloc->maker);
      struct h2s_spans all = {0};
      if (!at) {
        h2s_spans_add(&all, h2s_span_all());
        at = &all;
      }
      record_bytes(b, H2S_BYTES_WRITE_POINTER, call, into, 0, at, H2S_NONE);
    }
    b->filled_call = call;
    b->filled_arg = (unsigned)alloc->out_arg;
  }
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    h2s_node_id a = operand_node(b, LLVMGetOperand(call, i));
    if (a != H2S_NONE && a != b->fa->null_node)
      visit_call_arg(b, call, i, a, result);
  }
  b->filled_call = NULL;
}

/* strtol(s, &end): *end = a pointer somewhere into s. */
static void store_end_pointer(struct builder *b, LLVMValueRef call, LLVMValueRef s,
                              LLVMValueRef end) {
  h2s_node_id from = operand_node(b, s), to = operand_node(b, end);
  if (to == H2S_NONE)
    return;
  if (from == H2S_NONE) { /* not a pointer we follow: anything */
    h2s_graph_add_store(b->g, to, b->fa->unknown_node, call);
  } else {
    h2s_node_id into = h2s_graph_new_node(b->g, NULL);
    h2s_graph_add_copy(b->g, from, into, call, H2S_EDGE_ASSIGN);
    b->g->nodes[into].inexact = true;
    h2s_graph_add_store(b->g, to, into, call);
  }
  /* strtok_r(NULL, d, &save) stores a pointer into what *save held: no
     new pointer, and not the zeroes a null value would record. */
  if (!(LLVMIsAConstant(s) && LLVMIsNull(s)))
    record_store(b, call, s, end);
}

static void visit_call(struct builder *b, LLVMValueRef call) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (LLVMIsAInlineAsm(callee)) {
    worst_case(b, call, H2S_EDGE_CALL_ESCAPE);
    return;
  }
  struct h2s_allocator alloc;
  const char *why = NULL;
  if (h2s_classify_allocation(b->host, call, &alloc, &why) == H2S_CALL_ALLOC) {
    if (alloc.maker)
      visit_made_object(b, call, &alloc);
    else
      visit_allocation(b, call, &alloc);
    return;
  }
  struct h2s_deallocator d;
  if (h2s_match_deallocator(b->host, call, &d)) {
    visit_deallocation(b, call, &d);
    return;
  }
  /* A destroyer (caller_frames.c): a deallocation of its argument, and
     otherwise a call like any other (it may free what the object points
     to, read it, write it), with that argument's "freed" left out. */
  if (h2s_destroyer_call(b->host, call, &d)) {
    LLVMValueRef arg = LLVMGetOperand(call, d.ptr_arg);
    h2s_node_id p = operand_node(b, arg);
    if (p != H2S_NONE && p != b->fa->null_node) {
      h2s_node_id freed = p;
      if (d.field) { /* free(b->data): the pointer loaded from that field */
        freed = load_into_temp(b, p, call);
        struct h2s_spans at = {0};
        uint64_t size = LLVMPointerSize(b->layout);
        h2s_spans_add(&at, (struct h2s_span){d.field_offset, d.field_offset + size, 0});
        record_bytes(b, H2S_BYTES_LOAD_POINTER, call, arg, 0, &at, freed);
      }
      PUSH(b->fa, frees, free_count, free_capacity, (struct h2s_free_use){call, freed, d, true});
      b->destroyed_call = call;
      b->destroyed_arg = d.ptr_arg;
      b->destroyed_field = d.field;
    }
  }
  LLVMValueRef fn = h2s_called_function(call);
  unsigned id = fn ? LLVMGetIntrinsicID(fn) : 0;
  if (id && visit_intrinsic(b, call, id))
    return;
  /* Indirect with targets not all known, or through a mismatched type to a
     function without a summary that can speak for it (summaries.c). */
  LLVMValueRef targets[H2S_MAX_INDIRECT_TARGETS];
  if (!fn && !h2s_summarized_callee(b->host, call) &&
      !h2s_indirect_targets(b->host, call, targets, H2S_MAX_INDIRECT_TARGETS)) {
    worst_case(b, call, H2S_EDGE_CALL_ESCAPE);
    return;
  }
  int length_arg;
  if (fn && h2s_call_copies_bytes(b->host, call, &length_arg)) {
    /* strcpy, strcat: how many bytes, and from where in arg 0, is not said */
    LLVMValueRef length = length_arg >= 0 ? LLVMGetOperand(call, (unsigned)length_arg) : NULL;
    copy_memory(b, call, LLVMGetOperand(call, 0), LLVMGetOperand(call, 1),
                constant_length(length));
  }
  int end = fn ? h2s_call_stores_end_pointer(b->host, call) : -1;
  if (end >= 0)
    store_end_pointer(b, call, LLVMGetOperand(call, 0), LLVMGetOperand(call, (unsigned)end));
  h2s_node_id result = result_node(b, call);
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    h2s_node_id a = operand_node(b, LLVMGetOperand(call, i));
    if (a != H2S_NONE && a != b->fa->null_node)
      visit_call_arg(b, call, i, a, result);
  }
  if (result != H2S_NONE)
    h2s_graph_add_origin(b->g, result, b->g->unknown);
}

static void visit_load(struct builder *b, LLVMValueRef inst) {
  h2s_node_id r = result_node(b, inst), a = operand_node(b, LLVMGetOperand(inst, 0));
  if (a == H2S_NONE)
    return;
  if (r != H2S_NONE)
    h2s_graph_add_load(b->g, a, r, inst);
  record_load(b, inst, LLVMTypeOf(inst), LLVMGetOperand(inst, 0), r);
}

static void visit_store(struct builder *b, LLVMValueRef inst) {
  LLVMValueRef value = LLVMGetOperand(inst, 0), address = LLVMGetOperand(inst, 1);
  h2s_node_id v = operand_node(b, value);
  h2s_node_id a = operand_node(b, address);
  if (a == H2S_NONE)
    return;
  if (v != H2S_NONE)
    h2s_graph_add_store(b->g, a, v, inst);
  record_store(b, inst, value, address);
}

/* A constant address nobody computed from an integer: null, a global, a
   constant GEP or cast of one. */
static bool plain_constant_address(LLVMValueRef v) {
  for (unsigned depth = 0; depth < 8; depth++) {
    if (LLVMIsAGlobalValue(v))
      return true;
    if (LLVMIsAConstantPointerNull(v))
      return depth == 0; /* null, not null plus an offset (a guess) */
    if (!LLVMIsAConstantExpr(v))
      return false;
    LLVMOpcode op = LLVMGetConstOpcode(v);
    if (op != LLVMGetElementPtr && op != LLVMBitCast && op != LLVMAddrSpaceCast)
      return false;
    if (op == LLVMGetElementPtr && !LLVMIsInBounds(v))
      return false; /* may leave the global: any address */
    v = LLVMGetOperand(v, 0);
  }
  return false;
}

/* atomicrmw / cmpxchg: the new value stored, the old value loaded. */
static void visit_atomic(struct builder *b, LLVMValueRef inst) {
  LLVMValueRef address = LLVMGetOperand(inst, 0);
  h2s_node_id a = operand_node(b, address);
  bool rmw = LLVMGetInstructionOpcode(inst) == LLVMAtomicRMW;
  LLVMValueRef value = LLVMGetOperand(inst, rmw ? 1 : 2);
  h2s_node_id v = operand_node(b, value);
  if (a == H2S_NONE)
    return;
  if (v != H2S_NONE)
    h2s_graph_add_store(b->g, a, v, inst);
  h2s_node_id r = result_node(b, inst);
  if (r != H2S_NONE)
    h2s_graph_add_load(b->g, a, r, inst);
  /* cmpxchg compares the memory's value with the expected one: an equality
     of two pointers (visit_pointer_order), the other being what the memory
     held, which the result loads. */
  LLVMValueRef expected = rmw ? NULL : LLVMGetOperand(inst, 1);
  if (expected && LLVMGetTypeKind(LLVMTypeOf(expected)) == LLVMPointerTypeKind &&
      !plain_constant_address(expected))
    h2s_int_pairs_add_equality(&b->fa->int_pairs, expected, inst, inst);
  record_store(b, inst, value, address);
  record_load(b, inst, LLVMTypeOf(value), address, r);
}

/* An address as an integer escapes unless it stays in the frame (integer_flow.c). */
static void visit_address_to_integer(struct builder *b, LLVMValueRef inst) {
  LLVMValueRef sink;
  if (!h2s_address_stays_home(inst, &b->fa->int_pairs, &sink))
    to_heap(b, LLVMGetOperand(inst, 0), inst, H2S_EDGE_TO_INTEGER);
}

/*
 * p < q on pointers: which of two addresses is larger is a bit of an
 * address, unless both point into one object (an offset, checked once the
 * graph is solved, as for integer differences).  A loop of such
 * comparisons against guesses rebuilds an address.  p == q says whether p
 * is at q's address: nothing when q is null, a global or another object of
 * this frame (two live objects never share an address), but one bit of
 * the address when q may be a guess, a pointer made from an integer
 * (a parameter, memory read from elsewhere): an equality pair, checked once
 * the graph is solved (integer_flow.c).
 */
static void visit_pointer_order(struct builder *b, LLVMValueRef inst) {
  LLVMValueRef x = LLVMGetOperand(inst, 0), y = LLVMGetOperand(inst, 1);
  LLVMIntPredicate pred = LLVMGetICmpPredicate(inst);
  if (!pointerish(x))
    return;
  bool equality = pred == LLVMIntEQ || pred == LLVMIntNE;
  bool scalar = LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMPointerTypeKind;
  if (equality && scalar) {
    if (!plain_constant_address(x) && !plain_constant_address(y))
      h2s_int_pairs_add_equality(&b->fa->int_pairs, x, y, inst);
    return;
  }
  if (scalar) {
    h2s_int_pairs_add(&b->fa->int_pairs, x, inst, y, inst, inst);
    return;
  }
  to_heap(b, x, inst, H2S_EDGE_TO_INTEGER);
  to_heap(b, y, inst, H2S_EDGE_TO_INTEGER);
}

static void visit(struct builder *b, LLVMValueRef inst) {
  struct h2s_graph *g = b->g;
  switch (LLVMGetInstructionOpcode(inst)) {
  case LLVMAlloca: {
    h2s_obj_id o = h2s_graph_new_object(g, H2S_OBJ_ALLOCA, inst, 0);
    h2s_graph_add_origin(g, h2s_graph_node_of(g, inst), o);
    return;
  }
  case LLVMCall:
  case LLVMInvoke:
    visit_call(b, inst);
    return;
  case LLVMGetElementPtr: {
    h2s_node_id r = result_node(b, inst);
    copy(b, LLVMGetOperand(inst, 0), r, inst, H2S_EDGE_ASSIGN);
    if (r != H2S_NONE && !is_zero_gep(inst))
      g->nodes[r].inexact = true;
    for (unsigned i = 1; i < (unsigned)LLVMGetNumOperands(inst); i++)
      to_heap(b, LLVMGetOperand(inst, i), inst, H2S_EDGE_OTHER); /* pointer indices: odd */
    return;
  }
  case LLVMBitCast:
  case LLVMAddrSpaceCast:
  case LLVMFreeze:
  case LLVMExtractValue:
  case LLVMExtractElement:
    copy(b, LLVMGetOperand(inst, 0), result_node(b, inst), inst, H2S_EDGE_ASSIGN);
    return;
  case LLVMInsertValue:
  case LLVMInsertElement:
  case LLVMShuffleVector: {
    h2s_node_id r = result_node(b, inst);
    copy(b, LLVMGetOperand(inst, 0), r, inst, H2S_EDGE_ASSIGN);
    copy(b, LLVMGetOperand(inst, 1), r, inst, H2S_EDGE_ASSIGN);
    return;
  }
  case LLVMSelect: {
    h2s_node_id r = result_node(b, inst);
    copy(b, LLVMGetOperand(inst, 1), r, inst, H2S_EDGE_ASSIGN);
    copy(b, LLVMGetOperand(inst, 2), r, inst, H2S_EDGE_ASSIGN);
    return;
  }
  case LLVMPHI: {
    h2s_node_id r = result_node(b, inst);
    unsigned n = LLVMCountIncoming(inst);
    for (unsigned i = 0; i < n; i++)
      copy(b, LLVMGetIncomingValue(inst, i), r, inst, H2S_EDGE_ASSIGN);
    return;
  }
  case LLVMLoad:
    visit_load(b, inst);
    return;
  case LLVMStore:
    visit_store(b, inst);
    return;
  case LLVMAtomicRMW:
  case LLVMAtomicCmpXchg:
    visit_atomic(b, inst);
    return;
  case LLVMPtrToInt:
#if H2S_HAS_PTRTOADDR
  case LLVMPtrToAddr:
#endif
    visit_address_to_integer(b, inst);
    return;
  case LLVMRet:
    if (LLVMGetNumOperands(inst) == 1)
      copy(b, LLVMGetOperand(inst, 0), g->result, inst, H2S_EDGE_RETURN);
    return;
  case LLVMICmp:
    visit_pointer_order(b, inst);
    return;
  case LLVMFCmp:
  case LLVMBr:
  case LLVMSwitch:
  case LLVMUnreachable:
  case LLVMFence:
    return;
  default:
    /* inttoptr, va_arg, landingpad, callbr, ...: conservatively unknown */
    worst_case(b, inst, H2S_EDGE_OTHER);
    return;
  }
}

static void add_parameters(struct builder *b) {
  struct h2s_function_analysis *fa = b->fa;
  unsigned n = LLVMCountParams(fa->fn);
  fa->param_count = n < H2S_SUMMARY_PARAMS ? n : H2S_SUMMARY_PARAMS;
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef arg = LLVMGetParam(fa->fn, i);
    if (!pointerish(arg))
      continue;
    h2s_node_id node = h2s_graph_node_of(b->g, arg);
    if (i >= H2S_SUMMARY_PARAMS) {
      h2s_graph_add_origin(b->g, node, b->g->unknown);
      continue;
    }
    h2s_obj_id p = h2s_graph_new_object(b->g, H2S_OBJ_PARAM, arg, i);
    h2s_obj_id c = h2s_graph_new_object(b->g, H2S_OBJ_PARAM_CONTENT, arg, i);
    fa->param_obj[i] = p;
    fa->param_content[i] = c;
    /* The caller's memory: p points to P, P holds C, and C stands for every
       deeper level (it holds itself), so a deep leak is a content leak. */
    h2s_graph_add_origin(b->g, node, p);
    h2s_graph_add_origin(b->g, b->g->objs[p].content, c);
    h2s_graph_add_origin(b->g, b->g->objs[c].content, c);
  }
}

static uint64_t count_instructions(LLVMValueRef fn) {
  uint64_t n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      n++;
  return n;
}

/*
 * A pair of pointers taken as integers (a difference, an order) is an
 * offset only if both point into one and the same object in the solved
 * graph (integer_flow.c).  Both pointers of a pair that fails escape, as
 * converted to integers; that can make other pointers point to more, so
 * the pairs left are checked again on the graph solved again, until all
 * of them hold.  Each round removes a pair.
 */
static void escape_unheld_pairs(struct builder *b) {
  struct h2s_function_analysis *fa = b->fa;
  struct h2s_int_pairs *pairs = &fa->int_pairs;
  for (;;) {
    uint32_t kept = 0;
    for (uint32_t i = 0; i < pairs->count; i++) {
      struct h2s_int_pair p = pairs->items[i];
      if (h2s_int_pair_holds(b->g, pairs, &p)) {
        pairs->items[kept++] = p;
        continue;
      }
      to_heap(b, p.a, p.a_at, H2S_EDGE_TO_INTEGER);
      to_heap(b, p.b, p.b_at, H2S_EDGE_TO_INTEGER);
    }
    if (kept == pairs->count || b->g->gave_up)
      return;
    pairs->count = kept;
    h2s_graph_solve(b->g);
    h2s_graph_propagate_inexact(b->g);
    free(fa->obj_bytes);
    fa->obj_bytes = NULL;
    h2s_pointer_bits_solve(fa);
  }
}

static void analyze(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                    LLVMValueRef fn, struct h2s_function_analysis *fa, int owned) {
  memset(fa, 0, sizeof *fa);
  fa->fn = fn;
  for (unsigned i = 0; i < H2S_SUMMARY_PARAMS; i++)
    fa->param_obj[i] = fa->param_content[i] = H2S_NONE;
  /* Linear in the function's size: a few hundred steps per instruction. */
  h2s_graph_init(&fa->graph, cfg->steps_per_instruction * (count_instructions(fn) + 64));
  struct builder b = {.host = host,
                      .ids = &cfg->ids,
                      .fa = fa,
                      .g = &fa->graph,
                      .layout = LLVMGetModuleDataLayout(LLVMGetGlobalParent(fn))};
  fa->unknown_node = h2s_graph_new_node(&fa->graph, NULL);
  h2s_graph_add_origin(&fa->graph, fa->unknown_node, fa->graph.unknown);
  fa->null_node = h2s_graph_new_node(&fa->graph, NULL);
  h2s_graph_add_origin(&fa->graph, fa->null_node, fa->graph.null_obj);
  add_parameters(&b);
  /* What parameter `owned` points to, taken as the function's own memory:
     what is stored there does not escape by being stored there. */
  if (owned >= 0 && (unsigned)owned < fa->param_count && fa->param_obj[owned] != H2S_NONE)
    fa->graph.objs[fa->param_obj[owned]].external = false;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      visit(&b, i);
  h2s_graph_solve(&fa->graph);
  h2s_graph_propagate_inexact(&fa->graph);
  h2s_pointer_bits_solve(fa);
  escape_unheld_pairs(&b);
}

void h2s_analyze_function(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                          LLVMValueRef fn, struct h2s_function_analysis *fa) {
  analyze(host, cfg, fn, fa, -1);
}

void h2s_analyze_function_owning(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                                 LLVMValueRef fn, unsigned param,
                                 struct h2s_function_analysis *fa) {
  analyze(host, cfg, fn, fa, (int)param);
}

void h2s_function_analysis_free(struct h2s_function_analysis *fa) {
  for (uint32_t i = 0; i < fa->arg_count; i++)
    free(fa->pointer_args[i].why);
  for (uint32_t i = 0; i < fa->freed_count; i++)
    free(fa->freed_by_callee[i].why);
  h2s_graph_free(&fa->graph);
  free(fa->frees);
  free(fa->pointer_args);
  free(fa->freed_by_callee);
  free(fa->markers);
  free(fa->size_queries);
  free(fa->bytes);
  free(fa->obj_bytes);
  h2s_int_pairs_free(&fa->int_pairs);
  memset(fa, 0, sizeof *fa);
}

h2s_obj_id h2s_site_object(const struct h2s_function_analysis *fa, LLVMValueRef call) {
  h2s_node_id n = h2s_graph_find(&fa->graph, call);
  if (n == H2S_NONE)
    return H2S_NONE;
  const struct h2s_node *node = &fa->graph.nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++)
    if (node->pts[i].kind == H2S_EDGE_ORIGIN &&
        fa->graph.objs[node->pts[i].obj].kind == H2S_OBJ_SITE &&
        fa->graph.objs[node->pts[i].obj].value == call)
      return node->pts[i].obj;
  return H2S_NONE;
}
