/*
 * size_policy.c - where the size, alignment, recursion and frame limits live.
 *
 * A site moves with a compile-time constant size (for calloc, a count times
 * an element size that does not overflow) and a slot as aligned as its
 * allocator promises: the target's malloc alignment, a constant power-of-two
 * alignment argument, an `align` attribute on the result, whichever is
 * largest, at most 4096.  valloc's and pvalloc's page is a run-time size:
 * they stay on the heap.  A run-time size gets the guarded rewrite
 * of Go 1.25's small `make`: a stack buffer of dynamic-capacity bytes used
 * when the size fits, the heap otherwise; the buffer counts as the site's
 * size below.  Then, like Go's limits for implicit allocations and a frame:
 *
 *   max-size            one allocation (default 64 KiB);
 *   max-recursive-size  one allocation in a function that is part of a call
 *                       cycle, where every byte is multiplied by the depth
 *                       of recursion (default 0: none moves);
 *   max-frame           the function's static allocas plus every byte
 *                       heap2stack moved into it (default 128 KiB);
 *   max-chain           the static slots along any call path (default 8 KiB,
 *                       call_chain.c: a sixth of a 48 KiB thread stack);
 *                       a site that would pass it gets a checked slot;
 *   stack-check-above   a slot larger than this (default 4 KiB) is made
 *                       at run time, only when the running thread's stack
 *                       has room for it (stack_check.c), the heap otherwise:
 *                       C stacks do not grow, and a 48 KiB thread or a
 *                       recursion through callbacks would overflow.  Every
 *                       slot of a function that may be re-entered through
 *                       code heap2stack cannot see (reentry.c) is checked
 *                       too, whatever its size.
 *
 * A site with one slot per loop iteration (loop_slots.c) is held to these
 * limits with all its slots together, and never gets the checked rewrite
 * (so never moves in a function that may be re-entered, or past max-chain).
 *
 * Sites are admitted in program order, so the same input always gets the
 * same decisions, and a refused site's remark shows the budget arithmetic.
 */
#include "size_policy.h"

#include "caller_frames.h"
#include "loop_slots.h"
#include "rewrite.h"
#include "stack_check.h"

#include <llvm-c/Target.h>

/* Largest alignment heap2stack gives a stack slot. */
#define H2S_MAX_SLOT_ALIGN 4096u

/* The site's allocation operand `index` (caller_frames.c: a maker's made
   allocation's, as its caller passes it) as a constant. */
static bool constant_operand(const struct h2s_site *site, int index, uint64_t *out) {
  LLVMValueRef call = site->alloc.maker ? site->alloc.made : site->call;
  if (index < 0 || (unsigned)index >= LLVMGetNumArgOperands(call))
    return false;
  LLVMValueRef v = h2s_allocation_operand(site->call, &site->alloc, index);
  if (!v || !LLVMIsAConstantInt(v) || LLVMGetIntTypeWidth(LLVMTypeOf(v)) > 64)
    return false;
  *out = LLVMConstIntGetZExtValue(v);
  return true;
}

bool h2s_alloca_bytes(LLVMTargetDataRef layout, LLVMValueRef alloca, uint64_t *out) {
  LLVMValueRef n = LLVMGetOperand(alloca, 0);
  if (!LLVMIsAConstantInt(n) || LLVMGetIntTypeWidth(LLVMTypeOf(n)) > 64)
    return false; /* dynamic: no static size to count */
  uint64_t bytes = LLVMABISizeOfType(layout, LLVMGetAllocatedType(alloca));
  if (__builtin_mul_overflow(bytes, LLVMConstIntGetZExtValue(n), out))
    *out = UINT64_MAX;
  return true;
}

uint64_t h2s_static_alloca_bytes(LLVMValueRef fn, uint64_t *earlier_slots) {
  LLVMTargetDataRef layout = LLVMGetModuleDataLayout(LLVMGetGlobalParent(fn));
  uint64_t total = 0;
  *earlier_slots = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      uint64_t bytes;
      if (!LLVMIsAAllocaInst(i) || !h2s_alloca_bytes(layout, i, &bytes))
        continue;
      uint64_t *sum = h2s_is_earlier_slot(i) ? earlier_slots : &total;
      if (__builtin_add_overflow(*sum, bytes, sum))
        *sum = UINT64_MAX;
    }
  return total;
}

/* Why a run-time size cannot get the guarded rewrite, or NULL if it can. */
static const char *unguardable(const struct h2s_site *site, const struct h2s_options *opts) {
  if (!opts->dynamic_capacity)
    return "dynamic-capacity is 0";
  if (site->alloc.maker && site->alloc.out_arg >= 0)
    return "the object is made by a function that stores it, whose copy takes a slot of a known "
           "size only";
  if (site->alloc.maker &&
      (!h2s_allocation_operand_computable(site->call, &site->alloc, site->alloc.size_arg) ||
       !h2s_allocation_operand_computable(site->call, &site->alloc, site->alloc.count_arg)))
    return "the function that makes the object computes its size in a way the caller cannot";
  if (site->destroyers.count)
    return "it is freed by a destroy function, whose copy would not free the heap case";
  if (site->alloc.out_arg >= 0)
    return "the allocator returns its pointer through an argument";
  if (!site->alloc.frees_null)
    return "its family's deallocator may not accept a null pointer";
  return NULL;
}

/* Why a site above stack-check-above cannot get the checked rewrite, or NULL. */
static const char *uncheckable(const struct h2s_site *site) {
  if (site->slots)
    return "the checked rewrite makes one slot, not one per loop iteration";
  if (site->alloc.out_arg >= 0)
    return "the allocator returns its pointer through an argument, which the checked "
           "rewrite cannot keep";
  if (site->destroyers.count)
    return "it is freed by a destroy function, whose copy would not free the heap case";
  if (!site->alloc.frees_null)
    return "its family's deallocator may not accept a null pointer, which the checked "
           "rewrite needs";
  return h2s_stack_check_unavailable(LLVMGetBasicBlockParent(LLVMGetInstructionParent(site->call)));
}

static void guard_or_refuse(struct h2s_site *site, const struct h2s_options *opts) {
  site->detail = unguardable(site, opts);
  if (site->detail) {
    site->decision = H2S_DYNAMIC_SIZE;
    return;
  }
  site->guarded = true;
  site->size_known = true;
  site->size = opts->dynamic_capacity;
}

void h2s_evaluate_size(struct h2s_site *site, unsigned malloc_align,
                       const struct h2s_options *opts) {
  const struct h2s_allocator *a = &site->alloc;
  if (h2s_page_aligned(site->call)) {
    site->decision = H2S_BAD_ALIGNMENT;
    site->detail = "returns page-aligned memory, and the page size is known only at run time";
    return;
  }
  if (a->size_arg < 0) {
    site->decision = H2S_UNKNOWN_SIZE;
    return;
  }
  site->align = malloc_align;
  if (a->align_arg >= 0) {
    uint64_t requested = 0;
    /* posix_memalign also wants a multiple of sizeof(void *), else EINVAL. */
    uint64_t pointer_size = 0;
    if (a->out_arg >= 0)
      pointer_size = LLVMPointerSize(LLVMGetModuleDataLayout(
          LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(site->call)))));
    if (!constant_operand(site, a->align_arg, &requested) || requested == 0 ||
        (requested & (requested - 1)) || requested > H2S_MAX_SLOT_ALIGN ||
        (pointer_size && requested % pointer_size)) {
      site->decision = H2S_BAD_ALIGNMENT;
      site->align_known = constant_operand(site, a->align_arg, &site->requested_align);
      return;
    }
    if (requested > site->align)
      site->align = requested;
  }
  uint64_t promised = h2s_return_alignment(site->call);
  if (promised > H2S_MAX_SLOT_ALIGN) {
    site->decision = H2S_BAD_ALIGNMENT;
    site->align_known = true;
    site->requested_align = promised;
    return;
  }
  if (promised > site->align)
    site->align = promised;
  uint64_t bytes;
  if (!constant_operand(site, a->size_arg, &bytes)) {
    guard_or_refuse(site, opts);
    return;
  }
  if (a->count_arg >= 0) {
    uint64_t count;
    if (!constant_operand(site, a->count_arg, &count)) {
      guard_or_refuse(site, opts);
      return;
    }
    site->count = count;
    site->elem_size = bytes;
    if (__builtin_mul_overflow(count, bytes, &bytes)) {
      site->decision = H2S_BAD_SIZE;
      return;
    }
  }
  site->size_known = true;
  site->size = bytes;
}

void h2s_apply_size_policy(struct h2s_site *site, const struct h2s_options *opts,
                           bool recursive, struct h2s_frame *frame) {
  if (site->slots && !h2s_loop_slots_sized(site, opts->max_size))
    return;
  uint64_t bytes = h2s_site_stack_bytes(site); /* a loop's slots count all together */
  if (bytes > opts->max_size) {
    site->decision = H2S_TOO_LARGE;
    site->limit = opts->max_size;
    return;
  }
  if (recursive && bytes > opts->max_recursive_size) {
    site->decision = H2S_RECURSIVE;
    site->limit = opts->max_recursive_size;
    return;
  }
  if (bytes > opts->stack_check_above || site->reentry) {
    site->detail = uncheckable(site);
    if (site->detail) {
      site->decision = H2S_NO_STACK_CHECK;
      site->limit = opts->stack_check_above;
      return;
    }
    site->checked = true;
    site->check_reason = site->size > opts->stack_check_above ? H2S_CHECK_SIZE : H2S_CHECK_REENTRY;
  }
  uint64_t used, after;
  site->frame_existing = frame->existing;
  site->frame_moved = frame->moved;
  site->limit = opts->max_frame;
  if (__builtin_add_overflow(frame->existing, frame->moved, &used) ||
      __builtin_add_overflow(used, bytes, &after) || after > opts->max_frame) {
    site->decision = H2S_FRAME_BUDGET;
    return;
  }
  if (!site->checked) { /* a static slot: the call-chain budget */
    uint64_t chain;
    bool over = __builtin_add_overflow(frame->slots, frame->below, &chain) ||
                __builtin_add_overflow(chain, frame->moved_static, &chain) ||
                __builtin_add_overflow(chain, bytes, &chain) || chain > opts->max_chain;
    if (over) {
      site->chain_bytes = chain;
      site->limit = opts->max_chain;
      site->detail = uncheckable(site);
      if (site->detail) {
        site->decision = H2S_CHAIN_BUDGET;
        return;
      }
      site->checked = true; /* a checked slot is not part of the chain */
      site->check_reason = H2S_CHECK_CHAIN;
    } else {
      frame->moved_static += bytes;
    }
  }
  frame->moved += bytes;
}
