/*
 * rewrite.c - where IR is rewritten.
 *
 * For a site that moves:
 *
 *   1. an `alloca [N x i8], align A` named `<call>.h2s` at the top of the
 *      entry block: a static slot, never a dynamic alloca inside a loop,
 *      in the DataLayout's alloca address space (cast to the allocator's
 *      pointer type if that differs);
 *   2. at the allocation point, `llvm.lifetime.start` on the slot and, for
 *      calloc, a memset to zero, so both repeat on every execution;
 *   3. every use of the allocation now uses the slot; an `invoke` of the
 *      allocator becomes a branch to its normal destination;
 *   4. each matching deallocation becomes `llvm.lifetime.end` on the slot
 *      (or nothing, when the pointer it frees may be null), and every exit
 *      of the function ends the slot's life too (end_life_at_exits);
 *   5. calls that receive the pointer lose their `tail` marker (llvm-project
 *      issue 58744), and lifetime markers already on the heap pointer go.
 *
 * A site with one slot per loop iteration (loop_slots.c) gets an array
 * `alloca [N x [stride x i8]]` instead, whose life starts in the loop's
 * preheader and ends at the function's exits only: its deallocations are
 * removed without a lifetime.end (they end one object, not the array), and
 * the allocation becomes the address of the iteration's slot.
 *
 * A run-time size (a guarded site) keeps its allocation call behind a size
 * check: the slot of dynamic-capacity bytes when the size fits, the heap
 * otherwise, and each deallocation then frees only the heap case (see
 * rewrite_guarded).  A site above stack-check-above bytes (a checked site)
 * is rewritten the same way, its slot made at function entry only when the
 * thread's stack has room (stack_check.c), with no lifetime markers.
 *
 * New instructions carry the debug location of the instruction they replace.
 * Lifetime intrinsics take (size, ptr) up to LLVM 21 and (ptr) from 22.
 */
#include "rewrite.h"
#include "caller_frames.h"
#include "loop_slots.h"
#include "size_policy.h"
#include "stack_check.h"
#include "valueset.h"

#include "compat.h"

#include <llvm-c/DebugInfo.h>
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rewriter {
  LLVMModuleRef module;
  LLVMContextRef context;
  LLVMBuilderRef builder;
  const struct h2s_intrinsics *ids;
  LLVMValueRef slot;  /* the alloca, or for a checked site the slot-or-null phi */
  uint64_t bytes;     /* its size */
  bool checked;       /* the slot exists only when the stack had room (stack_check.c) */
};

LLVMValueRef h2s_exit_point(LLVMBasicBlockRef bb) {
  LLVMValueRef exit = LLVMGetBasicBlockTerminator(bb);
  if (!exit || (!LLVMIsAReturnInst(exit) && !LLVMIsAResumeInst(exit)))
    return NULL;
  LLVMValueRef prev = LLVMGetPreviousInstruction(exit);
  if (prev && LLVMIsACallInst(prev) && LLVMGetTailCallKind(prev) == LLVMTailCallKindMustTail)
    return prev;
  return exit;
}

unsigned h2s_slot_kind(LLVMContextRef ctx) {
  return LLVMGetMDKindIDInContext(ctx, "heap2stack.slot", 15);
}

unsigned h2s_checked_slot_kind(LLVMContextRef ctx) {
  return LLVMGetMDKindIDInContext(ctx, "heap2stack.checked", 18);
}

bool h2s_is_earlier_slot(LLVMValueRef alloca) {
  if (!LLVMIsAAllocaInst(alloca) || !LLVMHasMetadata(alloca))
    return false;
  LLVMContextRef ctx = LLVMGetModuleContext(
      LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(alloca))));
  return LLVMGetMetadata(alloca, h2s_slot_kind(ctx)) ||
         LLVMGetMetadata(alloca, h2s_checked_slot_kind(ctx));
}

bool h2s_is_static_slot(LLVMValueRef alloca, uint64_t *bytes) {
  if (!LLVMIsAAllocaInst(alloca) || !LLVMHasMetadata(alloca))
    return false;
  LLVMModuleRef module =
      LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(alloca)));
  if (!LLVMGetMetadata(alloca, h2s_slot_kind(LLVMGetModuleContext(module))) ||
      LLVMGetPointerAddressSpace(LLVMTypeOf(alloca)) != 0)
    return false;
  return h2s_alloca_bytes(LLVMGetModuleDataLayout(module), alloca, bytes) && *bytes &&
         *bytes < (1ull << 32);
}

void h2s_slot_origin(LLVMValueRef slot, char *buf, size_t size) {
  LLVMContextRef ctx = LLVMGetModuleContext(
      LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(slot))));
  LLVMValueRef node = LLVMHasMetadata(slot) ? LLVMGetMetadata(slot, h2s_slot_kind(ctx)) : NULL;
  LLVMValueRef text = NULL;
  if (node && LLVMGetMDNodeNumOperands(node) == 1)
    LLVMGetMDNodeOperands(node, &text);
  unsigned len = 0;
  const char *s = text ? LLVMGetMDString(text, &len) : NULL;
  if (s)
    snprintf(buf, size, "%.*s", (int)len, s);
  else
    snprintf(buf, size, "a heap2stack slot");
}

/* Subsequent instructions go before `inst`, with its debug location. */
static void place_before(struct rewriter *rw, LLVMValueRef inst) {
  LLVMPositionBuilderBefore(rw->builder, inst);
  LLVMSetCurrentDebugLocation2(rw->builder, LLVMInstructionGetDebugLoc(inst));
}

static void build_lifetime(struct rewriter *rw, unsigned id) {
  if (rw->checked) /* a dynamic alloca behind a phi: no markers, it dies at return */
    return;
  LLVMTypeRef ptr_type = LLVMTypeOf(rw->slot);
  LLVMValueRef decl = LLVMGetIntrinsicDeclaration(rw->module, id, &ptr_type, 1);
  LLVMTypeRef fn_type = LLVMIntrinsicGetType(rw->context, id, &ptr_type, 1);
#if H2S_LIFETIME_HAS_SIZE
  LLVMValueRef args[] = {LLVMConstInt(LLVMInt64TypeInContext(rw->context), rw->bytes, 0),
                         rw->slot};
#else
  LLVMValueRef args[] = {rw->slot};
#endif
  LLVMBuildCall2(rw->builder, fn_type, decl, args, sizeof args / sizeof args[0], "");
}

/*
 * Does this deallocation end the slot's life?  Not when the pointer it
 * frees may be null: the object may still be in use through another
 * pointer (a holder's field reset after its buffer moved out).
 */
static bool ends_life(const struct h2s_site *site, LLVMValueRef free_call) {
  for (size_t i = 0; i < site->frees_maybe_null.count; i++)
    if (site->frees_maybe_null.items[i] == free_call)
      return false;
  return true;
}

/*
 * Rewires dest's phis for an edge that now comes from `to` instead of
 * `from`, or drops that edge when `to` is NULL.  The C API can neither
 * delete one incoming value nor change its block, so each phi is rebuilt.
 */
static void rewire_phi_edges(struct rewriter *rw, LLVMBasicBlockRef dest, LLVMBasicBlockRef from,
                             LLVMBasicBlockRef to) {
  LLVMValueRef phi = LLVMGetFirstInstruction(dest);
  while (phi && LLVMIsAPHINode(phi)) {
    LLVMValueRef next = LLVMGetNextInstruction(phi);
    LLVMPositionBuilderBefore(rw->builder, phi);
    LLVMValueRef rebuilt = LLVMBuildPhi(rw->builder, LLVMTypeOf(phi), "");
    unsigned n = LLVMCountIncoming(phi);
    for (unsigned i = 0; i < n; i++) {
      LLVMBasicBlockRef block = LLVMGetIncomingBlock(phi, i);
      if (block == from) {
        if (!to)
          continue;
        block = to;
      }
      LLVMValueRef value = LLVMGetIncomingValue(phi, i);
      LLVMAddIncoming(rebuilt, &value, &block, 1);
    }
    size_t len;
    const char *name = LLVMGetValueName2(phi, &len);
    char *saved = NULL;
    if (len) {
      saved = h2s_xmalloc(len + 1);
      memcpy(saved, name, len);
      saved[len] = 0;
    }
    LLVMReplaceAllUsesWith(phi, rebuilt);
    LLVMInstructionEraseFromParent(phi);
    if (saved) {
      LLVMSetValueName2(rebuilt, saved, len);
      free(saved);
    }
    phi = next;
  }
}

/* Deletes a call, or turns an invoke into a branch to its normal destination. */
static void erase_call(struct rewriter *rw, LLVMValueRef call) {
  if (LLVMIsAInvokeInst(call)) {
    LLVMBasicBlockRef block = LLVMGetInstructionParent(call);
    LLVMBasicBlockRef normal = LLVMGetNormalDest(call);
    LLVMBasicBlockRef unwind = LLVMGetUnwindDest(call);
    place_before(rw, call);
    LLVMBuildBr(rw->builder, normal);
    LLVMInstructionEraseFromParent(call);
    rewire_phi_edges(rw, unwind, block, NULL);
    return;
  }
  LLVMInstructionEraseFromParent(call);
}

/*
 * Marks a static slot as heap2stack's, with where its allocation was
 * ("'helper' at t.c:14:22"), so that a caller the slot is later inlined
 * into can find it again (frame_check.c); the inliner keeps metadata.
 */
static void mark_slot(struct rewriter *rw, LLVMValueRef slot, LLVMValueRef call) {
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
  size_t fn_len;
  const char *fn_name = LLVMGetValueName2(fn, &fn_len);
  char origin[256];
  int n = snprintf(origin, sizeof origin, "'%.*s'", (int)(fn_len < 120 ? fn_len : 120), fn_name);
  LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);
  if (loc) {
    unsigned file_len = 0;
    LLVMMetadataRef scope = LLVMDILocationGetScope(loc);
    LLVMMetadataRef file_md = scope ? LLVMDIScopeGetFile(scope) : NULL;
    const char *file = file_md ? LLVMDIFileGetFilename(file_md, &file_len) : NULL;
    const char *base = file ? file : "";
    for (unsigned i = 0; file && i < file_len; i++)
      if (file[i] == '/')
        base = file + i + 1;
    int base_len = file ? (int)(file_len - (unsigned)(base - file)) : 0;
    snprintf(origin + n, sizeof origin - (size_t)n, " at %.*s:%u:%u", base_len < 100 ? base_len : 100,
             base, LLVMDILocationGetLine(loc), LLVMDILocationGetColumn(loc));
  }
  LLVMMetadataRef text = LLVMMDStringInContext2(rw->context, origin, strlen(origin));
  LLVMSetMetadata(slot, h2s_slot_kind(rw->context),
                  LLVMMetadataAsValue(rw->context, LLVMMDNodeInContext2(rw->context, &text, 1)));
}

/* The slot's type: [bytes x i8], or for a loop's slots [N x [stride x i8]]. */
static LLVMTypeRef slot_type(struct rewriter *rw, const struct h2s_site *site) {
  LLVMTypeRef i8 = LLVMInt8TypeInContext(rw->context);
  if (!site->slots)
    return LLVMArrayType2(i8, rw->bytes);
  return LLVMArrayType2(LLVMArrayType2(i8, site->slot_stride), site->slots);
}

static LLVMValueRef create_slot(struct rewriter *rw, const struct h2s_site *site) {
  LLVMValueRef call = site->call;
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
  LLVMPositionBuilderBefore(rw->builder, LLVMGetFirstInstruction(entry));
  LLVMSetCurrentDebugLocation2(rw->builder, NULL);

  size_t len;
  const char *call_name = LLVMGetValueName2(call, &len);
  char name[128];
  snprintf(name, sizeof name, "%.*s.h2s", len ? (int)(len < 100 ? len : 100) : 0,
           call_name);
  LLVMValueRef slot = LLVMBuildAlloca(rw->builder, slot_type(rw, site), len ? name : "h2s");
  LLVMSetAlignment(slot, (unsigned)site->align);
  mark_slot(rw, slot, call);
  return slot;
}

/* Moves inst to the builder's position, keeping its name and debug location. */
static void move_here(struct rewriter *rw, LLVMValueRef inst) {
  LLVMSetCurrentDebugLocation2(rw->builder, NULL); /* else Insert() overwrites it */
  size_t len;
  const char *name = LLVMGetValueName2(inst, &len);
  char *saved = h2s_xmalloc(len + 1);
  memcpy(saved, name, len);
  saved[len] = 0;
  LLVMInstructionRemoveFromParent(inst);
  LLVMInsertIntoBuilderWithName(rw->builder, inst, saved);
  free(saved);
}

/*
 * Moves everything after `inst` in its block to a new block placed after
 * it, which takes over the block's successors (and their phi edges).
 * The old block is left without a terminator.
 */
static LLVMBasicBlockRef split_after(struct rewriter *rw, LLVMValueRef inst, const char *name) {
  LLVMBasicBlockRef block = LLVMGetInstructionParent(inst);
  LLVMBasicBlockRef next = LLVMGetNextBasicBlock(block);
  LLVMBasicBlockRef tail =
      next ? LLVMInsertBasicBlockInContext(rw->context, next, name)
           : LLVMAppendBasicBlockInContext(rw->context, LLVMGetBasicBlockParent(block), name);
  LLVMPositionBuilderAtEnd(rw->builder, tail);
  for (LLVMValueRef i = LLVMGetNextInstruction(inst), after; i; i = after) {
    after = LLVMGetNextInstruction(i);
    move_here(rw, i);
  }
  LLVMValueRef term = LLVMGetBasicBlockTerminator(tail);
  unsigned n = term ? LLVMGetNumSuccessors(term) : 0;
  for (unsigned i = 0; i < n; i++) {
    LLVMBasicBlockRef succ = LLVMGetSuccessor(term, i);
    bool seen = false; /* a successor listed twice is rewired once */
    for (unsigned j = 0; j < i; j++)
      seen |= LLVMGetSuccessor(term, j) == succ;
    if (!seen)
      rewire_phi_edges(rw, succ, block, tail);
  }
  return tail;
}

/* The run-time byte count of a guarded site, and whether it fits the buffer. */
static LLVMValueRef build_size_fits(struct rewriter *rw, const struct h2s_site *site,
                                    LLVMValueRef *bytes) {
  LLVMValueRef call = site->call;
  /* A maker's: computed from the call's arguments (caller_frames.c). */
  LLVMValueRef size = h2s_build_allocation_operand(rw->builder, call, &site->alloc,
                                                   site->alloc.size_arg);
  LLVMTypeRef type = LLVMTypeOf(size);
  LLVMValueRef capacity = LLVMConstInt(type, rw->bytes, 0);
  if (site->alloc.count_arg < 0) {
    *bytes = size;
    return LLVMBuildICmp(rw->builder, LLVMIntULE, size, capacity, "h2s.fits");
  }
  LLVMValueRef count = h2s_build_allocation_operand(rw->builder, call, &site->alloc,
                                                    site->alloc.count_arg);
  unsigned id = LLVMLookupIntrinsicID("llvm.umul.with.overflow", 23);
  LLVMValueRef decl = LLVMGetIntrinsicDeclaration(rw->module, id, &type, 1);
  LLVMTypeRef fn_type = LLVMIntrinsicGetType(rw->context, id, &type, 1);
  LLVMValueRef args[] = {count, size};
  LLVMValueRef product = LLVMBuildCall2(rw->builder, fn_type, decl, args, 2, "h2s.bytes");
  *bytes = LLVMBuildExtractValue(rw->builder, product, 0, "h2s.size");
  LLVMValueRef overflow = LLVMBuildExtractValue(rw->builder, product, 1, "h2s.overflow");
  LLVMValueRef small = LLVMBuildICmp(rw->builder, LLVMIntULE, *bytes, capacity, "");
  return LLVMBuildSelect(rw->builder, overflow, LLVMConstInt(LLVMInt1TypeInContext(rw->context), 0, 0),
                         small, "h2s.fits");
}

/*
 * Whether the slot is used: the size fits (a guarded site) and the slot
 * exists (a checked site).  *bytes is the run-time byte count.
 */
static LLVMValueRef build_fits(struct rewriter *rw, const struct h2s_site *site,
                               LLVMValueRef pointer, LLVMValueRef *bytes) {
  LLVMValueRef fits = NULL;
  if (site->guarded) {
    fits = build_size_fits(rw, site, bytes);
  } else {
    *bytes = LLVMConstInt(LLVMInt64TypeInContext(rw->context), rw->bytes, 0);
  }
  if (!rw->checked)
    return fits;
  LLVMValueRef exists = LLVMBuildIsNotNull(rw->builder, pointer, "h2s.has.slot");
  return fits ? LLVMBuildAnd(rw->builder, fits, exists, "h2s.fits") : exists;
}

/*
 * The call's attributes on the copy's call: the arguments' are part of the
 * ABI (signext, zeroext, inreg, byval, ...) and must stay.  Not the
 * result's noalias (the result is the slot the caller holds), nor memory
 * effects (the copy writes the slot, an argument the maker never had).
 */
static void copy_call_attributes(LLVMValueRef to, LLVMValueRef from, unsigned args) {
  unsigned noalias = LLVMGetEnumAttributeKindForName("noalias", 7);
  unsigned memory = LLVMGetEnumAttributeKindForName("memory", 6);
  for (unsigned k = 0; k <= args + 1; k++) {
    LLVMAttributeIndex index = k == args + 1 ? (LLVMAttributeIndex)LLVMAttributeFunctionIndex : k;
    unsigned count = LLVMGetCallSiteAttributeCount(from, index);
    if (!count)
      continue;
    LLVMAttributeRef *attrs = h2s_xmalloc(count * sizeof *attrs);
    LLVMGetCallSiteAttributes(from, index, attrs);
    for (unsigned i = 0; i < count; i++) {
      bool is_enum = LLVMIsEnumAttribute(attrs[i]);
      unsigned kind = is_enum ? LLVMGetEnumAttributeKind(attrs[i]) : 0;
      if (is_enum && ((index == LLVMAttributeReturnIndex && kind == noalias) ||
                      (index == (LLVMAttributeIndex)LLVMAttributeFunctionIndex && kind == memory)))
        continue;
      LLVMAddCallSiteAttribute(to, index, attrs[i]);
    }
    free(attrs);
  }
}

/*
 * A call of a maker (caller_frames.c): the same call of its copy that takes
 * the slot as its last argument, at the builder's position; an invoke
 * unwinds where the maker's call did and continues at `normal`.
 */
static LLVMValueRef call_clone(struct rewriter *rw, const struct h2s_site *site, LLVMValueRef slot,
                               LLVMBasicBlockRef normal) {
  LLVMValueRef call = site->call;
  unsigned n = LLVMGetNumArgOperands(call);
  LLVMValueRef *args = h2s_xmalloc((n + 1) * sizeof *args);
  for (unsigned i = 0; i < n; i++)
    args[i] = LLVMGetOperand(call, i);
  args[n] = slot;
  LLVMTypeRef type = LLVMGlobalGetValueType(site->clone);
  LLVMValueRef made =
      LLVMIsAInvokeInst(call)
          ? LLVMBuildInvoke2(rw->builder, type, site->clone, args, n + 1, normal,
                             LLVMGetUnwindDest(call), "")
          : LLVMBuildCall2(rw->builder, type, site->clone, args, n + 1, "");
  LLVMSetInstructionCallConv(made, LLVMGetInstructionCallConv(call));
  copy_call_attributes(made, call, n);
  free(args);
  return made;
}

/* Gives `to` the same incoming values in dest's phis as `from` has: a new
   edge into dest beside an old one. */
static void copy_phi_edges(LLVMBasicBlockRef dest, LLVMBasicBlockRef from, LLVMBasicBlockRef to) {
  for (LLVMValueRef phi = LLVMGetFirstInstruction(dest); phi && LLVMIsAPHINode(phi);
       phi = LLVMGetNextInstruction(phi)) {
    unsigned n = LLVMCountIncoming(phi);
    for (unsigned i = 0; i < n; i++)
      if (LLVMGetIncomingBlock(phi, i) == from) {
        LLVMValueRef value = LLVMGetIncomingValue(phi, i);
        LLVMAddIncoming(phi, &value, &to, 1);
        break;
      }
  }
}

/* Moves the name of `from` to `to`. */
static void take_name(LLVMValueRef to, LLVMValueRef from) {
  size_t len;
  const char *name = LLVMGetValueName2(from, &len);
  char *saved = h2s_xmalloc(len + 1);
  memcpy(saved, name, len);
  saved[len] = 0;
  LLVMSetValueName2(from, "", 0);
  LLVMSetValueName2(to, saved, len);
  free(saved);
}

/*
 * For an invoke of the allocator (the terminator of its block): moves it to
 * a new block `heap` whose normal edge goes to a new block `join` that
 * branches to the old normal destination; the old destination's phis now
 * come from `join`, the landing pad's from `heap`.  Returns `join`.
 */
static LLVMBasicBlockRef branch_around_invoke(struct rewriter *rw, LLVMValueRef invoke,
                                              LLVMBasicBlockRef *heap) {
  LLVMBasicBlockRef block = LLVMGetInstructionParent(invoke);
  LLVMBasicBlockRef normal = LLVMGetNormalDest(invoke);
  LLVMBasicBlockRef unwind = LLVMGetUnwindDest(invoke);
  LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(invoke);
  LLVMBasicBlockRef next = LLVMGetNextBasicBlock(block);
  LLVMBasicBlockRef join =
      next ? LLVMInsertBasicBlockInContext(rw->context, next, "h2s.join")
           : LLVMAppendBasicBlockInContext(rw->context, LLVMGetBasicBlockParent(block), "h2s.join");
  *heap = LLVMInsertBasicBlockInContext(rw->context, join, "h2s.heap");
  LLVMPositionBuilderAtEnd(rw->builder, join);
  LLVMSetCurrentDebugLocation2(rw->builder, loc);
  LLVMBuildBr(rw->builder, normal);
  rewire_phi_edges(rw, normal, block, join);
  rewire_phi_edges(rw, unwind, block, *heap);
  LLVMSetNormalDest(invoke, join);
  LLVMPositionBuilderAtEnd(rw->builder, *heap);
  move_here(rw, invoke);
  return join;
}

/*
 * Argument `arg` of `call` may now be null: a `nonnull` or `dereferenceable`
 * promise the front end made for the old value (`free(p)` after `if (!p)
 * return`) would make the null poison, and with `noundef` undefined
 * behaviour, which an optimizer may use to drop the null case again.
 */
static void drop_nonnull(LLVMValueRef call, unsigned arg) {
  static const char *const promises[] = {"nonnull", "dereferenceable"};
  for (size_t i = 0; i < sizeof promises / sizeof promises[0]; i++) {
    unsigned kind = LLVMGetEnumAttributeKindForName(promises[i], strlen(promises[i]));
    if (kind)
      LLVMRemoveCallSiteEnumAttribute(call, arg + 1, kind);
  }
}

/*
 * A run-time size, or a checked site: the buffer when it fits (and, when
 * checked, when the stack had room for it), the original call otherwise.
 *
 *   block:  lifetime.start(buf); fits = size <= capacity
 *           [calloc: memset(buf, 0, fits ? size : 0)]
 *           br fits, join, heap
 *   heap:   p.heap = <the original call>; br join
 *   join:   p = phi [buf, block], [p.heap, heap]; <the rest of block>
 *
 * An invoke stays an invoke in `heap` (unwinding to its landing pad), with
 * `join: p = phi ...; br <its normal destination>`.
 *
 * Each deallocation becomes lifetime.end(buf) and frees `p == buf ? null :
 * p`: free(NULL) and delete of a null pointer do nothing.
 */
static void rewrite_guarded(struct rewriter *rw, struct h2s_site *site, LLVMValueRef pointer) {
  LLVMValueRef call = site->call;
  LLVMBasicBlockRef block = LLVMGetInstructionParent(call);
  place_before(rw, call);
  build_lifetime(rw, rw->ids->lifetime_start);
  LLVMValueRef bytes;
  LLVMValueRef fits = build_fits(rw, site, pointer, &bytes);
  if (site->alloc.zeroed)
    LLVMBuildMemSet(rw->builder, pointer, LLVMConstInt(LLVMInt8TypeInContext(rw->context), 0, 0),
                    LLVMBuildSelect(rw->builder, fits, bytes, LLVMConstNull(LLVMTypeOf(bytes)), ""),
                    (unsigned)site->align);
  LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);

  LLVMBasicBlockRef join, heap;
  if (LLVMIsAInvokeInst(call)) {
    join = branch_around_invoke(rw, call, &heap);
  } else {
    join = split_after(rw, call, "h2s.join");
    heap = LLVMInsertBasicBlockInContext(rw->context, join, "h2s.heap");
    LLVMPositionBuilderAtEnd(rw->builder, heap);
    move_here(rw, call);
    LLVMSetCurrentDebugLocation2(rw->builder, loc);
    LLVMBuildBr(rw->builder, join);
  }
  h2s_mark_guarded(call);
  /* A maker's object (a checked slot, or a run-time size that fits): the
     slot is filled by the maker's copy, in a block of its own; otherwise
     the maker itself runs and allocates. */
  LLVMBasicBlockRef stack = block;
  LLVMValueRef on_stack = pointer;
  if (site->alloc.maker) {
    stack = LLVMInsertBasicBlockInContext(rw->context, heap, "h2s.stack");
    LLVMPositionBuilderAtEnd(rw->builder, stack);
    LLVMSetCurrentDebugLocation2(rw->builder, loc);
    on_stack = call_clone(rw, site, pointer, join);
    if (LLVMIsAInvokeInst(call))
      copy_phi_edges(LLVMGetUnwindDest(call), heap, stack);
    else
      LLVMBuildBr(rw->builder, join);
  }
  LLVMPositionBuilderAtEnd(rw->builder, block);
  LLVMSetCurrentDebugLocation2(rw->builder, loc);
  LLVMBuildCondBr(rw->builder, fits, stack == block ? join : stack, heap);

  LLVMPositionBuilderBefore(rw->builder, LLVMGetFirstInstruction(join));
  LLVMValueRef merged = LLVMBuildPhi(rw->builder, LLVMTypeOf(call), "");
  LLVMReplaceAllUsesWith(call, merged);
  LLVMAddIncoming(merged, &on_stack, &stack, 1);
  LLVMAddIncoming(merged, &call, &heap, 1);
  size_t len;
  const char *name = LLVMGetValueName2(call, &len);
  if (len) { /* the merged pointer keeps the program's name */
    char buf[128];
    snprintf(buf, sizeof buf, "%.*s", (int)(len < 100 ? len : 100), name);
    LLVMSetValueName2(call, "", 0);
    LLVMSetValueName2(merged, buf, strlen(buf));
    snprintf(buf, sizeof buf, "%.*s.heap", (int)(len < 100 ? len : 100), name);
    LLVMSetValueName2(call, buf, strlen(buf));
  }

  for (size_t i = 0; i < site->frees.count; i++) {
    LLVMValueRef free_call = site->frees.items[i];
    /* Guarded sites are C and C++ families: the pointer is argument 0. */
    place_before(rw, free_call);
    if (ends_life(site, free_call))
      build_lifetime(rw, rw->ids->lifetime_end);
    LLVMValueRef freed = LLVMGetOperand(free_call, 0);
    LLVMValueRef buffer = LLVMBuildPointerCast(rw->builder, pointer, LLVMTypeOf(freed), "");
    LLVMValueRef on_stack = LLVMBuildICmp(rw->builder, LLVMIntEQ, freed, buffer, "h2s.onstack");
    LLVMValueRef heap_only = LLVMBuildSelect(rw->builder, on_stack, LLVMConstNull(LLVMTypeOf(freed)),
                                             freed, "h2s.heaponly");
    LLVMSetOperand(free_call, 0, heap_only);
    drop_nonnull(free_call, 0);
  }
}

/*
 * lifetime.end on the slot before every exit of the function (a return,
 * or a resume that unwinds out of it), whatever path led there: the slot's
 * life ends on paths that skip the free (an early return) too, so that
 * once the function is inlined into a caller, stack colouring can give the
 * slots of different inlined calls the same bytes.  Before a musttail call
 * that precedes a return, which must stay next to it (the call cannot be
 * given the object: such sites stay on the heap).
 */
static void end_life_at_exits(struct rewriter *rw, LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef exit = h2s_exit_point(bb);
    if (!exit)
      continue;
    place_before(rw, exit);
    build_lifetime(rw, rw->ids->lifetime_end);
  }
}

void h2s_rewrite_made_object(const struct h2s_intrinsics *ids, LLVMValueRef made,
                             const struct h2s_allocator *a, LLVMValueRef storage,
                             LLVMValueRef *frees, unsigned free_count) {
  struct rewriter rw = {0};
  rw.module = LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(made)));
  rw.context = LLVMGetModuleContext(rw.module);
  rw.builder = LLVMCreateBuilderInContext(rw.context);
  rw.ids = ids;
  place_before(&rw, made);
  LLVMValueRef pointer = storage;
  if (LLVMTypeOf(pointer) != LLVMTypeOf(made))
    pointer = LLVMBuildAddrSpaceCast(rw.builder, pointer, LLVMTypeOf(made), "");
  if (a->zeroed) { /* calloc: count * size bytes of zeroes (the maker's own operands) */
    LLVMValueRef bytes = LLVMGetOperand(made, (unsigned)a->size_arg);
    if (a->count_arg >= 0)
      bytes = LLVMBuildMul(rw.builder, LLVMGetOperand(made, (unsigned)a->count_arg), bytes, "");
    LLVMBuildMemSet(rw.builder, storage, LLVMConstInt(LLVMInt8TypeInContext(rw.context), 0, 0),
                    bytes, 1);
  }
  LLVMReplaceAllUsesWith(made, pointer);
  erase_call(&rw, made);
  for (unsigned i = 0; i < free_count; i++)
    erase_call(&rw, frees[i]);
  LLVMDisposeBuilder(rw.builder);
}

/* The copy that replaces a destroyer's call among the site's frees, or NULL. */
static LLVMValueRef destroyer_copy(const struct h2s_site *site, LLVMValueRef free_call) {
  for (size_t k = 0; k < site->destroyers.count && k < site->destroyer_copies.count; k++)
    if (site->destroyers.items[k] == free_call)
      return site->destroyer_copies.items[k];
  return NULL;
}

/*
 * A destroyer's call (caller_frames.c) becomes the same call of its copy,
 * which frees what the object points to but not the object.  The slot's
 * life does not end there: a destroyer may free its parameter on some
 * paths only (`if (c) { free(p); return 1; } return 0;`), and the caller
 * goes on using the object on the others.  It ends at the exits.
 */
static void call_destroyer_copy(struct rewriter *rw, LLVMValueRef call, LLVMValueRef copy) {
  unsigned n = LLVMGetNumArgOperands(call);
  LLVMValueRef *args = h2s_xmalloc((n + 1) * sizeof *args);
  for (unsigned i = 0; i < n; i++)
    args[i] = LLVMGetOperand(call, i);
  place_before(rw, call);
  LLVMValueRef made = LLVMBuildCall2(rw->builder, LLVMGlobalGetValueType(copy), copy, args, n, "");
  LLVMSetInstructionCallConv(made, LLVMGetInstructionCallConv(call));
  copy_call_attributes(made, call, n);
  free(args);
  take_name(made, call);
  LLVMReplaceAllUsesWith(call, made);
  LLVMInstructionEraseFromParent(call);
}

void h2s_erase_deallocations(LLVMValueRef *calls, unsigned count) {
  struct rewriter rw = {0};
  for (unsigned i = 0; i < count; i++) {
    if (!rw.builder) {
      rw.context = LLVMGetModuleContext(
          LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(calls[i]))));
      rw.builder = LLVMCreateBuilderInContext(rw.context);
    }
    erase_call(&rw, calls[i]);
  }
  if (rw.builder)
    LLVMDisposeBuilder(rw.builder);
}

/* A constant size: the slot replaces the allocation everywhere. */
static void rewrite_constant(struct rewriter *rw, struct h2s_site *site, LLVMValueRef pointer) {
  LLVMValueRef call = site->call;
  place_before(rw, call);
  if (!site->slots) /* a loop's slots live from its preheader on */
    build_lifetime(rw, rw->ids->lifetime_start);
  if (site->alloc.zeroed)
    LLVMBuildMemSet(rw->builder, pointer, LLVMConstInt(LLVMInt8TypeInContext(rw->context), 0, 0),
                    LLVMConstInt(LLVMInt64TypeInContext(rw->context),
                                 site->slots ? site->size : rw->bytes, 0),
                    (unsigned)site->align);
  if (site->alloc.maker) {
    /* The maker's copy fills the slot and returns it (or null where the
       maker would have returned null); a filler's copy stores it where the
       filler stored its object, and returns what the filler returned.  An
       invoke keeps its destinations. */
    LLVMValueRef made = call_clone(rw, site, pointer,
                                   LLVMIsAInvokeInst(call) ? LLVMGetNormalDest(call) : NULL);
    take_name(made, call);
    LLVMReplaceAllUsesWith(call, made);
    LLVMInstructionEraseFromParent(call);
    call = NULL;
  } else if (site->alloc.out_arg >= 0) {
    /* posix_memalign(&p, align, size): p = slot, and the call "returns" 0. */
    LLVMBuildStore(rw->builder, pointer, LLVMGetOperand(call, (unsigned)site->alloc.out_arg));
    LLVMReplaceAllUsesWith(call, LLVMConstNull(LLVMTypeOf(call)));
  } else {
    LLVMReplaceAllUsesWith(call, pointer);
  }
  if (call) {
    assert(!LLVMGetFirstUse(call)); /* nothing may still see the heap pointer */
    erase_call(rw, call);
  }
  for (size_t i = 0; i < site->frees.count; i++) {
    LLVMValueRef copy = destroyer_copy(site, site->frees.items[i]);
    if (copy) { /* a destroyer: its copy does the rest */
      call_destroyer_copy(rw, site->frees.items[i], copy);
      continue;
    }
    place_before(rw, site->frees.items[i]);
    if (!site->slots && ends_life(site, site->frees.items[i])) /* not the other slots' */
      build_lifetime(rw, rw->ids->lifetime_end);
    erase_call(rw, site->frees.items[i]);
  }
}

void h2s_rewrite_site(const struct h2s_intrinsics *ids, struct h2s_site *site) {
  LLVMValueRef call = site->call;
  assert(site->decision == H2S_MOVE && site->obj != H2S_NONE);
  assert(!site->guarded || site->size > 0);
  struct rewriter rw = {0};
  rw.module = LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(call)));
  rw.context = LLVMGetModuleContext(rw.module);
  rw.builder = LLVMCreateBuilderInContext(rw.context);
  rw.ids = ids;
  rw.bytes = site->slots ? h2s_site_stack_bytes(site)
             : site->size ? site->size
                          : 1; /* malloc(0) still yields a unique pointer */
  rw.checked = site->checked;
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
  rw.slot = rw.checked ? h2s_build_checked_slot(fn, rw.bytes, site->align,
                                                LLVMInstructionGetDebugLoc(call))
                       : create_slot(&rw, site);

  /* The pointer type the program sees: the call's result, or for
     posix_memalign a generic pointer stored through its argument. */
  LLVMTypeRef seen = site->alloc.out_arg >= 0 ? LLVMPointerTypeInContext(rw.context, 0)
                                              : LLVMTypeOf(call);
  LLVMValueRef pointer = rw.slot;
  if (site->slots) { /* the array lives from the preheader on; this iteration's slot */
    place_before(&rw, LLVMGetBasicBlockTerminator(site->slots_preheader));
    build_lifetime(&rw, rw.ids->lifetime_start);
    pointer = h2s_build_iteration_slot(rw.builder, site, rw.slot);
  }
  if (LLVMTypeOf(pointer) != seen) { /* alloca and heap address spaces differ */
    if (rw.checked) /* after the slot-or-null phi, in the new entry */
      LLVMPositionBuilderBefore(rw.builder,
                                LLVMGetBasicBlockTerminator(LLVMGetInstructionParent(rw.slot)));
    pointer = LLVMBuildAddrSpaceCast(rw.builder, pointer, seen, "");
  }

  for (size_t i = 0; i < site->old_markers.count; i++)
    LLVMInstructionEraseFromParent(site->old_markers.items[i]);
  for (size_t i = 0; i < site->pointer_calls.count; i++) {
    LLVMValueRef user = site->pointer_calls.items[i];
    if (LLVMIsACallInst(user) && LLVMGetTailCallKind(user) == LLVMTailCallKindTail)
      LLVMSetTailCallKind(user, LLVMTailCallKindNone);
  }
  if (site->guarded || site->checked)
    rewrite_guarded(&rw, site, pointer);
  else
    rewrite_constant(&rw, site, pointer);
  if (!rw.checked)
    end_life_at_exits(&rw, fn);
  LLVMDisposeBuilder(rw.builder);
}

void h2s_erase_shared_frees(struct h2s_site *sites, size_t count) {
  struct h2s_values erased = {0};
  struct rewriter rw = {0};
  for (size_t i = 0; i < count; i++) {
    if (sites[i].decision != H2S_MOVE)
      continue;
    for (size_t k = 0; k < sites[i].shared_frees.count; k++) {
      LLVMValueRef call = sites[i].shared_frees.items[k];
      bool seen = false;
      for (size_t j = 0; j < erased.count && !seen; j++)
        seen = erased.items[j] == call;
      if (seen)
        continue;
      if (!rw.builder) {
        rw.context = LLVMGetModuleContext(
            LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(call))));
        rw.builder = LLVMCreateBuilderInContext(rw.context);
      }
      h2s_values_push(&erased, call);
      erase_call(&rw, call);
    }
  }
  if (rw.builder)
    LLVMDisposeBuilder(rw.builder);
  h2s_values_free(&erased);
}
