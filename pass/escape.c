/*
 * escape.c - where escape is decided.
 *
 * Starting from the allocation call, the walk visits every value derived
 * from the pointer (GEPs, casts, freeze, and the intrinsics that return their
 * argument) and classifies each use:
 *
 *   safe      a load or store *through* the pointer, a comparison, a memory
 *             intrinsic, objectsize, assume, prefetch, invariant markers;
 *   freed     an argument to a deallocation of the same family, passing
 *             exactly this object (a cast or zero GEP of the allocation);
 *   escaping  anything else: returned, stored as a value, passed to any other
 *             call, turned into an integer, merged with another pointer by a
 *             phi or select, packed into an aggregate, used atomically as a
 *             value.
 *
 * The first escaping use the walk meets decides: the site stays on the heap
 * and that instruction is named in the remark.  Because no phi,
 * select or store of the pointer is accepted, no pointer to one execution's
 * object can survive the next execution of the allocation (every use sees
 * the most recent one), so a site inside a loop can share a single slot.
 *
 * Calls that receive the pointer are recorded: a `tail` marker on them would
 * promise they do not touch the caller's stack, which stops being true.
 */
#include "escape.h"

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
}

/* The state of one walk. */
struct walk {
  struct h2s_host *host;
  const struct h2s_intrinsics *ids;
  struct h2s_site *site;
  struct h2s_values worklist;
  struct h2s_valueset seen;
  struct h2s_valueset exact; /* values known to equal the allocation's address */
  bool blocked;
};

static void block(struct walk *w, enum h2s_decision decision, enum h2s_escape_kind kind,
                  LLVMValueRef at) {
  if (w->blocked)
    return;
  w->blocked = true;
  w->site->decision = decision;
  w->site->escape = kind;
  w->site->blocker = at;
}

static void follow(struct walk *w, LLVMValueRef derived, bool exact) {
  if (exact)
    h2s_valueset_insert(&w->exact, derived);
  if (h2s_valueset_insert(&w->seen, derived))
    h2s_values_push(&w->worklist, derived);
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

/* Which arguments of `call` are `value`: a bitmask, bit 31 for "31 or later". */
static unsigned arg_positions(LLVMValueRef call, LLVMValueRef value) {
  unsigned mask = 0, n = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < n; i++)
    if (LLVMGetOperand(call, i) == value)
      mask |= 1u << (i < 31 ? i : 31);
  return mask;
}

static void visit_deallocation(struct walk *w, LLVMValueRef call, LLVMValueRef value,
                               const struct h2s_deallocator *d) {
  if (d->ptr_arg >= 31 || arg_positions(call, value) != 1u << d->ptr_arg) {
    /* passed as something other than the pointer freed, or as well */
    block(w, H2S_ESCAPES, H2S_ESC_PASSED, call);
    return;
  }
  if (strcmp(d->family, w->site->alloc.family)) {
    w->site->dealloc = *d;
    block(w, H2S_MISMATCHED_FREE, H2S_ESC_PASSED, call);
    return;
  }
  if (!h2s_valueset_contains(&w->exact, value)) {
    w->site->dealloc = *d;
    block(w, H2S_AMBIGUOUS_FREE, H2S_ESC_PASSED, call);
    return;
  }
  h2s_values_push(&w->site->frees, call);
}

/*
 * A call that may read or write the object through the pointer.  It will
 * lose any `tail` marker; a `musttail` call cannot, so the site stays.
 */
static void record_pointer_call(struct walk *w, LLVMValueRef call) {
  if (LLVMIsACallInst(call) && LLVMGetTailCallKind(call) == LLVMTailCallKindMustTail) {
    block(w, H2S_MUST_TAIL, H2S_ESC_PASSED, call);
    return;
  }
  h2s_values_push(&w->site->pointer_calls, call);
}

/* The pointer reaches a call that does not free it: only a few intrinsics are safe. */
static void visit_call(struct walk *w, LLVMValueRef call, LLVMValueRef value) {
  if (LLVMGetCalledValue(call) == value) {
    block(w, H2S_ESCAPES, H2S_ESC_CALLED, call);
    return;
  }
  struct h2s_deallocator d;
  if (h2s_match_deallocator(w->host, call, &d)) {
    visit_deallocation(w, call, value, &d);
    return;
  }
  LLVMValueRef fn = h2s_called_function(call);
  unsigned id = fn ? LLVMGetIntrinsicID(fn) : 0;
  const struct h2s_intrinsics *ids = w->ids;
  bool as_arg = arg_positions(call, value) != 0;
  if (id && !as_arg && id == ids->assume) /* an operand bundle of llvm.assume */
    return;
  if (id && as_arg) {
    if (id == ids->memcpy || id == ids->memcpy_inline || id == ids->memmove ||
        id == ids->memset || id == ids->memset_inline) {
      record_pointer_call(w, call);
      return;
    }
    if (id == ids->lifetime_start || id == ids->lifetime_end) {
      h2s_values_push(&w->site->old_markers, call);
      return;
    }
    if (id == ids->objectsize || id == ids->prefetch || id == ids->invariant_start ||
        id == ids->invariant_end || id == ids->dbg_value || id == ids->dbg_declare ||
        id == ids->dbg_assign)
      return;
    if (id == ids->launder_invariant_group || id == ids->strip_invariant_group ||
        id == ids->ptrmask) {
      follow(w, call, id != ids->ptrmask);
      return;
    }
  }
  block(w, H2S_ESCAPES, H2S_ESC_PASSED, call);
}

static void visit_use(struct walk *w, LLVMValueRef user, LLVMValueRef value) {
  switch (LLVMGetInstructionOpcode(user)) {
  case LLVMLoad:
    return; /* the only pointer operand of a load is its address */
  case LLVMStore:
    if (LLVMGetOperand(user, 0) == value)
      block(w, H2S_ESCAPES, H2S_ESC_STORED, user);
    return;
  case LLVMAtomicRMW:
    if (LLVMGetOperand(user, 1) == value)
      block(w, H2S_ESCAPES, H2S_ESC_ATOMIC, user);
    return;
  case LLVMAtomicCmpXchg:
    if (LLVMGetOperand(user, 1) == value || LLVMGetOperand(user, 2) == value)
      block(w, H2S_ESCAPES, H2S_ESC_ATOMIC, user);
    return;
  case LLVMICmp:
    return;
  case LLVMGetElementPtr:
    if (LLVMGetOperand(user, 0) != value) { /* used as an index: a vector GEP */
      block(w, H2S_ESCAPES, H2S_ESC_OTHER_USE, user);
      return;
    }
    follow(w, user, h2s_valueset_contains(&w->exact, value) && is_zero_gep(user));
    return;
  case LLVMBitCast:
  case LLVMAddrSpaceCast:
  case LLVMFreeze:
    follow(w, user, h2s_valueset_contains(&w->exact, value));
    return;
  case LLVMCall:
  case LLVMInvoke:
    visit_call(w, user, value);
    return;
  case LLVMRet:
    block(w, H2S_ESCAPES, H2S_ESC_RETURNED, user);
    return;
  case LLVMPtrToInt:
    block(w, H2S_ESCAPES, H2S_ESC_TO_INTEGER, user);
    return;
  case LLVMPHI:
  case LLVMSelect:
    block(w, H2S_ESCAPES, H2S_ESC_MERGED, user);
    return;
  case LLVMInsertValue:
  case LLVMInsertElement:
  case LLVMShuffleVector:
    block(w, H2S_ESCAPES, H2S_ESC_AGGREGATE, user);
    return;
  default:
    block(w, H2S_ESCAPES, H2S_ESC_OTHER_USE, user);
    return;
  }
}

void h2s_decide_escape(struct h2s_host *host, const struct h2s_intrinsics *ids,
                       struct h2s_site *site) {
  struct walk w = {.host = host, .ids = ids, .site = site};
  site->decision = H2S_MOVE;
  follow(&w, site->call, true);
  for (size_t next = 0; next < w.worklist.count && !w.blocked; next++) {
    LLVMValueRef value = w.worklist.items[next];
    for (LLVMUseRef u = LLVMGetFirstUse(value); u && !w.blocked; u = LLVMGetNextUse(u))
      visit_use(&w, LLVMGetUser(u), value);
  }
  h2s_values_free(&w.worklist);
  h2s_valueset_free(&w.seen);
  h2s_valueset_free(&w.exact);
}
