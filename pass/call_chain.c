/*
 * call_chain.c - the bytes heap2stack adds along a call path (max-chain).
 *
 * max-frame bounds one frame; a chain of calls, each frame within it,
 * still adds up: main -> parse -> read_block, each with static slots,
 * needs the sum while the innermost runs.  heap2stack visits functions
 * callees first (the module pass walks the call graph's SCCs bottom-up;
 * clang's CGSCC pipeline too), so when it decides a function it already
 * knows, for every function it called, the heaviest chain below it:
 *
 *   chain(F) = static slot bytes in F + max over F's direct callees chain(C)
 *
 * A function's own new static slots are admitted only while chain(F)
 * stays within max-chain, in program order, like max-frame; a site that
 * would exceed it stays on the heap with a ChainBudget remark naming the
 * path.  What the sum counts and what it does not:
 *
 *   - static slots only: heap2stack's allocas with !heap2stack.slot in the
 *     entry block, including those inlined from callees.  Checked slots
 *     (above stack-check-above) are left out: the run-time check keeps
 *     half of every stack free whatever the chain (stack_check.c);
 *   - direct calls of defined functions, and calls through a pointer
 *     whose targets are known (a constant table, a select of functions:
 *     an audit chained eight levels of them on a 64 KiB thread).  Any
 *     other indirect call, or a call into another module, adds nothing it
 *     can know: the functions it may come back to have checked slots only
 *     (reentry.c);
 *   - call cycles: a callee in the caller's own cycle is not known yet
 *     and counts 0; a function in a cycle moves nothing above
 *     max-recursive-size (default 0) in the first place.
 *
 * The table maps a function to its chain and to the callee that chain goes
 * through, so the remark can print the path.  It lives in the session (one
 * pipeline run); a function decided again (clang revisits functions after
 * inlining into them) records its chain again.
 */
#include "call_chain.h"
#include "summaries.h"
#include "rewrite.h"
#include "valueset.h"

#include <llvm-c/Target.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chain_entry {
  LLVMValueRef fn;
  uint64_t bytes;   /* chain(fn) */
  LLVMValueRef via; /* the callee the heaviest chain goes through, or NULL */
};

struct h2s_chain_table {
  struct chain_entry *entries;
  uint32_t capacity, count;
  uint32_t nonzero; /* entries with bytes > 0: while none, every chain is 0 */
};

struct h2s_chain_table *h2s_chain_table_create(void) {
  struct h2s_chain_table *t = h2s_xcalloc(1, sizeof *t);
  t->capacity = 64;
  t->entries = h2s_xcalloc(t->capacity, sizeof *t->entries);
  return t;
}

void h2s_chain_table_destroy(struct h2s_chain_table *t) {
  if (!t)
    return;
  free(t->entries);
  free(t);
}

static uint32_t find(const struct h2s_chain_table *t, LLVMValueRef fn) {
  uint32_t h = (uint32_t)(((uintptr_t)fn >> 4) * 2654435761u) & (t->capacity - 1);
  while (t->entries[h].fn && t->entries[h].fn != fn)
    h = (h + 1) & (t->capacity - 1);
  return h;
}

static const struct chain_entry *lookup(const struct h2s_chain_table *t, LLVMValueRef fn) {
  const struct chain_entry *e = &t->entries[find(t, fn)];
  return e->fn ? e : NULL;
}

static void store(struct h2s_chain_table *t, LLVMValueRef fn, uint64_t bytes, LLVMValueRef via) {
  if (2 * (t->count + 1) > t->capacity) {
    struct chain_entry *old = t->entries;
    uint32_t old_capacity = t->capacity;
    t->capacity *= 2;
    t->entries = h2s_xcalloc(t->capacity, sizeof *t->entries);
    t->count = 0;
    for (uint32_t i = 0; i < old_capacity; i++)
      if (old[i].fn) {
        t->entries[find(t, old[i].fn)] = old[i];
        t->count++;
      }
    free(old);
  }
  struct chain_entry *e = &t->entries[find(t, fn)];
  if (!e->fn)
    t->count++;
  t->nonzero += (bytes > 0) - (e->fn && e->bytes > 0);
  *e = (struct chain_entry){.fn = fn, .bytes = bytes, .via = via};
}

uint64_t h2s_static_slot_bytes(LLVMValueRef fn) {
  uint64_t total = 0;
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
  for (LLVMValueRef i = LLVMGetFirstInstruction(entry); i; i = LLVMGetNextInstruction(i)) {
    uint64_t bytes;
    if (h2s_is_static_slot(i, &bytes) && __builtin_add_overflow(total, bytes, &total))
      return UINT64_MAX;
  }
  return total;
}

/* The heavier of best and callee's recorded chain. */
static void consider(const struct h2s_chain_table *t, LLVMValueRef fn, LLVMValueRef callee,
                     struct h2s_chain *best) {
  if (!callee || !LLVMIsAFunction(callee) || callee == fn)
    return;
  const struct chain_entry *e = lookup(t, callee);
  if (e && e->bytes > best->bytes) {
    best->bytes = e->bytes;
    best->via = callee;
  }
}

struct h2s_chain h2s_callee_chain(const struct h2s_chain_table *t, struct h2s_host *host,
                                  LLVMValueRef fn) {
  struct h2s_chain best = {0};
  if (!t->nonzero) /* no static slot anywhere yet: no walk over fn's calls */
    return best;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!LLVMIsACallInst(i) && !LLVMIsAInvokeInst(i) && !LLVMIsACallBrInst(i))
        continue;
      LLVMValueRef callee = LLVMGetCalledValue(i);
      /* Through aliases (C++ constructors and destructors: C1 -> C2). */
      for (int depth = 0; callee && LLVMIsAGlobalAlias(callee) && depth < 8; depth++)
        callee = LLVMAliasGetAliasee(callee);
      if (callee && !LLVMIsAFunction(callee) && !LLVMIsAInlineAsm(callee)) {
        /* Through a pointer whose targets are known: each of them (the
           functions of other pointers may be re-entered: reentry.c). */
        LLVMValueRef targets[H2S_MAX_INDIRECT_TARGETS];
        unsigned n = h2s_indirect_targets(host, i, targets, H2S_MAX_INDIRECT_TARGETS);
        for (unsigned k = 0; k < n; k++)
          consider(t, fn, targets[k], &best);
        continue;
      }
      consider(t, fn, callee, &best);
    }
  return best;
}

void h2s_chain_record(struct h2s_chain_table *t, struct h2s_host *host, LLVMValueRef fn) {
  uint64_t own = h2s_static_slot_bytes(fn);
  const struct chain_entry *old = lookup(t, fn);
  if (!own && !t->nonzero && !old)
    return; /* 0, as an absent entry reads */
  struct h2s_chain below = h2s_callee_chain(t, host, fn);
  uint64_t total;
  if (__builtin_add_overflow(own, below.bytes, &total))
    total = UINT64_MAX;
  store(t, fn, total, below.via);
}

void h2s_chain_path(const struct h2s_chain_table *t, struct h2s_host *host, LLVMValueRef fn,
                    LLVMValueRef via, char *buf, size_t size) {
  size_t used = 0;
  buf[0] = 0;
  LLVMValueRef seen[16];
  unsigned depth = 0;
  for (LLVMValueRef f = fn; f && depth < 16; depth++) {
    for (unsigned k = 0; k < depth; k++)
      if (seen[k] == f)
        return; /* a stale entry could loop */
    seen[depth] = f;
    const char *name = h2s_host_source_name(host, f);
    int n = snprintf(buf + used, size - used, "%s'%s'", depth ? " -> " : "", name ? name : "?");
    if (n < 0 || (size_t)n >= size - used) {
      buf[used] = 0;
      return;
    }
    used += (size_t)n;
    if (f == fn) {
      f = via;
    } else {
      const struct chain_entry *e = lookup(t, f);
      f = e ? e->via : NULL;
    }
  }
}
