/*
 * driver.c - heap2stack's algorithm, one call-graph SCC at a time.
 *
 * The shim hands the core the functions of one strongly connected component
 * of the call graph, callees before callers (or, in clang's pipeline, one
 * function of it at a time).  Every function first has its frame checked
 * again, with the static slots that inlining brought into it
 * (frame_check.c), and gets the stack check's cache reset after the calls
 * that make it stale (stack_check.c).  Only functions that allocate are
 * analysed.
 * For each of them, summary_solver.c first makes sure it and everything it
 * calls have their final parameter summaries (a call cycle solved as one
 * unit, whatever group of functions the shim passed), then:
 *
 *   1. collect the allocation sites in program order (alloc_sites.c); a
 *      site seen before in this pipeline run is left alone, so each gets
 *      exactly one final decision;
 *   2. optnone functions, unsplit coroutines, functions annotated
 *      heap2stack_off and functions that call setjmp (returns_twice) are
 *      not analysed;
 *   3. for every other site decide escape on the function's solved location
 *      graph (escape.c, with the parameter summaries of its callees), then
 *      read the size, keep sites whose size an object-size query would see
 *      change, and apply max-size, the recursion rule (the function's own
 *      summary says whether it is part of a call cycle), the max-frame
 *      budget and the max-chain budget (with the chains recorded for its
 *      callees, call_chain.c) in program order (size_policy.c);
 *   4. word one final remark per site (remarks.c) while the IR still holds
 *      the allocation call the remark points at; in a function annotated
 *      heap2stack_noheap, a site that stays on the heap, or moves with a
 *      heap fallback (guarded, checked), is also an error, and so is a C
 *      library call that hands it new heap memory (strdup, asprintf, ...);
 *   5. rewrite the sites that move (rewrite.c), those with one slot per
 *      loop iteration first (their loop's blocks as they were decided).
 *
 * Decisions are all taken before any rewrite, so no decision depends on the
 * order in which earlier sites of the same function were rewritten.
 */
#include <heap2stack/core.h>

#include "annotations.h"
#include "valueset.h"
#include "call_chain.h"
#include "caller_frames.h"
#include "reentry.h"
#include "escape.h"
#include "frame_check.h"
#include "remarks.h"
#include "rewrite.h"
#include "size_policy.h"
#include "stack_check.h"
#include "summary_solver.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct h2s_session {
  struct h2s_options opts;
  struct h2s_analysis_config cfg;
  unsigned optnone_kind, presplit_coroutine_kind, returns_twice_kind;
  struct h2s_chain_table *chains; /* max-chain: each decided function's chain */
  struct h2s_reentry_table *reentry; /* which functions code not seen may re-enter */
  struct h2s_makers *makers; /* callees that make objects for their callers */
};

struct h2s_session *h2s_session_create(const struct h2s_options *opts) {
  struct h2s_session *s = h2s_xcalloc(1, sizeof *s);
  s->opts = *opts;
  h2s_intrinsics_init(&s->cfg.ids);
  s->cfg.steps_per_instruction = opts->analysis_budget;
  s->cfg.cycle_rounds = opts->cycle_rounds;
  s->optnone_kind = LLVMGetEnumAttributeKindForName("optnone", 7);
  s->presplit_coroutine_kind = LLVMGetEnumAttributeKindForName("presplitcoroutine", 17);
  s->returns_twice_kind = LLVMGetEnumAttributeKindForName("returns_twice", 13);
  s->chains = h2s_chain_table_create();
  s->reentry = h2s_reentry_table_create();
  s->makers = h2s_makers_create(&s->cfg, opts->caller_frames, opts->max_copy, s->chains);
  return s;
}

void h2s_session_destroy(struct h2s_session *s) {
  if (!s)
    return;
  h2s_chain_table_destroy(s->chains);
  h2s_reentry_table_destroy(s->reentry);
  h2s_makers_destroy(s->makers);
  free(s);
}

void h2s_site_release(struct h2s_site *site) {
  h2s_values_free(&site->frees);
  h2s_values_free(&site->frees_maybe_null);
  h2s_values_free(&site->shared_frees);
  h2s_values_free(&site->pointer_calls);
  h2s_values_free(&site->old_markers);
  h2s_values_free(&site->destroyers);
  h2s_values_free(&site->destroyer_copies);
}

struct site_list {
  struct h2s_site *items;
  size_t count, capacity;
};

static struct h2s_site *add_site(struct site_list *list) {
  if (list->count == list->capacity) {
    list->capacity = list->capacity ? 2 * list->capacity : 8;
    list->items = h2s_xrealloc(list->items, list->capacity * sizeof *list->items);
  }
  struct h2s_site *site = &list->items[list->count++];
  memset(site, 0, sizeof *site);
  return site;
}

static bool has_fn_attr(LLVMValueRef fn, unsigned kind) {
  return kind && LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind) != NULL;
}

/* Step 1: the allocation calls of fn, in program order. */
static void collect_sites(struct h2s_host *host, LLVMValueRef fn, struct site_list *sites) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i))
        continue;
      struct h2s_allocator alloc;
      const char *why = NULL;
      enum h2s_call_class cls = h2s_classify_allocation(host, i, &alloc, &why);
      if (cls == H2S_CALL_OTHER || h2s_is_guarded(i) || !h2s_host_first_visit(host, i))
        continue;
      struct h2s_site *site = add_site(sites);
      site->call = i;
      site->alloc = alloc;
      if (cls == H2S_CALL_NOT_BUILTIN || cls == H2S_CALL_UNUSABLE_WRAPPER) {
        site->decision = cls == H2S_CALL_NOT_BUILTIN ? H2S_NOT_BUILTIN : H2S_UNUSABLE_WRAPPER;
        site->detail = why;
      }
    }
}

/*
 * Does fn call setjmp, or anything else that returns twice?  After a
 * longjmp back into fn, a non-volatile local may hold a stale value (the
 * optimizer keeps it in a register across the calls that jump), while heap
 * memory keeps every update; moving an allocation onto the stack would turn
 * the heap's guarantee into the local's.
 */
static bool calls_returns_twice(const struct h2s_session *s, LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i))
        continue;
      if (LLVMGetCallSiteEnumAttribute(i, LLVMAttributeFunctionIndex, s->returns_twice_kind))
        return true;
      LLVMValueRef callee = LLVMGetCalledValue(i);
      if (callee && LLVMIsAFunction(callee) && has_fn_attr(callee, s->returns_twice_kind))
        return true;
    }
  return false;
}

/* Step 2: a reason not to analyse fn at all, or NULL. */
static const char *skip_reason(const struct h2s_session *s, LLVMValueRef fn,
                               enum h2s_decision *decision) {
  if (has_fn_attr(fn, s->optnone_kind)) {
    *decision = H2S_OPTNONE;
    return "the function is optnone (clang -O0 without -disable-O0-optnone)";
  }
  if (h2s_function_has_annotation(fn, "heap2stack_off")) {
    *decision = H2S_OPT_OUT;
    return "the function is annotated heap2stack_off";
  }
  if (has_fn_attr(fn, s->presplit_coroutine_kind)) {
    *decision = H2S_COROUTINE;
    return "the function is a coroutine that has not been split yet";
  }
  if (calls_returns_twice(s, fn)) {
    *decision = H2S_RETURNS_TWICE;
    return "the function calls setjmp (returns_twice): after a longjmp, a stack object "
           "may not keep updates that heap memory keeps";
  }
  return NULL;
}

/*
 * May frame_check.c rewrite fn?  Not an optnone function, one annotated
 * heap2stack_off, or a coroutine before splitting (CoroSplit does not take
 * the dynamic allocas of a checked slot).
 */
static bool may_recheck_frame(const struct h2s_session *s, LLVMValueRef fn) {
  return !LLVMIsDeclaration(fn) && !has_fn_attr(fn, s->optnone_kind) &&
         !has_fn_attr(fn, s->presplit_coroutine_kind) &&
         !h2s_function_has_annotation(fn, "heap2stack_off");
}

/* Step 3: escape, then size and budget, for one site. */
static void decide_site(struct h2s_session *s, struct h2s_host *host,
                        const struct h2s_function_analysis *fa, struct h2s_site *site,
                        bool recursive, unsigned malloc_align, struct h2s_frame *frame) {
  h2s_decide_escape(host, fa, site);
  if (site->decision != H2S_MOVE)
    return;
  h2s_evaluate_size(site, malloc_align, &s->opts);
  if (site->decision != H2S_MOVE)
    return;
  if (site->size_query && (site->guarded || site->size == 0)) {
    /* The slot would answer its own size: capacity, or 1 for malloc(0). */
    site->decision = H2S_SIZE_QUERY;
    site->blocker = site->size_query;
    return;
  }
  h2s_apply_size_policy(site, &s->opts, recursive, frame);
}

static bool makes_indirect_call(LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      if (h2s_is_call(i) && !LLVMIsAInlineAsm(LLVMGetCalledValue(i)) &&
          !LLVMIsAFunction(LLVMGetCalledValue(i)))
        return true;
  return false;
}

/*
 * A cycle the call graph cannot see: fn's address is taken and fn calls
 * through a pointer, so it may call itself (an interpreter's eval
 * dispatching through a table that holds eval).  Its allocations are
 * treated as recursive.  Longer cycles through pointers (fn calls g, g
 * calls through a pointer back to fn) are not found unless g is inlined.
 */
static bool may_recurse_through_pointer(LLVMValueRef fn) {
  return h2s_address_taken(fn) && makes_indirect_call(fn);
}

/*
 * Why fn may be called again while its frame is live (a call cycle the
 * summaries show, a call through a pointer that may reach it, or code
 * heap2stack cannot see), or NULL.  Static slots inlined into such a
 * function since they were decided multiply with the recursion: the frame
 * re-check demotes them (an audit: a 900-byte helper inlined into a
 * recursive caller overflowed at depth 10000).
 */
static const char *may_be_reentered(struct h2s_session *s, struct h2s_host *host,
                                    LLVMValueRef fn) {
  h2s_summaries_ensure(host, &s->cfg, fn);
  const struct h2s_summary *own = h2s_summary_of(host, fn);
  if (own && own->in_cycle)
    return "it is part of a call cycle";
  if (may_recurse_through_pointer(fn))
    return "it may call itself through a function pointer";
  return h2s_may_reenter(s->reentry, host, fn);
}

static bool run_on_function(struct h2s_session *s, struct h2s_host *host, LLVMValueRef fn,
                            const struct h2s_function_analysis *fa, bool recursive,
                            struct h2s_chain below) {
  struct site_list sites = {0};
  collect_sites(host, fn, &sites);
  if (!sites.count)
    return false;
  bool via_pointer = !recursive && may_recurse_through_pointer(fn);
  recursive |= via_pointer;
  const char *reentry = recursive ? NULL : h2s_may_reenter(s->reentry, host, fn);

  enum h2s_decision skipped;
  const char *skip = skip_reason(s, fn, &skipped);
  bool no_heap = h2s_function_has_annotation(fn, "heap2stack_noheap");
  uint64_t earlier_slots;
  uint64_t locals = h2s_static_alloca_bytes(fn, &earlier_slots);
  struct h2s_frame frame = {.existing = locals,
                            .moved = earlier_slots,
                            .slots = h2s_static_slot_bytes(fn),
                            .below = below.bytes};
  unsigned malloc_align = h2s_malloc_alignment(LLVMGetGlobalParent(fn));
  for (size_t i = 0; i < sites.count; i++) {
    struct h2s_site *site = &sites.items[i];
    site->obj = H2S_NONE;
    site->no_heap = no_heap;
    site->recursion_via_pointer = via_pointer;
    site->reentry = reentry;
    if (skip) {
      site->decision = skipped;
      site->detail = skip;
    } else if (site->decision != H2S_NOT_BUILTIN && site->decision != H2S_UNUSABLE_WRAPPER) {
      decide_site(s, host, fa, site, recursive, malloc_align, &frame);
    }
  }

  h2s_resolve_shared_frees(fa, sites.items, sites.count);
  for (size_t i = 0; i < sites.count; i++) {
    if (sites.items[i].decision == H2S_CHAIN_BUDGET ||
        (sites.items[i].checked && sites.items[i].check_reason == H2S_CHECK_CHAIN))
      h2s_chain_path(s->chains, host, fn, below.via, sites.items[i].chain_path,
                     sizeof sites.items[i].chain_path);
    h2s_remark_decision(host, &sites.items[i]);
    h2s_remark_details(host, fa, &sites.items[i]);
  }

  /* A maker's object that moves: the maker's copy that takes the slot,
     made before the caller changes (caller_frames.c). */
  for (size_t i = 0; i < sites.count; i++) {
    struct h2s_site *site = &sites.items[i];
    if (site->decision != H2S_MOVE)
      continue;
    if (site->alloc.maker)
      site->clone = h2s_maker_clone(host, &s->cfg.ids, &site->alloc, fn);
    for (size_t k = 0; k < site->destroyers.count; k++)
      h2s_values_push(&site->destroyer_copies,
                      h2s_destroyer_clone(host, site->destroyers.items[k]));
  }

  /* A loop's slots first (loop_slots.c): their counter goes into the loop's
     preheader and latch as decided, which a guarded rewrite may split. */
  bool changed = false;
  for (int slots = 1; slots >= 0; slots--)
    for (size_t i = 0; i < sites.count; i++)
      if (sites.items[i].decision == H2S_MOVE && (sites.items[i].slots != 0) == slots) {
        h2s_rewrite_site(&s->cfg.ids, &sites.items[i]);
        changed = true;
      }
  h2s_erase_shared_frees(sites.items, sites.count);
  for (size_t i = 0; i < sites.count; i++)
    h2s_site_release(&sites.items[i]);
  if (changed)
    h2s_host_function_changed(host, fn);
  free(sites.items);
  return changed;
}

/* i, when it is a call that hands its function new heap memory: an
   allocation (*name NULL), or a C library function that is no allocation
   site (*name, *what and *when say which and how); NULL otherwise. */
static LLVMValueRef heap_call(struct h2s_host *host, LLVMValueRef i, const char **name,
                              const char **what, const char **when) {
  *name = NULL;
  if (!h2s_is_call(i))
    return NULL;
  struct h2s_allocator alloc;
  const char *why;
  if (h2s_classify_direct_allocation(host, i, &alloc, &why) != H2S_CALL_OTHER)
    return i;
  *name = h2s_library_heap_call(i, what, when);
  return *name ? i : NULL;
}

/*
 * heap2stack_noheap also forbids the C library calls that hand fn new heap
 * memory (strdup, asprintf, ...), which are no allocation sites: heap2stack
 * cannot move what the library allocates.  Each is reported once per run.
 */
static void check_library_heap_calls(struct h2s_host *host, LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      const char *name, *what, *when;
      if (heap_call(host, i, &name, &what, &when) && name && h2s_host_first_visit(host, i))
        h2s_remark_library_heap(host, i, name, what, when);
    }
}

void h2s_warn_unchecked_noheap(struct h2s_host *host, LLVMValueRef fn) {
  if (LLVMIsDeclaration(fn) || !h2s_function_has_annotation(fn, "heap2stack_noheap"))
    return;
  unsigned count = 0;
  LLVMValueRef first = NULL;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      const char *name, *what, *when;
      if (heap_call(host, i, &name, &what, &when) && !count++)
        first = i;
    }
  if (count)
    h2s_remark_unchecked_noheap(host, fn, first, count);
}

/* Does fn contain an allocation call not decided before?  (No side effects.) */
static bool has_sites(struct h2s_host *host, LLVMValueRef fn) {
  if (LLVMIsDeclaration(fn))
    return false;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i) || h2s_is_guarded(i))
        continue;
      struct h2s_allocator alloc;
      const char *why;
      if (h2s_classify_allocation(host, i, &alloc, &why) != H2S_CALL_OTHER)
        return true;
    }
  return false;
}

void h2s_run_on_scc(struct h2s_session *s, struct h2s_host *host, LLVMValueRef *fns,
                    unsigned count, bool *changed) {
  for (unsigned i = 0; i < count; i++)
    changed[i] = false;
  if (s->opts.disable)
    return;
  h2s_makers_begin(s->makers, host, fns, count);
  for (unsigned i = 0; i < count; i++) {
    /* Its calls of an inline definition's maker, filler or destroyer call
       a copy of that body, which the analysis may read (caller_frames.c). */
    if (h2s_makers_redirect_inline_calls(host, fns[i])) {
      changed[i] = true;
      h2s_host_function_changed(host, fns[i]);
    }
    /* The heaviest chain of static slots below it (its calls do not change
       here), then the slots inlined since they were made, which may have
       outgrown the frame or the chain. */
    struct h2s_chain below = h2s_callee_chain(s->chains, host, fns[i]);
    const char *reentry = NULL;
    if (h2s_static_slot_bytes(fns[i]) && may_recheck_frame(s, fns[i]))
      reentry = may_be_reentered(s, host, fns[i]);
    if (may_recheck_frame(s, fns[i]) &&
        h2s_recheck_frame(host, &s->cfg.ids, fns[i], &s->opts, below.bytes, reentry)) {
      changed[i] = true;
      h2s_host_function_changed(host, fns[i]);
    }
    /* Every function, whatever it allocates: a check anywhere in the
       linked object reads the cache these calls make stale. */
    if (h2s_reset_stack_cache_at_calls(host, fns[i])) {
      changed[i] = true;
      h2s_host_function_changed(host, fns[i]);
    }
    if (!LLVMIsDeclaration(fns[i]) && h2s_function_has_annotation(fns[i], "heap2stack_noheap"))
      check_library_heap_calls(host, fns[i]);
    /* Calls of makers are sites only while fns[i] is decided, not while
       summaries are solved (caller_frames.c). */
    h2s_makers_deciding(host, true);
    bool any = has_sites(host, fns[i]);
    h2s_makers_deciding(host, false);
    if (!any)
      continue;
    /* Its callees' summaries first (and its own, which says whether it is
       part of a call cycle), then its own graph with them.  Outside a
       cycle, its own summary comes from that graph, unless calls were
       taken for makers' or destroyers' in it, which a summary's are not;
       where it calls none, a cycle's last round gives the graph. */
    struct h2s_function_analysis fa;
    enum h2s_own_summary own_state = h2s_summaries_ensure_callees(
        host, &s->cfg, fns[i], h2s_makers_called_in(host, fns[i]) ? NULL : &fa);
    const struct h2s_summary *own = h2s_summary_of(host, fns[i]);
    bool recursive = own_state != H2S_OWN_PENDING && own && own->in_cycle;
    h2s_makers_deciding(host, true);
    if (own_state != H2S_OWN_ANALYSED) {
      uint64_t makers_before = h2s_makers_deciding_calls(host);
      h2s_analyze_function(host, &s->cfg, fns[i], &fa);
      if (own_state == H2S_OWN_PENDING) {
        bool same = h2s_makers_deciding_calls(host) == makers_before;
        h2s_makers_deciding(host, false);
        h2s_summary_finish(host, &s->cfg, fns[i], same ? &fa : NULL);
        h2s_makers_deciding(host, true);
      }
    }
    changed[i] |= run_on_function(s, host, fns[i], &fa, recursive, below);
    h2s_makers_deciding(host, false);
    h2s_function_analysis_free(&fa);
  }
  /* Callers are decided after their callees: record each one's chain. */
  for (unsigned i = 0; i < count; i++)
    if (!LLVMIsDeclaration(fns[i]))
      h2s_chain_record(s->chains, host, fns[i]);
}
