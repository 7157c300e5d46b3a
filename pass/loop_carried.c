/*
 * loop_carried.c - where the loop rule lives.
 *
 * A site inside a loop (natural or irreducible: any cycle of the CFG) is
 * rewritten to ONE entry-block slot, shared by every execution of the
 * allocation.  That is only correct if no pointer to one execution's object
 * is used after the allocation has run again; otherwise the program would
 * see the next iteration's object where it expects the old one (a linked
 * list built in a loop, a "previous buffer" kept across iterations).
 *
 * A pointer value is *fresh* when it always refers to the latest execution
 * of the allocation A.  SSA gives most of it for free: a value computed
 * from fresh values by an ordinary instruction is fresh, because any use of
 * a value defined after A is reached from A's next execution only through
 * that definition again.  The exceptions are checked:
 *
 *   phi    fresh only if A dominates it (else it may carry the previous
 *          iteration's pointer around the loop), or if A cannot run again
 *          after it (a phi on a path out of the function, such as the
 *          cleanup of an exception, only merges values made since);
 *   load   fresh only from a plain pointer-sized local slot (an alloca used
 *          only by whole loads and stores, as clang -O0 emits for every
 *          pointer variable) when a store into that slot, itself after A,
 *          dominates the load: the slot was then rewritten since A last ran;
 *          or from the memory of another allocation X of the function that
 *          every path from A to the load allocates again (X's latest object
 *          was made after A's, so everything in it was stored since A last
 *          ran) when no SSA value of the function can hold an older X
 *          object (X passes this rule's value part itself, computed on
 *          demand; so the load reads the latest X).  A list built by an
 *          unrolled loop and walked to free it is then fresh: each node is
 *          held only by the node allocated after it;
 *   other  anything reaching a value through memory in any other way
 *          (memcpy, a callee returning memory contents, atomics).
 *
 * Staleness then spreads along every edge of the location graph that
 * carries the object.  Any stale SSA value keeps the site on the heap (a
 * stale pointer that is only ever stored, never read back, is harmless).
 *
 * A callee reads memory without a load in this function: a call that can
 * reach, from its pointer arguments through memory, an object holding a
 * pointer to the allocation (a node of a linked list, a local array of
 * buffers, a struct) may read an earlier iteration's pointer there, so it
 * keeps the site on the heap too.  (A fuzz finding: the list's buffers all
 * became one slot when only a callee walked the list.)  A deallocation
 * reads nothing of the memory it frees.
 *
 * The allocation itself reads nothing when it is malloc; a maker's or
 * filler's call runs code that may, while it fills the one slot: given
 * an older object, or reaching one through memory from a parameter the
 * maker looks below (h2s_maker_looks_below), it would read the slot it is
 * filling as the previous object (the second audit: `old = b->data;
 * b->data = malloc(n);` then a copy of old into the new buffer).
 */
#include "loop_carried.h"
#include "cfg_reach.h"
#include "valueset.h"

#include "alloc_sites.h"
#include "caller_frames.h"

#include <stdlib.h>
#include <string.h>

/* The allocation call writes its pointer into `slot` (posix_memalign). */
static bool allocation_writes(LLVMValueRef alloc, LLVMValueRef slot, int out_arg) {
  return alloc && out_arg >= 0 && (unsigned)out_arg < LLVMGetNumArgOperands(alloc) &&
         LLVMGetOperand(alloc, (unsigned)out_arg) == slot;
}

/* Is bb on a cycle of the control-flow graph (a natural or irreducible
   loop)?  It is when bb can reach itself. */
static bool on_cfg_cycle(LLVMBasicBlockRef bb) { return h2s_successors_reach(bb, bb, NULL); }

/* Can control go from `from` (its start) to `to`?  A phi that A does not
   dominate carries an older object only if A can run again after it: one
   on a path that leaves the function (an exception's cleanup freeing what
   was built so far) only merges this iteration's values. */
static bool block_reaches(LLVMBasicBlockRef from, LLVMBasicBlockRef to) {
  return from == to || h2s_successors_reach(from, to, NULL);
}

/* lifetime and debug intrinsics take addresses without reading memory. */
static bool reads_nothing(LLVMValueRef call) {
  LLVMValueRef fn = LLVMGetCalledValue(call);
  if (!fn || !LLVMIsAFunction(fn) || !LLVMGetIntrinsicID(fn))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  return !strncmp(name, "llvm.lifetime.", 14) || !strncmp(name, "llvm.dbg.", 9);
}

/* An alloca of one pointer, used only by loads and stores of the whole slot
   (and by the allocation writing into it). */
static bool is_scalar_slot(LLVMValueRef alloca, LLVMValueRef alloc, int out_arg) {
  if (!alloca || !LLVMIsAAllocaInst(alloca) ||
      LLVMGetTypeKind(LLVMGetAllocatedType(alloca)) != LLVMPointerTypeKind)
    return false;
  for (LLVMUseRef u = LLVMGetFirstUse(alloca); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsALoadInst(user) && LLVMGetOperand(user, 0) == alloca)
      continue;
    if (LLVMIsAStoreInst(user) && LLVMGetOperand(user, 1) == alloca &&
        LLVMGetOperand(user, 0) != alloca)
      continue;
    if (user == alloc && allocation_writes(alloc, alloca, out_arg))
      continue;
    if (LLVMIsACallInst(user) && reads_nothing(user))
      continue;
    return false;
  }
  return true;
}

/* Some store into `slot`, after the allocation, dominates `load`. */
static bool rewritten_before(struct h2s_host *host, LLVMValueRef alloc, int out_arg,
                             LLVMValueRef slot, LLVMValueRef load) {
  if (allocation_writes(alloc, slot, out_arg) && h2s_host_dominates(host, alloc, load))
    return true;
  for (LLVMUseRef u = LLVMGetFirstUse(slot); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef store = LLVMGetUser(u);
    if (LLVMIsAStoreInst(store) && LLVMGetOperand(store, 1) == slot &&
        h2s_host_dominates(host, alloc, store) && h2s_host_dominates(host, store, load))
      return true;
  }
  return false;
}

/*
 * When `alloc` is a filler's call (caller_frames.c) that stores its object
 * into field *k of what its argument points to on every call that
 * returns: that argument.  NULL otherwise.
 */
static LLVMValueRef always_filled_argument(struct h2s_host *host, LLVMValueRef alloc,
                                           uint64_t *k) {
  struct h2s_allocator a;
  const char *why = NULL;
  if (!alloc || h2s_classify_allocation(host, alloc, &a, &why) != H2S_CALL_ALLOC || !a.maker ||
      a.out_arg < 0 || (unsigned)a.out_arg >= LLVMGetNumArgOperands(alloc) ||
      !h2s_filler_always_stores(host, a.maker, k))
    return NULL;
  return LLVMGetOperand(alloc, (unsigned)a.out_arg);
}

/*
 * The allocation is a filler's call that stores its object into field k
 * of the alloca `slot` (the call's argument is the slot itself) on every
 * call that returns, it dominates `load`, and the load reads exactly that
 * field: the load reads this call's object, or what was stored there since
 * (which, if old, is stale by its own flow).
 */
static bool filled_before(struct h2s_host *host, LLVMValueRef alloc, LLVMValueRef slot,
                          LLVMValueRef load) {
  uint64_t k;
  if (!slot || !LLVMIsAAllocaInst(slot) || always_filled_argument(host, alloc, &k) != slot)
    return false;
  LLVMTargetDataRef layout =
      LLVMGetModuleDataLayout(LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(load))));
  LLVMValueRef base;
  uint64_t offset;
  return LLVMGetTypeKind(LLVMTypeOf(load)) == LLVMPointerTypeKind &&
         h2s_pointer_field(layout, LLVMGetOperand(load, 0), &base, &offset) && base == slot &&
         offset == k && h2s_host_dominates(host, alloc, load);
}

/* One site's question, and the answers about other sites it needed. */
#define HOLDER_DEPTH 16
struct freshness {
  struct h2s_host *host;
  const struct h2s_function_analysis *fa;
  signed char *state; /* per object: 0 not asked, 1 being asked, 2 fresh, 3 not */
  unsigned depth;
};

static bool *stale_nodes(struct freshness *f, h2s_obj_id o, LLVMValueRef alloc, int out_arg);

/* Does every path from `from` (just after it) to `to` pass through `via`?
   An allocation made by an invoke exists only on its normal edge: where
   the allocation throws, the object made before it is still the latest,
   so a pointer to it read on that way is not an older one. */
static bool passes_through(LLVMValueRef from, LLVMValueRef via, LLVMValueRef to) {
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(from));
  unsigned count = LLVMCountBasicBlocks(fn);
  LLVMBasicBlockRef *stack = h2s_xmalloc((count + 1) * sizeof *stack);
  struct h2s_block_set seen;
  h2s_block_set_init(&seen, fn);
  unsigned top = 0;
  bool reached = false;
  LLVMValueRef start = LLVMGetNextInstruction(from);
  LLVMBasicBlockRef bb = LLVMGetInstructionParent(from);
  for (;;) {
    bool blocked = false;
    for (LLVMValueRef i = start; i && !reached && !blocked; i = LLVMGetNextInstruction(i)) {
      reached = i == to;
      blocked = i == via;
    }
    if (reached)
      break;
    if (!blocked) {
      LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
      unsigned n = term ? LLVMGetNumSuccessors(term) : 0;
      if (term == from && LLVMIsAInvokeInst(from))
        n = 1; /* the normal destination only */
      for (unsigned s = 0; s < n; s++) {
        LLVMBasicBlockRef next = LLVMGetSuccessor(term, s);
        if (h2s_block_set_add(&seen, next))
          stack[top++] = next;
      }
    }
    if (!top)
      break;
    bb = stack[--top];
    start = LLVMGetFirstInstruction(bb);
  }
  free(stack);
  h2s_block_set_free(&seen);
  return !reached;
}

/* Can no SSA value of the function hold an object of site x older than
   its latest?  (The value part of the loop rule, for x; memoized.) */
static bool holder_is_fresh(struct freshness *f, h2s_obj_id x) {
  const struct h2s_graph *g = &f->fa->graph;
  if (f->state[x] >= 2)
    return f->state[x] == 2;
  if (f->state[x] == 1 || f->depth >= HOLDER_DEPTH)
    return false; /* a cycle of holders, or too deep: not known */
  f->state[x] = 1;
  f->depth++;
  LLVMValueRef call = g->objs[x].value;
  bool fresh = true;
  if (on_cfg_cycle(LLVMGetInstructionParent(call))) {
    struct h2s_allocator alloc;
    const char *why = NULL;
    /* A filler's argument: not known to be written on every path. */
    int out_arg = h2s_classify_allocation(f->host, call, &alloc, &why) == H2S_CALL_ALLOC &&
                          !alloc.maker
                      ? alloc.out_arg
                      : -1;
    bool *stale = stale_nodes(f, x, call, out_arg);
    for (h2s_node_id n = 0; n < g->node_count && fresh; n++)
      fresh = !(stale[n] && g->nodes[n].value && LLVMIsAInstruction(g->nodes[n].value));
    free(stale);
  }
  f->depth--;
  f->state[x] = fresh ? 2 : 3;
  return fresh;
}

static bool load_is_fresh(struct freshness *f, h2s_obj_id o, LLVMValueRef alloc, int out_arg,
                          LLVMValueRef load) {
  if (!LLVMIsALoadInst(load))
    return false; /* atomics */
  const struct h2s_graph *g = &f->fa->graph;
  h2s_node_id address = h2s_graph_find(g, LLVMGetOperand(load, 0));
  if (address == H2S_NONE)
    return false;
  const struct h2s_node *a = &g->nodes[address];
  for (uint32_t i = 0; i < a->pts_count; i++) {
    h2s_obj_id x = a->pts[i].obj;
    const struct h2s_object *holder = &g->objs[x];
    if (!h2s_graph_points_to(g, holder->content, o))
      continue;
    if (is_scalar_slot(holder->value, alloc, out_arg) &&
        rewritten_before(f->host, alloc, out_arg, holder->value, load))
      continue;
    if (filled_before(f->host, alloc, holder->value, load))
      continue;
    /* Another allocation, made again on every way from this one to the load. */
    if (holder->kind == H2S_OBJ_SITE && x != o && holder->value &&
        passes_through(alloc, holder->value, load) && holder_is_fresh(f, x))
      continue;
    return false;
  }
  return true;
}

/* Is this node, taken alone, a place where an old pointer may enter? */
static bool seeds_staleness(struct freshness *f, h2s_obj_id o, LLVMValueRef alloc, int out_arg,
                            h2s_node_id n) {
  const struct h2s_node *node = &f->fa->graph.nodes[n];
  LLVMValueRef v = node->value;
  if (!v)
    return node->owner == H2S_NONE; /* temporaries: memcpy, callee contents */
  if (v == alloc)
    return false;
  if (LLVMIsAPHINode(v))
    return !h2s_host_dominates(f->host, alloc, v) &&
           block_reaches(LLVMGetInstructionParent(v), LLVMGetInstructionParent(alloc));
  if (LLVMIsALoadInst(v) || LLVMIsAAtomicRMWInst(v) || LLVMIsAAtomicCmpXchgInst(v))
    return !load_is_fresh(f, o, alloc, out_arg, v);
  return false;
}

/* Every node that may hold an older object of o's site (caller frees). */
static bool *stale_nodes(struct freshness *f, h2s_obj_id o, LLVMValueRef alloc, int out_arg) {
  const struct h2s_graph *g = &f->fa->graph;
  bool *stale = h2s_xcalloc(g->node_count + 1, sizeof *stale);
  h2s_node_id *stack = h2s_xmalloc((g->node_count + 1) * sizeof *stack);
  uint32_t top = 0;
  for (h2s_node_id n = 0; n < g->node_count; n++)
    if (h2s_graph_points_to(g, n, o) && seeds_staleness(f, o, alloc, out_arg, n)) {
      stale[n] = true;
      stack[top++] = n;
    }
  while (top) {
    h2s_node_id n = stack[--top];
    const struct h2s_node *node = &g->nodes[n];
    for (uint32_t i = 0; i < node->copy_count; i++) {
      h2s_node_id m = node->copies[i].to;
      if (!stale[m] && h2s_graph_points_to(g, m, o)) {
        stale[m] = true;
        stack[top++] = m;
      }
    }
  }
  free(stack);
  return stale;
}

/*
 * Can `call` reach, from a pointer argument and through memory, an object
 * whose memory holds a pointer to o (other than fresh_holder)?  With a
 * `maker`, only from the arguments whose memory it looks below
 * (h2s_maker_looks_below).  seen[] is scratch (one mark per object,
 * `stamp` distinguishes calls), queue has room for every object.
 */
static bool call_sees_holder(struct h2s_host *host, const struct h2s_graph *g, h2s_obj_id o,
                             LLVMValueRef call, h2s_obj_id fresh_holder, LLVMValueRef maker,
                             uint32_t *seen, uint32_t stamp, h2s_obj_id *queue) {
  uint32_t head = 0, tail = 0;
  unsigned args = (unsigned)LLVMGetNumArgOperands(call);
  for (unsigned a = 0; a < args; a++) {
    h2s_node_id n = h2s_graph_find(g, LLVMGetOperand(call, a));
    if (n == H2S_NONE || (maker && !h2s_maker_looks_below(host, maker, a)))
      continue;
    for (uint32_t i = 0; i < g->nodes[n].pts_count; i++) {
      h2s_obj_id x = g->nodes[n].pts[i].obj;
      if (seen[x] != stamp) {
        seen[x] = stamp;
        queue[tail++] = x;
      }
    }
  }
  while (head < tail) {
    h2s_obj_id x = queue[head++];
    h2s_node_id content = g->objs[x].content;
    if (content == H2S_NONE)
      continue;
    if (x != fresh_holder && h2s_graph_points_to(g, content, o))
      return true;
    for (uint32_t i = 0; i < g->nodes[content].pts_count; i++) {
      h2s_obj_id y = g->nodes[content].pts[i].obj;
      if (seen[y] != stamp) {
        seen[y] = stamp;
        queue[tail++] = y;
      }
    }
  }
  return false;
}

/* A deallocation reads nothing of what it frees (its arguments aside). */
static bool frees_only(struct h2s_host *host, LLVMValueRef call) {
  struct h2s_deallocator d;
  return h2s_match_deallocator(host, call, &d);
}

/*
 * The alloca a filler's call `alloc` stores o into (caller_frames.c), when
 * that holds only this iteration's o for a call `alloc` dominates: the
 * filler stores it on every call that returns, at the one place in the
 * alloca where this function ever stores a pointer (its own stores, and
 * memcpy-like copies, are pointer bytes here), and no older pointer flowed
 * into that memory (its content is not stale).  A callee cannot plant one
 * unseen: a pointer a callee stores into its caller's memory escapes by
 * its summary (CONTENT_ESCAPES, or ESCAPES of the argument it came from).
 * H2S_NONE otherwise.
 */
static h2s_obj_id filled_slot(struct h2s_host *host, const struct h2s_function_analysis *fa,
                              LLVMValueRef alloc, const bool *stale) {
  const struct h2s_graph *g = &fa->graph;
  uint64_t k;
  LLVMValueRef slot = always_filled_argument(host, alloc, &k);
  if (!slot)
    return H2S_NONE;
  h2s_node_id n = h2s_graph_find(g, slot);
  if (!LLVMIsAAllocaInst(slot) || n == H2S_NONE || g->nodes[n].pts_count != 1)
    return H2S_NONE;
  h2s_obj_id x = g->nodes[n].pts[0].obj;
  if (g->objs[x].kind != H2S_OBJ_ALLOCA || g->objs[x].value != slot || stale[g->objs[x].content])
    return H2S_NONE;
  uint64_t size = LLVMPointerSize(LLVMGetModuleDataLayout(LLVMGetGlobalParent(fa->fn))), lo;
  if (!h2s_spans_single(&fa->obj_bytes[x].pointers, size, &lo) || lo != k)
    return H2S_NONE;
  return x;
}

/* The first call in program order that may read an old pointer to o from
   memory, or NULL.  Nothing to find when no object's memory holds o. */
static LLVMValueRef first_call_seeing_holder(struct h2s_host *host,
                                             const struct h2s_function_analysis *fa,
                                             h2s_obj_id o, LLVMValueRef alloc,
                                             h2s_obj_id fresh_slot) {
  const struct h2s_graph *g = &fa->graph;
  bool any_holder = false;
  for (h2s_obj_id x = 0; x < g->obj_count && !any_holder; x++)
    any_holder = g->objs[x].content != H2S_NONE && h2s_graph_points_to(g, g->objs[x].content, o);
  if (!any_holder)
    return NULL;
  uint32_t *seen = h2s_xcalloc(g->obj_count + 1, sizeof *seen);
  h2s_obj_id *queue = h2s_xmalloc((g->obj_count + 1) * sizeof *queue);
  LLVMValueRef found = NULL;
  uint32_t stamp = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fa->fn); bb && !found;
       bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && !found; i = LLVMGetNextInstruction(i))
      if (h2s_is_call(i) && i != alloc && !reads_nothing(i) && !frees_only(host, i) &&
          call_sees_holder(host, g, o, i,
                           fresh_slot != H2S_NONE && h2s_host_dominates(host, alloc, i)
                               ? fresh_slot
                               : H2S_NONE,
                           NULL, seen, ++stamp, queue))
        found = i;
  free(seen);
  free(queue);
  return found;
}

/*
 * A maker's or filler's call is the allocation, but unlike malloc it runs
 * code that may read memory: the copy fills the slot while it runs, and
 * an older object it reaches through its arguments (a previous buffer the
 * caller keeps in the structure it fills, or in a holder it passes) is,
 * with one slot, that same slot.  `old = b->data; b->data = malloc(n);
 * copy old into it` then copies the slot onto itself.  Does the call get
 * a pointer to o as an argument, or reach, from an argument whose memory
 * the maker looks below (h2s_maker_looks_below), an object holding one?
 */
static bool made_call_sees_older(struct h2s_host *host, const struct h2s_function_analysis *fa,
                                 h2s_obj_id o, LLVMValueRef alloc, LLVMValueRef maker) {
  const struct h2s_graph *g = &fa->graph;
  unsigned args = (unsigned)LLVMGetNumArgOperands(alloc);
  for (unsigned a = 0; a < args; a++) {
    h2s_node_id n = h2s_graph_find(g, LLVMGetOperand(alloc, a));
    if (n != H2S_NONE && h2s_graph_points_to(g, n, o))
      return true; /* before the call, only an older object exists */
  }
  uint32_t *seen = h2s_xcalloc(g->obj_count + 1, sizeof *seen);
  h2s_obj_id *queue = h2s_xmalloc((g->obj_count + 1) * sizeof *queue);
  bool found = call_sees_holder(host, g, o, alloc, H2S_NONE, maker, seen, 1, queue);
  free(seen);
  free(queue);
  return found;
}

void h2s_check_loop_carried(struct h2s_host *host, const struct h2s_function_analysis *fa,
                            struct h2s_site *site) {
  LLVMValueRef alloc = site->call;
  LLVMBasicBlockRef block = LLVMGetInstructionParent(alloc);
  if (!on_cfg_cycle(block))
    return;
  const struct h2s_graph *g = &fa->graph;
  h2s_obj_id o = site->obj;
  struct freshness f = {host, fa, h2s_xcalloc(g->obj_count + 1, 1), 0};
  f.state[o] = 1; /* its own holders are not asked about it */
  bool *stale = stale_nodes(&f, o, alloc, site->alloc.maker ? -1 : site->alloc.out_arg);
  free(f.state);
  /* Report the first stale value in program order. */
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fa->fn); bb && site->decision == H2S_MOVE;
       bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      h2s_node_id n = h2s_graph_find(g, i);
      if (n != H2S_NONE && stale[n]) {
        site->decision = H2S_LOOP_CARRIED;
        site->blocker = i;
        site->loop_header = h2s_host_loop_header(host, block);
        break;
      }
    }
  h2s_obj_id fresh_slot = filled_slot(host, fa, alloc, stale);
  free(stale);
  if (site->decision != H2S_MOVE)
    return;
  LLVMValueRef reader = first_call_seeing_holder(host, fa, o, alloc, fresh_slot);
  if (!reader && site->alloc.maker && made_call_sees_older(host, fa, o, alloc, site->alloc.maker))
    reader = alloc;
  if (reader) {
    site->decision = H2S_LOOP_CARRIED;
    site->blocker = reader;
    site->carried_in_memory = true;
    site->loop_header = h2s_host_loop_header(host, block);
  }
}
