/*
 * loop_slots.c - one slot per iteration, for a loop that runs a bounded
 * number of times.
 *
 * The loop rule (loop_carried.c) gives an allocation on a cycle ONE slot,
 * shared by all its executions, and so refuses a site whose objects may be
 * alive together: a list of 8 nodes built in a loop.  When the loop is
 * known to run at most N times, such a site can have N slots instead, an
 * entry-block array [N x slot] indexed by the iteration:
 *
 *   preheader:  lifetime.start(slots)
 *   header:     i = phi [0, preheader], [i + 1, latch]
 *   ...         p = &slots[i]            (was: p = malloc(size))
 *
 * Eligible: the allocation's innermost natural loop L (LoopInfo)
 *   1. has one preheader and one latch (loop-simplify form), so the
 *      counter is a phi of the header with exactly those two incomings;
 *   2. is entered at most once per call: its preheader is on no cycle of
 *      the CFG (every way into L passes through the preheader, since the
 *      header dominates L; a cycle through L and a block outside it would
 *      have to pass through the preheader);
 *   3. runs the allocation at most once per iteration: every cycle through
 *      the allocation's block passes through L's header (no nested cycle,
 *      natural or irreducible, of the loop's body contains it);
 *   4. has a constant upper bound N >= 1 on how often its header runs per
 *      entry (ScalarEvolution's getSmallConstantMaxTripCount);
 *   5. (not a condition, a refinement) when an exit of L is taken after at
 *      most M < N trips round it and its block's terminator dominates the
 *      allocation, M slots are enough: a loop that tests at the top runs
 *      its header 9 times for 8 iterations of its body;
 * and the site has a constant size that no object-size query asks about
 * (a slot of the array would answer the array's remaining bytes), and its
 * N slots together pass every stack rule a single slot would: max-size,
 * the recursion rule, max-frame and max-chain (size_policy.c), never the
 * checked rewrite (stack_check.c makes one slot, not one per iteration),
 * and frame_check.c sees the array as one static slot after inlining.
 * Anything else keeps the heap, as the loop rule decided, and its remark
 * says why there is no slot per iteration.
 *
 * Why it is sound.  The counter i is how many times the header has run in
 * this entry of L, minus one: it starts at 0 from the preheader, and every
 * other way into the header is the latch, which adds one.  So i < N (4).
 * With (5): the exit's block E is in L and is not its header's dominator
 * unless it is the header, so every way from the header to the allocation
 * within an iteration passes through E; ScalarEvolution bounds an exit only
 * if E dominates the latch, i.e. runs in every iteration that completes, so
 * the exit is taken in iteration M at the latest, before the allocation:
 * the allocation sees i < M.
 * Between two executions of the allocation in one entry the header runs
 * again (3), so i has grown: no two executions in one entry share a slot;
 * and there is one entry per call (2), so no two executions in one call
 * share a slot.  Each object therefore has its own bytes for as long as
 * the call lasts, and the escape rules (escape.c) already proved that no
 * pointer to it outlives the call, which is all a heap object's life adds.
 * Slots are `stride` bytes apart, the size rounded up to the alignment,
 * so each is as aligned as the allocator promised and none overlaps
 * another.  A deallocation of one object does not end the array's life,
 * so it is removed without a lifetime.end; the array's life starts in the
 * preheader (once per call, before any slot is used) and ends at every
 * exit of the function, as a single slot's does.  After inlining, the
 * inlined loop is entered once per inlined call, and no object outlives
 * that call, so an array reused by the next call holds nothing alive.
 * calloc's zeroing is done at each execution, on its slot.  Recursion
 * gives every call its own frame and array.
 */
#include "loop_slots.h"
#include "cfg_reach.h"
#include "valueset.h"

#include <llvm-c/DebugInfo.h>
#include <stdlib.h>

/* (2) Is the loop entered at most once per call?  Its preheader is on no cycle. */
static bool entered_once_per_call(const struct h2s_loop_shape *loop) {
  return !h2s_successors_reach(loop->preheader, loop->preheader, NULL);
}

/* (3) Does `block` run at most once per iteration: does every cycle
   through it pass through the loop's header? */
static bool runs_once_per_iteration(LLVMBasicBlockRef block, const struct h2s_loop_shape *loop) {
  return block == loop->header || !h2s_successors_reach(block, block, loop->header);
}

/* Why the site's loop cannot give it one slot per iteration, or NULL. */
static const char *unslottable_loop(struct h2s_host *host, LLVMBasicBlockRef block,
                                    struct h2s_loop_shape *loop) {
  if (!h2s_host_loop_shape(host, block, loop))
    return "the allocation is on a cycle that is not a natural loop";
  if (!loop->preheader || !loop->latch)
    return "its loop has no single preheader and latch (it is not in loop-simplify form)";
  if (!entered_once_per_call(loop))
    return "its loop is inside another loop or cycle, which would reuse the slots while "
           "earlier objects may be alive";
  if (!runs_once_per_iteration(block, loop))
    return "the allocation may run more than once per iteration of its loop";
  if (loop->max_trip_count == 0)
    return "its loop has no constant bound on its iterations";
  return NULL;
}

/*
 * (5) How many iterations of the loop can run the allocation, per entry:
 * the loop's bound N, or M when an exit of the loop comes before the
 * allocation in every iteration (its block's terminator dominates the
 * allocation) and is taken after at most M trips round the loop (a loop in
 * its top-tested form runs its header N = M + 1 times, its body M times).
 */
static uint64_t iterations_reaching(struct h2s_host *host, LLVMValueRef call,
                                    const struct h2s_loop_shape *loop) {
  uint64_t runs = loop->max_trip_count;
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
    struct h2s_loop_shape own;
    uint64_t bound;
    if (term && h2s_host_dominates(host, term, call) && h2s_host_loop_shape(host, bb, &own) &&
        own.header == loop->header && h2s_host_loop_exit_bound(host, bb, &bound) && bound < runs)
      runs = bound;
  }
  return runs ? runs : 1; /* 0: the allocation never runs; one slot keeps the IR simple */
}

void h2s_consider_loop_slots(struct h2s_host *host, struct h2s_site *site) {
  struct h2s_loop_shape loop = {0};
  site->slots_reason = unslottable_loop(host, LLVMGetInstructionParent(site->call), &loop);
  if (site->slots_reason)
    return;
  site->decision = H2S_MOVE;
  site->slots = iterations_reaching(host, site->call, &loop);
  site->slots_preheader = loop.preheader;
  site->slots_latch = loop.latch;
  site->loop_header = loop.header;
}

/* Back to the loop rule's verdict, with the reason the slots could not be. */
static void refuse_slots(struct h2s_site *site, const char *why) {
  site->decision = H2S_LOOP_CARRIED;
  site->slots = 0;
  site->slots_reason = why;
}

/* Rounds the site's size up to its alignment: the distance between slots. */
static uint64_t slot_stride(const struct h2s_site *site) {
  uint64_t size = site->size ? site->size : 1; /* malloc(0) still yields a unique pointer */
  uint64_t align = site->align ? site->align : 1, rounded;
  if (__builtin_add_overflow(size, align - 1, &rounded))
    return UINT64_MAX;
  return rounded / align * align;
}

bool h2s_loop_slots_sized(struct h2s_site *site, uint64_t max_size) {
  if (site->guarded) {
    refuse_slots(site, "its size is not a compile-time constant");
    return false;
  }
  if (site->size_query) {
    refuse_slots(site, "its size is queried (__builtin_object_size, _FORTIFY_SOURCE), and a slot "
                       "of the array would answer differently");
    return false;
  }
  site->slot_stride = slot_stride(site);
  if (h2s_site_stack_bytes(site) > max_size) {
    /* Mostly a bound from the counter's type (4294967295 for an unsigned
       counter below n): the loop rule's verdict says more than TooLarge. */
    site->decision = H2S_LOOP_CARRIED;
    site->slots_reason = "too many slots";
    site->limit = max_size; /* slots and slot_stride stay, for the remark */
    return false;
  }
  return true;
}

uint64_t h2s_site_stack_bytes(const struct h2s_site *site) {
  if (!site->slots)
    return site->size;
  uint64_t bytes;
  return __builtin_mul_overflow(site->slots, site->slot_stride, &bytes) ? UINT64_MAX : bytes;
}

/* How many edges of `from`'s terminator lead to `to` (a phi needs one
   incoming for each). */
static unsigned edges_to(LLVMBasicBlockRef from, LLVMBasicBlockRef to) {
  LLVMValueRef term = LLVMGetBasicBlockTerminator(from);
  unsigned n = term ? LLVMGetNumSuccessors(term) : 0, edges = 0;
  for (unsigned i = 0; i < n; i++)
    edges += LLVMGetSuccessor(term, i) == to;
  return edges;
}

/* i = phi [0, preheader], [i + 1, latch] at the top of the header. */
static LLVMValueRef build_counter(LLVMBuilderRef builder, const struct h2s_site *site) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(
      LLVMGetBasicBlockParent(LLVMGetInstructionParent(site->call))));
  LLVMTypeRef i64 = LLVMInt64TypeInContext(ctx);
  LLVMPositionBuilderBefore(builder, LLVMGetFirstInstruction(site->loop_header));
  LLVMSetCurrentDebugLocation2(builder, NULL);
  LLVMValueRef counter = LLVMBuildPhi(builder, i64, "h2s.iter");
  LLVMPositionBuilderBefore(builder, LLVMGetBasicBlockTerminator(site->slots_latch));
  LLVMValueRef next = LLVMBuildNUWAdd(builder, counter, LLVMConstInt(i64, 1, 0), "h2s.iter.next");
  LLVMValueRef zero = LLVMConstInt(i64, 0, 0);
  LLVMBasicBlockRef preheader = site->slots_preheader, latch = site->slots_latch;
  LLVMAddIncoming(counter, &zero, &preheader, 1);
  for (unsigned e = edges_to(latch, site->loop_header); e; e--)
    LLVMAddIncoming(counter, &next, &latch, 1);
  return counter;
}

LLVMValueRef h2s_build_iteration_slot(LLVMBuilderRef builder, const struct h2s_site *site,
                                      LLVMValueRef slots) {
  LLVMValueRef counter = build_counter(builder, site);
  LLVMPositionBuilderBefore(builder, site->call);
  LLVMSetCurrentDebugLocation2(builder, LLVMInstructionGetDebugLoc(site->call));
  LLVMValueRef indices[] = {LLVMConstInt(LLVMTypeOf(counter), 0, 0), counter};
  return LLVMBuildInBoundsGEP2(builder, LLVMGetAllocatedType(slots), slots, indices, 2,
                               "h2s.slot");
}
