/*
 * cfg_reach.h - may control go from one block to another.
 */
#ifndef H2S_CFG_REACH_H
#define H2S_CFG_REACH_H

#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

/* A set of one function's blocks (open addressing, sized for all of them). */
struct h2s_block_set {
  LLVMBasicBlockRef *slots;
  uint32_t capacity;
};
void h2s_block_set_init(struct h2s_block_set *set, LLVMValueRef fn);
/* Adds bb; false if it was there already. */
bool h2s_block_set_add(struct h2s_block_set *set, LLVMBasicBlockRef bb);
void h2s_block_set_free(struct h2s_block_set *set);

/* Can control go from the end of `from` to the start of `to` without
   entering `avoid` (NULL: anywhere)?  Linear in the function's size. */
bool h2s_successors_reach(LLVMBasicBlockRef from, LLVMBasicBlockRef to, LLVMBasicBlockRef avoid);

#endif
