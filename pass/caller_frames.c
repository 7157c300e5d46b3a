/*
 * caller_frames.c - objects a callee makes for its caller, in the caller's frame.
 *
 * `struct point *point_new(long v)` allocates, fills and returns an object;
 * its own analysis can only say "escapes: returned".  Yet many callers use
 * the object and free it before they return.  Go moves such an object only
 * when the constructor is inlined; heap2stack also moves it when it is not:
 * the caller provides the storage.
 *
 * A function is a *maker* when its allocation A is handed to its caller
 * and nowhere else:
 *
 *   - it is defined here with the body that runs, is not variadic, is not
 *     part of a call cycle, calls nothing that returns twice, and is not
 *     optnone, annotated heap2stack_off or a coroutine before splitting;
 *   - every return returns A (casts aside) or a null constant;
 *   - A is one library or attribute-declared allocation call that runs at
 *     most once per call (its block is on no cycle), returns its pointer
 *     (not posix_memalign), promises no alignment beyond malloc's;
 *   - in the maker's own solved location graph, A reaches the result but
 *     not {heap}: no pointer to it is stored where it outlives the maker,
 *     none leaves as an integer, bytes or text, and none is kept in its
 *     own memory (an object reaching the result has its content sent to
 *     {heap}, so a self-reference is an escape);
 *   - no callee may free it; every deallocation of it is of its family and
 *     frees exactly it (or null): a failure path's `free(p); return NULL`;
 *   - no lifetime marker, object-size query or musttail call sees it.
 *
 * In a caller that is being decided, a direct call of a maker is then an
 * allocation site of A's family and size (the size from the maker's
 * argument when A's size is its parameter), named after the maker.  The
 * caller's analysis treats its arguments as the maker's summary says, and
 * the object's memory as holding unknown pointers (the maker filled it).
 * If the caller's own rules move it (escape, frees, loops, budgets, stack
 * safety: all the caller's), the rewrite allocates the slot in the caller
 * and calls the maker's clone `maker.h2s(args..., storage)`, in which A is
 * the storage (zeroed for calloc) and A's deallocations are gone.  The
 * clone is made once, at the first caller that needs it, and shared; the
 * maker itself stays for every other caller.
 *
 * Only a pass that may add functions does this (the opt module pass, the
 * late run in clang's pipeline, full LTO); summaries are solved without it,
 * so no summary depends on a verdict taken here.  Each maker is copied at
 * most once per run, and only one of at most max-copy instructions: the
 * code added is bounded by the makers' own size.
 */
#include "caller_frames.h"

#include "alloc_wrappers.h"

#include "annotations.h"
#include "cfg_reach.h"
#include "imported_bodies.h"
#include "remarks.h"
#include "rewrite.h"
#include "summaries.h"
#include "summary_solver.h"
#include "valueset.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAKER_MAX_FREES 8

struct verdict {
  LLVMValueRef fn;                     /* NULL: forgotten */
  struct h2s_allocator alloc;          /* A's allocator, when made is set */
  LLVMValueRef made;                   /* A, or NULL: not a maker */
  /* A filler stores A into what parameter alloc.out_arg points to, at
     these bytes (and returns no pointer); a maker returns it. */
  struct h2s_spans filled;
  bool always_filled; /* a filler whose entry block stores A at filled_at */
  uint64_t filled_at;
  /* Bit i: fn may look at what parameter i's memory points to (the
     caller's pointers there), as looks_below says. */
  uint32_t looks_below;
  const char *why;                     /* not a maker although it has the shape: why */
  LLVMValueRef frees[MAKER_MAX_FREES]; /* A's deallocations in fn */
  unsigned free_count;
  /* A destroyer: fn frees exactly its parameter `destroys` (>= 0), with
     the deallocations dfrees, of family dealloc.family; its copy without
     them (made at the first caller that needs it). */
  int destroys;
  struct h2s_deallocator dealloc;
  LLVMValueRef dfrees[MAKER_MAX_FREES];
  unsigned dfree_count;
  LLVMValueRef dcopy;
  /* An inline definition's body (h2s_inline_definition_only) that is a
     maker, filler or destroyer: its plain copy, which the calls the
     analysis read it for call instead of the function. */
  LLVMValueRef icopy;
};

struct clone {
  LLVMValueRef fn, copy;
};

struct h2s_makers {
  const struct h2s_analysis_config *cfg;
  struct h2s_chain_table *chains;
  bool enabled, deciding;
  uint64_t deciding_calls; /* calls seen as makers' or destroyers' while deciding */
  uint64_t max_copy; /* the largest maker copied, in instructions */
  struct verdict *verdicts;
  uint32_t verdict_count, verdict_capacity;
  uint32_t *index; /* open addressing over verdicts by fn: position + 1 */
  uint32_t index_capacity;
  struct clone *clones;
  uint32_t clone_count, clone_capacity;
};

struct h2s_makers *h2s_makers_create(const struct h2s_analysis_config *cfg, bool enabled,
                                     uint64_t max_copy, struct h2s_chain_table *chains) {
  struct h2s_makers *m = h2s_xcalloc(1, sizeof *m);
  m->cfg = cfg;
  m->enabled = enabled;
  m->max_copy = max_copy;
  m->chains = chains;
  return m;
}

void h2s_makers_destroy(struct h2s_makers *m) {
  if (!m)
    return;
  free(m->verdicts);
  free(m->index);
  free(m->clones);
  free(m);
}

/* The slot of fn's entry in the index, or of the empty place for it. */
static uint32_t index_slot(const struct h2s_makers *m, LLVMValueRef fn) {
  uint32_t mask = m->index_capacity - 1, i = h2s_hash_pointer(fn) & mask;
  while (m->index[i] && m->verdicts[m->index[i] - 1].fn != fn)
    i = (i + 1) & mask;
  return i;
}

static void index_rebuild(struct h2s_makers *m, uint32_t capacity) {
  free(m->index);
  m->index_capacity = capacity;
  m->index = h2s_xcalloc(capacity, sizeof *m->index);
  for (uint32_t k = 0; k < m->verdict_count; k++)
    if (m->verdicts[k].fn)
      m->index[index_slot(m, m->verdicts[k].fn)] = k + 1;
}

static struct verdict *find_verdict(struct h2s_makers *m, LLVMValueRef fn) {
  if (!m->index_capacity)
    return NULL;
  uint32_t at = m->index[index_slot(m, fn)];
  return at ? &m->verdicts[at - 1] : NULL;
}

void h2s_makers_begin(struct h2s_makers *m, struct h2s_host *host, LLVMValueRef *fns,
                      unsigned count) {
  /* Verdicts are kept for the run (a module pass: nothing else changes a
     function between its SCCs), but not for the functions about to be
     decided and rewritten. */
  bool forgot = false;
  for (unsigned i = 0; i < count; i++) {
    struct verdict *v = find_verdict(m, fns[i]);
    if (v) {
      v->fn = NULL;
      forgot = true;
    }
  }
  if (forgot)
    index_rebuild(m, m->index_capacity);
  m->deciding = false;
  h2s_host_set_core(host, m);
}

void h2s_makers_deciding(struct h2s_host *host, bool on) {
  struct h2s_makers *m = h2s_host_core(host);
  if (m)
    m->deciding = on;
}

bool h2s_makers_called_in(struct h2s_host *host, LLVMValueRef fn) {
  struct h2s_makers *m = h2s_host_core(host);
  if (!m || !m->enabled)
    return false;
  bool deciding = m->deciding, found = false;
  m->deciding = true;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb && !found;
       bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && !found; i = LLVMGetNextInstruction(i)) {
      LLVMValueRef callee = h2s_called_function(i);
      struct h2s_allocator made;
      struct h2s_deallocator dealloc;
      const char *why = NULL;
      found = callee && (h2s_maker_allocator(host, i, callee, &made, &why) == H2S_CALL_ALLOC ||
                         h2s_destroyer_call(host, i, &dealloc));
    }
  m->deciding = deciding;
  return found;
}

uint64_t h2s_makers_deciding_calls(struct h2s_host *host) {
  struct h2s_makers *m = h2s_host_core(host);
  return m ? m->deciding_calls : 0;
}

/* ---- is fn a maker? ------------------------------------------------------ */

/* The argument a call returns as its result (LLVM's `returned`: memcpy's,
   strcpy's destination), or -1. */
static int returned_argument(LLVMValueRef call) {
  unsigned kind = LLVMGetEnumAttributeKindForName("returned", 8);
  LLVMValueRef fn = h2s_called_function(call);
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++)
    if (LLVMGetCallSiteEnumAttribute(call, i + 1, kind) ||
        (fn && LLVMGetEnumAttributeAtIndex(fn, i + 1, kind)))
      return (int)i;
  return -1;
}

/*
 * Is v, looking through casts, the phis and selects that merge it with
 * null (`return ok ? p : NULL` after a free) and calls that return their
 * argument, either null or the one value *made (set at the first found)?
 */
static bool made_or_null(LLVMValueRef v, LLVMValueRef *made, unsigned depth) {
  v = h2s_strip_casts(v);
  if (LLVMIsAConstantPointerNull(v))
    return true;
  if (depth < 4 && LLVMIsAPHINode(v)) {
    unsigned n = LLVMCountIncoming(v);
    for (unsigned i = 0; i < n; i++) {
      LLVMValueRef in = LLVMGetIncomingValue(v, i);
      if (in != v && !made_or_null(in, made, depth + 1))
        return false;
    }
    return true;
  }
  if (depth < 4 && LLVMIsASelectInst(v))
    return made_or_null(LLVMGetOperand(v, 1), made, depth + 1) &&
           made_or_null(LLVMGetOperand(v, 2), made, depth + 1);
  if (!h2s_is_call(v))
    return false;
  int through = returned_argument(v);
  if (through >= 0) /* return memcpy(xmalloc(n), s, n) */
    return depth < 4 && made_or_null(LLVMGetOperand(v, (unsigned)through), made, depth + 1);
  if (*made && *made != v)
    return false;
  *made = v;
  return true;
}

/* The one allocation every return of fn returns, or null, or NULL. */
static LLVMValueRef returned_object(LLVMValueRef fn) {
  LLVMValueRef made = NULL;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
    if (!term || !LLVMIsAReturnInst(term))
      continue;
    if (LLVMGetNumOperands(term) != 1 || !made_or_null(LLVMGetOperand(term, 0), &made, 0))
      return NULL;
  }
  return made;
}

/* Calls setjmp or another returns_twice function, or makes a musttail call. */
static bool calls_specially(LLVMValueRef fn) {
  unsigned twice = LLVMGetEnumAttributeKindForName("returns_twice", 13);
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i))
        continue;
      if (LLVMIsACallInst(i) && LLVMGetTailCallKind(i) == LLVMTailCallKindMustTail)
        return true;
      if (LLVMGetCallSiteEnumAttribute(i, LLVMAttributeFunctionIndex, twice))
        return true;
      LLVMValueRef callee = LLVMGetCalledValue(i);
      if (callee && LLVMIsAFunction(callee) &&
          LLVMGetEnumAttributeAtIndex(callee, LLVMAttributeFunctionIndex, twice))
        return true;
    }
  return false;
}

/* The IR shape of a maker, before any analysis: its allocation, or NULL. */
static LLVMValueRef maker_shape(struct h2s_host *host, LLVMValueRef fn, struct h2s_allocator *a) {
  LLVMTypeRef type = LLVMGlobalGetValueType(fn);
  if (LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn) || LLVMIsFunctionVarArg(type) ||
      LLVMGetTypeKind(LLVMGetReturnType(type)) != LLVMPointerTypeKind ||
      LLVMCountParams(fn) >= H2S_SUMMARY_PARAMS || !h2s_body_is_final(fn))
    return NULL;
  /* The copy's storage is a generic pointer (address space 0), and so
     are the result and the allocation it stands for. */
  if (LLVMGetPointerAddressSpace(LLVMGetReturnType(type)) != 0)
    return NULL;
  LLVMValueRef made = returned_object(fn);
  if (!made || !h2s_is_call(made) || LLVMGetTypeKind(LLVMTypeOf(made)) != LLVMPointerTypeKind ||
      LLVMGetPointerAddressSpace(LLVMTypeOf(made)) != 0)
    return NULL;
  /* An allocator's call, or an allocator wrapper's (xmalloc), which stands
     for its allocation; not another maker's. */
  const char *why = NULL;
  LLVMValueRef callee = h2s_called_function(made);
  if (h2s_classify_direct_allocation(host, made, a, &why) != H2S_CALL_ALLOC &&
      (!callee || h2s_wrapper_allocator(host, made, callee, a, &why) != H2S_CALL_ALLOC))
    return NULL;
  if (a->out_arg >= 0 || h2s_page_aligned(made) || h2s_return_alignment(made))
    return NULL;
  return made;
}

bool h2s_instructions_above(LLVMValueRef fn, uint64_t limit) {
  uint64_t n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      if (++n > limit)
        return true;
  return false;
}

static bool on_cycle(LLVMBasicBlockRef bb) { return h2s_successors_reach(bb, bb, NULL); }

static bool function_excluded(struct h2s_host *host, LLVMValueRef fn) {
  if (h2s_has_fn_attr(fn, "optnone") || h2s_has_fn_attr(fn, "presplitcoroutine") ||
      h2s_function_has_annotation(fn, "heap2stack_off") || calls_specially(fn))
    return true;
  const struct h2s_summary *own = h2s_summary_of(host, fn);
  return !own || own->in_cycle;
}

/*
 * In fa's graph, is o freed by no callee, and by deallocations that free
 * exactly it (or null), all of family `family` (NULL: of one family,
 * whichever)?  They go to frees[*count] (at most MAKER_MAX_FREES), the
 * last one's deallocator to *last.
 */
static bool freed_exactly(const struct h2s_function_analysis *fa, h2s_obj_id o,
                          const char *family, LLVMValueRef *frees, unsigned *count,
                          struct h2s_deallocator *last) {
  const struct h2s_graph *g = &fa->graph;
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, o))
      return false;
  for (uint32_t i = 0; i < fa->free_count; i++) {
    const struct h2s_free_use *f = &fa->frees[i];
    if (!h2s_graph_points_to(g, f->node, o))
      continue;
    if (g->nodes[f->node].inexact || h2s_graph_objects_besides_null(g, f->node) != 1 ||
        *count == MAKER_MAX_FREES || (family && strcmp(f->dealloc.family, family)) ||
        (*count && strcmp(f->dealloc.family, last->family)))
      return false;
    *last = f->dealloc;
    frees[(*count)++] = f->call;
  }
  return true;
}

/* In fa's graph: does no marker or size query see A's object o, and is it
   freed only as itself, by its own family? */
static bool kept_whole(const struct h2s_function_analysis *fa, h2s_obj_id o,
                       const struct h2s_allocator *a, struct verdict *v) {
  const struct h2s_graph *g = &fa->graph;
  for (uint32_t i = 0; i < fa->marker_count; i++)
    if (h2s_graph_points_to(g, fa->markers[i].node, o))
      return false;
  for (uint32_t i = 0; i < fa->size_query_count; i++)
    if (h2s_graph_points_to(g, fa->size_queries[i].node, o))
      return false;
  struct h2s_deallocator d;
  return freed_exactly(fa, o, a->family, v->frees, &v->free_count, &d);
}

/* In fn's solved graph: does A go to the result only, freed only as itself? */
static bool only_returned(const struct h2s_function_analysis *fa, LLVMValueRef made,
                          const struct h2s_allocator *a, struct verdict *v) {
  const struct h2s_graph *g = &fa->graph;
  h2s_obj_id o = h2s_site_object(fa, made);
  if (g->gave_up || o == H2S_NONE || h2s_graph_points_to(g, g->heap, o) ||
      !h2s_graph_points_to(g, g->result, o))
    return false;
  return kept_whole(fa, o, a, v);
}

/*
 * In fa's graph: the parameters whose callers' pointers fn may look at.
 * Parameter i's memory P holds C, the caller's pointers (every deeper
 * level); fn looks at them when any value, temporary or memory of its own
 * besides P's and C's may hold C (a load of a pointer from P, what a
 * callee is given of it), or when it reads or writes C's bytes (a callee
 * that reads below its argument).  A clone in a loop whose caller keeps
 * the previous object there would see its own slot instead: the caller's
 * loop rule asks (`old = b->data; b->data = malloc(n); copy old`).  At
 * -O0 a reload of the field just filled counts too: the graph does not
 * tell it from the old value.
 */
static uint32_t parameters_looked_below(const struct h2s_function_analysis *fa) {
  const struct h2s_graph *g = &fa->graph;
  uint32_t bits = 0;
  for (unsigned i = 0; i < fa->param_count && i < 32; i++) {
    h2s_obj_id p = fa->param_obj[i], c = fa->param_content[i];
    if (p == H2S_NONE || c == H2S_NONE)
      continue;
    const struct h2s_object_bytes *cb = &fa->obj_bytes[c];
    bool looks = g->gave_up || !h2s_spans_empty(&cb->read) || !h2s_spans_empty(&cb->data) ||
                 !h2s_spans_empty(&cb->zeroes) || !h2s_spans_empty(&cb->pointers) ||
                 cb->read_deep || cb->written_deep;
    for (h2s_node_id n = 0; n < g->node_count && !looks; n++)
      looks = n != g->objs[p].content && n != g->objs[c].content &&
              h2s_graph_points_to(g, n, c);
    if (looks)
      bits |= 1u << i;
  }
  return bits;
}

static void decide_maker(struct h2s_makers *m, struct h2s_host *host, struct verdict *v) {
  struct h2s_allocator a;
  LLVMValueRef made = maker_shape(host, v->fn, &a);
  if (!made)
    return;
  if (h2s_instructions_above(v->fn, m->max_copy)) {
    v->why = "it is larger than max-copy, the largest function heap2stack copies";
    return;
  }
  if (on_cycle(LLVMGetInstructionParent(made))) {
    v->why = "its allocation may run more than once per call (in a loop)";
    return;
  }
  h2s_summaries_ensure(host, m->cfg, v->fn);
  if (function_excluded(host, v->fn)) {
    v->why = "it is part of a call cycle, calls setjmp, makes a musttail call, or is not "
             "analysed (optnone, heap2stack_off, a coroutine)";
    return;
  }
  struct h2s_function_analysis fa;
  h2s_analyze_function(host, m->cfg, v->fn, &fa);
  if (only_returned(&fa, made, &a, v)) {
    v->made = made;
    v->alloc = a;
    v->looks_below = parameters_looked_below(&fa);
  }
  else
    v->why = "the object also leaves it another way, or may be freed there by something "
             "other than its own deallocation (its remark there says how)";
  h2s_function_analysis_free(&fa);
}

/* ---- is fn a filler? ----------------------------------------------------- */

/* The one allocation call in fn (a library or attribute-declared
   allocator's, or a wrapper's), or NULL when there is none or more. */
static LLVMValueRef only_allocation(struct h2s_host *host, LLVMValueRef fn,
                                    struct h2s_allocator *a) {
  LLVMValueRef found = NULL;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i))
        continue;
      struct h2s_allocator x;
      const char *why = NULL;
      LLVMValueRef callee = h2s_called_function(i);
      if (h2s_classify_direct_allocation(host, i, &x, &why) != H2S_CALL_ALLOC &&
          (!callee || h2s_wrapper_allocator(host, i, callee, &x, &why) != H2S_CALL_ALLOC))
        continue;
      if (found)
        return NULL;
      found = i;
      *a = x;
    }
  return found;
}

/* The IR shape of a filler: no pointer result, one allocation. */
static LLVMValueRef filler_shape(struct h2s_host *host, LLVMValueRef fn, struct h2s_allocator *a) {
  LLVMTypeRef type = LLVMGlobalGetValueType(fn);
  LLVMTypeKind result = LLVMGetTypeKind(LLVMGetReturnType(type));
  if (LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn) || LLVMIsFunctionVarArg(type) ||
      (result != LLVMVoidTypeKind && result != LLVMIntegerTypeKind) ||
      LLVMCountParams(fn) >= H2S_SUMMARY_PARAMS || !h2s_body_is_final(fn))
    return NULL;
  LLVMValueRef made = only_allocation(host, fn, a);
  if (!made || LLVMGetTypeKind(LLVMTypeOf(made)) != LLVMPointerTypeKind ||
      LLVMGetPointerAddressSpace(LLVMTypeOf(made)) != 0)
    return NULL;
  if (a->out_arg >= 0 || h2s_page_aligned(made) || h2s_return_alignment(made))
    return NULL;
  return made;
}

/* Does node n point to nothing but `allowed` (H2S_NONE: nothing), c, and null? */
static bool holds_only(const struct h2s_graph *g, h2s_node_id n, h2s_obj_id c,
                       h2s_obj_id allowed) {
  const struct h2s_node *node = &g->nodes[n];
  for (uint32_t k = 0; k < node->pts_count; k++) {
    h2s_obj_id x = node->pts[k].obj;
    if (x != c && x != allowed && g->objs[x].kind != H2S_OBJ_NULL)
      return false;
  }
  return true;
}

/*
 * Does node n (a filled object's memory) point to nothing a caller could
 * know as its own: only to unknown memory (globals, what callees return),
 * null, and fn's own locals (dead once it returns)?  Not to the object
 * itself, nor to any parameter's memory or what that held (the caller's
 * objects), which a caller reading the object as unknown would not see
 * leave.  (A maker's object reaches the result, which sends all it holds
 * to {heap}: there the summary tells the caller.)
 */
static bool holds_nothing_the_caller_sees(const struct h2s_graph *g, h2s_node_id n) {
  const struct h2s_node *node = &g->nodes[n];
  for (uint32_t k = 0; k < node->pts_count; k++) {
    enum h2s_obj_kind kind = g->objs[node->pts[k].obj].kind;
    if (kind != H2S_OBJ_UNKNOWN && kind != H2S_OBJ_NULL && kind != H2S_OBJ_ALLOCA)
      return false;
  }
  return true;
}

/*
 * In fn's graph solved as if parameter `param`'s memory were fn's own:
 * does A reach neither {heap} nor the result, is it the only pointer fn
 * stores there (besides null, and what the caller's memory already held),
 * with nothing stored any deeper, and is it freed only as itself?  A's own
 * memory may hold no pointer the caller could follow to something of its
 * own (holds_nothing_the_caller_sees): a caller takes the filled object's
 * content as unknown pointers, so `memcpy(p + 8, &p, sizeof p)` would give
 * it back A's address unseen (that memory being fn's own here, nothing
 * sends A's content to {heap}).
 */
static bool only_filled(const struct h2s_function_analysis *fa, LLVMValueRef made,
                        const struct h2s_allocator *a, unsigned param, struct verdict *v) {
  const struct h2s_graph *g = &fa->graph;
  h2s_obj_id o = h2s_site_object(fa, made);
  h2s_obj_id p = fa->param_obj[param], c = fa->param_content[param];
  if (g->gave_up || o == H2S_NONE || p == H2S_NONE || h2s_graph_points_to(g, g->heap, o) ||
      h2s_graph_points_to(g, g->result, o) || h2s_graph_points_to(g, g->heap, p) ||
      !h2s_graph_points_to(g, g->objs[p].content, o) ||
      !holds_only(g, g->objs[p].content, c, o) || !holds_only(g, g->objs[c].content, c, H2S_NONE))
    return false;
  if (!holds_nothing_the_caller_sees(g, g->objs[o].content))
    return false;
  v->filled = fa->obj_bytes[p].pointers;
  return !h2s_spans_empty(&v->filled) && kept_whole(fa, o, a, v);
}

/*
 * Does fn's entry block store `made` itself into the one pointer-sized span
 * `filled` of what parameter `param` points to (*at: its offset)?  Then
 * every call that returns has stored it there: the entry block runs on
 * every call, and whatever runs before the store and does not return
 * takes the call with it.
 */
static bool stored_on_entry(LLVMValueRef fn, LLVMValueRef made, unsigned param,
                            const struct h2s_spans *filled, uint64_t *at) {
  LLVMTargetDataRef layout = LLVMGetModuleDataLayout(LLVMGetGlobalParent(fn));
  uint64_t lo;
  if (!h2s_spans_single(filled, LLVMPointerSize(layout), &lo))
    return false;
  for (LLVMValueRef i = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn)); i;
       i = LLVMGetNextInstruction(i)) {
    if (!LLVMIsAStoreInst(i) || LLVMGetVolatile(i) || h2s_strip_casts(LLVMGetOperand(i, 0)) != made)
      continue;
    LLVMValueRef base;
    uint64_t offset;
    if (h2s_pointer_field(layout, LLVMGetOperand(i, 1), &base, &offset) &&
        base == LLVMGetParam(fn, param) && offset == lo) {
      *at = lo;
      return true;
    }
  }
  return false;
}

/*
 * A filler (`buf_init(&b, n)`: b->data = malloc(n)) stores its one
 * allocation A through one of its parameters and nowhere else, returns no
 * pointer, and meets a maker's other conditions.  Which parameter: the one
 * whose memory holds A in fn's own graph; then fn is solved again with
 * that memory taken as its own, to see that A leaves by no other way.
 */
static void decide_filler(struct h2s_makers *m, struct h2s_host *host, struct verdict *v) {
  struct h2s_allocator a;
  LLVMValueRef made = filler_shape(host, v->fn, &a);
  if (!made || h2s_instructions_above(v->fn, m->max_copy) ||
      on_cycle(LLVMGetInstructionParent(made)))
    return;
  h2s_summaries_ensure(host, m->cfg, v->fn);
  if (function_excluded(host, v->fn))
    return;
  struct h2s_function_analysis fa;
  h2s_analyze_function(host, m->cfg, v->fn, &fa);
  h2s_obj_id o = h2s_site_object(&fa, made);
  int param = -1;
  bool one = !fa.graph.gave_up && o != H2S_NONE;
  for (unsigned i = 0; one && i < fa.param_count; i++) {
    h2s_obj_id p = fa.param_obj[i];
    if (p != H2S_NONE && h2s_graph_points_to(&fa.graph, fa.graph.objs[p].content, o)) {
      one = param < 0;
      param = (int)i;
    }
  }
  h2s_function_analysis_free(&fa);
  if (!one || param < 0)
    return;
  h2s_analyze_function_owning(host, m->cfg, v->fn, (unsigned)param, &fa);
  if (only_filled(&fa, made, &a, (unsigned)param, v)) {
    v->made = made;
    v->alloc = a;
    v->alloc.out_arg = (signed char)param;
    v->always_filled = stored_on_entry(v->fn, made, (unsigned)param, &v->filled, &v->filled_at);
    v->looks_below = parameters_looked_below(&fa);
  } else {
    v->free_count = 0;
  }
  h2s_function_analysis_free(&fa);
}

/*
 * In fn's graph (fa): are what parameter `param` points to's pointers freed
 * only by deallocations of a pointer fn loads from that memory itself, at
 * one constant offset (free(b->data), the same field each time), each of
 * them freeing only that (or null), of one family, by no callee, and do
 * they leave fn by no other way?  (What the parameter points to holds
 * every deeper level too: the load from the parameter itself is what
 * says the freed pointer is the one at that offset.)
 */
static bool field_freed_exactly(const struct h2s_function_analysis *fa, LLVMValueRef fn,
                                unsigned param, LLVMValueRef *frees, unsigned *count,
                                struct h2s_deallocator *last) {
  const struct h2s_graph *g = &fa->graph;
  h2s_obj_id c = param < fa->param_count ? fa->param_content[param] : H2S_NONE;
  if (g->gave_up || c == H2S_NONE || h2s_graph_points_to(g, g->heap, c))
    return false;
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, c))
      return false;
  LLVMTargetDataRef layout = LLVMGetModuleDataLayout(LLVMGetGlobalParent(fn));
  *count = 0;
  for (uint32_t i = 0; i < fa->free_count; i++) {
    const struct h2s_free_use *f = &fa->frees[i];
    if (!h2s_graph_points_to(g, f->node, c))
      continue;
    if (g->nodes[f->node].inexact || h2s_graph_objects_besides_null(g, f->node) != 1 ||
        *count == MAKER_MAX_FREES || (*count && strcmp(f->dealloc.family, last->family)))
      return false;
    LLVMValueRef loaded = h2s_strip_casts(LLVMGetOperand(f->call, f->dealloc.ptr_arg));
    if (!loaded || !LLVMIsALoadInst(loaded) ||
        LLVMGetTypeKind(LLVMTypeOf(loaded)) != LLVMPointerTypeKind)
      return false;
    LLVMValueRef base;
    uint64_t offset;
    if (!h2s_pointer_field(layout, LLVMGetOperand(loaded, 0), &base, &offset) ||
        base != LLVMGetParam(fn, param) || (*count && offset != last->field_offset))
      return false;
    *last = f->dealloc;
    last->field_offset = offset;
    frees[(*count)++] = f->call;
  }
  return *count > 0;
}

/*
 * A destroyer frees exactly one of its parameters, p: its summary says p
 * is freed and does not escape or come back as the result, no other
 * parameter is freed, and in its own graph every deallocation that may
 * free p frees p (or null) and nothing else, all of one family, and no
 * callee frees it.  The rest of what it does (freeing what p points to)
 * stays with it, in its copy too.
 */
/* Does fn itself call a deallocator?  A destroyer's frees are its own
   (freed_exactly and field_freed_exactly count them): without one, no
   graph need be built to know it is none. */
static bool deallocates(struct h2s_host *host, LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      struct h2s_deallocator d;
      if (h2s_is_call(i) && h2s_match_deallocator(host, i, &d))
        return true;
    }
  return false;
}

static void decide_destroyer(struct h2s_makers *m, struct h2s_host *host, struct verdict *v) {
  v->destroys = -1;
  LLVMValueRef fn = v->fn;
  if (LLVMIsDeclaration(fn) || LLVMGetIntrinsicID(fn) || !h2s_body_is_final(fn) ||
      LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn)) ||
      h2s_instructions_above(fn, m->max_copy) || !deallocates(host, fn))
    return;
  h2s_summaries_ensure(host, m->cfg, fn);
  const struct h2s_summary *sum = h2s_summary_of(host, fn);
  if (!sum || function_excluded(host, fn))
    return;
  int freed = -1;
  for (unsigned i = 0; i < sum->param_count; i++) {
    if (!(sum->flags[i] & H2S_PARAM_FREED))
      continue;
    if (freed >= 0 || (sum->flags[i] & (H2S_PARAM_ESCAPES | H2S_PARAM_TO_RESULT)))
      return;
    freed = (int)i;
  }
  if (LLVMCountParams(fn) > H2S_SUMMARY_PARAMS)
    return;
  struct h2s_function_analysis fa;
  if (freed < 0) { /* none: perhaps a pointer one of them holds (buf_fini) */
    h2s_analyze_function(host, m->cfg, fn, &fa);
    for (unsigned i = 0; i < sum->param_count && v->destroys < 0; i++)
      if ((sum->flags[i] & H2S_PARAM_CONTENT_ESCAPES) &&
          field_freed_exactly(&fa, fn, i, v->dfrees, &v->dfree_count, &v->dealloc)) {
        v->destroys = (int)i;
        v->dealloc.ptr_arg = i;
        v->dealloc.field = true;
        h2s_display_function(host, fn, v->dealloc.display);
      }
    if (v->destroys < 0)
      v->dfree_count = 0;
    h2s_function_analysis_free(&fa);
    return;
  }
  h2s_analyze_function(host, m->cfg, fn, &fa);
  h2s_obj_id o = fa.param_obj[freed];
  bool ok = !fa.graph.gave_up && o != H2S_NONE &&
            freed_exactly(&fa, o, NULL, v->dfrees, &v->dfree_count, &v->dealloc);
  h2s_function_analysis_free(&fa);
  if (!ok || !v->dfree_count)
    return;
  v->destroys = freed;
  v->dealloc.ptr_arg = (unsigned)freed;
  h2s_display_function(host, fn, v->dealloc.display);
}

static const struct verdict *verdict_of(struct h2s_makers *m, struct h2s_host *host,
                                        LLVMValueRef fn) {
  struct verdict *found = find_verdict(m, fn);
  if (found)
    return found;
  struct verdict v = {.fn = fn};
  /* Its own analysis classifies nothing as a maker: it is not decided. */
  bool deciding = m->deciding;
  m->deciding = false;
  decide_maker(m, host, &v);
  if (!v.made && !v.why)
    decide_filler(m, host, &v);
  decide_destroyer(m, host, &v);
  m->deciding = deciding;
  m->verdicts = h2s_grow(m->verdicts, &m->verdict_capacity, sizeof *m->verdicts,
                         m->verdict_count + 1);
  m->verdicts[m->verdict_count++] = v;
  if (2 * m->verdict_count > m->index_capacity)
    index_rebuild(m, m->index_capacity ? 2 * m->index_capacity : 64);
  else
    m->index[index_slot(m, fn)] = m->verdict_count;
  return &m->verdicts[m->verdict_count - 1];
}

enum h2s_call_class h2s_maker_allocator(struct h2s_host *host, LLVMValueRef call,
                                        LLVMValueRef fn, struct h2s_allocator *out,
                                        const char **why) {
  struct h2s_makers *m = h2s_host_core(host);
  if (!m || !m->enabled || !m->deciding || !fn)
    return H2S_CALL_OTHER;
  LLVMTypeKind result = LLVMGetTypeKind(LLVMGetReturnType(LLVMGlobalGetValueType(fn)));
  if (LLVMIsDeclaration(fn) ||
      (result != LLVMPointerTypeKind && result != LLVMVoidTypeKind &&
       result != LLVMIntegerTypeKind))
    return H2S_CALL_OTHER; /* cheap, before the shape (once per function) */
  /* Every parameter the allocation's size, count or alignment comes from
     is passed at this call. */
  if (LLVMGetNumArgOperands(call) != LLVMCountParams(fn))
    return H2S_CALL_OTHER;
  /* Operand bundles (funclets, deoptimisation state) the copy's call
     would have to carry: not rewritten. */
  if (LLVMGetNumOperandBundles(call))
    return H2S_CALL_OTHER;
  const struct verdict *v = verdict_of(m, host, fn);
  if (!v->made) {
    if (v->why)
      *why = v->why;
    return H2S_CALL_OTHER;
  }
  m->deciding_calls++;
  *out = v->alloc;
  h2s_display_function(host, fn, out->display);
  out->maker = fn;
  out->made = v->made;
  out->zeroed = false; /* the clone zeroes it */
  return H2S_CALL_ALLOC;
}

const struct h2s_spans *h2s_filled_bytes(struct h2s_host *host, LLVMValueRef fn) {
  struct h2s_makers *m = h2s_host_core(host);
  const struct verdict *v = m ? find_verdict(m, fn) : NULL;
  return v && v->made && v->alloc.out_arg >= 0 ? &v->filled : NULL;
}

bool h2s_filler_always_stores(struct h2s_host *host, LLVMValueRef fn, uint64_t *offset) {
  struct h2s_makers *m = h2s_host_core(host);
  const struct verdict *v = m ? find_verdict(m, fn) : NULL;
  if (!v || !v->made || v->alloc.out_arg < 0 || !v->always_filled)
    return false;
  *offset = v->filled_at;
  return true;
}

bool h2s_maker_looks_below(struct h2s_host *host, LLVMValueRef fn, unsigned param) {
  struct h2s_makers *m = h2s_host_core(host);
  const struct verdict *v = m ? find_verdict(m, fn) : NULL;
  if (!v || !v->made || param >= 32)
    return true;
  return (v->looks_below >> param) & 1u;
}

/* Which parameter of the maker v is, or -1. */
static int maker_param_index(LLVMValueRef maker, LLVMValueRef v) {
  unsigned n = LLVMCountParams(maker);
  for (unsigned i = 0; i < n; i++)
    if (LLVMGetParam(maker, i) == v)
      return (int)i;
  return -1;
}

LLVMValueRef h2s_allocation_operand(LLVMValueRef call, const struct h2s_allocator *alloc,
                                    int arg) {
  if (arg < 0)
    return NULL;
  if (!alloc->maker)
    return LLVMGetOperand(call, (unsigned)arg);
  LLVMValueRef v = LLVMGetOperand(alloc->made, (unsigned)arg);
  int param = maker_param_index(alloc->maker, v);
  if (param < 0)
    return v;
  return (unsigned)param < (unsigned)LLVMGetNumArgOperands(call)
             ? LLVMGetOperand(call, (unsigned)param)
             : NULL;
}

/*
 * A made allocation's run-time size as its caller can compute it: the
 * maker's parameters, integer constants, and integer arithmetic on them
 * that can neither trap nor make poison (add, sub, mul, and, or, xor,
 * casts between integer types, shifts by a constant below the width;
 * `str_new(len)`: malloc(len + 1)), at most OPERAND_DEPTH deep.  The maker
 * may return before it computes the size, so the caller must not compute
 * anything worse than a value: the copies carry no nuw, nsw or exact, and
 * the result is frozen (an argument the maker never looks at may be undef;
 * branching on it would be undefined, choosing either way is not).
 */
#define OPERAND_DEPTH 4

static bool pure_integer_op(LLVMOpcode op) {
  switch (op) {
  case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMShl: case LLVMLShr: case LLVMAShr:
  case LLVMAnd: case LLVMOr: case LLVMXor: case LLVMZExt: case LLVMSExt: case LLVMTrunc:
    return true;
  default:
    return false;
  }
}

/* A shift by a constant below the width (another amount makes poison). */
static bool shift_in_range(LLVMValueRef v) {
  LLVMOpcode op = LLVMGetInstructionOpcode(v);
  if (op != LLVMShl && op != LLVMLShr && op != LLVMAShr)
    return true;
  LLVMValueRef amount = LLVMGetOperand(v, 1);
  return LLVMIsAConstantInt(amount) &&
         LLVMConstIntGetZExtValue(amount) < LLVMGetIntTypeWidth(LLVMTypeOf(v));
}

static bool caller_computable(LLVMValueRef maker, LLVMValueRef call, LLVMValueRef v,
                              unsigned depth) {
  if (LLVMIsAConstantInt(v))
    return true;
  int param = maker_param_index(maker, v);
  if (param >= 0)
    return (unsigned)param < (unsigned)LLVMGetNumArgOperands(call);
  if (!depth || !LLVMIsAInstruction(v) || !pure_integer_op(LLVMGetInstructionOpcode(v)) ||
      LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMIntegerTypeKind || !shift_in_range(v))
    return false;
  int n = LLVMGetNumOperands(v);
  for (int i = 0; i < n; i++)
    if (!caller_computable(maker, call, LLVMGetOperand(v, (unsigned)i), depth - 1))
      return false;
  return true;
}

static LLVMValueRef build_in_caller(LLVMBuilderRef b, LLVMValueRef maker, LLVMValueRef call,
                                    LLVMValueRef v) {
  if (LLVMIsAConstantInt(v))
    return v;
  int param = maker_param_index(maker, v);
  if (param >= 0)
    return LLVMGetOperand(call, (unsigned)param);
  LLVMOpcode op = LLVMGetInstructionOpcode(v);
  LLVMValueRef a = build_in_caller(b, maker, call, LLVMGetOperand(v, 0));
  if (op == LLVMZExt || op == LLVMSExt || op == LLVMTrunc)
    return LLVMBuildCast(b, op, a, LLVMTypeOf(v), "h2s.size");
  LLVMValueRef c = build_in_caller(b, maker, call, LLVMGetOperand(v, 1));
  return LLVMBuildBinOp(b, op, a, c, "h2s.size"); /* no nuw, nsw or exact */
}

bool h2s_allocation_operand_computable(LLVMValueRef call, const struct h2s_allocator *alloc,
                                       int arg) {
  if (arg < 0)
    return true;
  if (!alloc->maker)
    return true;
  return caller_computable(alloc->maker, call, LLVMGetOperand(alloc->made, (unsigned)arg),
                           OPERAND_DEPTH);
}

LLVMValueRef h2s_build_allocation_operand(LLVMBuilderRef b, LLVMValueRef call,
                                          const struct h2s_allocator *alloc, int arg) {
  if (!alloc->maker)
    return LLVMGetOperand(call, (unsigned)arg);
  LLVMValueRef v = LLVMGetOperand(alloc->made, (unsigned)arg);
  assert(caller_computable(alloc->maker, call, v, OPERAND_DEPTH));
  LLVMValueRef built = build_in_caller(b, alloc->maker, call, v);
  return LLVMIsAConstant(built) ? built : LLVMBuildFreeze(b, built, "h2s.size");
}

/* ---- the clone ------------------------------------------------------------ */

/* fn's copy `fn.h2s` (with a storage parameter, for a maker); values
   mapped as h2s_host_clone_function says. */
#define INLINE_COPY_SUFFIX ".h2s.inline"

static LLVMValueRef copy_named(struct h2s_host *host, LLVMValueRef fn, const char *suffix,
                               bool storage, LLVMValueRef *values, unsigned count) {
  /* A kept body's copy is named after the function it is the body of, and
     so is a copy of an inline definition's copy (`point_new.h2s`). */
  LLVMValueRef origin = h2s_kept_body_origin(fn);
  size_t len, suffix_len = strlen(suffix), inline_len = strlen(INLINE_COPY_SUFFIX);
  const char *name = LLVMGetValueName2(origin ? origin : fn, &len);
  if (h2s_is_inline_copy(fn) && len > inline_len &&
      !memcmp(name + len - inline_len, INLINE_COPY_SUFFIX, inline_len))
    len -= inline_len;
  char *copy_name = h2s_xmalloc(len + suffix_len + 1);
  memcpy(copy_name, name, len);
  memcpy(copy_name + len, suffix, suffix_len + 1);
  LLVMValueRef copy = h2s_host_clone_function(host, fn, copy_name, storage, values, count);
  free(copy_name);
  h2s_unmark_kept_body(copy);
  return copy;
}

static bool redirect_inline_calls(struct h2s_makers *m, struct h2s_host *host, LLVMValueRef fn);

static LLVMValueRef copy_function(struct h2s_host *host, LLVMValueRef fn, bool storage,
                                  LLVMValueRef *values, unsigned count) {
  return copy_named(host, fn, ".h2s", storage, values, count);
}

/* A copy's own calls of inline definitions' makers and destroyers call
   their copies too: the re-entry walk read those bodies for them. */
static void copy_made(struct h2s_host *host, LLVMValueRef copy) {
  struct h2s_makers *m = h2s_host_core(host);
  if (m)
    redirect_inline_calls(m, host, copy);
}

LLVMValueRef h2s_maker_clone(struct h2s_host *host, const struct h2s_intrinsics *ids,
                             const struct h2s_allocator *alloc, LLVMValueRef caller) {
  struct h2s_makers *m = h2s_host_core(host);
  LLVMValueRef fn = alloc->maker;
  LLVMValueRef copy = NULL, made_copy = NULL;
  for (uint32_t i = 0; i < m->clone_count && !copy; i++)
    if (m->clones[i].fn == fn)
      copy = m->clones[i].copy;
  if (!copy) {
    const struct verdict *v = verdict_of(m, host, fn);
    LLVMValueRef values[1 + MAKER_MAX_FREES];
    values[0] = v->made;
    for (unsigned i = 0; i < v->free_count; i++)
      values[1 + i] = v->frees[i];
    copy = copy_function(host, fn, true, values, 1 + v->free_count);
    made_copy = values[0];
    /* The caller's slot: never null, never poison. */
    LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(copy));
    unsigned storage_index = LLVMCountParams(copy); /* attribute index: 1-based */
    LLVMAddAttributeAtIndex(copy, storage_index,
                            LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName("nonnull", 7), 0));
    LLVMAddAttributeAtIndex(copy, storage_index,
                            LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName("noundef", 7), 0));
    h2s_rewrite_made_object(ids, made_copy, &v->alloc, LLVMGetLastParam(copy), values + 1,
                            v->free_count);
    copy_made(host, copy);
    h2s_host_function_changed(host, copy);
    h2s_chain_record(m->chains, host, copy);
    m->clones = h2s_grow(m->clones, &m->clone_capacity, sizeof *m->clones, m->clone_count + 1);
    m->clones[m->clone_count++] = (struct clone){fn, copy};
  }
  h2s_remark_moved_to_caller(host, alloc->made, copy, caller, alloc->out_arg);
  return copy;
}

bool h2s_destroyer_call(struct h2s_host *host, LLVMValueRef call, struct h2s_deallocator *out) {
  struct h2s_makers *m = h2s_host_core(host);
  LLVMValueRef fn = h2s_called_function(call);
  if (!m || !m->enabled || !m->deciding || !fn || LLVMIsDeclaration(fn) ||
      !LLVMIsACallInst(call) || LLVMGetNumOperandBundles(call) ||
      LLVMGetNumArgOperands(call) != LLVMCountParams(fn))
    return false; /* an invoke of one is left alone: its lifetime end has no place */
  const struct verdict *v = verdict_of(m, host, fn);
  if (v->destroys < 0)
    return false;
  m->deciding_calls++;
  *out = v->dealloc;
  return true;
}

LLVMValueRef h2s_destroyer_clone(struct h2s_host *host, LLVMValueRef call) {
  struct h2s_makers *m = h2s_host_core(host);
  LLVMValueRef fn = h2s_called_function(call);
  struct verdict *v = find_verdict(m, fn);
  if (!v->dcopy) {
    LLVMValueRef values[MAKER_MAX_FREES];
    for (unsigned i = 0; i < v->dfree_count; i++)
      values[i] = v->dfrees[i];
    v->dcopy = copy_function(host, fn, false, values, v->dfree_count);
    h2s_erase_deallocations(values, v->dfree_count);
    copy_made(host, v->dcopy);
    h2s_host_function_changed(host, v->dcopy);
    h2s_chain_record(m->chains, host, v->dcopy);
  }
  return v->dcopy;
}

/* ---- inline definitions' bodies -------------------------------------- */

/*
 * A C function's available_externally body, or its kept body, may not be
 * the definition a call runs (C11 6.7.4p7: the external one may differ;
 * summaries.c), so no call of it is analysed with it.  A maker, filler or
 * destroyer of that body is still used as one in the late run: before a
 * function is decided, each of its calls of one calls a plain copy of the
 * body instead (`fn.h2s.inline`), an internal function whose body is the
 * one that runs; the analysis then reads the copy, and a moved object's
 * call calls the copy's maker copy.  That is choosing the inline
 * definition for those calls, which C allows (for a body ThinLTO
 * imported, it is the definition itself).  The copy is made once, only
 * where such a call is, and its own such calls are redirected too.
 */
static bool redirected_call(struct h2s_makers *m, struct h2s_host *host, LLVMValueRef fn) {
  if (!m || !m->enabled || !fn || !h2s_inline_definition_only(fn) || !h2s_body_is_final(fn))
    return false;
  const struct verdict *v = verdict_of(m, host, fn);
  return v->made || v->destroys >= 0;
}

static LLVMValueRef inline_copy(struct h2s_makers *m, struct h2s_host *host, LLVMValueRef fn) {
  struct verdict *v = find_verdict(m, fn);
  if (v->icopy)
    return v->icopy;
  LLVMValueRef copy = copy_named(host, fn, INLINE_COPY_SUFFIX, false, NULL, 0);
  h2s_mark_inline_copy(copy, fn);
  find_verdict(m, fn)->icopy = copy;
  h2s_host_function_changed(host, copy);
  h2s_chain_record(m->chains, host, copy);
  redirect_inline_calls(m, host, copy);
  return copy;
}

static bool redirect_inline_calls(struct h2s_makers *m, struct h2s_host *host, LLVMValueRef fn) {
  bool changed = false;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      LLVMValueRef callee = h2s_called_function(i);
      if (!callee || !redirected_call(m, host, callee))
        continue;
      LLVMValueRef copy = inline_copy(m, host, callee);
      /* The called operand is the last, for a call and an invoke alike. */
      LLVMSetOperand(i, (unsigned)LLVMGetNumOperands(i) - 1, copy);
      changed = true;
    }
  return changed;
}

bool h2s_makers_redirect_inline_calls(struct h2s_host *host, LLVMValueRef fn) {
  struct h2s_makers *m = h2s_host_core(host);
  /* Not in an inline definition's own body: it is not code this file
     emits, and no call of it is analysed with it. */
  if (!m || !m->enabled || LLVMIsDeclaration(fn) || h2s_is_kept_body(fn) ||
      LLVMGetLinkage(fn) == LLVMAvailableExternallyLinkage)
    return false;
  return redirect_inline_calls(m, host, fn);
}
