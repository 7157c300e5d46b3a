/*
 * cfg_reach.c - may control go from one block to another.
 *
 * The loop rule (loop_carried.c) and the slots per iteration
 * (loop_slots.c) ask the same question of the control-flow graph: is a
 * block on a cycle, can a phi's block lead back to the allocation, does
 * every cycle through a block pass the loop header.  One depth-first walk
 * over successors answers each, with a set of the blocks seen.
 */
#include "cfg_reach.h"
#include "valueset.h"

#include <stdlib.h>

void h2s_block_set_init(struct h2s_block_set *set, LLVMValueRef fn) {
  unsigned count = LLVMCountBasicBlocks(fn);
  set->capacity = 16;
  while (set->capacity < 2 * count)
    set->capacity *= 2;
  set->slots = h2s_xcalloc(set->capacity, sizeof *set->slots);
}

bool h2s_block_set_add(struct h2s_block_set *set, LLVMBasicBlockRef bb) {
  uint64_t h = (uint64_t)(uintptr_t)bb;
  h = (h ^ (h >> 33)) * 0xff51afd7ed558ccdull;
  uint32_t mask = set->capacity - 1;
  for (uint32_t j = (uint32_t)(h >> 32) & mask;; j = (j + 1) & mask) {
    if (set->slots[j] == bb)
      return false;
    if (!set->slots[j]) {
      set->slots[j] = bb;
      return true;
    }
  }
}

void h2s_block_set_free(struct h2s_block_set *set) { free(set->slots); }

bool h2s_successors_reach(LLVMBasicBlockRef from, LLVMBasicBlockRef to, LLVMBasicBlockRef avoid) {
  LLVMValueRef fn = LLVMGetBasicBlockParent(from);
  struct h2s_block_set seen;
  h2s_block_set_init(&seen, fn);
  LLVMBasicBlockRef *stack = h2s_xmalloc((LLVMCountBasicBlocks(fn) + 1) * sizeof *stack);
  unsigned top = 0;
  bool found = false;
  stack[top++] = from;
  while (top && !found) {
    LLVMValueRef term = LLVMGetBasicBlockTerminator(stack[--top]);
    unsigned n = term ? LLVMGetNumSuccessors(term) : 0;
    for (unsigned i = 0; i < n && !found; i++) {
      LLVMBasicBlockRef next = LLVMGetSuccessor(term, i);
      found = next == to;
      if (!found && next != avoid && h2s_block_set_add(&seen, next))
        stack[top++] = next;
    }
  }
  h2s_block_set_free(&seen);
  free(stack);
  return found;
}
