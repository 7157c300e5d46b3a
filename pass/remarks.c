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

#include "annotations.h"
#include "escape.h"
#include "integer_flow.h"
#include "loop_slots.h"

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <stdio.h>
#include <string.h>

/*
 * Is this remark held back by the run's policy?  The first of two runs
 * (clang's pipeline with -heap2stack-late-rerun) holds back its Missed
 * remarks and their EscapeFlow trails, since the late run decides those
 * sites again; the late run does not repeat the ParamSummary remarks.
 */
static bool held_back(struct h2s_host *host, enum h2s_remark_kind kind, const char *name,
                      bool of_function) {
  switch (h2s_host_remark_policy(host)) {
  case H2S_REMARKS_ALL:
    return false;
  case H2S_REMARKS_HOLD_MISSED:
    return kind == H2S_REMARK_MISSED || !strcmp(name, "EscapeFlow");
  case H2S_REMARKS_NO_SUMMARIES:
    return of_function;
  }
  return false;
}

/* What every heap2stack_noheap error starts with. */
#define NOHEAP_ERROR "heap allocation in a function annotated heap2stack_noheap: "

static struct h2s_remark *begin_at(struct h2s_host *host, enum h2s_remark_kind kind,
                                   const char *name, LLVMValueRef at) {
  return h2s_remark_begin(host, kind, name, at, held_back(host, kind, name, false));
}

static struct h2s_remark *begin_function(struct h2s_host *host, enum h2s_remark_kind kind,
                                         const char *name, LLVMValueRef fn) {
  return h2s_remark_begin_function(host, kind, name, fn, held_back(host, kind, name, true));
}

const char *h2s_decision_name(const struct h2s_site *site) {
  switch (site->decision) {
  case H2S_MOVE:
    return site->guarded   ? "MovedWhenSmall"
           : site->checked ? "MovedWhenRoom"
           : site->slots   ? "MovedPerIteration"
                           : "Moved";
  case H2S_ESCAPES: return "Escapes";
  case H2S_FREED_BY_CALLEE: return "FreedByCallee";
  case H2S_LOOP_CARRIED: return "LoopCarried";
  case H2S_TOO_COMPLEX: return "AnalysisBudget";
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
  case H2S_RETURNS_TWICE: return "ReturnsTwice";
  case H2S_SIZE_QUERY: return "SizeQuery";
  case H2S_NO_STACK_CHECK: return "NoStackCheck";
  case H2S_CHAIN_BUDGET: return "ChainBudget";
  case H2S_UNUSABLE_WRAPPER: return "UnusableWrapper";
  }
  return "Unknown";
}

static const char *name_of(LLVMValueRef v) {
  size_t len;
  const char *name = LLVMGetValueName2(v, &len);
  return name && *name ? name : NULL;
}

/* Drops " #3"-style attribute group references: they change from module to module. */
static void strip_attribute_groups(char *text) {
  char *out = text;
  for (char *in = text; *in;) {
    if (in[0] == ' ' && in[1] == '#' && in[2] >= '0' && in[2] <= '9') {
      in += 2;
      while (*in >= '0' && *in <= '9')
        in++;
      continue;
    }
    *out++ = *in++;
  }
  *out = 0;
}

/* Turns every run of blanks and newlines into one space. */
static void collapse_blanks(char *text) {
  char *out = text;
  for (char *in = text; *in; in++) {
    bool blank = *in == ' ' || *in == '\n' || *in == '\t';
    if (blank && out > text && out[-1] == ' ')
      continue;
    *out++ = blank ? ' ' : *in;
  }
  *out = 0;
}

/*
 * An instruction's text for a remark: no leading blanks, no metadata
 * (!dbg, !tbaa) and no attribute-group numbers, which change from module to
 * module; at most size - 1 characters.
 */
static void quote_instruction(struct h2s_remark *r, char *out, size_t size, LLVMValueRef inst) {
  if (!h2s_remark_wanted(r)) { /* no reader: printing costs a numbering of the function */
    snprintf(out, size, "?");
    return;
  }
  char *text = h2s_remark_print_instruction(r, inst);
  char *start = text;
  while (*start == ' ')
    start++;
  char *metadata = strstr(start, ", !");
  if (metadata)
    *metadata = 0;
  strip_attribute_groups(start);
  collapse_blanks(start); /* an invoke prints its destinations on a second line */
  if (strlen(start) >= size && size > 4)
    snprintf(out, size, "%.*s...", (int)size - 4, start);
  else
    snprintf(out, size, "%s", start);
  LLVMDisposeMessage(text);
}

/*
 * " at file:line:col" from the debug location.  An instruction without a
 * line of its own in code with debug information (LLVM merged it from
 * several lines, or it is a phi) is placed by the block or function it sits
 * in: " in the block at t.c:9:7", " in 'f' at t.c:6:0".  Only IR without
 * debug information quotes the instruction's text.
 */
static void add_place(struct h2s_remark *r, const char *key, LLVMValueRef inst) {
  if (LLVMGetDebugLocLine(inst) != 0) {
    h2s_remark_text(r, " at ");
    h2s_remark_arg_loc(r, key, inst);
    return;
  }
  const char *function = NULL;
  switch (h2s_host_enclosing_scope(h2s_remark_host(r), inst, &function)) {
  case H2S_SCOPE_BLOCK:
    h2s_remark_text(r, " in the block at ");
    h2s_remark_arg_scope(r, key, inst);
    return;
  case H2S_SCOPE_FUNCTION: {
    char text[H2S_NAME_MAX + 16];
    snprintf(text, sizeof text, " in '%s' at ", function);
    h2s_remark_text(r, text);
    h2s_remark_arg_scope(r, key, inst);
    return;
  }
  case H2S_SCOPE_NONE:
    break;
  }
  char shown[160];
  quote_instruction(r, shown, sizeof shown, inst);
  h2s_remark_text(r, " at '");
  h2s_remark_arg_str(r, key, shown);
  h2s_remark_text(r, "'");
}

static void word_store(struct h2s_remark *r, const struct h2s_site *site) {
  LLVMValueRef store = site->blocker;
  LLVMValueRef address =
      h2s_stored_address(store, store == site->call ? site->alloc.out_arg : -1);
  LLVMValueRef target = address ? h2s_underlying_object(address) : NULL;
  const char *name = target ? name_of(target) : NULL;
  if (target && LLVMIsAGlobalVariable(target) && name) {
    h2s_remark_text(r, "stored to global '");
    h2s_remark_arg_str(r, "Target", name);
    h2s_remark_text(r, "'");
  } else if (target && LLVMIsAArgument(target) && name) {
    h2s_remark_text(r, "stored through parameter '");
    h2s_remark_arg_str(r, "Target", name);
    h2s_remark_text(r, "'");
  } else if (site->store_param[0]) { /* -O0: the parameter was kept in a local first */
    h2s_remark_text(r, "stored through parameter '");
    h2s_remark_arg_str(r, "Target", site->store_param);
    h2s_remark_text(r, "'");
  } else {
    h2s_remark_text(r, "stored to memory the function does not own");
  }
}

static void word_callee(struct h2s_remark *r, LLVMValueRef call) {
  LLVMValueRef fn = h2s_called_function(call);
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (!fn && callee && LLVMIsAFunction(callee) && name_of(callee)) {
    h2s_remark_text(r, "'");
    h2s_remark_arg_str(r, "Callee", name_of(callee));
    h2s_remark_text(r, "' called through a mismatched function type");
    return;
  }
  const char *name = fn ? name_of(fn) : NULL;
  if (!name) {
    h2s_remark_text(r, LLVMIsAInlineAsm(callee) ? "inline assembly" : "an indirect call");
    return;
  }
  h2s_remark_text(r, "'");
  h2s_remark_arg_str(r, "Callee", name);
  h2s_remark_text(r, "'");
}

/* ", which stores it to global 'g' at t.c:3:5": the callee's own reason. */
static void add_callee_reason(struct h2s_remark *r, const struct h2s_site *site) {
  if (!site->callee_why[0])
    return;
  h2s_remark_text(r, ", which ");
  h2s_remark_arg_str(r, "CalleeReason", site->callee_why);
}

/* "local 'buf'" or "the malloc at t.c:4:7": the memory a pointer was stored in. */
static void word_holder(struct h2s_remark *r, const struct h2s_site *site) {
  LLVMValueRef holder = site->holder;
  const char *name = site->holder_name[0] ? site->holder_name : holder ? name_of(holder) : NULL;
  if (holder && LLVMIsAAllocaInst(holder) && name) {
    h2s_remark_text(r, "local '");
    h2s_remark_arg_str(r, "Holder", name);
    h2s_remark_text(r, "'");
  } else if (holder && LLVMIsAAllocaInst(holder)) {
    h2s_remark_text(r, "a local variable");
  } else if (holder && LLVMIsAInstruction(holder)) {
    h2s_remark_text(r, "memory allocated");
    add_place(r, "Holder", holder);
  } else {
    h2s_remark_text(r, "memory");
  }
}

static void word_escape(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "escapes: ");
  switch (site->escape) {
  case H2S_EDGE_RETURN:
    h2s_remark_text(r, "returned");
    break;
  case H2S_EDGE_STORE_ESCAPE:
    word_store(r, site);
    break;
  case H2S_EDGE_CALL_ESCAPE:
    if (site->holder) {
      h2s_remark_text(r, "stored in ");
      word_holder(r, site);
      h2s_remark_text(r, ", whose contents are passed to ");
    } else {
      h2s_remark_text(r, "passed to ");
    }
    word_callee(r, site->blocker);
    add_place(r, "Blocker", site->blocker);
    add_callee_reason(r, site);
    return;
  case H2S_EDGE_TO_INTEGER:
    if (site->blocker && h2s_is_call(site->blocker)) {
      h2s_remark_text(r, "the bytes of memory holding it are read as data by ");
      word_callee(r, site->blocker);
    } else if (site->blocker && h2s_compares_for_equality(site->blocker)) {
      h2s_remark_text(r, "its address is compared for equality with a pointer that may have been "
                         "made from an integer");
    } else if (site->blocker && LLVMIsAICmpInst(site->blocker)) {
      h2s_remark_text(r, "its address is compared for order with another object's");
    } else {
      h2s_remark_text(r, site->blocker && !h2s_is_address_to_integer(site->blocker)
                             ? "read back from memory as an integer"
                             : "converted to an integer");
    }
    break;
  case H2S_EDGE_HOLDER:
    h2s_remark_text(r, "stored in ");
    word_holder(r, site);
    h2s_remark_text(r, ", which escapes,");
    break;
  default:
    h2s_remark_text(r, "used by an instruction heap2stack does not follow");
    break;
  }
  add_place(r, "Blocker", site->blocker);
}

static void word_freed_by_callee(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "freed by a callee: passed to ");
  word_callee(r, site->blocker);
  add_place(r, "Blocker", site->blocker);
  if (site->callee_why[0])
    add_callee_reason(r, site);
  else
    h2s_remark_text(r, ", which may free it (it is not nofree)");
}

static const char *carrier_kind(LLVMValueRef v) {
  if (LLVMIsAPHINode(v))
    return "a pointer carried by a phi";
  if (LLVMIsALoadInst(v))
    return "a pointer loaded from memory";
  if (h2s_is_call(v))
    return "a pointer returned by a call";
  return "a pointer derived from those";
}

/* The first instruction of a loop header with a full source location. */
static LLVMValueRef header_place(LLVMBasicBlockRef header) {
  for (LLVMValueRef i = LLVMGetFirstInstruction(header); i; i = LLVMGetNextInstruction(i))
    if (LLVMGetDebugLocLine(i) && LLVMGetDebugLocColumn(i))
      return i;
  return NULL;
}

static void word_loop_carried(struct h2s_host *host, struct h2s_remark *r,
                              const struct h2s_site *site) {
  h2s_remark_text(r, "carried across loop iterations: ");
  const char *variable = !site->carried_in_memory && LLVMIsAPHINode(site->blocker) &&
                                 !LLVMGetDebugLocLine(site->blocker)
                             ? h2s_host_value_variable(host, site->blocker)
                             : NULL;
  if (variable) { /* a phi has no source location, but its variable has a name */
    h2s_remark_text(r, "variable '");
    h2s_remark_arg_str(r, "Variable", variable);
    h2s_remark_text(r, "', a pointer carried around the loop,");
  } else {
    h2s_remark_arg_str(r, "Carrier", site->carried_in_memory
                                         ? "memory that a call reads"
                                         : carrier_kind(site->blocker));
    add_place(r, "Blocker", site->blocker);
  }
  h2s_remark_text(r, " may hold an earlier iteration's object when the allocation runs again");
  LLVMValueRef loop = site->loop_header ? header_place(site->loop_header) : NULL;
  if (loop) {
    h2s_remark_text(r, " (loop");
    add_place(r, "Loop", loop);
    h2s_remark_text(r, ")");
  }
  if (site->slots) { /* loop_slots.c: its loop's bound makes too many slots */
    h2s_remark_text(r, "; no slot per iteration: its loop may run ");
    h2s_remark_arg_uint(r, "Slots", site->slots);
    h2s_remark_text(r, " times, and that many slots of ");
    h2s_remark_arg_uint(r, "SlotSize", site->slot_stride);
    h2s_remark_text(r, " bytes are ");
    h2s_remark_arg_uint(r, "Size", h2s_site_stack_bytes(site));
    h2s_remark_text(r, " bytes > max-size ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
  } else if (site->slots_reason) { /* loop_slots.c: why not one slot per iteration */
    h2s_remark_text(r, "; no slot per iteration: ");
    h2s_remark_arg_str(r, "SlotsReason", site->slots_reason);
  }
}

static bool is_shared_free(const struct h2s_site *site, LLVMValueRef call) {
  for (size_t i = 0; i < site->shared_frees.count; i++)
    if (site->shared_frees.items[i] == call)
      return true;
  return false;
}

static void word_free(struct h2s_remark *r, const struct h2s_site *site) {
  if (site->decision == H2S_MISMATCHED_FREE) {
    h2s_remark_text(r, "freed by a different family: '");
    h2s_remark_arg_str(r, "Deallocator", site->dealloc.display);
    h2s_remark_text(r, "' cannot free memory from '");
    h2s_remark_arg_str(r, "Allocator", site->alloc.display);
    h2s_remark_text(r, "'");
  } else if (is_shared_free(site, site->blocker)) {
    h2s_remark_text(r, "freed through a pointer that may also be another allocation that "
                       "stays on the heap or is not a static slot ('");
    h2s_remark_arg_str(r, "Deallocator", site->dealloc.display);
    h2s_remark_text(r, "')");
  } else {
    h2s_remark_text(r, "freed through a pointer that may not be exactly this allocation ('");
    h2s_remark_arg_str(r, "Deallocator", site->dealloc.display);
    h2s_remark_text(r, "')");
  }
  add_place(r, "Blocker", site->blocker);
}

/* "80000 bytes (8 slots of 10000 bytes, one per loop iteration) > max-frame ":
   the bytes a budget counted (for a loop's slots all of them), then `rest`.
   An ordinary site's record keeps its pieces: Size, then " bytes > ...". */
static void word_stack_bytes(struct h2s_remark *r, const struct h2s_site *site,
                             const char *rest) {
  char text[64];
  h2s_remark_arg_uint(r, "Size", h2s_site_stack_bytes(site));
  if (site->slots) {
    h2s_remark_text(r, " bytes (");
    h2s_remark_arg_uint(r, "Slots", site->slots);
    h2s_remark_text(r, " slots of ");
    h2s_remark_arg_uint(r, "SlotSize", site->slot_stride);
    snprintf(text, sizeof text, " bytes, one per loop iteration)%s", rest);
  } else {
    snprintf(text, sizeof text, " bytes%s", rest);
  }
  h2s_remark_text(r, text);
}

static void add_allocator(struct h2s_remark *r, const struct h2s_site *site);

/* "'malloc'", or for a maker's object "object made by 'str_new'". */
static void add_quoted_allocator(struct h2s_remark *r, const struct h2s_site *site) {
  if (site->alloc.maker) {
    add_allocator(r, site);
    return;
  }
  h2s_remark_text(r, "'");
  h2s_remark_arg_str(r, "Allocator", site->alloc.display);
  h2s_remark_text(r, "'");
}

static void word_size(struct h2s_remark *r, const struct h2s_site *site) {
  switch (site->decision) {
  case H2S_DYNAMIC_SIZE:
    h2s_remark_text(r, "size not known at compile time: ");
    add_quoted_allocator(r, site);
    h2s_remark_text(r, " of a run-time value, and no guarded rewrite: ");
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
    if (site->detail) { /* valloc, pvalloc */
      h2s_remark_text(r, "unsupported alignment: '");
      h2s_remark_arg_str(r, "Allocator", site->alloc.display);
      h2s_remark_text(r, "' ");
      h2s_remark_text(r, site->detail);
    } else if (!site->align_known) {
      h2s_remark_text(r, "alignment not known at compile time");
    } else {
      h2s_remark_text(r, "unsupported alignment: ");
      h2s_remark_arg_uint(r, "Align", site->requested_align);
      h2s_remark_text(r, " (must be a power of two, at most 4096)");
    }
    break;
  case H2S_TOO_LARGE:
    h2s_remark_text(r, "too large for stack: ");
    word_stack_bytes(r, site, " > max-size ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  case H2S_RECURSIVE:
    h2s_remark_text(r, site->recursion_via_pointer
                           ? "may call itself through a function pointer (its address is taken "
                             "and it makes indirect calls): "
                           : "in a recursive call cycle: ");
    word_stack_bytes(r, site, " > max-recursive-size ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  case H2S_CHAIN_BUDGET:
    h2s_remark_text(r, "call chain budget exceeded: ");
    h2s_remark_arg_uint(r, "Chain", site->chain_bytes);
    h2s_remark_text(r, " bytes of static stack slots via ");
    h2s_remark_arg_str(r, "Path", site->chain_path);
    h2s_remark_text(r, " > max-chain ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  case H2S_NO_STACK_CHECK:
    if (h2s_site_stack_bytes(site) > site->limit || !site->reentry) {
      h2s_remark_text(r, "too large for an unchecked stack slot: ");
      word_stack_bytes(r, site, " > stack-check-above ");
      h2s_remark_arg_uint(r, "Limit", site->limit);
    } else {
      h2s_remark_text(r, "the function may be called again before it returns, so its slots "
                         "need a stack check: ");
      h2s_remark_arg_str(r, "Reentry", site->reentry);
    }
    h2s_remark_text(r, ", and no stack check: ");
    h2s_remark_arg_str(r, "Reason", site->detail);
    break;
  case H2S_FRAME_BUDGET:
    h2s_remark_text(r, "stack frame budget exceeded: ");
    h2s_remark_arg_uint(r, "Existing", site->frame_existing);
    h2s_remark_text(r, " bytes of locals + ");
    h2s_remark_arg_uint(r, "Moved", site->frame_moved);
    h2s_remark_text(r, " bytes moved + ");
    word_stack_bytes(r, site, " > max-frame ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    break;
  default:
    break;
  }
}

/* "malloc", or for a maker's object "object made by 'point_new'". */
static void add_allocator(struct h2s_remark *r, const struct h2s_site *site) {
  if (site->alloc.maker) {
    h2s_remark_text(r, "object made by '");
    h2s_remark_arg_str(r, "Maker", site->alloc.display);
    h2s_remark_text(r, "'");
  } else {
    h2s_remark_arg_str(r, "Allocator", site->alloc.display);
  }
}

static void word_guarded_move(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "moved to stack when it fits: ");
  add_quoted_allocator(r, site);
  h2s_remark_text(r, " of a run-time size uses a ");
  h2s_remark_arg_uint(r, "Capacity", site->size);
  h2s_remark_text(r, "-byte stack buffer (align ");
  h2s_remark_arg_uint(r, "Align", site->align);
  h2s_remark_text(r, site->checked ? ") when the size fits and this thread's stack has room, "
                                     "the heap otherwise"
                                   : ") when the size fits, the heap otherwise");
  if (site->checked && site->check_reason == H2S_CHECK_REENTRY) {
    h2s_remark_text(r, " (the function may be called again before it returns: ");
    h2s_remark_arg_str(r, "Reentry", site->reentry);
    h2s_remark_text(r, ")");
  }
}

static void word_checked_move(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "moved to stack when the thread's stack has room: ");
  h2s_remark_arg_uint(r, "Size", site->size);
  h2s_remark_text(r, "-byte ");
  add_allocator(r, site);
  h2s_remark_text(r, " (align ");
  h2s_remark_arg_uint(r, "Align", site->align);
  h2s_remark_text(r, ") uses a stack slot when this thread's stack has room above its reserve, "
                     "the heap otherwise (");
  switch (site->check_reason) {
  case H2S_CHECK_SIZE:
    h2s_remark_text(r, "size > stack-check-above)");
    break;
  case H2S_CHECK_REENTRY:
    h2s_remark_text(r, "the function may be called again before it returns: ");
    h2s_remark_arg_str(r, "Reentry", site->reentry);
    h2s_remark_text(r, ")");
    break;
  case H2S_CHECK_CHAIN:
    h2s_remark_text(r, "an unchecked slot would make the static slots along ");
    h2s_remark_arg_str(r, "Path", site->chain_path);
    h2s_remark_text(r, " ");
    h2s_remark_arg_uint(r, "Chain", site->chain_bytes);
    h2s_remark_text(r, " bytes > max-chain ");
    h2s_remark_arg_uint(r, "Limit", site->limit);
    h2s_remark_text(r, ")");
    break;
  }
}

/* "moved to stack: 8 slots of 16 bytes for a 16-byte malloc (align 16),
   one per iteration of the loop at t.c:12:3 (at most 8 iterations)" */
static void word_slots_move(struct h2s_remark *r, const struct h2s_site *site) {
  h2s_remark_text(r, "moved to stack: ");
  h2s_remark_arg_uint(r, "Slots", site->slots);
  h2s_remark_text(r, " slots of ");
  h2s_remark_arg_uint(r, "SlotSize", site->slot_stride);
  h2s_remark_text(r, " bytes for a ");
  h2s_remark_arg_uint(r, "Size", site->size);
  h2s_remark_text(r, "-byte ");
  add_allocator(r, site);
  h2s_remark_text(r, " (align ");
  h2s_remark_arg_uint(r, "Align", site->align);
  h2s_remark_text(r, "), one per iteration of ");
  LLVMValueRef loop = header_place(site->loop_header);
  if (loop) {
    h2s_remark_text(r, "the loop");
    add_place(r, "Loop", loop);
  } else {
    h2s_remark_text(r, "its loop");
  }
  h2s_remark_text(r, " (at most ");
  h2s_remark_arg_uint(r, "Iterations", site->slots);
  h2s_remark_text(r, " iterations; ");
  h2s_remark_arg_uint(r, "Bytes", h2s_site_stack_bytes(site));
  h2s_remark_text(r, " bytes)");
}

static void word_move(struct h2s_remark *r, const struct h2s_site *site) {
  if (site->slots) {
    word_slots_move(r, site);
    return;
  }
  if (site->guarded) {
    word_guarded_move(r, site);
    return;
  }
  if (site->checked) {
    word_checked_move(r, site);
    return;
  }
  h2s_remark_text(r, "moved to stack: ");
  h2s_remark_arg_uint(r, "Size", site->size);
  h2s_remark_text(r, "-byte ");
  add_allocator(r, site); /* "40-byte object made by 'point_new'" */
  h2s_remark_text(r, " (align ");
  h2s_remark_arg_uint(r, "Align", site->align);
  h2s_remark_text(r, ")");
}

void h2s_remark_moved_to_caller(struct h2s_host *host, LLVMValueRef made, LLVMValueRef clone,
                                LLVMValueRef caller, int filled_arg) {
  struct h2s_remark *r = begin_at(host, H2S_REMARK_PASSED, "MovedToCaller", made);
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(made));
  unsigned sret = LLVMGetEnumAttributeKindForName("sret", 4);
  if (filled_arg >= 0 && LLVMGetEnumAttributeAtIndex(fn, (unsigned)filled_arg + 1, sret)) {
    /* a structure returned by value: the caller's memory for the result */
    h2s_remark_text(r, "returned in a structure to the caller: moved to the caller's frame in '");
  } else if (filled_arg >= 0) {
    h2s_remark_text(r, "stored through parameter ");
    h2s_remark_arg_uint(r, "Param", (uint64_t)filled_arg + 1);
    h2s_remark_text(r, " for the caller: moved to the caller's frame in '");
  } else {
    h2s_remark_text(r, "returned to the caller: moved to the caller's frame in '");
  }
  const char *name = h2s_host_source_name(host, caller);
  h2s_remark_arg_str(r, "Caller", name ? name : "?");
  h2s_remark_text(r, "' (which calls the copy '");
  size_t len;
  const char *copy = LLVMGetValueName2(clone, &len);
  char shown[H2S_NAME_MAX * 2];
  snprintf(shown, sizeof shown, "%.*s", (int)(len < sizeof shown - 1 ? len : sizeof shown - 1),
           copy);
  h2s_remark_arg_str(r, "Copy", shown);
  h2s_remark_text(r, "', which uses its storage)");
  h2s_remark_emit(r);
}

/* " (inlined into 'caller')" when the allocation comes from an inlined body. */
static void add_inlined_into(struct h2s_host *host, struct h2s_remark *r, LLVMValueRef call) {
  LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);
  if (!loc || !LLVMDILocationGetInlinedAt(loc))
    return;
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(call));
  const char *name = h2s_host_source_name(host, fn);
  if (!name || !*name)
    return;
  h2s_remark_text(r, " (inlined into '");
  h2s_remark_arg_str(r, "Caller", name);
  h2s_remark_text(r, "')");
}

void h2s_remark_decision(struct h2s_host *host, const struct h2s_site *site) {
  bool moved = site->decision == H2S_MOVE;
  /* A guarded or checked slot keeps the allocation for the case it does not
     cover (a larger size, a thread without room): heap2stack_noheap
     forbids that too. */
  bool heap_left = !moved || site->guarded || site->checked;
  struct h2s_remark *r = begin_at(host, moved ? H2S_REMARK_PASSED : H2S_REMARK_MISSED,
                                          h2s_decision_name(site), site->call);
  if (heap_left && site->no_heap)
    h2s_remark_need_words(r); /* the compile error repeats the message */
  switch (site->decision) {
  case H2S_MOVE:
    word_move(r, site);
    break;
  case H2S_ESCAPES:
    word_escape(r, site);
    break;
  case H2S_FREED_BY_CALLEE:
    word_freed_by_callee(r, site);
    break;
  case H2S_LOOP_CARRIED:
    word_loop_carried(host, r, site);
    break;
  case H2S_TOO_COMPLEX:
    h2s_remark_text(r, "not analysed: the function is too large for the escape analysis budget "
                       "(-heap2stack-analysis-budget)");
    break;
  case H2S_MISMATCHED_FREE:
  case H2S_AMBIGUOUS_FREE:
    word_free(r, site);
    break;
  case H2S_MUST_TAIL:
    h2s_remark_text(r, "passed to a musttail call, which cannot give up its tail position");
    add_place(r, "Blocker", site->blocker);
    break;
  case H2S_SIZE_QUERY:
    h2s_remark_text(r, site->guarded
                           ? "its size is queried (__builtin_dynamic_object_size, "
                             "_FORTIFY_SOURCE) and the guarded stack buffer would answer "
                             "its capacity, not the size requested"
                           : "its size is queried (__builtin_object_size, _FORTIFY_SOURCE) and "
                             "a stack slot for a zero-byte request would answer 1, not 0");
    add_place(r, "Blocker", site->blocker);
    break;
  case H2S_UNUSABLE_WRAPPER:
    h2s_remark_text(r, "allocated by '");
    h2s_remark_arg_str(r, "Wrapper", site->alloc.display);
    h2s_remark_text(r, "', which returns a new allocation but cannot stand for it: ");
    h2s_remark_arg_str(r, "Reason", site->detail);
    break;
  case H2S_NOT_BUILTIN:
  case H2S_OPTNONE:
  case H2S_COROUTINE:
  case H2S_OPT_OUT:
  case H2S_RETURNS_TWICE:
    h2s_remark_text(r, "not analysed: ");
    h2s_remark_arg_str(r, "Reason", site->detail);
    break;
  default:
    word_size(r, site);
    break;
  }
  add_inlined_into(host, r, site->call);
  if (heap_left && site->no_heap)
    h2s_remark_raise_error(r, moved ? NOHEAP_ERROR "a heap fallback remains: " : NOHEAP_ERROR);
  h2s_remark_emit(r);
}

static void remark_deallocations(struct h2s_host *host, const struct h2s_site *site) {
  for (size_t i = 0; i < site->frees.count + site->shared_frees.count; i++) {
    bool shared = i >= site->frees.count;
    LLVMValueRef free_call =
        shared ? site->shared_frees.items[i - site->frees.count] : site->frees.items[i];
    struct h2s_deallocator d;
    const char *dealloc = "?";
    if (h2s_match_deallocator(host, free_call, &d)) {
      dealloc = d.display;
    } else if (h2s_called_function(free_call)) { /* a destroyer (caller_frames.c) */
      h2s_display_function(host, h2s_called_function(free_call), d.display);
      dealloc = d.display;
    }
    struct h2s_remark *r = begin_at(
        host, H2S_REMARK_ANALYSIS,
        site->guarded || site->checked ? "DeallocationGuarded" : "DeallocationRemoved", free_call);
    if (site->guarded || site->checked) {
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
      add_allocator(r, site);
      if (shared)
        h2s_remark_text(r, " (and of the other moved allocations it may free)");
    }
    add_place(r, "Allocation", site->call);
    h2s_remark_emit(r);
  }
}

static const char *edge_word(enum h2s_edge_kind kind) {
  switch (kind) {
  case H2S_EDGE_ORIGIN: return "allocation";
  case H2S_EDGE_ASSIGN: return "assign";
  case H2S_EDGE_LOAD: return "load";
  case H2S_EDGE_STORE: return "store";
  case H2S_EDGE_CALL_RESULT: return "call result";
  case H2S_EDGE_RETURN: return "return";
  case H2S_EDGE_CALL_ESCAPE: return "call parameter";
  case H2S_EDGE_STORE_ESCAPE: return "store to memory the function does not own";
  case H2S_EDGE_TO_INTEGER: return "ptrtoint";
  case H2S_EDGE_HOLDER: return "its memory escapes";
  case H2S_EDGE_OTHER: return "other use";
  }
  return "?";
}

/* The source name of a pointer operand of inst: the variable a debug record
   says it holds, or a parameter's name; NULL if none. */
static const char *operand_variable(struct h2s_host *host, LLVMValueRef inst, char *out,
                                    size_t size) {
  unsigned n = LLVMIsAICmpInst(inst) ? 2 : 1; /* a comparison's two sides, else the source */
  for (unsigned i = 0; i < n && i < (unsigned)LLVMGetNumOperands(inst); i++) {
    LLVMValueRef op = LLVMGetOperand(inst, i);
    if (LLVMGetTypeKind(LLVMTypeOf(op)) != LLVMPointerTypeKind)
      continue;
    const char *name = NULL;
    if (LLVMIsAArgument(op)) {
      LLVMValueRef fn = LLVMGetParamParent(op);
      for (unsigned k = 0; k < LLVMCountParams(fn); k++)
        if (LLVMGetParam(fn, k) == op)
          name = h2s_host_param_name(host, fn, k);
    } else if (LLVMIsAInstruction(op)) {
      name = h2s_host_value_variable(host, op);
    }
    if (name) {
      snprintf(out, size, "%s", name);
      return out;
    }
  }
  return NULL;
}

/*
 * What an instruction does, in words, for code with debug information:
 * "conversion of 'p' to an integer", "address arithmetic".  (The flow trail
 * adds where.)
 */
static void word_operation(struct h2s_host *host, char *out, size_t size, LLVMValueRef inst) {
  char var[H2S_NAME_MAX];
  const char *v = operand_variable(host, inst, var, sizeof var);
  if (h2s_is_address_to_integer(inst)) {
    if (v)
      snprintf(out, size, "conversion of '%s' to an integer", v);
    else
      snprintf(out, size, "conversion to an integer");
    return;
  }
  const char *what = "an instruction", *of = " of";
  switch (LLVMGetInstructionOpcode(inst)) {
  case LLVMICmp: what = "a comparison"; break;
  case LLVMGetElementPtr: what = "address arithmetic", of = " on"; break;
  case LLVMBitCast:
  case LLVMAddrSpaceCast:
  case LLVMIntToPtr: what = "a cast"; break;
  case LLVMPHI: what = "a value merged where control flow joins"; v = NULL; break;
  case LLVMSelect: what = "a choice between values"; v = NULL; break;
  case LLVMInsertValue:
  case LLVMExtractValue:
  case LLVMInsertElement:
  case LLVMExtractElement:
  case LLVMShuffleVector: what = "a struct or vector value"; v = NULL; break;
  case LLVMAtomicRMW: what = "an atomic exchange"; v = NULL; break;
  case LLVMAtomicCmpXchg: what = "a compare-and-exchange"; v = NULL; break;
  default: v = NULL; break;
  }
  if (v)
    snprintf(out, size, "%s%s '%s'", what, of, v);
  else
    snprintf(out, size, "%s", what);
}

/* Does fn have debug information (a DISubprogram)? */
static bool has_debug_info(LLVMValueRef inst) {
  return LLVMGetSubprogram(LLVMGetBasicBlockParent(LLVMGetInstructionParent(inst))) != NULL;
}

/* A short description of an instruction: "call to 'f'", "store to 'p.addr'";
   true if it is the instruction's quoted text (IR without debug
   information). */
static bool short_instruction(struct h2s_host *host, struct h2s_remark *r, char *out, size_t size,
                              LLVMValueRef inst) {
  if (!inst) {
    snprintf(out, size, "memory");
    return false;
  }
  if (h2s_is_call(inst)) {
    LLVMValueRef fn = h2s_called_function(inst);
    snprintf(out, size, "call to '%s'", fn && name_of(fn) ? name_of(fn) : "?");
  } else if (LLVMIsAStoreInst(inst) || LLVMIsALoadInst(inst)) {
    bool store = LLVMIsAStoreInst(inst) != NULL;
    LLVMValueRef object = h2s_underlying_object(LLVMGetOperand(inst, store ? 1 : 0));
    const char *verb = store ? "store to" : "load from";
    const char *variable = LLVMIsAAllocaInst(object) ? h2s_host_variable_name(host, object) : NULL;
    if (variable) /* a local's source name, not its IR name ('p.addr') */
      snprintf(out, size, "%s variable '%s'", verb, variable);
    else if (name_of(object))
      snprintf(out, size, "%s '%s'", verb, name_of(object));
    else if (LLVMIsAAllocaInst(object))
      snprintf(out, size, "%s a local variable", verb);
    else
      snprintf(out, size, "%s memory", verb);
  } else if (LLVMIsAReturnInst(inst)) {
    snprintf(out, size, "return");
  } else if (h2s_host_value_variable(host, inst)) { /* a phi of a source variable */
    snprintf(out, size, "variable '%s'", h2s_host_value_variable(host, inst));
  } else if (has_debug_info(inst)) { /* words, not IR names such as '.0' or 'add.ptr' */
    word_operation(host, out, size, inst);
  } else if (name_of(inst)) {
    snprintf(out, size, "'%s'", name_of(inst));
  } else {
    char quoted[96];
    quote_instruction(r, quoted, sizeof quoted, inst);
    snprintf(out, size, "'%s'", quoted);
    return true;
  }
  return false;
}

/* Go's -m=2 trail for an escaping site: one Analysis remark per step. */
static void remark_flow(struct h2s_host *host, const struct h2s_function_analysis *fa,
                        const struct h2s_site *site) {
  struct h2s_remark *r = begin_at(host, H2S_REMARK_ANALYSIS, "EscapeFlow", site->call);
  struct h2s_flow_step steps[32];
  unsigned n = h2s_remark_wanted(r) ? h2s_escape_flow(fa, site->obj, steps, 32) : 0;
  if (!n) {
    h2s_remark_discard(r);
    return;
  }
  bool to_heap = h2s_graph_points_to(&fa->graph, fa->graph.heap, site->obj);
  h2s_remark_text(r, to_heap ? "flow: {heap} = &{storage for " : "flow: ~r0 = &{storage for ");
  h2s_remark_arg_str(r, "Allocator", site->alloc.display);
  h2s_remark_text(r, "}:");
  h2s_remark_emit(r);
  for (unsigned i = 0; i < n; i++) {
    char what[128];
    r = begin_at(host, H2S_REMARK_ANALYSIS, "EscapeFlow", site->call);
    bool quoted = short_instruction(host, r, what, sizeof what, steps[i].why);
    h2s_remark_text(r, "  from ");
    h2s_remark_arg_str(r, "Step", what);
    h2s_remark_text(r, " (");
    h2s_remark_arg_str(r, "Kind", edge_word(steps[i].kind));
    h2s_remark_text(r, ")");
    if (steps[i].why && (LLVMGetDebugLocLine(steps[i].why) || !quoted))
      add_place(r, "At", steps[i].why); /* not the same quote twice */
    h2s_remark_emit(r);
  }
}

void h2s_remark_details(struct h2s_host *host, const struct h2s_function_analysis *fa,
                        const struct h2s_site *site) {
  if (site->decision == H2S_MOVE)
    remark_deallocations(host, site);
  else if (site->decision == H2S_ESCAPES && fa && site->obj != H2S_NONE)
    remark_flow(host, fa, site);
}

static void remark_param(struct h2s_host *host, LLVMValueRef fn, const char *param,
                         const char *text, const char *suffix, const char *why) {
  struct h2s_remark *r = begin_function(host, H2S_REMARK_ANALYSIS, "ParamSummary", fn);
  h2s_remark_text(r, text);
  h2s_remark_arg_str(r, "Param", param);
  h2s_remark_text(r, suffix);
  if (why && *why) {
    h2s_remark_text(r, ": ");
    h2s_remark_arg_str(r, "Reason", why);
  }
  h2s_remark_emit(r);
}

void h2s_remark_summary(struct h2s_host *host, LLVMValueRef fn, const struct h2s_summary *summary) {
  if (!summary)
    return;
  const struct h2s_summary s = *summary; /* the host may move it */
  for (unsigned i = 0; i < s.param_count; i++) {
    if (!(s.pointer_params & (1u << i)))
      continue;
    char param[64];
    const char *name = h2s_host_param_name(host, fn, i);
    if (name)
      snprintf(param, sizeof param, "%s", name);
    else
      snprintf(param, sizeof param, "#%u", i);
    uint32_t f = s.flags[i];
    if (f & H2S_PARAM_ESCAPES)
      remark_param(host, fn, param, "leaking param: ", "", s.why[i]);
    else if (f & H2S_PARAM_CONTENT_ESCAPES)
      remark_param(host, fn, param, "leaking param content: ", "", s.why[i]);
    if (f & H2S_PARAM_TO_RESULT)
      remark_param(host, fn, param, "leaking param: ", " to result ~r0 level=0", NULL);
    if (f & H2S_PARAM_CONTENT_TO_RESULT)
      remark_param(host, fn, param, "leaking param: ", " to result ~r0 level=1", NULL);
    if (f & H2S_PARAM_FREED)
      remark_param(host, fn, param, "freed param: ", "", s.why[i]);
    if (!(f & (H2S_PARAM_ESCAPES | H2S_PARAM_CONTENT_ESCAPES | H2S_PARAM_TO_RESULT |
               H2S_PARAM_CONTENT_TO_RESULT | H2S_PARAM_FREED)))
      remark_param(host, fn, param, "", " does not escape", NULL);
  }
}

void h2s_remark_frame_demotion(struct h2s_host *host, const struct h2s_frame_demotion *d) {
  struct h2s_remark *r =
      h2s_remark_begin_function(host, H2S_REMARK_MISSED, "FrameAfterInlining", d->fn, false);
  /* The checked slot falls back to the heap: not in a heap2stack_noheap function. */
  bool no_heap = h2s_function_has_annotation(d->fn, "heap2stack_noheap");
  if (no_heap)
    h2s_remark_need_words(r);
  if (d->reentry && d->frame <= d->limit) {
    h2s_remark_text(r, "inlined into a function that may be called again before it returns ('");
    h2s_remark_arg_str(r, "Function", h2s_host_source_name(host, d->fn));
    h2s_remark_text(r, "': ");
    h2s_remark_arg_str(r, "Reentry", d->reentry);
    h2s_remark_text(r, ")");
  } else {
    h2s_remark_text(r, d->chain ? "call chain over budget after inlining: '"
                                : "frame over budget after inlining: '");
    h2s_remark_arg_str(r, "Function", h2s_host_source_name(host, d->fn));
    h2s_remark_text(r, d->chain ? "' and its callees would hold " : "' would hold ");
    h2s_remark_arg_uint(r, "Frame", d->frame);
    h2s_remark_text(r, d->chain ? " bytes of static slots > max-chain " : " bytes > max-frame ");
    h2s_remark_arg_uint(r, "Limit", d->limit);
  }
  h2s_remark_text(r, ", so the ");
  h2s_remark_arg_uint(r, "Size", d->bytes);
  h2s_remark_text(r, "-byte slot of ");
  h2s_remark_arg_str(r, "Origin", d->origin);
  h2s_remark_text(r, " uses the stack only when the thread has room, the heap otherwise");
  if (no_heap)
    h2s_remark_raise_error(r, NOHEAP_ERROR "a heap fallback remains: ");
  h2s_remark_emit(r);
}

void h2s_remark_library_heap(struct h2s_host *host, LLVMValueRef call, const char *name,
                             const char *what, const char *when) {
  struct h2s_remark *r = begin_at(host, H2S_REMARK_MISSED, "LibraryAllocation", call);
  h2s_remark_need_words(r); /* the compile error repeats the message */
  h2s_remark_text(r, "allocated inside the C library: '");
  h2s_remark_arg_str(r, "Callee", name);
  h2s_remark_text(r, "' ");
  h2s_remark_arg_str(r, "Reason", what);
  if (when)
    h2s_remark_text(r, when);
  add_inlined_into(host, r, call);
  h2s_remark_raise_error(r, NOHEAP_ERROR);
  h2s_remark_emit(r);
}

void h2s_remark_stack_cache_reset(struct h2s_host *host, LLVMValueRef call, const char *callee,
                                  const char *why) {
  struct h2s_remark *r = begin_at(host, H2S_REMARK_ANALYSIS, "StackCacheReset", call);
  h2s_remark_text(r, "the stack check's cache is reset after this call to '");
  h2s_remark_arg_str(r, "Callee", callee);
  h2s_remark_text(r, "': ");
  h2s_remark_arg_str(r, "Reason", why);
  h2s_remark_emit(r);
}

void h2s_remark_unchecked_noheap(struct h2s_host *host, LLVMValueRef fn, LLVMValueRef first,
                                 unsigned count) {
  char text[H2S_NAME_MAX + 256];
  const char *name = h2s_host_source_name(host, fn);
  snprintf(text, sizeof text,
           "'%s' is annotated heap2stack_noheap, but heap2stack does not run at -O0: "
           "its %u heap allocation%s %s not checked (compile with -O1 or higher)",
           name ? name : "?", count, count == 1 ? "" : "s", count == 1 ? "is" : "are");
  h2s_host_warn(host, first, text);
}
