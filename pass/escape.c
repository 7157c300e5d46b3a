/*
 * escape.c - where escape is decided.
 *
 * Go's escape analysis, for LLVM IR.  Each function becomes a location
 * graph (flow_graph.c): one object per alloca and per allocation site, one
 * pair per pointer parameter (the memory it points to, and what that memory
 * points to), {heap} and the result.  Instructions add constraints:
 *
 *   GEP, casts, phi, select, freeze, aggregates   the same pointer flows on
 *   load / store                                  through the memory of the
 *                                                 objects the address may
 *                                                 point to, local or not
 *   memcpy / memmove                              content flows to content
 *   ret                                           to the result
 *   ptrtoint, inline asm, unknown instructions    to {heap}
 *   a store into memory the function does not own to {heap}
 *   a call                                        what the callee's summary
 *                                                 says (summaries.c)
 *
 * so that `-O0` IR, where every local lives in an alloca, gets the same
 * answer as optimized IR, and a pointer stored into a local structure or
 * into another non-escaping allocation stays local as long as its
 * container does.
 *
 * An allocation site may move when, after solving:
 *   - its object reached neither {heap} nor the result;
 *   - no callee may free it (not capturing is not the same as not freeing);
 *   - every deallocation that may free it is of its family and frees a
 *     pointer that can only be exactly this object;
 *   - no `musttail` call may receive it (or memory that holds it);
 *   - inside a loop, no pointer to one iteration's object can be used after
 *     the allocation runs again (loop_carried.c).
 * Otherwise the first edge of the escaping flow names the reason.
 *
 * The same solved graph gives the function's own parameter summary, which
 * callers use; the driver computes summaries bottom-up over the call graph.
 */
#include "escape.h"

#include "loop_carried.h"
#include "remarks.h"

#include <llvm-c/Target.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned lookup(const char *name) { return LLVMLookupIntrinsicID(name, strlen(name)); }

void h2s_intrinsics_init(struct h2s_intrinsics *ids) {
  ids->memcpy = lookup("llvm.memcpy");
  ids->memcpy_inline = lookup("llvm.memcpy.inline");
  ids->memmove = lookup("llvm.memmove");
  ids->memset = lookup("llvm.memset");
  ids->memset_inline = lookup("llvm.memset.inline");
  ids->lifetime_start = lookup("llvm.lifetime.start");
  ids->lifetime_end = lookup("llvm.lifetime.end");
  ids->objectsize = lookup("llvm.objectsize");
  ids->assume = lookup("llvm.assume");
  ids->prefetch = lookup("llvm.prefetch");
  ids->invariant_start = lookup("llvm.invariant.start");
  ids->invariant_end = lookup("llvm.invariant.end");
  ids->launder_invariant_group = lookup("llvm.launder.invariant.group");
  ids->strip_invariant_group = lookup("llvm.strip.invariant.group");
  ids->ptrmask = lookup("llvm.ptrmask");
  ids->dbg_value = lookup("llvm.dbg.value");
  ids->dbg_declare = lookup("llvm.dbg.declare");
  ids->dbg_assign = lookup("llvm.dbg.assign");
  ids->dbg_label = lookup("llvm.dbg.label");
  ids->expect = lookup("llvm.expect");
  ids->is_constant = lookup("llvm.is.constant");
  ids->noalias_scope_decl = lookup("llvm.experimental.noalias.scope.decl");
  ids->sideeffect = lookup("llvm.sideeffect");
  ids->pseudoprobe = lookup("llvm.pseudoprobe");
}

#define PUSH(fa, array, count, capacity, ...)                                                  \
  do {                                                                                      \
    (fa)->array = h2s_grow((fa)->array, &(fa)->capacity, sizeof *(fa)->array, (fa)->count + 1); \
    (fa)->array[(fa)->count++] = (__VA_ARGS__);                                             \
  } while (0)

/* ---- building the graph ------------------------------------------------ */

struct episode;
static const struct h2s_summary *ensure_summary(struct h2s_host *host,
                                                const struct h2s_intrinsics *ids, LLVMValueRef fn,
                                                unsigned depth, struct episode *ep);

struct builder {
  struct h2s_host *host;
  const struct h2s_intrinsics *ids;
  struct h2s_function_analysis *fa;
  struct h2s_graph *g;
  unsigned depth; /* of on-demand summaries: callee of a callee of ... */
  struct episode *ep;
};

/* Deepest chain of callee summaries computed on demand before giving up. */
#define H2S_MAX_SUMMARY_DEPTH 48

static char *copy_text(const char *text) {
  if (!text)
    return NULL;
  size_t len = strlen(text);
  char *copy = malloc(len + 1);
  if (!copy)
    abort();
  memcpy(copy, text, len + 1);
  return copy;
}

/* Can a value of this type carry a pointer? */
static bool carries_pointer(LLVMTypeRef type, int depth) {
  switch (LLVMGetTypeKind(type)) {
  case LLVMPointerTypeKind:
    return true;
  case LLVMVectorTypeKind:
  case LLVMScalableVectorTypeKind:
  case LLVMArrayTypeKind:
    return depth < 8 && carries_pointer(LLVMGetElementType(type), depth + 1);
  case LLVMStructTypeKind: {
    unsigned n = LLVMCountStructElementTypes(type);
    for (unsigned i = 0; i < n && depth < 8; i++)
      if (carries_pointer(LLVMStructGetTypeAtIndex(type, i), depth + 1))
        return true;
    return false;
  }
  default:
    return false;
  }
}

static bool pointerish(LLVMValueRef v) { return carries_pointer(LLVMTypeOf(v), 0); }

/* The node of an operand, or H2S_NONE if it points to nothing (null, undef). */
static h2s_node_id operand_node(struct builder *b, LLVMValueRef v) {
  if (!pointerish(v))
    return H2S_NONE;
  if (LLVMIsAInstruction(v) || LLVMIsAArgument(v))
    return h2s_graph_node_of(b->g, v);
  if (LLVMIsAConstant(v)) {
    if (LLVMIsNull(v) || LLVMIsUndef(v) || LLVMIsPoison(v))
      return H2S_NONE;
    return b->fa->unknown_node; /* globals, functions, constant expressions */
  }
  return b->fa->unknown_node; /* metadata, inline asm, ... */
}

static h2s_node_id result_node(struct builder *b, LLVMValueRef inst) {
  return pointerish(inst) ? h2s_graph_node_of(b->g, inst) : H2S_NONE;
}

static void copy(struct builder *b, LLVMValueRef from, h2s_node_id to, LLVMValueRef why,
                 enum h2s_edge_kind kind) {
  h2s_node_id n = operand_node(b, from);
  if (n != H2S_NONE && to != H2S_NONE)
    h2s_graph_add_copy(b->g, n, to, why, kind);
}

static void to_heap(struct builder *b, LLVMValueRef v, LLVMValueRef why, enum h2s_edge_kind kind) {
  copy(b, v, b->g->heap, why, kind);
}

static void make_unknown(struct builder *b, LLVMValueRef inst) {
  h2s_node_id n = result_node(b, inst);
  if (n != H2S_NONE)
    h2s_graph_add_origin(b->g, n, b->g->unknown);
}

/* All pointer operands escape; the result points to unknown memory.  (The
   function a call calls is not leaked by being called.) */
static void worst_case(struct builder *b, LLVMValueRef inst, enum h2s_edge_kind kind) {
  LLVMValueRef callee = h2s_is_call(inst) ? LLVMGetCalledValue(inst) : NULL;
  unsigned n = LLVMGetNumOperands(inst);
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef op = LLVMGetOperand(inst, i);
    if (op && op != callee && !LLVMIsABasicBlock(op))
      to_heap(b, op, inst, kind);
  }
  make_unknown(b, inst);
}

static bool is_zero_gep(LLVMValueRef gep) {
  unsigned n = LLVMGetNumOperands(gep);
  for (unsigned i = 1; i < n; i++) {
    LLVMValueRef idx = LLVMGetOperand(gep, i);
    if (!LLVMIsAConstant(idx) || !LLVMIsNull(idx))
      return false;
  }
  return true;
}

/*
 * A node holding every object reachable from `from` through memory, at any
 * depth: a copy of `from` that also loads from itself.
 */
static h2s_node_id deep_node(struct builder *b, h2s_node_id from, LLVMValueRef why) {
  h2s_node_id d = h2s_graph_new_node(b->g, NULL);
  h2s_graph_add_copy(b->g, from, d, why, H2S_EDGE_ASSIGN);
  h2s_graph_add_load(b->g, d, d, why);
  return d;
}

/* t = *address; returns t (a fresh node) */
static h2s_node_id load_into_temp(struct builder *b, h2s_node_id address, LLVMValueRef why) {
  h2s_node_id t = h2s_graph_new_node(b->g, NULL);
  h2s_graph_add_load(b->g, address, t, why);
  return t;
}

/* For clang -O0's `load ptr, ptr %p.addr`, where %p.addr only ever holds
   parameter %p: %p.  Otherwise v itself. */
static LLVMValueRef parameter_behind(LLVMValueRef v) {
  if (!v || !LLVMIsALoadInst(v))
    return v;
  LLVMValueRef slot = LLVMGetOperand(v, 0);
  if (!LLVMIsAAllocaInst(slot))
    return v;
  LLVMValueRef param = NULL;
  for (LLVMUseRef u = LLVMGetFirstUse(slot); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsALoadInst(user))
      continue;
    if (!LLVMIsAStoreInst(user) || LLVMGetOperand(user, 1) != slot)
      return v;
    LLVMValueRef stored = LLVMGetOperand(user, 0);
    if (!LLVMIsAArgument(stored) || (param && param != stored))
      return v;
    param = stored;
  }
  return param ? param : v;
}

/*
 * Does this load (or atomic) read memory as a non-pointer value at least as
 * wide as a pointer?  Then it may read a stored pointer's bits as an integer
 * (a union, memcpy into a uintptr_t, clang -O0's atomics on a pointer, an
 * optimizer's i64 copy of a struct): whatever pointers that memory holds are
 * converted to integers there, as by ptrtoint.  Narrower reads cannot
 * rebuild a pointer.
 */
static bool reads_pointer_bits(LLVMValueRef inst) {
  /* Memory a parameter points to is left out: a callee reading a size_t
     field of a caller's struct would otherwise leak every pointer the
     caller keeps in that struct (no field sensitivity).  The gap: a callee
     that reads a caller's pointer back as an integer and leaks the integer
     (README, "What it decides"). */
  if (LLVMIsAArgument(parameter_behind(h2s_underlying_object(LLVMGetOperand(inst, 0)))))
    return false;
  LLVMTypeRef type = LLVMGetTypeKind(LLVMTypeOf(inst)) == LLVMStructTypeKind &&
                             LLVMGetInstructionOpcode(inst) == LLVMAtomicCmpXchg
                         ? LLVMStructGetTypeAtIndex(LLVMTypeOf(inst), 0) /* { old, success } */
                         : LLVMTypeOf(inst);
  if (carries_pointer(type, 0) || !LLVMTypeIsSized(type))
    return false;
  LLVMModuleRef module =
      LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(inst)));
  LLVMTargetDataRef layout = LLVMGetModuleDataLayout(module);
  return LLVMStoreSizeOfType(layout, type) >= LLVMPointerSize(layout);
}

/* memcpy(dst, src): what src's memory holds, dst's memory now holds too. */
static void copy_memory(struct builder *b, LLVMValueRef call, LLVMValueRef dst, LLVMValueRef src) {
  h2s_node_id d = operand_node(b, dst), s = operand_node(b, src);
  if (s == H2S_NONE)
    return;
  h2s_node_id t = load_into_temp(b, s, call);
  if (d != H2S_NONE)
    h2s_graph_add_store(b->g, d, t, call);
  else
    h2s_graph_add_copy(b->g, t, b->g->heap, call, H2S_EDGE_OTHER);
}

static void note_pointer_args(struct builder *b, LLVMValueRef call) {
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    h2s_node_id a = operand_node(b, LLVMGetOperand(call, i));
    if (a != H2S_NONE)
      PUSH(b->fa, pointer_args, arg_count, arg_capacity, (struct h2s_arg_use){call, a, NULL});
  }
}

/* Intrinsics: true if handled. */
static bool visit_intrinsic(struct builder *b, LLVMValueRef call, unsigned id) {
  const struct h2s_intrinsics *ids = b->ids;
  if (id == ids->memcpy || id == ids->memcpy_inline || id == ids->memmove) {
    note_pointer_args(b, call);
    copy_memory(b, call, LLVMGetOperand(call, 0), LLVMGetOperand(call, 1));
    return true;
  }
  if (id == ids->memset || id == ids->memset_inline) {
    note_pointer_args(b, call);
    return true;
  }
  if (id == ids->lifetime_start || id == ids->lifetime_end) {
    unsigned n = LLVMGetNumArgOperands(call);
    h2s_node_id p = operand_node(b, LLVMGetOperand(call, n - 1));
    if (p != H2S_NONE)
      PUSH(b->fa, markers, marker_count, marker_capacity, (struct h2s_arg_use){call, p, NULL});
    return true;
  }
  if (id == ids->objectsize || id == ids->assume || id == ids->prefetch ||
      id == ids->invariant_start || id == ids->invariant_end || id == ids->dbg_value ||
      id == ids->dbg_declare || id == ids->dbg_assign || id == ids->dbg_label ||
      id == ids->expect || id == ids->is_constant || id == ids->noalias_scope_decl ||
      id == ids->sideeffect || id == ids->pseudoprobe)
    return true; /* reads no pointer it could keep */
  if (id == ids->launder_invariant_group || id == ids->strip_invariant_group ||
      id == ids->ptrmask) {
    h2s_node_id r = result_node(b, call);
    copy(b, LLVMGetOperand(call, 0), r, call, H2S_EDGE_ASSIGN);
    if (id == ids->ptrmask && r != H2S_NONE)
      b->g->nodes[r].inexact = true;
    return true;
  }
  return false;
}

static void visit_call(struct builder *b, LLVMValueRef call) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (LLVMIsAInlineAsm(callee)) {
    worst_case(b, call, H2S_EDGE_CALL_ESCAPE);
    return;
  }
  struct h2s_allocator alloc;
  const char *why = NULL;
  if (h2s_classify_allocation(b->host, call, &alloc, &why) == H2S_CALL_ALLOC) {
    h2s_obj_id o = h2s_graph_new_object(b->g, H2S_OBJ_SITE, call, 0);
    /* The site's node holds its pointer even when the call returns an int
       and hands the pointer back through an argument (posix_memalign). */
    h2s_node_id site = h2s_graph_node_of(b->g, call);
    h2s_graph_add_origin(b->g, site, o);
    unsigned n = LLVMGetNumArgOperands(call);
    for (unsigned i = 0; i < n; i++) {
      if ((int)i == alloc.out_arg) {
        h2s_node_id out = operand_node(b, LLVMGetOperand(call, i));
        if (out != H2S_NONE)
          h2s_graph_add_store(b->g, out, site, call);
        continue;
      }
      to_heap(b, LLVMGetOperand(call, i), call, H2S_EDGE_CALL_ESCAPE); /* a pool, say */
    }
    return;
  }
  struct h2s_deallocator d;
  if (h2s_match_deallocator(b->host, call, &d)) {
    unsigned n = LLVMGetNumArgOperands(call);
    for (unsigned i = 0; i < n; i++) {
      h2s_node_id p = operand_node(b, LLVMGetOperand(call, i));
      if (p == H2S_NONE)
        continue;
      if (i == d.ptr_arg)
        PUSH(b->fa, frees, free_count, free_capacity, (struct h2s_free_use){call, p, d});
      else
        h2s_graph_add_copy(b->g, p, b->g->heap, call, H2S_EDGE_CALL_ESCAPE);
    }
    return;
  }
  LLVMValueRef fn = h2s_called_function(call);
  unsigned id = fn ? LLVMGetIntrinsicID(fn) : 0;
  if (id && visit_intrinsic(b, call, id))
    return;
  if (!fn) { /* indirect, or through a mismatched type */
    worst_case(b, call, H2S_EDGE_CALL_ESCAPE);
    return;
  }
  const char *lib = h2s_host_library_function(b->host, call);
  if (lib && (!strcmp(lib, "memcpy") || !strcmp(lib, "memmove")) &&
      LLVMGetNumArgOperands(call) >= 2)
    copy_memory(b, call, LLVMGetOperand(call, 0), LLVMGetOperand(call, 1));

  const struct h2s_summary *summary = NULL;
  if (!lib && h2s_summary_usable(b->host, fn))
    summary = ensure_summary(b->host, b->ids, fn, b->depth + 1, b->ep);
  h2s_node_id result = result_node(b, call);
  unsigned n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++) {
    h2s_node_id a = operand_node(b, LLVMGetOperand(call, i));
    if (a == H2S_NONE)
      continue;
    const char *reason = NULL;
    uint32_t flags = h2s_call_arg_flags(b->host, call, i, summary, &reason);
    char *owned = copy_text(reason);
    PUSH(b->fa, pointer_args, arg_count, arg_capacity, (struct h2s_arg_use){call, a, owned});
    if (flags & H2S_PARAM_ESCAPES)
      h2s_graph_add_copy(b->g, a, b->g->heap, call, H2S_EDGE_CALL_ESCAPE);
    if ((flags & H2S_PARAM_TO_RESULT) && result != H2S_NONE) {
      h2s_graph_add_copy(b->g, a, result, call, H2S_EDGE_CALL_RESULT);
      b->g->nodes[result].inexact = true; /* strchr returns a pointer into it */
    }
    if (flags & (H2S_PARAM_CONTENT_TO_RESULT | H2S_PARAM_CONTENT_ESCAPES)) {
      h2s_node_id t = load_into_temp(b, a, call);
      /* What comes back may be found at any depth below the argument. */
      if ((flags & H2S_PARAM_CONTENT_TO_RESULT) && result != H2S_NONE)
        h2s_graph_add_copy(b->g, deep_node(b, t, call), result, call, H2S_EDGE_CALL_RESULT);
      /* Escaping content takes everything below it along (flow_graph.c). */
      if (flags & H2S_PARAM_CONTENT_ESCAPES)
        h2s_graph_add_copy(b->g, t, b->g->heap, call, H2S_EDGE_CALL_ESCAPE);
    }
    if (flags & H2S_PARAM_FREED)
      PUSH(b->fa, freed_by_callee, freed_count, freed_capacity,
           (struct h2s_arg_use){call, a, copy_text(reason)});
    /* The callee may store unknown pointers anywhere below the argument. */
    if (flags & H2S_PARAM_WRITTEN)
      h2s_graph_add_store(b->g, deep_node(b, a, call), b->fa->unknown_node, call);
  }
  if (result != H2S_NONE)
    h2s_graph_add_origin(b->g, result, b->g->unknown);
}

static void visit(struct builder *b, LLVMValueRef inst) {
  struct h2s_graph *g = b->g;
  switch (LLVMGetInstructionOpcode(inst)) {
  case LLVMAlloca: {
    h2s_obj_id o = h2s_graph_new_object(g, H2S_OBJ_ALLOCA, inst, 0);
    h2s_graph_add_origin(g, h2s_graph_node_of(g, inst), o);
    return;
  }
  case LLVMCall:
  case LLVMInvoke:
    visit_call(b, inst);
    return;
  case LLVMGetElementPtr: {
    h2s_node_id r = result_node(b, inst);
    copy(b, LLVMGetOperand(inst, 0), r, inst, H2S_EDGE_ASSIGN);
    if (r != H2S_NONE && !is_zero_gep(inst))
      g->nodes[r].inexact = true;
    for (unsigned i = 1; i < (unsigned)LLVMGetNumOperands(inst); i++)
      to_heap(b, LLVMGetOperand(inst, i), inst, H2S_EDGE_OTHER); /* pointer indices: odd */
    return;
  }
  case LLVMBitCast:
  case LLVMAddrSpaceCast:
  case LLVMFreeze:
  case LLVMExtractValue:
  case LLVMExtractElement:
    copy(b, LLVMGetOperand(inst, 0), result_node(b, inst), inst, H2S_EDGE_ASSIGN);
    return;
  case LLVMInsertValue:
  case LLVMInsertElement:
  case LLVMShuffleVector: {
    h2s_node_id r = result_node(b, inst);
    copy(b, LLVMGetOperand(inst, 0), r, inst, H2S_EDGE_ASSIGN);
    copy(b, LLVMGetOperand(inst, 1), r, inst, H2S_EDGE_ASSIGN);
    return;
  }
  case LLVMSelect: {
    h2s_node_id r = result_node(b, inst);
    copy(b, LLVMGetOperand(inst, 1), r, inst, H2S_EDGE_ASSIGN);
    copy(b, LLVMGetOperand(inst, 2), r, inst, H2S_EDGE_ASSIGN);
    return;
  }
  case LLVMPHI: {
    h2s_node_id r = result_node(b, inst);
    unsigned n = LLVMCountIncoming(inst);
    for (unsigned i = 0; i < n; i++)
      copy(b, LLVMGetIncomingValue(inst, i), r, inst, H2S_EDGE_ASSIGN);
    return;
  }
  case LLVMLoad: {
    h2s_node_id r = result_node(b, inst), a = operand_node(b, LLVMGetOperand(inst, 0));
    if (r != H2S_NONE && a != H2S_NONE)
      h2s_graph_add_load(g, a, r, inst);
    else if (a != H2S_NONE && reads_pointer_bits(inst))
      h2s_graph_add_copy(g, load_into_temp(b, a, inst), g->heap, inst, H2S_EDGE_TO_INTEGER);
    return;
  }
  case LLVMStore: {
    h2s_node_id v = operand_node(b, LLVMGetOperand(inst, 0));
    h2s_node_id a = operand_node(b, LLVMGetOperand(inst, 1));
    if (v != H2S_NONE && a != H2S_NONE)
      h2s_graph_add_store(g, a, v, inst);
    return;
  }
  case LLVMAtomicRMW:
  case LLVMAtomicCmpXchg: {
    /* new value stored, old value loaded */
    h2s_node_id a = operand_node(b, LLVMGetOperand(inst, 0));
    unsigned value_index = LLVMGetInstructionOpcode(inst) == LLVMAtomicRMW ? 1 : 2;
    h2s_node_id v = operand_node(b, LLVMGetOperand(inst, value_index));
    if (a == H2S_NONE)
      return;
    if (v != H2S_NONE)
      h2s_graph_add_store(g, a, v, inst);
    h2s_node_id r = result_node(b, inst);
    if (r != H2S_NONE)
      h2s_graph_add_load(g, a, r, inst);
    else if (reads_pointer_bits(inst))
      h2s_graph_add_copy(g, load_into_temp(b, a, inst), g->heap, inst, H2S_EDGE_TO_INTEGER);
    return;
  }
  case LLVMPtrToInt:
    to_heap(b, LLVMGetOperand(inst, 0), inst, H2S_EDGE_TO_INTEGER);
    return;
  case LLVMRet:
    if (LLVMGetNumOperands(inst) == 1)
      copy(b, LLVMGetOperand(inst, 0), g->result, inst, H2S_EDGE_RETURN);
    return;
  case LLVMICmp:
  case LLVMFCmp:
  case LLVMBr:
  case LLVMSwitch:
  case LLVMUnreachable:
  case LLVMFence:
    return;
  default:
    /* inttoptr, va_arg, landingpad, callbr, ...: conservatively unknown */
    worst_case(b, inst, H2S_EDGE_OTHER);
    return;
  }
}

static void add_parameters(struct builder *b) {
  struct h2s_function_analysis *fa = b->fa;
  unsigned n = LLVMCountParams(fa->fn);
  fa->param_count = n < H2S_SUMMARY_PARAMS ? n : H2S_SUMMARY_PARAMS;
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef arg = LLVMGetParam(fa->fn, i);
    if (!pointerish(arg))
      continue;
    h2s_node_id node = h2s_graph_node_of(b->g, arg);
    if (i >= H2S_SUMMARY_PARAMS) {
      h2s_graph_add_origin(b->g, node, b->g->unknown);
      continue;
    }
    h2s_obj_id p = h2s_graph_new_object(b->g, H2S_OBJ_PARAM, arg, i);
    h2s_obj_id c = h2s_graph_new_object(b->g, H2S_OBJ_PARAM_CONTENT, arg, i);
    fa->param_obj[i] = p;
    fa->param_content[i] = c;
    /* The caller's memory: p points to P, P holds C, and C stands for every
       deeper level (it holds itself), so a deep leak is a content leak. */
    h2s_graph_add_origin(b->g, node, p);
    h2s_graph_add_origin(b->g, b->g->objs[p].content, c);
    h2s_graph_add_origin(b->g, b->g->objs[c].content, c);
  }
}

static uint64_t count_instructions(LLVMValueRef fn) {
  uint64_t n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      n++;
  return n;
}

/*
 * Summaries computed on demand while one function is analysed.  A call
 * cycle met this way (a callee leading back to a function still being
 * summarised) is solved like the driver solves a cycle that allocates:
 * every function starts from "nothing escapes", and all the summaries of
 * the episode are recomputed until none grows.
 */
struct episode {
  LLVMValueRef *active; /* being summarised, innermost last */
  uint32_t active_count, active_capacity;
  LLVMValueRef *done;   /* summarised during this episode */
  uint32_t done_count, done_capacity;
  bool cycle;
};

static void analyze(struct h2s_host *host, const struct h2s_intrinsics *ids, LLVMValueRef fn,
                    struct h2s_function_analysis *fa, unsigned depth, struct episode *ep);

static bool is_active(const struct episode *ep, LLVMValueRef fn) {
  for (uint32_t i = 0; i < ep->active_count; i++)
    if (ep->active[i] == fn)
      return true;
  return false;
}

static void worst_summary(LLVMValueRef fn, struct h2s_summary *s, const char *why) {
  memset(s, 0, sizeof *s);
  unsigned n = LLVMCountParams(fn);
  s->param_count = n < H2S_SUMMARY_PARAMS ? n : H2S_SUMMARY_PARAMS;
  for (unsigned i = 0; i < s->param_count; i++) {
    s->flags[i] = H2S_PARAM_WORST;
    snprintf(s->why[i], H2S_WHY_MAX, "%s", why);
  }
}

/* Analyses fn and stores its summary; true if the flags changed. */
static bool resummarize(struct h2s_host *host, const struct h2s_intrinsics *ids, LLVMValueRef fn,
                        unsigned depth, struct episode *ep) {
  struct h2s_function_analysis fa;
  ep->active = h2s_grow(ep->active, &ep->active_capacity, sizeof *ep->active,
                        ep->active_count + 1);
  ep->active[ep->active_count++] = fn;
  analyze(host, ids, fn, &fa, depth, ep);
  ep->active_count--;
  struct h2s_summary summary;
  h2s_summarize(host, &fa, &summary);
  h2s_function_analysis_free(&fa);
  bool changed = !h2s_summary_same_flags(h2s_summary_of(host, fn), &summary);
  h2s_summary_store(host, fn, &summary);
  return changed;
}

/* Re-solves every summary of an episode that met a call cycle. */
static void solve_episode_cycle(struct h2s_host *host, const struct h2s_intrinsics *ids,
                                struct episode *ep, unsigned depth) {
  for (unsigned round = 0; round < 8; round++) {
    bool changed = false;
    for (uint32_t i = 0; i < ep->done_count; i++) /* done may grow: index, no pointer */
      changed |= resummarize(host, ids, ep->done[i], depth, ep);
    if (!changed)
      return;
  }
  for (uint32_t i = 0; i < ep->done_count; i++) {
    struct h2s_summary worst;
    worst_summary(ep->done[i], &worst, "is part of a call cycle too complex to summarise");
    h2s_summary_store(host, ep->done[i], &worst);
  }
}

static const struct h2s_summary *ensure_summary(struct h2s_host *host,
                                                const struct h2s_intrinsics *ids, LLVMValueRef fn,
                                                unsigned depth, struct episode *ep) {
  if (is_active(ep, fn)) { /* a call cycle: use the current (optimistic) summary */
    ep->cycle = true;
    return h2s_summary_of(host, fn);
  }
  const struct h2s_summary *known = h2s_summary_of(host, fn);
  if (known)
    return known;
  if (depth > H2S_MAX_SUMMARY_DEPTH)
    return NULL;
  struct h2s_summary bottom;
  memset(&bottom, 0, sizeof bottom);
  bottom.param_count = LLVMCountParams(fn) < H2S_SUMMARY_PARAMS ? LLVMCountParams(fn)
                                                                 : H2S_SUMMARY_PARAMS;
  h2s_summary_store(host, fn, &bottom);
  resummarize(host, ids, fn, depth, ep);
  ep->done = h2s_grow(ep->done, &ep->done_capacity, sizeof *ep->done, ep->done_count + 1);
  ep->done[ep->done_count++] = fn;
  if (depth == 1) { /* the outermost on-demand summary: the episode ends here */
    if (ep->cycle)
      solve_episode_cycle(host, ids, ep, depth);
    for (uint32_t i = 0; i < ep->done_count; i++)
      h2s_remark_summary(host, ep->done[i], h2s_summary_of(host, ep->done[i]));
    ep->done_count = 0;
    ep->cycle = false;
  }
  return h2s_summary_of(host, fn);
}

static void analyze(struct h2s_host *host, const struct h2s_intrinsics *ids, LLVMValueRef fn,
                    struct h2s_function_analysis *fa, unsigned depth, struct episode *ep) {
  memset(fa, 0, sizeof *fa);
  fa->fn = fn;
  for (unsigned i = 0; i < H2S_SUMMARY_PARAMS; i++)
    fa->param_obj[i] = fa->param_content[i] = H2S_NONE;
  /* Linear in the function's size: a few hundred steps per instruction. */
  h2s_graph_init(&fa->graph, 256 * (count_instructions(fn) + 64));
  struct builder b = {host, ids, fa, &fa->graph, depth, ep};
  fa->unknown_node = h2s_graph_new_node(&fa->graph, NULL);
  h2s_graph_add_origin(&fa->graph, fa->unknown_node, fa->graph.unknown);
  add_parameters(&b);
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      visit(&b, i);
  h2s_graph_solve(&fa->graph);
  h2s_graph_propagate_inexact(&fa->graph);
}

void h2s_analyze_function(struct h2s_host *host, const struct h2s_intrinsics *ids,
                          LLVMValueRef fn, struct h2s_function_analysis *fa) {
  struct episode ep = {0};
  analyze(host, ids, fn, fa, 0, &ep);
  free(ep.active);
  free(ep.done);
}

void h2s_function_analysis_free(struct h2s_function_analysis *fa) {
  for (uint32_t i = 0; i < fa->arg_count; i++)
    free(fa->pointer_args[i].why);
  for (uint32_t i = 0; i < fa->freed_count; i++)
    free(fa->freed_by_callee[i].why);
  h2s_graph_free(&fa->graph);
  free(fa->frees);
  free(fa->pointer_args);
  free(fa->freed_by_callee);
  free(fa->markers);
  memset(fa, 0, sizeof *fa);
}

h2s_obj_id h2s_site_object(const struct h2s_function_analysis *fa, LLVMValueRef call) {
  h2s_node_id n = h2s_graph_find(&fa->graph, call);
  if (n == H2S_NONE)
    return H2S_NONE;
  const struct h2s_node *node = &fa->graph.nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++)
    if (node->pts[i].kind == H2S_EDGE_ORIGIN &&
        fa->graph.objs[node->pts[i].obj].kind == H2S_OBJ_SITE &&
        fa->graph.objs[node->pts[i].obj].value == call)
      return node->pts[i].obj;
  return H2S_NONE;
}

/* ---- explaining flows ---------------------------------------------------- */

unsigned h2s_escape_flow(const struct h2s_function_analysis *fa, h2s_obj_id o,
                         struct h2s_flow_step *steps, unsigned max) {
  const struct h2s_graph *g = &fa->graph;
  h2s_node_id sink = h2s_graph_points_to(g, g->heap, o) ? g->heap : g->result;
  /* Walk back from the sink to the origin, then reverse. */
  unsigned count = 0;
  h2s_node_id node = sink;
  for (unsigned guard = 0; guard < 4 * g->node_count + 4; guard++) {
    const struct h2s_pts_entry *e = h2s_graph_entry(g, node, o);
    if (!e || e->from == H2S_NONE)
      break;
    if (count < max)
      steps[count++] = (struct h2s_flow_step){e->why, e->kind, node};
    node = e->from;
  }
  for (unsigned i = 0; i < count / 2; i++) {
    struct h2s_flow_step t = steps[i];
    steps[i] = steps[count - 1 - i];
    steps[count - 1 - i] = t;
  }
  return count;
}

/* ---- summaries ----------------------------------------------------------- */

/*
 * " at file:line:col", at most PLACE_MAX characters (the reasons below quote
 * it with %.96s): a longer file name keeps its tail after "...", so that the
 * file's own name, the line and the column survive a deep checkout.
 */
#define PLACE_MAX 96
static void describe_place(char *out, size_t size, LLVMValueRef inst) {
  unsigned line = inst ? LLVMGetDebugLocLine(inst) : 0;
  if (!line) {
    out[0] = 0;
    return;
  }
  unsigned len = 0;
  const char *file = LLVMGetDebugLocFilename(inst, &len);
  if (!file)
    len = 0;
  char at[32];
  int at_len = snprintf(at, sizeof at, ":%u:%u", line, LLVMGetDebugLocColumn(inst));
  size_t room = PLACE_MAX - strlen(" at ") - (size_t)at_len;
  const char *cut = "";
  if (len > room) {
    cut = "...";
    file += len - (room - strlen(cut));
    len = (unsigned)(room - strlen(cut));
  }
  snprintf(out, size, " at %s%.*s%s", cut, (int)len, file ? file : "", at);
}

/* The reason a parameter escapes, in words, from the edge that sent it. */
static void describe_param_escape(const struct h2s_function_analysis *fa, h2s_obj_id o,
                                  char *out, size_t size) {
  struct h2s_flow_step steps[64];
  unsigned n = h2s_escape_flow(fa, o, steps, 64);
  if (!n) {
    snprintf(out, size, "leaks it");
    return;
  }
  const struct h2s_flow_step *last = &steps[n - 1];
  char place[160];
  describe_place(place, sizeof place, last->why);
  size_t len;
  switch (last->kind) {
  case H2S_EDGE_STORE_ESCAPE: {
    LLVMValueRef address = last->why ? h2s_stored_address(last->why, -1) : NULL;
    LLVMValueRef target = address ? h2s_underlying_object(address) : NULL;
    const char *name = target && LLVMIsAGlobalVariable(target) ? LLVMGetValueName2(target, &len)
                                                                : NULL;
    if (name && *name)
      snprintf(out, size, "stores it to global '%.48s'%.96s", name, place);
    else
      snprintf(out, size, "stores it to memory it does not own%.96s", place);
    break;
  }
  case H2S_EDGE_CALL_ESCAPE: {
    LLVMValueRef fn = last->why ? h2s_called_function(last->why) : NULL;
    const char *name = fn ? LLVMGetValueName2(fn, &len) : NULL;
    if (name && *name)
      snprintf(out, size, "passes it to '%.48s'%.96s", name, place);
    else
      snprintf(out, size, "passes it to an unknown call%.96s", place);
    break;
  }
  case H2S_EDGE_TO_INTEGER:
    snprintf(out, size, "converts it to an integer%.96s", place);
    break;
  default:
    snprintf(out, size, "leaks it%.96s", place);
    break;
  }
}

static void describe_param_free(const struct h2s_function_analysis *fa, h2s_obj_id p,
                                const char *what, char *out, size_t size) {
  const struct h2s_graph *g = &fa->graph;
  char place[160];
  for (uint32_t i = 0; i < fa->free_count; i++)
    if (h2s_graph_points_to(g, fa->frees[i].node, p)) {
      describe_place(place, sizeof place, fa->frees[i].call);
      snprintf(out, size, "frees %.24s%.96s", what, place);
      return;
    }
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, p)) {
      LLVMValueRef fn = h2s_called_function(fa->freed_by_callee[i].call);
      size_t len;
      const char *name = fn ? LLVMGetValueName2(fn, &len) : "?";
      describe_place(place, sizeof place, fa->freed_by_callee[i].call);
      snprintf(out, size, "passes %.24s to '%.40s', which may free it%.96s", what, name, place);
      return;
    }
  snprintf(out, size, "may free %.24s", what);
}

static bool freed_here(const struct h2s_function_analysis *fa, h2s_obj_id o) {
  const struct h2s_graph *g = &fa->graph;
  for (uint32_t i = 0; i < fa->free_count; i++)
    if (h2s_graph_points_to(g, fa->frees[i].node, o))
      return true;
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, o))
      return true;
  return false;
}

void h2s_summarize(struct h2s_host *host, const struct h2s_function_analysis *fa,
                   struct h2s_summary *out) {
  (void)host;
  memset(out, 0, sizeof *out);
  const struct h2s_graph *g = &fa->graph;
  out->param_count = fa->param_count;
  for (unsigned i = 0; i < fa->param_count; i++) {
    h2s_obj_id p = fa->param_obj[i], c = fa->param_content[i];
    if (p == H2S_NONE)
      continue;
    out->pointer_params |= 1u << i;
    if (g->gave_up) {
      out->flags[i] = H2S_PARAM_WORST;
      snprintf(out->why[i], H2S_WHY_MAX, "is too large to analyse");
      continue;
    }
    uint32_t f = 0;
    if (h2s_graph_points_to(g, g->heap, p))
      f |= H2S_PARAM_ESCAPES;
    if (h2s_graph_points_to(g, g->result, p))
      f |= H2S_PARAM_TO_RESULT;
    if (h2s_graph_points_to(g, g->result, c))
      f |= H2S_PARAM_CONTENT_TO_RESULT;
    if (h2s_graph_points_to(g, g->heap, c) || freed_here(fa, c))
      f |= H2S_PARAM_CONTENT_ESCAPES;
    if (freed_here(fa, p))
      f |= H2S_PARAM_FREED;
    const struct h2s_node *content = &g->nodes[g->objs[p].content];
    const struct h2s_node *deeper = &g->nodes[g->objs[c].content];
    for (uint32_t k = 0; k < content->pts_count; k++)
      if (content->pts[k].obj != c)
        f |= H2S_PARAM_WRITTEN;
    for (uint32_t k = 0; k < deeper->pts_count; k++)
      if (deeper->pts[k].obj != c)
        f |= H2S_PARAM_WRITTEN;
    out->flags[i] = f;
    if (f & H2S_PARAM_ESCAPES)
      describe_param_escape(fa, p, out->why[i], H2S_WHY_MAX);
    else if (f & H2S_PARAM_FREED)
      describe_param_free(fa, p, "it", out->why[i], H2S_WHY_MAX);
    else if ((f & H2S_PARAM_CONTENT_ESCAPES) && freed_here(fa, c))
      describe_param_free(fa, c, "what it points to", out->why[i], H2S_WHY_MAX);
    else if (f & H2S_PARAM_CONTENT_ESCAPES)
      describe_param_escape(fa, c, out->why[i], H2S_WHY_MAX);
  }
}

/* ---- deciding a site ------------------------------------------------------ */

/* Objects whose memory may (transitively) hold a pointer to o, plus o. */
static void holders_of(const struct h2s_graph *g, h2s_obj_id o, bool *is_holder) {
  memset(is_holder, 0, g->obj_count * sizeof *is_holder);
  is_holder[o] = true;
  bool changed = true;
  while (changed) {
    changed = false;
    for (h2s_obj_id x = 0; x < g->obj_count; x++) {
      if (is_holder[x])
        continue;
      const struct h2s_node *content = &g->nodes[g->objs[x].content];
      for (uint32_t i = 0; i < content->pts_count; i++)
        if (is_holder[content->pts[i].obj]) {
          is_holder[x] = true;
          changed = true;
          break;
        }
    }
  }
}

static bool reaches(const struct h2s_graph *g, h2s_node_id n, const bool *is_holder) {
  const struct h2s_node *node = &g->nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++)
    if (is_holder[node->pts[i].obj])
      return true;
  return false;
}

static void block(struct h2s_site *site, enum h2s_decision decision, LLVMValueRef at) {
  site->decision = decision;
  site->blocker = at;
}

/* A store into the memory a parameter points to: which parameter (for -O0
   IR, where the parameter itself went through a local first). */
static void name_stored_param(struct h2s_host *host, const struct h2s_function_analysis *fa,
                              struct h2s_site *site) {
  if (site->escape != H2S_EDGE_STORE_ESCAPE || !site->blocker)
    return;
  LLVMValueRef address = h2s_stored_address(
      site->blocker, site->blocker == site->call ? site->alloc.out_arg : -1);
  h2s_node_id n = address ? h2s_graph_find(&fa->graph, address) : H2S_NONE;
  if (n == H2S_NONE)
    return;
  const struct h2s_node *node = &fa->graph.nodes[n];
  for (uint32_t i = 0; i < node->pts_count; i++) {
    const struct h2s_object *o = &fa->graph.objs[node->pts[i].obj];
    if (o->kind != H2S_OBJ_PARAM)
      continue;
    const char *name = h2s_host_param_name(host, fa->fn, o->param);
    if (name)
      snprintf(site->store_param, sizeof site->store_param, "%s", name);
    return;
  }
}

/* The sink of an escaping flow: the last edge, and for a holder, what holds it. */
static void name_escape(const struct h2s_function_analysis *fa, struct h2s_site *site) {
  struct h2s_flow_step steps[64];
  unsigned n = h2s_escape_flow(fa, site->obj, steps, 64);
  site->decision = H2S_ESCAPES;
  if (!n) {
    site->escape = H2S_EDGE_OTHER;
    site->blocker = site->call;
    return;
  }
  const struct h2s_flow_step *last = &steps[n - 1];
  site->escape = last->kind;
  site->blocker = last->why ? last->why : site->call;
  if (last->kind == H2S_EDGE_HOLDER && n >= 2) {
    /* Escaped because the memory it was stored into escaped. */
    h2s_node_id content = steps[n - 2].node;
    h2s_obj_id owner = fa->graph.nodes[content].owner;
    site->holder = owner != H2S_NONE ? fa->graph.objs[owner].value : NULL;
    site->blocker = steps[n - 2].why ? steps[n - 2].why : site->call;
  }
  if (last->kind == H2S_EDGE_CALL_ESCAPE && n >= 2 && steps[n - 2].kind == H2S_EDGE_LOAD &&
      steps[n - 2].why == last->why) {
    /* Not the pointer itself but memory holding it was passed. */
    const struct h2s_pts_entry *e = h2s_graph_entry(&fa->graph, steps[n - 2].node, site->obj);
    h2s_obj_id owner = e && e->from != H2S_NONE ? fa->graph.nodes[e->from].owner : H2S_NONE;
    site->holder = owner != H2S_NONE ? fa->graph.objs[owner].value : NULL;
  }
  if (last->kind == H2S_EDGE_CALL_ESCAPE && last->why) {
    /* The callee's reason: for the argument that is the pointer itself if
       it has one, else for the argument whose memory holds it. */
    const char *direct = NULL, *any = NULL;
    for (uint32_t i = 0; i < fa->arg_count; i++) {
      const struct h2s_arg_use *u = &fa->pointer_args[i];
      if (u->call != last->why || !u->why)
        continue;
      if (!any)
        any = u->why;
      if (!direct && h2s_graph_points_to(&fa->graph, u->node, site->obj))
        direct = u->why;
    }
    if (direct || any)
      snprintf(site->callee_why, sizeof site->callee_why, "%s", direct ? direct : any);
  }
}

static void check_frees(const struct h2s_function_analysis *fa, struct h2s_site *site) {
  const struct h2s_graph *g = &fa->graph;
  for (uint32_t i = 0; i < fa->free_count && site->decision == H2S_MOVE; i++) {
    const struct h2s_free_use *f = &fa->frees[i];
    if (!h2s_graph_points_to(g, f->node, site->obj))
      continue;
    site->dealloc = f->dealloc;
    if (strcmp(f->dealloc.family, site->alloc.family))
      block(site, H2S_MISMATCHED_FREE, f->call);
    else if (g->nodes[f->node].pts_count != 1 || g->nodes[f->node].inexact)
      block(site, H2S_AMBIGUOUS_FREE, f->call);
    else
      h2s_values_push(&site->frees, f->call);
  }
}

void h2s_decide_escape(struct h2s_host *host, const struct h2s_function_analysis *fa,
                       struct h2s_site *site) {
  const struct h2s_graph *g = &fa->graph;
  site->decision = H2S_MOVE;
  site->obj = h2s_site_object(fa, site->call);
  if (g->gave_up || site->obj == H2S_NONE) {
    block(site, H2S_TOO_COMPLEX, site->call);
    return;
  }
  if (g->objs[site->obj].escaped) {
    name_escape(fa, site);
    name_stored_param(host, fa, site);
    const char *name = site->holder && LLVMIsAAllocaInst(site->holder)
                           ? h2s_host_variable_name(host, site->holder)
                           : NULL;
    if (name)
      snprintf(site->holder_name, sizeof site->holder_name, "%s", name);
    return;
  }
  for (uint32_t i = 0; i < fa->freed_count; i++)
    if (h2s_graph_points_to(g, fa->freed_by_callee[i].node, site->obj)) {
      block(site, H2S_FREED_BY_CALLEE, fa->freed_by_callee[i].call);
      if (fa->freed_by_callee[i].why)
        snprintf(site->callee_why, sizeof site->callee_why, "%s", fa->freed_by_callee[i].why);
      return;
    }
  check_frees(fa, site);
  if (site->decision != H2S_MOVE)
    return;

  bool *is_holder = malloc((g->obj_count + 1) * sizeof *is_holder);
  if (!is_holder)
    abort();
  holders_of(g, site->obj, is_holder);
  for (uint32_t i = 0; i < fa->arg_count && site->decision == H2S_MOVE; i++) {
    const struct h2s_arg_use *u = &fa->pointer_args[i];
    if (!reaches(g, u->node, is_holder))
      continue;
    if (LLVMIsACallInst(u->call) && LLVMGetTailCallKind(u->call) == LLVMTailCallKindMustTail)
      block(site, H2S_MUST_TAIL, u->call);
    else
      h2s_values_push(&site->pointer_calls, u->call);
  }
  free(is_holder);
  for (uint32_t i = 0; i < fa->marker_count && site->decision == H2S_MOVE; i++) {
    const struct h2s_arg_use *m = &fa->markers[i];
    if (!h2s_graph_points_to(g, m->node, site->obj))
      continue;
    if (g->nodes[m->node].pts_count != 1) { /* a marker on a merge of objects */
      site->escape = H2S_EDGE_OTHER;
      block(site, H2S_ESCAPES, m->call);
    } else {
      h2s_values_push(&site->old_markers, m->call);
    }
  }
  if (site->decision == H2S_MOVE)
    h2s_check_loop_carried(host, fa, site);
}
