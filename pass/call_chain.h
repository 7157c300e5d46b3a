/*
 * call_chain.h - the bytes heap2stack adds along a call path (max-chain).
 */
#ifndef H2S_CALL_CHAIN_H
#define H2S_CALL_CHAIN_H

#include <heap2stack/host.h>
#include <llvm-c/Core.h>
#include <stdint.h>

struct h2s_chain_table;

struct h2s_chain_table *h2s_chain_table_create(void);
void h2s_chain_table_destroy(struct h2s_chain_table *t);

/* The heaviest chain below fn: the largest recorded chain of a function fn
   calls directly or through a pointer with known targets, and that
   function (NULL if none). */
struct h2s_chain {
  uint64_t bytes;
  LLVMValueRef via;
};
struct h2s_chain h2s_callee_chain(const struct h2s_chain_table *t, struct h2s_host *host,
                                  LLVMValueRef fn);

/* The bytes of heap2stack's static slots in fn's entry block. */
uint64_t h2s_static_slot_bytes(LLVMValueRef fn);

/* Records chain(fn) = its static slot bytes + its heaviest callee chain. */
void h2s_chain_record(struct h2s_chain_table *t, struct h2s_host *host, LLVMValueRef fn);

/* "'main' -> 'parse' -> 'read_block'": fn, then via and the path below it. */
void h2s_chain_path(const struct h2s_chain_table *t, struct h2s_host *host, LLVMValueRef fn,
                    LLVMValueRef via, char *buf, size_t size);

#endif
