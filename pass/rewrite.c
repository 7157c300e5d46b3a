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
 *   4. each matching deallocation becomes `llvm.lifetime.end` on the slot;
 *   5. calls that receive the pointer lose their `tail` marker (llvm-project
 *      issue 58744), and lifetime markers already on the heap pointer go.
 *
 * New instructions carry the debug location of the instruction they replace.
 * Lifetime intrinsics take (size, ptr) up to LLVM 21 and (ptr) from 22.
 */
#include "rewrite.h"

#include "compat.h"

#include <llvm-c/DebugInfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rewriter {
  LLVMModuleRef module;
  LLVMContextRef context;
  LLVMBuilderRef builder;
  const struct h2s_intrinsics *ids;
  LLVMValueRef slot;  /* the alloca */
  uint64_t bytes;     /* its size */
};

/* Subsequent instructions go before `inst`, with its debug location. */
static void place_before(struct rewriter *rw, LLVMValueRef inst) {
  LLVMPositionBuilderBefore(rw->builder, inst);
  LLVMSetCurrentDebugLocation2(rw->builder, LLVMInstructionGetDebugLoc(inst));
}

static void build_lifetime(struct rewriter *rw, unsigned id) {
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
 * Removes the edges from `from` into `dest` from dest's phis.  The C API
 * cannot delete one incoming value, so each phi is rebuilt without it.
 */
static void drop_phi_edges(struct rewriter *rw, LLVMBasicBlockRef dest, LLVMBasicBlockRef from) {
  LLVMValueRef phi = LLVMGetFirstInstruction(dest);
  while (phi && LLVMIsAPHINode(phi)) {
    LLVMValueRef next = LLVMGetNextInstruction(phi);
    LLVMPositionBuilderBefore(rw->builder, phi);
    LLVMValueRef rebuilt = LLVMBuildPhi(rw->builder, LLVMTypeOf(phi), "");
    unsigned n = LLVMCountIncoming(phi);
    for (unsigned i = 0; i < n; i++) {
      LLVMBasicBlockRef block = LLVMGetIncomingBlock(phi, i);
      if (block == from)
        continue;
      LLVMValueRef value = LLVMGetIncomingValue(phi, i);
      LLVMAddIncoming(rebuilt, &value, &block, 1);
    }
    size_t len;
    const char *name = LLVMGetValueName2(phi, &len);
    char *saved = NULL;
    if (len) {
      saved = malloc(len + 1);
      if (!saved)
        abort();
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
    drop_phi_edges(rw, unwind, block);
    return;
  }
  LLVMInstructionEraseFromParent(call);
}

static LLVMValueRef create_slot(struct rewriter *rw, LLVMValueRef call, uint64_t align) {
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
  LLVMPositionBuilderBefore(rw->builder, LLVMGetFirstInstruction(entry));
  LLVMSetCurrentDebugLocation2(rw->builder, NULL);

  size_t len;
  const char *call_name = LLVMGetValueName2(call, &len);
  char name[128];
  snprintf(name, sizeof name, "%.*s.h2s", len ? (int)(len < 100 ? len : 100) : 0,
           call_name);
  LLVMTypeRef type = LLVMArrayType2(LLVMInt8TypeInContext(rw->context), rw->bytes);
  LLVMValueRef slot = LLVMBuildAlloca(rw->builder, type, len ? name : "h2s");
  LLVMSetAlignment(slot, (unsigned)align);
  return slot;
}

void h2s_rewrite_site(const struct h2s_intrinsics *ids, struct h2s_site *site) {
  LLVMValueRef call = site->call;
  struct rewriter rw = {0};
  rw.module = LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(call)));
  rw.context = LLVMGetModuleContext(rw.module);
  rw.builder = LLVMCreateBuilderInContext(rw.context);
  rw.ids = ids;
  rw.bytes = site->size ? site->size : 1; /* malloc(0) still yields a unique pointer */
  rw.slot = create_slot(&rw, call, site->align);

  LLVMValueRef pointer = rw.slot;
  if (LLVMTypeOf(rw.slot) != LLVMTypeOf(call)) /* alloca and heap address spaces differ */
    pointer = LLVMBuildAddrSpaceCast(rw.builder, rw.slot, LLVMTypeOf(call), "");

  place_before(&rw, call);
  build_lifetime(&rw, ids->lifetime_start);
  if (site->alloc.zeroed)
    LLVMBuildMemSet(rw.builder, pointer, LLVMConstInt(LLVMInt8TypeInContext(rw.context), 0, 0),
                    LLVMConstInt(LLVMInt64TypeInContext(rw.context), rw.bytes, 0),
                    (unsigned)site->align);

  for (size_t i = 0; i < site->old_markers.count; i++)
    LLVMInstructionEraseFromParent(site->old_markers.items[i]);
  for (size_t i = 0; i < site->pointer_calls.count; i++) {
    LLVMValueRef user = site->pointer_calls.items[i];
    if (LLVMIsACallInst(user) && LLVMGetTailCallKind(user) == LLVMTailCallKindTail)
      LLVMSetTailCallKind(user, LLVMTailCallKindNone);
  }

  LLVMReplaceAllUsesWith(call, pointer);
  erase_call(&rw, call);
  for (size_t i = 0; i < site->frees.count; i++) {
    place_before(&rw, site->frees.items[i]);
    build_lifetime(&rw, ids->lifetime_end);
    erase_call(&rw, site->frees.items[i]);
  }
  LLVMDisposeBuilder(rw.builder);
}
