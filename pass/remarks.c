/*
 * remarks.c - where remarks are worded.
 *
 * Every allocation site gets exactly one final remark, at the allocation
 * call's own debug location, in the vocabulary of Go's `-gcflags=-m`:
 *
 *   Passed  Moved          moved to stack: 144-byte malloc
 *   Missed  Escapes        escapes: stored to global 'leaked' at t.c:22:25
 *   Missed  TooLarge       too large for stack: 136000 bytes > max-size 65536
 *   Missed  FrameBudget    stack frame budget exceeded: ... > max-frame 131072
 *   ...
 *
 * The remark name (YAML `Name:`) is the stable identifier of the rule; the
 * numbers and places are named arguments (Size, Limit, Blocker, ...) so that
 * tools read values, not prose.  The README lists every name.
 */
#include "remarks.h"

#include <llvm-c/Core.h>
#include <stdio.h>
#include <string.h>

const char *h2s_decision_name(const struct h2s_site *site) {
  switch (site->decision) {
  case H2S_MOVE: return site->guarded ? "MovedWhenSmall" : "Moved";
  case H2S_ESCAPES: return "Escapes";
  case H2S_MISMATCHED_FREE: return "MismatchedFree";
  case H2S_AMBIGUOUS_FREE: return "AmbiguousFree";
  case H2S_MUST_TAIL: return "MustTail";
  case H2S_DYNAMIC_SIZE: return "DynamicSize";
  case H2S_UNKNOWN_SIZE: return "UnknownSize";
  case H2S_BAD_SIZE: return "BadSize";
  case H2S_BAD_ALIGNMENT: return "BadAlignment";
  case H2S_TOO_LARGE: return "TooLarge";
  case H2S_RECURSIVE: return "Recursive";
  case H2S_FRAME_BUDGET: return "FrameBudget";
  case H2S_NOT_BUILTIN: return "NotBuiltin";
  case H2S_OPTNONE: return "OptNone";
  case H2S_COROUTINE: return "Coroutine";
  case H2S_OPT_OUT: return "OptOut";
  }
  return "Unknown";
}

static const char *name_of(LLVMValueRef v) {
  size_t len;
  const char *name = LLVMGetValueName2(v, &len);
  return name && *name ? name : NULL;
}

/* " at file:line:col" from the debug location, else the instruction's text. */
static void add_place(struct h2s_remark *r, const char *key, LLVMValueRef inst) {
  if (LLVMGetDebugLocLine(inst) != 0) {
    h2s_remark_text(r, " at ");
    h2s_remark_arg_loc(r, key, inst);
    return;
  }
  char *text = LLVMPrintValueToString(inst);
  const char *start = text;
  while (*start == ' ')
    start++;
  char shown[160];
  size_t len = strlen(start);
  if (len >= sizeof shown)
    snprintf(shown, sizeof shown, "%.*s...", (int)sizeof shown - 4, start);
  else
    snprintf(shown, sizeof shown, "%s", start);
  h2s_remark_text(r, " at '");
  h2s_remark_arg_str(r, key, shown);
  h2s_remark_text(r, "'");
  LLVMDisposeMessage(text);
}

/* The object a store writes to, for "stored to global 'g'". */
static LLVMValueRef underlying_object(LLVMValueRef ptr) {
  for (int depth = 0; depth < 32; depth++) {
    if (LLVMIsAGetElementPtrInst(ptr) || LLVMIsABitCastInst(ptr) ||
        LLVMIsAAddrSpaceCastInst(ptr))
      ptr = LLVMGetOperand(ptr, 0);
    else if (LLVMIsAConstantExpr(ptr) &&
             (LLVMGetConstOpcode(ptr) == LLVMGetElementPtr ||
              LLVMGetConstOpcode(ptr) == LLVMBitCast ||
              LLVMGetConstOpcode(ptr) == LLVMAddrSpaceCast))
      ptr = LLVMGetOperand(ptr, 0);
    else
      break;
  }
  return ptr;
}

static void word_store(struct h2s_remark *r, LLVMValueRef store) {
  LLVMValueRef target = underlying_object(LLVMGetOperand(store, 1));
  const char *name = name_of(target);
  if (LLVMIsAGlobalVariable(target) && name) {
    h2s_remark_text(r, "stored to global '");
    h2s_remark_arg_str(r, "Target", name);
    h2s_remark_text(r, "'");
  } else if (LLVMIsAAllocaInst(target) && name) {
    h2s_remark_text(r, "stored to local '");
    h2s_remark_arg_str(r, "Target", name);
    h2s_remark_text(r, "'");
  } else {
    h2s_remark_text(r, "stored to memory");
  }
}

static void word_call(struct h2s_remark *r, LLVMValueRef call) {
  LLVMValueRef fn = h2s_called_function(call);
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (!fn && callee && LLVMIsAFunction(callee) && name_of(callee)) {
    h2s_remark_text(r, "passed to '");
    h2s_remark_arg_str(r, "Callee", name_of(callee));
    h2s_remark_text(r, "' called through a mismatched function type");
    return;
  }
  const char *name = fn ? name_of(fn) : NULL;
  if (!name) {
    h2s_remark_text(r, "passed to an indirect call");
    return;
  }
  h2s_remark_text(r, "passed to '");
  h2s_remark_arg_str(r, "Callee", name);
  h2s_remark_text(r, "'");
}

static void word_escape(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "escapes: ");
  switch (site->escape) {
  case H2S_ESC_RETURNED: h2s_remark_text(r, "returned"); break;
  case H2S_ESC_STORED: word_store(r, site->blocker); break;
  case H2S_ESC_PASSED: word_call(r, site->blocker); break;
  case H2S_ESC_CALLED: h2s_remark_text(r, "called as a function"); break;
  case H2S_ESC_TO_INTEGER: h2s_remark_text(r, "converted to an integer"); break;
  case H2S_ESC_MERGED:
    h2s_remark_text(r, LLVMIsAPHINode(site->blocker)
                           ? "merged with other pointers by a phi"
                           : "merged with other pointers by a select");
    break;
  case H2S_ESC_AGGREGATE: h2s_remark_text(r, "packed into an aggregate value"); break;
  case H2S_ESC_ATOMIC: h2s_remark_text(r, "published by an atomic instruction"); break;
  case H2S_ESC_OTHER_USE: h2s_remark_text(r, "used by an instruction heap2stack does not follow"); break;
  }
  add_place(r, "Blocker", site->blocker);
}

static void word_free(struct h2s_remark *r, const struct h2s_site *site) {
  if (site->decision == H2S_MISMATCHED_FREE) {
    h2s_remark_text(r, "freed by a different family: '");
    h2s_remark_arg_str(r, "Deallocator", site->dealloc.display);
    h2s_remark_text(r, "' cannot free memory from '");
    h2s_remark_arg_str(r, "Allocator", site->alloc.display);
    h2s_remark_text(r, "'");
  } else {
    h2s_remark_text(r, "freed through a pointer that may not be exactly this allocation ('");
    h2s_remark_arg_str(r, "Deallocator", site->dealloc.display);
    h2s_remark_text(r, "')");
  }
  add_place(r, "Blocker", site->blocker);
}

static void word_size(struct h2s_remark *r, const struct h2s_site *site) {
  switch (site->decision) {
  case H2S_DYNAMIC_SIZE:
    h2s_remark_text(r, "size not known at compile time: '");
    h2s_remark_arg_str(r, "Allocator", site->alloc.display);
    h2s_remark_text(r, "' of a run-time value, and no guarded rewrite: ");
    h2s_remark_arg_str(r, "Reason", site->detail);
    break;
  case H2S_UNKNOWN_SIZE:
    h2s_remark_text(r, "size unknown: '");
    h2s_remark_arg_str(r, "Allocator", site->alloc.display);
    h2s_remark_text(r, "' declares no allocsize (or no allocalign for an aligned allocation)");
    break;
  case H2S_BAD_SIZE:
    h2s_remark_text(r, "size overflows: ");
    h2s_remark_arg_uint(r, "Count", site->count);
    h2s_remark_text(r, " * ");
    h2s_remark_arg_uint(r, "ElementSize", site->elem_size);
    h2s_remark_text(r, " bytes does not fit in 64 bits");
    break;
  case H2S_BAD_ALIGNMENT:
    if (!site->align_known) {
      h2s_remark_text(r, "alignment not known at compile time");
    } else {
      h2s_remark_text(r, "unsupported alignment: ");
      h2s_remark_arg_uint(r, "Align", site->requested_align);
      h2s_remark_text(r, " (must be a power of two, at most 4096)");
    }
    break;
  case H2S_TOO_LARGE:
    h2s_remark_text(r, "too large for stack: ");
    h2s_remark_arg_uint(r, "Size", site->size);
    h2s_remark_text(r, " bytes > max-size ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  case H2S_RECURSIVE:
    h2s_remark_text(r, "in a recursive call cycle: ");
    h2s_remark_arg_uint(r, "Size", site->size);
    h2s_remark_text(r, " bytes > max-recursive-size ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  case H2S_FRAME_BUDGET:
    h2s_remark_text(r, "stack frame budget exceeded: ");
    h2s_remark_arg_uint(r, "Existing", site->frame_existing);
    h2s_remark_text(r, " bytes of locals + ");
    h2s_remark_arg_uint(r, "Moved", site->frame_moved);
    h2s_remark_text(r, " bytes moved + ");
    h2s_remark_arg_uint(r, "Size", site->size);
    h2s_remark_text(r, " bytes > max-frame ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  default:
    break;
  }
}

static void word_guarded_move(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "moved to stack when it fits: '");
  h2s_remark_arg_str(r, "Allocator", site->alloc.display);
  h2s_remark_text(r, "' of a run-time size uses a ");
  h2s_remark_arg_uint(r, "Capacity", site->size);
  h2s_remark_text(r, "-byte stack buffer (align ");
  h2s_remark_arg_uint(r, "Align", site->align);
  h2s_remark_text(r, ") when the size fits, the heap otherwise");
}

static void word_move(struct h2s_remark *r, const struct h2s_site *site) {
  if (site->guarded) {
    word_guarded_move(r, site);
    return;
  }
  h2s_remark_text(r, "moved to stack: ");
  h2s_remark_arg_uint(r, "Size", site->size);
  h2s_remark_text(r, "-byte ");
  h2s_remark_arg_str(r, "Allocator", site->alloc.display);
  h2s_remark_text(r, " (align ");
  h2s_remark_arg_uint(r, "Align", site->align);
  h2s_remark_text(r, ")");
}

void h2s_remark_decision(struct h2s_host *host, const struct h2s_site *site) {
  bool moved = site->decision == H2S_MOVE;
  struct h2s_remark *r = h2s_remark_begin(host, moved ? H2S_REMARK_PASSED : H2S_REMARK_MISSED,
                                          h2s_decision_name(site), site->call);
  switch (site->decision) {
  case H2S_MOVE:
    word_move(r, site);
    break;
  case H2S_ESCAPES:
    word_escape(r, site);
    break;
  case H2S_MISMATCHED_FREE:
  case H2S_AMBIGUOUS_FREE:
    word_free(r, site);
    break;
  case H2S_MUST_TAIL:
    h2s_remark_text(r, "passed to a musttail call, which cannot give up its tail position");
    add_place(r, "Blocker", site->blocker);
    break;
  case H2S_NOT_BUILTIN:
  case H2S_OPTNONE:
  case H2S_COROUTINE:
  case H2S_OPT_OUT:
    h2s_remark_text(r, "not analysed: ");
    h2s_remark_arg_str(r, "Reason", site->detail);
    break;
  default:
    word_size(r, site);
    break;
  }
  h2s_remark_emit(r);
}

void h2s_remark_moved_details(struct h2s_host *host, const struct h2s_site *site) {
  for (size_t i = 0; i < site->frees.count; i++) {
    LLVMValueRef free_call = site->frees.items[i];
    struct h2s_deallocator d;
    const char *dealloc = h2s_match_deallocator(host, free_call, &d) ? d.display : "?";
    struct h2s_remark *r = h2s_remark_begin(
        host, H2S_REMARK_ANALYSIS, site->guarded ? "DeallocationGuarded" : "DeallocationRemoved",
        free_call);
    if (site->guarded) {
      h2s_remark_text(r, "deallocation guarded: '");
      h2s_remark_arg_str(r, "Deallocator", dealloc);
      h2s_remark_text(r, "' now frees only the heap case of the '");
      h2s_remark_arg_str(r, "Allocator", site->alloc.display);
      h2s_remark_text(r, "'");
    } else {
      h2s_remark_text(r, "deallocation removed: '");
      h2s_remark_arg_str(r, "Deallocator", dealloc);
      h2s_remark_text(r, "' of the ");
      h2s_remark_arg_uint(r, "Size", site->size);
      h2s_remark_text(r, "-byte ");
      h2s_remark_arg_str(r, "Allocator", site->alloc.display);
    }
    add_place(r, "Allocation", site->call);
    h2s_remark_emit(r);
  }
}
