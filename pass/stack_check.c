/*
 * stack_check.c - the run-time check that the thread's stack has room.
 *
 * C stacks do not grow: a thread made with a 48 KiB stack, musl's 128 KiB
 * threads, or recursion the call graph cannot see (a callback through a
 * function pointer calling back into its caller) turn a compile-time
 * decision "this 60,000-byte buffer fits the frame" into a stack overflow
 * the heap version never had.  A site above stack-check-above bytes
 * therefore gets its slot only when the running thread's stack has room:
 *
 *   h2s.entry:  <the function's static allocas>
 *               lim = load thread_local __heap2stack_stack_limit
 *               br lim == 0, h2s.init, h2s.room          ; once per thread
 *   h2s.init..h2s.cache: lim' = the query below, cached; br h2s.room
 *   h2s.room:   sp = llvm.stacksave(); high = load thread_local ...stack_high
 *               ok = sp > lim && sp <= high && sp - lim > N ; unsigned
 *               br ok, h2s.stack, h2s.checked
 *   h2s.stack:  s = alloca [N x i8], align A             ; a dynamic alloca:
 *               br h2s.checked                           ; stack used only here
 *   h2s.checked: slot = phi [s, h2s.stack], [null, h2s.room]
 *               br <the old entry block>
 *
 * rewrite.c then uses the slot when it is not null and the allocation call
 * otherwise, like its guarded rewrite of a run-time size.  The slot is a
 * dynamic alloca, made once per call of the function (in its entry, never
 * in a loop), released when the function returns; a static slot would be
 * part of the frame whatever the check said.
 *
 * The first check on a thread asks the C library for the thread's stack
 * (pthread_getattr_np, pthread_attr_getstack, in blocks of the function
 * itself: a CGSCC pass may not add functions) and caches in a thread_local
 * the lowest address a slot may reach: the stack's low end plus a reserve
 * of half the stack (at least 32 KiB), so heap2stack never takes the lower
 * half of any stack for its slots, and the program's own frames keep at
 * least that much below the deepest slot; and the stack's top, so that
 * code running on another stack (a signal's alternate stack, a fiber's or
 * coroutine's stack made with makecontext) uses the heap.  Where the library has no
 * pthread_getattr_np (every pthread function is declared extern_weak, so
 * nothing new needs to be linked; a static link without it), or the query
 * fails, the limit is all ones and every checked site uses the heap.  The
 * cache and the query's scratch are linkonce_odr hidden thread_locals: one
 * copy per linked object, and no library for the user to link.  The stack
 * is assumed to grow down, as on every target clang builds C for; Windows
 * and GPU or wasm targets do not get the rewrite (h2s_stack_check_unavailable).
 */
#include "stack_check.h"
#include "alloc_sites.h"
#include "rewrite.h"
#include "valueset.h"

#include <heap2stack/host.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>

#include <stdio.h>
#include <string.h>

#define LIMIT_NAME "__heap2stack_stack_limit"
#define HIGH_NAME "__heap2stack_stack_high"
#define QUERY_NAME "__heap2stack_stack_query"
#define MIN_RESERVE 32768u             /* bytes below the deepest slot, at least */
#define ATTR_BYTES 128u                /* a pthread_attr_t (56 or 64 bytes today) */
#define QUERY_BYTES (ATTR_BYTES + 16u) /* then the stack's address and size */


static LLVMTypeRef intptr_type(LLVMModuleRef module) {
  return LLVMIntPtrTypeInContext(LLVMGetModuleContext(module), LLVMGetModuleDataLayout(module));
}

/* Is this module-level name free for the cache, or already the cache? */
static bool usable_global(LLVMModuleRef module, const char *name, LLVMTypeRef type) {
  LLVMValueRef g = LLVMGetNamedGlobal(module, name);
  return !g || (LLVMIsThreadLocal(g) && LLVMGlobalGetValueType(g) == type);
}

static bool is_intrinsic_call(LLVMValueRef inst, const char *prefix) {
  if (!LLVMIsACallInst(inst))
    return false;
  LLVMValueRef callee = LLVMGetCalledValue(inst);
  if (!callee || !LLVMIsAFunction(callee) || !LLVMGetIntrinsicID(callee))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(callee, &len);
  return !strncmp(name, prefix, strlen(prefix));
}

const char *h2s_stack_check_unavailable(LLVMValueRef fn) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  const char *triple = LLVMGetTarget(module);
  if (triple && (strstr(triple, "windows") || strstr(triple, "win32") ||
                 strstr(triple, "mingw") || strstr(triple, "cygwin")))
    return "Windows has no pthread_getattr_np for the stack check";
  if (triple && (strstr(triple, "apple") || strstr(triple, "darwin") || strstr(triple, "macos") ||
                 strstr(triple, "ios")))
    return "Apple's C library has no pthread_getattr_np for the stack check";
  if (triple && (strstr(triple, "wasm") || strstr(triple, "nvptx") || strstr(triple, "amdgcn") ||
                 strstr(triple, "spir")))
    return "the target has no thread stacks the check can query";
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  if (!usable_global(module, LIMIT_NAME, word) || !usable_global(module, HIGH_NAME, word) ||
      !usable_global(module, QUERY_NAME, LLVMArrayType2(LLVMInt8TypeInContext(ctx), QUERY_BYTES)))
    return "the module defines a __heap2stack_stack_* global of its own";
  /* The check gives fn a new entry block, into which only the static
     allocas move: llvm.localescape, which must stay in the entry block,
     rules it out.  (inalloca argument areas exist only on 32-bit Windows,
     excluded above.) */
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
  for (LLVMValueRef i = LLVMGetFirstInstruction(entry); i; i = LLVMGetNextInstruction(i))
    if (is_intrinsic_call(i, "llvm.localescape"))
      return "the function uses llvm.localescape";
  return NULL;
}

/* The C library functions heap2stack declares cannot unwind: calls of
   them need no landing pad (h2s_demote_slot). */
static void add_nounwind(LLVMValueRef fn) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  unsigned kind = LLVMGetEnumAttributeKindForName("nounwind", 8);
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
}

/* A weak declaration of a C library function, or the module's own. */
static LLVMValueRef weak_function(LLVMModuleRef module, const char *name, LLVMTypeRef type) {
  LLVMValueRef fn = LLVMGetNamedFunction(module, name);
  if (fn)
    return fn;
  fn = LLVMAddFunction(module, name, type);
  LLVMSetLinkage(fn, LLVMExternalWeakLinkage);
  add_nounwind(fn);
  return fn;
}


/* A thread_local word of the cache, 0 until the thread's first check:
   LIMIT_NAME the lowest address a slot may reach, HIGH_NAME the top of
   the thread's stack. */
static LLVMValueRef cache_word(LLVMModuleRef module, const char *name) {
  LLVMValueRef g = LLVMGetNamedGlobal(module, name);
  if (g)
    return g;
  LLVMTypeRef word = intptr_type(module);
  g = LLVMAddGlobal(module, word, name);
  LLVMSetInitializer(g, LLVMConstInt(word, 0, 0));
  LLVMSetThreadLocal(g, 1);
  LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
  LLVMSetVisibility(g, LLVMHiddenVisibility);
  LLVMSetAlignment(g, LLVMABIAlignmentOfType(LLVMGetModuleDataLayout(module), word));
  return g;
}

static LLVMValueRef tls_address(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef g) {
  LLVMTypeRef ptr = LLVMTypeOf(g);
  unsigned id = LLVMLookupIntrinsicID("llvm.threadlocal.address", 24);
  LLVMValueRef decl = LLVMGetIntrinsicDeclaration(module, id, &ptr, 1);
  LLVMTypeRef type = LLVMIntrinsicGetType(LLVMGetModuleContext(module), id, &ptr, 1);
  return LLVMBuildCall2(b, type, decl, &g, 1, "");
}

/* The thread_local scratch the query writes: a pthread_attr_t, its stack's
   address and size. */
static LLVMValueRef query_scratch(LLVMModuleRef module) {
  LLVMValueRef g = LLVMGetNamedGlobal(module, QUERY_NAME);
  if (g)
    return g;
  LLVMTypeRef type = LLVMArrayType2(LLVMInt8TypeInContext(LLVMGetModuleContext(module)),
                                    QUERY_BYTES);
  g = LLVMAddGlobal(module, type, QUERY_NAME);
  LLVMSetInitializer(g, LLVMConstNull(type));
  LLVMSetThreadLocal(g, 1);
  LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
  LLVMSetVisibility(g, LLVMHiddenVisibility);
  LLVMSetAlignment(g, 16);
  return g;
}

static LLVMValueRef byte_offset(LLVMBuilderRef b, LLVMContextRef ctx, LLVMValueRef base,
                                unsigned offset) {
  LLVMValueRef index = LLVMConstInt(LLVMInt64TypeInContext(ctx), offset, 0);
  return LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(ctx), base, &index, 1, "");
}

/*
 * The blocks that ask the C library for the current thread's stack (run
 * once per thread: the answer is cached) and branch to `room` with the
 * lowest address a slot may reach, all ones when the stack cannot be
 * queried.  Returns the block that branches to `room`; *limit_out is the
 * value it brings.
 */
static LLVMBasicBlockRef build_query(LLVMModuleRef module, LLVMBuilderRef b,
                                     LLVMBasicBlockRef init, LLVMBasicBlockRef room,
                                     LLVMValueRef cache, LLVMValueRef *limit_out) {
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  LLVMBasicBlockRef query = LLVMInsertBasicBlockInContext(ctx, room, "h2s.query");
  LLVMBasicBlockRef got = LLVMInsertBasicBlockInContext(ctx, room, "h2s.got");
  LLVMBasicBlockRef known = LLVMInsertBasicBlockInContext(ctx, room, "h2s.known");
  LLVMBasicBlockRef store = LLVMInsertBasicBlockInContext(ctx, room, "h2s.cache");

  LLVMTypeRef self_type = LLVMFunctionType(word, NULL, 0, 0);
  LLVMTypeRef getattr_params[] = {word, ptr};
  LLVMTypeRef getattr_type = LLVMFunctionType(i32, getattr_params, 2, 0);
  LLVMTypeRef getstack_params[] = {ptr, ptr, ptr};
  LLVMTypeRef getstack_type = LLVMFunctionType(i32, getstack_params, 3, 0);
  LLVMTypeRef destroy_type = LLVMFunctionType(i32, &ptr, 1, 0);
  LLVMValueRef self = weak_function(module, "pthread_self", self_type);
  LLVMValueRef getattr = weak_function(module, "pthread_getattr_np", getattr_type);
  LLVMValueRef getstack = weak_function(module, "pthread_attr_getstack", getstack_type);
  LLVMValueRef destroy = weak_function(module, "pthread_attr_destroy", destroy_type);

  LLVMPositionBuilderAtEnd(b, init);
  LLVMValueRef have = LLVMBuildIsNotNull(b, self, "");
  LLVMValueRef fns[] = {getattr, getstack, destroy};
  for (unsigned i = 0; i < 3; i++)
    have = LLVMBuildAnd(b, have, LLVMBuildIsNotNull(b, fns[i], ""), "");
  LLVMBuildCondBr(b, have, query, store);

  LLVMPositionBuilderAtEnd(b, query);
  LLVMValueRef scratch = tls_address(module, b, query_scratch(module));
  LLVMValueRef me = LLVMBuildCall2(b, self_type, self, NULL, 0, "");
  LLVMValueRef getattr_args[] = {me, scratch};
  LLVMValueRef rc = LLVMBuildCall2(b, getattr_type, getattr, getattr_args, 2, "");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, rc, LLVMConstInt(i32, 0, 0), ""), got, store);

  LLVMPositionBuilderAtEnd(b, got);
  LLVMValueRef addr = byte_offset(b, ctx, scratch, ATTR_BYTES);
  LLVMValueRef size = byte_offset(b, ctx, scratch, ATTR_BYTES + 8);
  LLVMValueRef getstack_args[] = {scratch, addr, size};
  LLVMValueRef rc2 = LLVMBuildCall2(b, getstack_type, getstack, getstack_args, 3, "");
  LLVMBuildCall2(b, destroy_type, destroy, &scratch, 1, "");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, rc2, LLVMConstInt(i32, 0, 0), ""), known, store);

  LLVMPositionBuilderAtEnd(b, known);
  LLVMValueRef low = LLVMBuildPtrToInt(b, LLVMBuildLoad2(b, ptr, addr, ""), word, "h2s.stack.low");
  LLVMValueRef bytes = LLVMBuildLoad2(b, word, size, "h2s.stack.size");
  LLVMValueRef half = LLVMBuildLShr(b, bytes, LLVMConstInt(word, 1, 0), "");
  LLVMValueRef min = LLVMConstInt(word, MIN_RESERVE, 0);
  LLVMValueRef reserve =
      LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntUGT, half, min, ""), half, min, "h2s.reserve");
  LLVMValueRef limit = LLVMBuildAdd(b, low, reserve, "");
  LLVMValueRef high = LLVMBuildAdd(b, low, bytes, "h2s.stack.high");
  /* Wrapped around (a stack at the top of the address space): no room. */
  LLVMValueRef ones = LLVMConstAllOnes(word);
  LLVMValueRef wrapped = LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntULT, limit, low, ""),
                                     LLVMBuildICmp(b, LLVMIntULT, high, low, ""), "");
  limit = LLVMBuildSelect(b, wrapped, ones, limit, "");
  LLVMBuildBr(b, store);

  LLVMPositionBuilderAtEnd(b, store);
  LLVMValueRef result = LLVMBuildPhi(b, word, "h2s.limit.new");
  LLVMValueRef values[] = {ones, ones, ones, limit};
  LLVMBasicBlockRef from[] = {init, query, got, known};
  LLVMAddIncoming(result, values, from, 4);
  LLVMValueRef top = LLVMBuildPhi(b, word, "h2s.high.new");
  LLVMValueRef zero = LLVMConstInt(word, 0, 0);
  LLVMValueRef tops[] = {zero, zero, zero, high};
  LLVMAddIncoming(top, tops, from, 4);
  LLVMBuildStore(b, result, tls_address(module, b, cache));
  LLVMBuildStore(b, top, tls_address(module, b, cache_word(module, HIGH_NAME)));
  LLVMBuildBr(b, room);
  *limit_out = result;
  return store;
}

/* Marks a two-way branch as taken (true side) about once in `ratio`. */
static void mark_unlikely(LLVMContextRef ctx, LLVMValueRef branch, unsigned ratio) {
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMMetadataRef ops[] = {
      LLVMMDStringInContext2(ctx, "branch_weights", 14),
      LLVMValueAsMetadata(LLVMConstInt(i32, 1, 0)),
      LLVMValueAsMetadata(LLVMConstInt(i32, ratio, 0)),
  };
  unsigned kind = LLVMGetMDKindIDInContext(ctx, "prof", 4);
  LLVMSetMetadata(branch, kind, LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, ops, 3)));
}

/*
 * Moves the entry block's constant-size allocas into `to`, so that they
 * stay static allocas once `to` becomes the function's entry.
 */
/* So that a later run counts the slot as moved, not as a local. */
static void mark_checked(LLVMContextRef ctx, LLVMValueRef slot) {
  LLVMSetMetadata(slot, h2s_checked_slot_kind(ctx),
                  LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, NULL, 0)));
}

static void move_static_allocas(LLVMBuilderRef b, LLVMBasicBlockRef from, LLVMBasicBlockRef to) {
  LLVMPositionBuilderAtEnd(b, to);
  for (LLVMValueRef i = LLVMGetFirstInstruction(from), next; i; i = next) {
    next = LLVMGetNextInstruction(i);
    if (!LLVMIsAAllocaInst(i) || !LLVMIsAConstantInt(LLVMGetOperand(i, 0)))
      continue;
    size_t len;
    const char *name = LLVMGetValueName2(i, &len);
    char saved[256];
    snprintf(saved, sizeof saved, "%.*s", (int)(len < 255 ? len : 255), name);
    LLVMInstructionRemoveFromParent(i);
    LLVMInsertIntoBuilderWithName(b, i, saved);
  }
}

/* The blocks of a checked entry, made by build_checked_entry. */
struct checked_entry {
  LLVMBasicBlockRef room;    /* ends in `br has_room, stack, <no room>` */
  LLVMBasicBlockRef stack;   /* the dynamic alloca */
  LLVMBasicBlockRef checked; /* the merge, then a branch to the old entry */
  LLVMValueRef has_room, slot;
};

/*
 * Gives fn a new entry block (holding its static allocas) that checks
 * whether the thread's stack has room for `bytes` more above the reserve,
 * and a block `stack` making the dynamic alloca, which branches to
 * `checked`; `checked` branches to the old entry.  The caller ends `room`
 * (on has_room, to `stack` or elsewhere) and adds the phis to `checked`.
 */
static void build_checked_entry(LLVMBuilderRef b, LLVMValueRef fn, uint64_t bytes, uint64_t align,
                                LLVMMetadataRef loc, struct checked_entry *e) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMValueRef cache = cache_word(module, LIMIT_NAME);

  LLVMBasicBlockRef old_entry = LLVMGetEntryBasicBlock(fn);
  LLVMBasicBlockRef entry = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.entry");
  LLVMBasicBlockRef init = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.init");
  e->room = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.room");
  e->stack = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.stack");
  e->checked = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.checked");
  move_static_allocas(b, old_entry, entry);

  LLVMPositionBuilderAtEnd(b, entry);
  LLVMSetCurrentDebugLocation2(b, loc);
  LLVMValueRef cached = LLVMBuildLoad2(b, word, tls_address(module, b, cache), "h2s.limit");
  LLVMValueRef first = LLVMBuildICmp(b, LLVMIntEQ, cached, LLVMConstInt(word, 0, 0), "");
  mark_unlikely(ctx, LLVMBuildCondBr(b, first, init, e->room), 1u << 20);

  LLVMValueRef fresh;
  LLVMBasicBlockRef fresh_from = build_query(module, b, init, e->room, cache, &fresh);

  LLVMPositionBuilderAtEnd(b, e->room);
  LLVMValueRef limit = LLVMBuildPhi(b, word, "h2s.limit.now");
  LLVMValueRef values[] = {cached, fresh};
  LLVMBasicBlockRef from[] = {entry, fresh_from};
  LLVMAddIncoming(limit, values, from, 2);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  unsigned save_id = LLVMLookupIntrinsicID("llvm.stacksave", 14);
  LLVMValueRef save = LLVMGetIntrinsicDeclaration(module, save_id, &ptr, 1);
  LLVMTypeRef save_type = LLVMIntrinsicGetType(ctx, save_id, &ptr, 1);
  LLVMValueRef sp = LLVMBuildPtrToInt(
      b, LLVMBuildCall2(b, save_type, save, NULL, 0, "h2s.sp"), word, "h2s.sp.int");
  /* On the thread's own stack (not a sigaltstack or a fiber's stack, for
     which the cache says nothing), above the reserve, with room for it. */
  LLVMValueRef high =
      LLVMBuildLoad2(b, word, tls_address(module, b, cache_word(module, HIGH_NAME)), "h2s.high");
  LLVMValueRef above = LLVMBuildICmp(b, LLVMIntUGT, sp, limit, "");
  LLVMValueRef below = LLVMBuildICmp(b, LLVMIntULE, sp, high, "");
  LLVMValueRef left = LLVMBuildSub(b, sp, limit, "h2s.left");
  LLVMValueRef enough = LLVMBuildICmp(b, LLVMIntUGT, left, LLVMConstInt(word, bytes, 0), "");
  e->has_room = LLVMBuildAnd(b, LLVMBuildAnd(b, above, below, "h2s.on.stack"), enough,
                             "h2s.has.room");

  LLVMPositionBuilderAtEnd(b, e->stack);
  e->slot =
      LLVMBuildAlloca(b, LLVMArrayType2(LLVMInt8TypeInContext(ctx), bytes), "h2s.checked.slot");
  LLVMSetAlignment(e->slot, (unsigned)align);
  mark_checked(ctx, e->slot);
  LLVMBuildBr(b, e->checked);
  LLVMPositionBuilderAtEnd(b, e->checked);
  LLVMBuildBr(b, old_entry);
}

LLVMValueRef h2s_build_checked_slot(LLVMValueRef fn, uint64_t bytes, uint64_t align,
                                    LLVMMetadataRef loc) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  struct checked_entry e;
  build_checked_entry(b, fn, bytes, align, loc, &e);
  LLVMPositionBuilderAtEnd(b, e.room);
  LLVMBuildCondBr(b, e.has_room, e.stack, e.checked);

  LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(e.checked));
  LLVMValueRef merged = LLVMBuildPhi(b, LLVMTypeOf(e.slot), "h2s.slot");
  LLVMValueRef slots[] = {e.slot, LLVMConstNull(LLVMTypeOf(e.slot))};
  LLVMBasicBlockRef slot_from[] = {e.stack, e.room};
  LLVMAddIncoming(merged, slots, slot_from, 2);
  LLVMDisposeBuilder(b);
  return merged;
}

/* The module's function `name`, or a new declaration of it; NULL if the name
   is taken by something that is not a function. */
static LLVMValueRef library_function(LLVMModuleRef module, const char *name, LLVMTypeRef type) {
  LLVMValueRef fn = LLVMGetNamedFunction(module, name);
  if (fn)
    return fn;
  if (LLVMGetNamedGlobal(module, name) || LLVMGetNamedGlobalAlias(module, name, strlen(name)))
    return NULL;
  fn = LLVMAddFunction(module, name, type);
  add_nounwind(fn);
  return fn;
}

static bool is_lifetime_marker(LLVMValueRef inst, const struct h2s_intrinsics *ids) {
  if (!LLVMIsACallInst(inst))
    return false;
  LLVMValueRef callee = LLVMGetCalledValue(inst);
  if (!callee || !LLVMIsAFunction(callee))
    return false;
  unsigned id = LLVMGetIntrinsicID(callee);
  return id && (id == ids->lifetime_start || id == ids->lifetime_end);
}

static bool is_intrinsic(LLVMValueRef call) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  return callee && LLVMIsAFunction(callee) && LLVMGetIntrinsicID(callee);
}

static bool has_fn_attr(LLVMValueRef fn, const char *name) {
  unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
  return LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind) != NULL;
}

/*
 * The calls (not invokes) by which fn could be left by unwinding, which
 * would skip the frees at its exits: they will unwind to a cleanup landing
 * pad that frees the heap case.  None in a nounwind function.  A musttail
 * call is passed over: the heap case is freed before it (h2s_exit_point).
 * False if one of them cannot become an invoke (an intrinsic that may
 * unwind): the slot then stays as it is.
 */
static bool find_unwinding_calls(LLVMValueRef fn, struct h2s_values *calls) {
  if (has_fn_attr(fn, "nounwind"))
    return true;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!LLVMIsACallInst(i) || LLVMGetTailCallKind(i) == LLVMTailCallKindMustTail ||
          !h2s_host_call_may_unwind(i))
        continue;
      if (is_intrinsic(i))
        return false;
      h2s_values_push(calls, i);
    }
  return true;
}

/*
 * The personality of the cleanup landing pad: fn's own, else the one
 * another function of the module has (the inliner does not mix
 * personalities), else __gcc_personality_v0, the C runtime's, which runs
 * cleanups whatever the language of the exception (C's -fexceptions uses
 * it).  NULL if that name is taken by something that is not a function.
 */
static LLVMValueRef personality_of(LLVMValueRef fn) {
  LLVMValueRef personality = LLVMHasPersonalityFn(fn) ? LLVMGetPersonalityFn(fn) : NULL;
  return personality && !LLVMIsNull(personality) ? personality : NULL;
}

static LLVMValueRef cleanup_personality(LLVMValueRef fn) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  if (personality_of(fn))
    return personality_of(fn);
  for (LLVMValueRef f = LLVMGetFirstFunction(module); f; f = LLVMGetNextFunction(f))
    if (personality_of(f))
      return personality_of(f);
  const char *name = "__gcc_personality_v0";
  LLVMValueRef personality = LLVMGetNamedFunction(module, name);
  if (personality)
    return personality;
  if (LLVMGetNamedGlobal(module, name) || LLVMGetNamedGlobalAlias(module, name, strlen(name)))
    return NULL;
  LLVMTypeRef i32 = LLVMInt32TypeInContext(LLVMGetModuleContext(module));
  return LLVMAddFunction(module, name, LLVMFunctionType(i32, NULL, 0, 1));
}

/* The type of fn's landing pads: that of one it has, else { ptr, i32 }. */
static LLVMTypeRef landing_pad_type(LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      if (LLVMGetInstructionOpcode(i) == LLVMLandingPad)
        return LLVMTypeOf(i);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMTypeRef fields[] = {LLVMPointerTypeInContext(ctx, 0), LLVMInt32TypeInContext(ctx)};
  return LLVMStructTypeInContext(ctx, fields, 2, 0);
}

/*
 * `calls` now unwind to a new landing pad at the end of fn, a cleanup that
 * resumes: an exit of fn like its other resumes, so the heap case is freed
 * there too.
 */
static void unwind_through_cleanup(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef personality,
                                   const struct h2s_values *calls) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMTypeRef type = landing_pad_type(fn);
  LLVMSetPersonalityFn(fn, personality);
  LLVMBasicBlockRef pad = LLVMAppendBasicBlockInContext(ctx, fn, "h2s.unwind");
  LLVMPositionBuilderAtEnd(b, pad);
  LLVMSetCurrentDebugLocation2(b, NULL);
  LLVMValueRef lp = LLVMBuildLandingPad(b, type, personality, 0, "h2s.lp");
  LLVMSetCleanup(lp, 1);
  LLVMBuildResume(b, lp);
  for (size_t k = 0; k < calls->count; k++)
    h2s_host_call_to_invoke(calls->items[k], pad);
}

bool h2s_demote_slot(LLVMValueRef slot, const struct h2s_intrinsics *ids) {
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(slot));
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  uint64_t bytes;
  uint64_t align = LLVMGetAlignment(slot);
  if (!h2s_is_static_slot(slot, &bytes))
    return false;
  if (h2s_stack_check_unavailable(fn))
    return false;
  /* The heap case lives as long as the frame, as the slot did, and is freed
     on every way out of it: at the returns and resumes, and, for the calls
     that could unwind straight out of fn, in a cleanup landing pad they
     unwind to instead (longjmp out of a function still skips the frees: see
     the design essay).  Not at the slot's lifetime.end markers: a loop may
     start the slot's life again after one, and code may compute the slot's
     address before its life starts. */
  struct h2s_values unwinding = {0};
  if (!find_unwinding_calls(fn, &unwinding)) {
    h2s_values_free(&unwinding);
    return false;
  }

  /* Heap memory as aligned as the slot: malloc, or aligned_alloc with the
     size rounded up to the alignment. */
  bool aligned = align > h2s_malloc_alignment(module);
  LLVMTypeRef malloc_type = LLVMFunctionType(ptr, &word, 1, 0);
  LLVMTypeRef aligned_params[] = {word, word};
  LLVMTypeRef aligned_type = LLVMFunctionType(ptr, aligned_params, 2, 0);
  LLVMTypeRef free_type = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &ptr, 1, 0);
  LLVMValueRef alloc_fn = aligned ? library_function(module, "aligned_alloc", aligned_type)
                                  : library_function(module, "malloc", malloc_type);
  LLVMValueRef free_fn = library_function(module, "free", free_type);
  LLVMValueRef personality = unwinding.count ? cleanup_personality(fn) : NULL;
  if (!alloc_fn || !free_fn || (unwinding.count && !personality)) {
    h2s_values_free(&unwinding);
    return false;
  }

  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  struct checked_entry e;
  build_checked_entry(b, fn, bytes, align, NULL, &e);
  LLVMBasicBlockRef heap = LLVMInsertBasicBlockInContext(ctx, e.checked, "h2s.heap");
  LLVMBasicBlockRef last = LLVMInsertBasicBlockInContext(ctx, e.checked, "h2s.stack.anyway");
  LLVMPositionBuilderAtEnd(b, e.room);
  LLVMBuildCondBr(b, e.has_room, e.stack, heap);

  /* No room: the heap; and if even that fails, the stack as before. */
  LLVMPositionBuilderAtEnd(b, heap);
  LLVMValueRef heap_ptr;
  if (aligned) {
    uint64_t rounded = (bytes + align - 1) / align * align;
    LLVMValueRef args[] = {LLVMConstInt(word, align, 0), LLVMConstInt(word, rounded, 0)};
    heap_ptr = LLVMBuildCall2(b, aligned_type, alloc_fn, args, 2, "h2s.heap.slot");
  } else {
    LLVMValueRef size = LLVMConstInt(word, bytes, 0);
    heap_ptr = LLVMBuildCall2(b, malloc_type, alloc_fn, &size, 1, "h2s.heap.slot");
  }
  h2s_mark_guarded(heap_ptr); /* never decided again */
  LLVMBuildCondBr(b, LLVMBuildIsNull(b, heap_ptr, ""), last, e.checked);
  LLVMPositionBuilderAtEnd(b, last);
  LLVMValueRef anyway =
      LLVMBuildAlloca(b, LLVMArrayType2(LLVMInt8TypeInContext(ctx), bytes), "h2s.stack.slot");
  LLVMSetAlignment(anyway, (unsigned)align);
  mark_checked(ctx, anyway);
  LLVMBuildBr(b, e.checked);

  LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(e.checked));
  LLVMValueRef merged = LLVMBuildPhi(b, ptr, "h2s.slot");
  LLVMValueRef values[] = {e.slot, heap_ptr, anyway};
  LLVMBasicBlockRef from[] = {e.stack, heap, last};
  LLVMAddIncoming(merged, values, from, 3);
  LLVMValueRef owned = LLVMBuildPhi(b, ptr, "h2s.heap.owned");
  LLVMValueRef null = LLVMConstNull(ptr);
  LLVMValueRef owned_values[] = {null, heap_ptr, null};
  LLVMAddIncoming(owned, owned_values, from, 3);

  /* The old slot's lifetime markers go (they may only name an alloca); every
     other use now uses the merged pointer. */
  for (LLVMUseRef u = LLVMGetFirstUse(slot), next; u; u = next) {
    next = LLVMGetNextUse(u);
    LLVMValueRef user = LLVMGetUser(u);
    if (is_lifetime_marker(user, ids))
      LLVMInstructionEraseFromParent(user);
  }
  LLVMReplaceAllUsesWith(slot, merged);
  LLVMInstructionEraseFromParent(slot);

  if (unwinding.count)
    unwind_through_cleanup(b, fn, personality, &unwinding);
  h2s_values_free(&unwinding);

  /* The heap case is freed at every exit (free(NULL) for the others). */
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef exit = h2s_exit_point(bb);
    if (!exit)
      continue;
    LLVMPositionBuilderBefore(b, exit);
    LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(exit));
    LLVMBuildCall2(b, free_type, free_fn, &owned, 1, "");
  }
  LLVMDisposeBuilder(b);
  return true;
}
