/*
 * frame_check.c - max-frame, checked again once slots have been inlined.
 *
 * heap2stack decides a function's sites against max-frame, and then the
 * inliner may copy that function, static slots and all, into its callers:
 * four helpers that each moved a 4 KiB buffer, inlined into one worker,
 * put four slots in the worker's frame.  Every slot's life ends at every
 * exit of its function (rewrite.c), so stack colouring usually gives slots
 * of different inlined calls the same bytes; but slots that are alive
 * together (a helper inlined into a loop body that another holds a slot
 * across) add up.  So, each time heap2stack runs on a function (in clang's
 * pipeline: right after the inliner has visited it), before deciding its
 * own sites:
 *
 *   1. find heap2stack's static slots in its entry block (the
 *      !heap2stack.slot metadata rewrite.c puts on them, which the inliner
 *      keeps);
 *   2. estimate the frame as stack colouring would build it: the other
 *      static allocas in full, plus the slots, greedily packed largest first
 *      into shared regions when their lifetimes (from their lifetime
 *      markers, a forward dataflow over the CFG) never overlap;
 *   3. while that is above max-frame, or its slots plus the heaviest chain
 *      of static slots below it (call_chain.c) are above max-chain, or
 *      always when the function may be re-entered through code heap2stack
 *      cannot see (reentry.c: a slot inlined into a recursion), turn the
 *      largest slot into a checked one (stack_check.c: the stack only when
 *      the thread has room, else the heap), with a remark naming the frame.
 *      The heap case is made once, at entry, and lives as long as the
 *      frame, as the slot did: it is freed before every return and resume,
 *      and in a function that may unwind, the calls that could unwind
 *      straight out of it become invokes of a cleanup landing pad that
 *      frees it and resumes (h2s_demote_slot).  So it is freed once on
 *      every way out but longjmp.  Not at the slot's lifetime.end markers:
 *      a loop starts the slot's life again after one, and code may hold the
 *      slot's address across them.
 *
 * The estimate is conservative: a slot with no lifetime start is alive
 * everywhere, and colouring is never assumed to do better than the greedy
 * packing LLVM's StackColoring does.
 */
#include "frame_check.h"
#include "remarks.h"
#include "rewrite.h"
#include "size_policy.h"
#include "stack_check.h"
#include "valueset.h"

#include <llvm-c/Target.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  LLVMValueRef alloca;
  uint64_t bytes;
  bool demoted;
};

struct frame {
  LLVMValueRef fn;
  struct slot *slots;
  unsigned count;
  uint64_t other_bytes;  /* static allocas that are not heap2stack's slots */
  unsigned words;        /* bitset words per set of slots */
  uint64_t *conflicts;   /* count x words: slots alive together */
};

static void add_saturating(uint64_t *total, uint64_t bytes) {
  if (__builtin_add_overflow(*total, bytes, total))
    *total = UINT64_MAX;
}

/* Step 1: heap2stack's static slots, and the bytes of everything else. */
static void collect_slots(struct frame *f) {
  LLVMTargetDataRef layout = LLVMGetModuleDataLayout(LLVMGetGlobalParent(f->fn));
  unsigned capacity = 0;
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(f->fn);
  for (LLVMValueRef i = LLVMGetFirstInstruction(entry); i; i = LLVMGetNextInstruction(i)) {
    uint64_t bytes = 0;
    if (!LLVMIsAAllocaInst(i))
      continue;
    if (!h2s_is_static_slot(i, &bytes)) {
      if (h2s_alloca_bytes(layout, i, &bytes))
        add_saturating(&f->other_bytes, bytes);
      continue;
    }
    if (f->count == capacity) {
      capacity = capacity ? 2 * capacity : 8;
      f->slots = h2s_xrealloc(f->slots, capacity * sizeof *f->slots);
    }
    f->slots[f->count++] = (struct slot){.alloca = i, .bytes = bytes};
  }
}

/* The slot a lifetime marker is on, or -1. */
static int marker_slot(const struct frame *f, const struct h2s_intrinsics *ids, LLVMValueRef inst,
                       bool *start) {
  if (!LLVMIsACallInst(inst))
    return -1;
  LLVMValueRef callee = LLVMGetCalledValue(inst);
  if (!callee || !LLVMIsAFunction(callee))
    return -1;
  unsigned id = LLVMGetIntrinsicID(callee);
  if (!id || (id != ids->lifetime_start && id != ids->lifetime_end))
    return -1;
  *start = id == ids->lifetime_start;
  LLVMValueRef ptr = LLVMGetOperand(inst, LLVMGetNumArgOperands(inst) - 1);
  for (unsigned s = 0; s < f->count; s++)
    if (f->slots[s].alloca == ptr)
      return (int)s;
  return -1;
}

/* Pointer -> index, open addressing (the C API has no predecessor lists). */
struct block_index {
  LLVMBasicBlockRef *keys;
  unsigned *values;
  uint32_t capacity;
};

static uint32_t slot_of(const struct block_index *m, LLVMBasicBlockRef bb) {
  uint32_t h = (uint32_t)(((uintptr_t)bb >> 4) * 2654435761u) & (m->capacity - 1);
  while (m->keys[h] && m->keys[h] != bb)
    h = (h + 1) & (m->capacity - 1);
  return h;
}

/*
 * Step 2a: which slots are alive together.  A forward dataflow over the
 * CFG: a slot is alive after its lifetime.start until its lifetime.end;
 * at each start it conflicts with every slot alive there.  A slot that is
 * never started is alive everywhere.
 */
static void find_conflicts(struct frame *f, const struct h2s_intrinsics *ids) {
  unsigned w = f->words = (f->count + 63) / 64;
  f->conflicts = h2s_xcalloc((size_t)f->count * w, sizeof *f->conflicts);
  unsigned nblocks = LLVMCountBasicBlocks(f->fn);
  struct block_index index = {0};
  index.capacity = 16;
  while (index.capacity < 2 * nblocks)
    index.capacity *= 2;
  index.keys = h2s_xcalloc(index.capacity, sizeof *index.keys);
  index.values = h2s_xcalloc(index.capacity, sizeof *index.values);
  LLVMBasicBlockRef *blocks = h2s_xmalloc(nblocks * sizeof *blocks);
  unsigned n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f->fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    uint32_t h = slot_of(&index, bb);
    index.keys[h] = bb;
    index.values[h] = n;
    blocks[n++] = bb;
  }

  bool *started = h2s_xcalloc(f->count, sizeof *started);
  for (unsigned b = 0; b < n; b++)
    for (LLVMValueRef i = LLVMGetFirstInstruction(blocks[b]); i; i = LLVMGetNextInstruction(i)) {
      bool start;
      int s = marker_slot(f, ids, i, &start);
      if (s >= 0 && start)
        started[s] = true;
    }

  uint64_t *in = h2s_xcalloc((size_t)n * w, sizeof *in);
  uint64_t *live = h2s_xcalloc(w, sizeof *live);
  unsigned *work = h2s_xmalloc(((size_t)n + 1) * sizeof *work);
  bool *queued = h2s_xcalloc(n, sizeof *queued);
  unsigned top = 0;
  work[top++] = 0;
  queued[0] = true;
  for (int final = 0; final < 2; final++) {
    if (final) { /* one more pass over every block, recording conflicts */
      top = 0;
      for (unsigned b = n; b-- > 0;)
        work[top++] = b;
    }
    while (top) {
      unsigned b = work[--top];
      queued[b] = false;
      memcpy(live, in + (size_t)b * w, w * sizeof *live);
      for (unsigned s = 0; s < f->count; s++)
        if (!started[s])
          live[s / 64] |= 1ull << (s % 64);
      for (LLVMValueRef i = LLVMGetFirstInstruction(blocks[b]); i; i = LLVMGetNextInstruction(i)) {
        bool start;
        int s = marker_slot(f, ids, i, &start);
        if (s < 0)
          continue;
        if (!start) {
          live[s / 64] &= ~(1ull << (s % 64));
          continue;
        }
        live[s / 64] |= 1ull << (s % 64);
        if (final)
          for (unsigned k = 0; k < w; k++) {
            f->conflicts[(size_t)s * w + k] |= live[k];
            for (unsigned bit = 0; bit < 64; bit++)
              if (live[k] >> bit & 1)
                f->conflicts[(size_t)(k * 64 + bit) * w + (unsigned)s / 64] |= 1ull << (s % 64);
          }
      }
      if (final)
        continue;
      LLVMValueRef term = LLVMGetBasicBlockTerminator(blocks[b]);
      unsigned succs = term ? LLVMGetNumSuccessors(term) : 0;
      for (unsigned k = 0; k < succs; k++) {
        uint32_t h = slot_of(&index, LLVMGetSuccessor(term, k));
        if (!index.keys[h])
          continue;
        unsigned t = index.values[h];
        bool grew = false;
        for (unsigned j = 0; j < w; j++) {
          uint64_t merged = in[(size_t)t * w + j] | live[j];
          grew |= merged != in[(size_t)t * w + j];
          in[(size_t)t * w + j] = merged;
        }
        if (grew && !queued[t]) {
          queued[t] = true;
          work[top++] = t;
        }
      }
    }
  }
  /* Never-started slots are alive everywhere: they conflict with all. */
  for (unsigned s = 0; s < f->count; s++)
    if (!started[s])
      for (unsigned t = 0; t < f->count; t++) {
        f->conflicts[(size_t)s * w + t / 64] |= 1ull << (t % 64);
        f->conflicts[(size_t)t * w + s / 64] |= 1ull << (s % 64);
      }
  free(started);
  free(in);
  free(live);
  free(work);
  free(queued);
  free(blocks);
  free(index.keys);
  free(index.values);
}

static bool conflict(const struct frame *f, unsigned a, unsigned b) {
  return f->conflicts[(size_t)a * f->words + b / 64] >> (b % 64) & 1;
}

static int by_size_descending(const void *a, const void *b) {
  const struct slot *x = a, *y = b;
  return x->bytes < y->bytes ? 1 : x->bytes > y->bytes ? -1 : 0;
}

/*
 * Step 2b: the frame's bytes, the slots that remain packed greedily (the
 * largest first, each into the first region none of whose slots it
 * conflicts with; a region is as large as its largest slot).
 */
static uint64_t estimate_frame(const struct frame *f) {
  unsigned *region = h2s_xmalloc((f->count + 1) * sizeof *region);
  uint64_t total = f->other_bytes;
  unsigned regions = 0;
  for (unsigned s = 0; s < f->count; s++) {
    if (f->slots[s].demoted)
      continue;
    unsigned r = 0;
    for (; r < regions; r++) {
      bool shares = true;
      for (unsigned t = 0; t < s && shares; t++)
        if (!f->slots[t].demoted && region[t] == r && conflict(f, s, t))
          shares = false;
      if (shares)
        break;
    }
    region[s] = r;
    if (r == regions) { /* a new region: the slots are sorted, so its size */
      regions++;
      add_saturating(&total, f->slots[s].bytes);
    }
  }
  free(region);
  return total;
}

/* The bytes of the slots not demoted, plus the heaviest chain below fn. */
static uint64_t chain_bytes(const struct frame *f, uint64_t below) {
  uint64_t total = below;
  for (unsigned s = 0; s < f->count; s++)
    if (!f->slots[s].demoted)
      add_saturating(&total, f->slots[s].bytes);
  return total;
}

bool h2s_recheck_frame(struct h2s_host *host, const struct h2s_intrinsics *ids, LLVMValueRef fn,
                       const struct h2s_options *opts, uint64_t below, const char *reentry) {
  struct frame f = {.fn = fn};
  collect_slots(&f);
  if (!f.count) {
    free(f.slots);
    return false;
  }
  qsort(f.slots, f.count, sizeof *f.slots, by_size_descending);
  find_conflicts(&f, ids);
  uint64_t now = estimate_frame(&f);
  uint64_t chain = chain_bytes(&f, below);
  bool changed = false;
  for (unsigned s = 0;
       s < f.count && (reentry || now > opts->max_frame || chain > opts->max_chain); s++) {
    bool by_chain = now <= opts->max_frame;
    struct h2s_frame_demotion d = {.fn = fn, .bytes = f.slots[s].bytes,
                                   .frame = by_chain ? chain : now,
                                   .limit = by_chain ? opts->max_chain : opts->max_frame,
                                   .chain = by_chain,
                                   .reentry = reentry};
    h2s_slot_origin(f.slots[s].alloca, d.origin, sizeof d.origin);
    if (!h2s_demote_slot(f.slots[s].alloca, ids))
      continue;
    f.slots[s].demoted = true;
    changed = true;
    now = estimate_frame(&f);
    chain = chain_bytes(&f, below);
    h2s_remark_frame_demotion(host, &d);
  }
  free(f.slots);
  free(f.conflicts);
  return changed;
}
