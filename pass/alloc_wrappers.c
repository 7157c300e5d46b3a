/*
 * alloc_wrappers.c - functions that are an allocation call (xmalloc).
 *
 * C programs rarely call malloc directly: `xmalloc(n)` calls malloc and
 * exits on failure, `zalloc(n, size)` calls calloc.  clang usually inlines
 * such a wrapper before heap2stack runs; one that stays out of line (noinline,
 * an error path too large to inline, a recursive caller) hid every one of
 * its callers' allocations.  A call of a wrapper is an allocation site of
 * the wrapped allocator when the wrapper
 *
 *   - is defined here with the body that runs (not weak, not interposable,
 *     not a C function's available_externally body: see summaries.c),
 *     is not variadic and is small (WRAPPER_MAX_INSTRUCTIONS);
 *   - returns the result of one allocation call on every return; its size
 *     (and count, alignment) are the wrapper's own parameters, passed
 *     unchanged, and it promises no alignment beyond the allocator's (no
 *     valloc, no `align` result);
 *   - does nothing observable on any path that can return: no store, no
 *     call other than the allocation (debug, lifetime and assume intrinsics
 *     aside), no volatile access;
 *   - enters a path that cannot return only where the allocation failed:
 *     the edge of `if (p == NULL)`, or the allocation's own unwind edge.
 *     What it does there (the message and exit) is never reached by a
 *     stack slot, which does not fail.  A path that exits for any other
 *     reason (a size limit, a quota, a checked mode: an audit found all
 *     three) would vanish with the call.
 *
 * Removing such a call is removing an allocation that succeeded.  Its
 * deallocation is the wrapped allocator's (free for malloc).  A function
 * with the shape (it returns the result of its one allocation call) that
 * fails another condition gets an UnusableWrapper remark at each call site
 * saying which, instead of silence.
 */
#include "alloc_wrappers.h"

#include "summaries.h"

#include <stdlib.h>
#include <string.h>

#define WRAPPER_MAX_INSTRUCTIONS 128
#define WRAPPER_MAX_BLOCKS 32

static unsigned count_instructions(LLVMValueRef fn, unsigned limit) {
  unsigned n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && n <= limit; i = LLVMGetNextInstruction(i))
      n++;
  return n;
}

/* Intrinsics that neither write memory nor leave the function. */
static bool harmless_intrinsic(LLVMValueRef call) {
  LLVMValueRef fn = LLVMGetCalledValue(call);
  if (!fn || !LLVMIsAFunction(fn) || !LLVMGetIntrinsicID(fn))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  static const char *const prefixes[] = {"llvm.dbg.", "llvm.lifetime.", "llvm.assume",
                                         "llvm.expect", "llvm.experimental.noalias.scope.decl"};
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    if (!strncmp(name, prefixes[i], strlen(prefixes[i])))
      return true;
  return false;
}

/* Could this instruction be observed (a write, a call, a volatile access)? */
static bool observable(LLVMValueRef inst) {
  switch (LLVMGetInstructionOpcode(inst)) {
  case LLVMStore:
  case LLVMAtomicRMW:
  case LLVMAtomicCmpXchg:
  case LLVMFence:
  case LLVMVAArg:
  case LLVMCallBr:
  case LLVMLandingPad:
  case LLVMResume:
    return true;
  case LLVMLoad:
    return LLVMGetVolatile(inst);
  case LLVMCall:
  case LLVMInvoke:
    return !harmless_intrinsic(inst);
  default:
    return false;
  }
}

/* Which blocks can reach a return: a fixed point over the (small) CFG. */
static unsigned can_return(LLVMValueRef fn, LLVMBasicBlockRef *blocks, bool *reach) {
  unsigned n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    blocks[n++] = bb;
  for (unsigned i = 0; i < n; i++)
    reach[i] = LLVMIsAReturnInst(LLVMGetBasicBlockTerminator(blocks[i])) != NULL;
  for (bool changed = true; changed;) {
    changed = false;
    for (unsigned i = 0; i < n; i++) {
      LLVMValueRef term = LLVMGetBasicBlockTerminator(blocks[i]);
      unsigned succ = term ? LLVMGetNumSuccessors(term) : 0;
      for (unsigned s = 0; s < succ && !reach[i]; s++)
        for (unsigned j = 0; j < n; j++)
          if (blocks[j] == LLVMGetSuccessor(term, s) && reach[j]) {
            reach[i] = changed = true;
            break;
          }
    }
  }
  return n;
}

/* The wrapper's parameter index that argument `index` of the inner call is, or -1. */
static int parameter_index(LLVMValueRef fn, LLVMValueRef inner, int index) {
  if (index < 0)
    return -1;
  LLVMValueRef v = LLVMGetOperand(inner, (unsigned)index);
  unsigned n = LLVMCountParams(fn);
  for (unsigned i = 0; i < n && i < 127; i++)
    if (LLVMGetParam(fn, i) == v)
      return (int)i;
  return -2; /* not a parameter */
}

/* The value every return of fn returns (casts aside), or NULL. */
static LLVMValueRef returned_value(LLVMValueRef fn) {
  LLVMValueRef value = NULL;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
    if (!term || !LLVMIsAReturnInst(term))
      continue;
    LLVMValueRef v = LLVMGetNumOperands(term) == 1 ? h2s_strip_casts(LLVMGetOperand(term, 0)) : NULL;
    if (!v || (value && v != value))
      return NULL;
    value = v;
  }
  return value;
}

/* Is `block` the successor of `from` taken only when `alloc` returned
   null (`br (icmp eq alloc, null), block, ...`, or `ne` and the false
   successor), or the unwind destination of `alloc` itself (new threw)? */
static bool failure_edge(LLVMBasicBlockRef from, LLVMBasicBlockRef block, LLVMValueRef alloc) {
  LLVMValueRef term = LLVMGetBasicBlockTerminator(from);
  if (term == alloc && LLVMIsAInvokeInst(alloc))
    return LLVMGetUnwindDest(alloc) == block && LLVMGetNormalDest(alloc) != block;
  if (!term || !LLVMIsABranchInst(term) || !LLVMIsConditional(term))
    return false;
  LLVMValueRef cond = LLVMGetCondition(term);
  if (!LLVMIsAICmpInst(cond))
    return false;
  LLVMIntPredicate pred = LLVMGetICmpPredicate(cond);
  LLVMValueRef a = h2s_strip_casts(LLVMGetOperand(cond, 0)), b = h2s_strip_casts(LLVMGetOperand(cond, 1));
  if (!((a == alloc && LLVMIsNull(b)) || (b == alloc && LLVMIsNull(a))))
    return false;
  LLVMBasicBlockRef taken = pred == LLVMIntEQ   ? LLVMGetSuccessor(term, 0)
                            : pred == LLVMIntNE ? LLVMGetSuccessor(term, 1)
                                                : NULL;
  LLVMBasicBlockRef other = LLVMGetSuccessor(term, taken == LLVMGetSuccessor(term, 0) ? 1 : 0);
  return taken == block && other != block;
}

/*
 * Nothing observable on a path that can return, and the paths that cannot
 * return are entered only where the allocation failed.  A path that exits,
 * aborts or throws for any other reason (a size limit, a quota, a checked
 * mode) would vanish with the call: the caller's slot never takes it.
 */
static const char *not_quiet_when_returning(LLVMValueRef fn, LLVMValueRef inner) {
  static const char *const writes = "it also writes memory or calls a function on a path that returns";
  LLVMBasicBlockRef blocks[WRAPPER_MAX_BLOCKS];
  bool reach[WRAPPER_MAX_BLOCKS];
  if (LLVMCountBasicBlocks(fn) > WRAPPER_MAX_BLOCKS)
    return writes;
  unsigned n = can_return(fn, blocks, reach);
  for (unsigned b = 0; b < n; b++) {
    if (!reach[b])
      continue; /* the failure path: anything goes (its way in is checked below) */
    for (LLVMValueRef i = LLVMGetFirstInstruction(blocks[b]); i; i = LLVMGetNextInstruction(i))
      if (i != inner && observable(i))
        return writes;
    LLVMValueRef term = LLVMGetBasicBlockTerminator(blocks[b]);
    unsigned succ = term ? LLVMGetNumSuccessors(term) : 0;
    for (unsigned k = 0; k < succ; k++) {
      LLVMBasicBlockRef next = LLVMGetSuccessor(term, k);
      for (unsigned j = 0; j < n; j++)
        if (blocks[j] == next && !reach[j] && !failure_edge(blocks[b], next, inner))
          return "it may exit, abort or throw where the allocation did not fail";
    }
  }
  return NULL;
}

enum h2s_call_class h2s_wrapper_allocator(struct h2s_host *host, LLVMValueRef call,
                                          LLVMValueRef fn, struct h2s_allocator *out,
                                          const char **why) {
  /* The shape of a wrapper: it returns the result of its one allocation. */
  if (!fn || LLVMIsDeclaration(fn) ||
      LLVMGetTypeKind(LLVMGetReturnType(LLVMGlobalGetValueType(fn))) != LLVMPointerTypeKind ||
      LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn)) || LLVMGetIntrinsicID(fn) ||
      count_instructions(fn, WRAPPER_MAX_INSTRUCTIONS) > WRAPPER_MAX_INSTRUCTIONS)
    return H2S_CALL_OTHER;
  /* Every return returns one call, and that call allocates.  (Any other
     call on a path that returns is observable: refused below.) */
  LLVMValueRef alloc = returned_value(fn);
  struct h2s_allocator inner;
  const char *inner_why = NULL;
  if (!alloc || !h2s_is_call(alloc) ||
      h2s_classify_direct_allocation(host, alloc, &inner, &inner_why) != H2S_CALL_ALLOC ||
      inner.out_arg >= 0)
    return H2S_CALL_OTHER;
  /* Then whether a call of it can stand for that allocation. */
  *out = inner;
  h2s_display_function(host, fn, out->display);
  int size = parameter_index(fn, alloc, inner.size_arg);
  int count = parameter_index(fn, alloc, inner.count_arg);
  int align = parameter_index(fn, alloc, inner.align_arg);
  unsigned nargs = LLVMGetNumArgOperands(call);
  if (!h2s_body_is_final(fn))
    *why = "it may be replaced by another definition at link time (weak or interposable)";
  else if (h2s_inline_definition_only(fn))
    *why = "the call may run another definition than the one here (an inline definition, "
           "available_externally)";
  else if ((*why = not_quiet_when_returning(fn, alloc)))
    ;
  else if (size < 0 || count < -1 || align < -1)
    *why = "the size it allocates is computed inside it, not one of its parameters";
  else if (h2s_page_aligned(alloc) || h2s_return_alignment(alloc))
    *why = "its allocation promises more alignment than the allocator's";
  else if ((unsigned)size >= nargs || (count >= 0 && (unsigned)count >= nargs) ||
           (align >= 0 && (unsigned)align >= nargs))
    *why = "this call passes fewer arguments than it takes";
  else
    *why = NULL;
  if (*why)
    return H2S_CALL_UNUSABLE_WRAPPER;
  out->size_arg = (signed char)size;
  out->count_arg = (signed char)count;
  out->align_arg = (signed char)align;
  return H2S_CALL_ALLOC;
}
