/*
 * integer_flow.c - where an address converted to an integer is followed.
 *
 * `ptrtoint` (and LLVM 22's `ptrtoaddr`) turns a pointer into an integer.
 * C programs do it all the time: `end - buf`, `(uintptr_t)p % 64`.  The
 * integer takes the object out of the frame when it, or anything computed
 * from it, can reach memory, a call, the function's result, `inttoptr` or
 * a GEP index; and when it decides control flow, because a loop of branches
 * can copy an address into another integer bit by bit.  Two kinds of value
 * carry no address that could outlive the frame:
 *
 *   offsets    `p - q`, or a comparison of p and q, where both pointers
 *              point into the same single object: the same number in any
 *              frame.  Which objects they point to is known only once the
 *              points-to graph is solved, so such pairs are recorded and
 *              checked then (h2s_int_pair_holds); the two pointers of a
 *              pair that fails escape, as converted, and the graph is
 *              solved again (build_graph.c).
 *   page bits  a value computed only from the address's bits 0..11
 *              (`& 63`, `% 64`, a truncation to i8).  It may steer branches
 *              and comparisons inside the frame, which cannot rebuild an
 *              address from 12 bits, but may not reach memory or a call.
 *
 * Every other value computed from an address is followed through the SSA
 * arithmetic with a three-level lattice:
 *
 *   LOW     depends only on address bits 0..11;
 *   UPWARD  bit k depends only on address bits 0..k: add, sub, mul, shl,
 *           and, or, xor, casts, phi and select keep this (carries only
 *           move upwards), and masking it to bits below 12 makes it LOW;
 *   FULL    anything: a right shift, a division, a comparison's result.
 *
 * A LOW value may flow anywhere inside the frame except memory, calls, the
 * result, inttoptr and GEP indices; an UPWARD or FULL value only into the
 * arithmetic above.  Anything else is an escape, as before.  The walk is
 * bounded: a conversion whose integer reaches more than WALK_LIMIT values
 * counts as an escape.
 */
#include "integer_flow.h"

#include "compat.h"
#include "valueset.h"

#include <llvm-c/Core.h>
#include <stdlib.h>
#include <string.h>

#define WALK_LIMIT 256
#define PAGE_BITS 12

enum taint { T_NONE, T_LOW, T_UPWARD, T_FULL };

struct walk {
  LLVMValueRef values[WALK_LIMIT];
  enum taint taint[WALK_LIMIT];
  unsigned count;
  LLVMValueRef queue[WALK_LIMIT * 3];
  unsigned queued;
  bool overflow;
};

bool h2s_is_address_to_integer(LLVMValueRef inst) {
  if (!LLVMIsAInstruction(inst))
    return false;
  LLVMOpcode op = LLVMGetInstructionOpcode(inst);
#if H2S_HAS_PTRTOADDR
  if (op == LLVMPtrToAddr)
    return true;
#endif
  return op == LLVMPtrToInt;
}

/* Raises v's taint to at least t; queues it if it rose. */
static void taint_value(struct walk *w, LLVMValueRef v, enum taint t) {
  for (unsigned i = 0; i < w->count; i++)
    if (w->values[i] == v) {
      if (w->taint[i] >= t)
        return;
      w->taint[i] = t;
      goto queue;
    }
  if (w->count == WALK_LIMIT) {
    w->overflow = true;
    return;
  }
  w->values[w->count] = v;
  w->taint[w->count++] = t;
queue:
  if (w->queued == sizeof w->queue / sizeof w->queue[0]) {
    w->overflow = true;
    return;
  }
  w->queue[w->queued++] = v;
}

static enum taint taint_of(const struct walk *w, LLVMValueRef v) {
  for (unsigned i = 0; i < w->count; i++)
    if (w->values[i] == v)
      return w->taint[i];
  return T_NONE;
}

static bool constant_below(LLVMValueRef c, uint64_t limit) {
  return LLVMIsAConstantInt(c) && LLVMGetIntTypeWidth(LLVMTypeOf(c)) <= 64 &&
         LLVMConstIntGetZExtValue(c) < limit;
}

/* `urem x, 2^k` with k <= PAGE_BITS: the same as a mask. */
static bool page_power_of_two(LLVMValueRef c) {
  if (!LLVMIsAConstantInt(c) || LLVMGetIntTypeWidth(LLVMTypeOf(c)) > 64)
    return false;
  uint64_t v = LLVMConstIntGetZExtValue(c);
  return v && !(v & (v - 1)) && v <= (1u << PAGE_BITS);
}

/* The taint of an arithmetic result whose tainted operand has taint t. */
static enum taint through_arithmetic(LLVMValueRef user, LLVMValueRef v, enum taint t) {
  LLVMOpcode op = LLVMGetInstructionOpcode(user);
  LLVMValueRef other = LLVMGetNumOperands(user) == 2
                           ? LLVMGetOperand(user, LLVMGetOperand(user, 0) == v ? 1 : 0)
                           : NULL;
  if (t == T_LOW)
    return T_LOW; /* whatever is computed from bits 0..11 depends on nothing else */
  switch (op) {
  case LLVMAnd:
    return t == T_UPWARD && constant_below(other, 1u << PAGE_BITS) ? T_LOW : t;
  case LLVMURem:
    return t == T_UPWARD && LLVMGetOperand(user, 0) == v && page_power_of_two(other) ? T_LOW
                                                                                     : T_FULL;
  case LLVMTrunc:
    return t == T_UPWARD && LLVMGetIntTypeWidth(LLVMTypeOf(user)) <= PAGE_BITS ? T_LOW : t;
  case LLVMShl:
    return LLVMGetOperand(user, 0) == v && LLVMIsAConstantInt(other) ? t : T_FULL;
  case LLVMAdd:
  case LLVMSub:
  case LLVMMul:
  case LLVMOr:
  case LLVMXor:
  case LLVMZExt:
  case LLVMSExt:
  case LLVMFreeze:
  case LLVMPHI:
    return t;
  default: /* lshr, ashr, divisions, other remainders */
    return T_FULL;
  }
}

static bool is_arithmetic(LLVMOpcode op) {
  switch (op) {
  case LLVMAdd:
  case LLVMSub:
  case LLVMMul:
  case LLVMShl:
  case LLVMLShr:
  case LLVMAShr:
  case LLVMAnd:
  case LLVMOr:
  case LLVMXor:
  case LLVMUDiv:
  case LLVMSDiv:
  case LLVMURem:
  case LLVMSRem:
  case LLVMTrunc:
  case LLVMZExt:
  case LLVMSExt:
  case LLVMFreeze:
  case LLVMPHI:
    return true;
  default:
    return false;
  }
}

/* `sub`/`icmp` of two conversions: an offset pair (recorded), or not. */
static bool offset_pair(LLVMValueRef user, struct h2s_int_pairs *pairs) {
  LLVMOpcode op = LLVMGetInstructionOpcode(user);
  if (op != LLVMSub && op != LLVMICmp)
    return false;
  LLVMValueRef a = LLVMGetOperand(user, 0), b = LLVMGetOperand(user, 1);
  if (!h2s_is_address_to_integer(a) || !h2s_is_address_to_integer(b))
    return false;
  h2s_int_pairs_add(pairs, LLVMGetOperand(a, 0), a, LLVMGetOperand(b, 0), b, user);
  return true;
}

/* A LOW value deciding control flow: allowed (see the file comment). */
static bool low_decision(LLVMValueRef user, LLVMValueRef v) {
  if (LLVMIsABranchInst(user) || LLVMIsASwitchInst(user))
    return LLVMGetOperand(user, 0) == v;
  return false;
}

/* One use of tainted value v by `user`; false if it is a sink. */
static bool follow_use(struct walk *w, LLVMValueRef user, LLVMValueRef v, enum taint t,
                       struct h2s_int_pairs *pairs) {
  if (!LLVMIsAInstruction(user))
    return false;
  LLVMOpcode op = LLVMGetInstructionOpcode(user);
  if (op == LLVMICmp) {
    if (offset_pair(user, pairs))
      return true; /* an offset: clean */
    taint_value(w, user, t == T_LOW ? T_LOW : T_FULL);
    return true;
  }
  if (op == LLVMSub && offset_pair(user, pairs))
    return true;
  if (op == LLVMSelect) {
    if (LLVMGetOperand(user, 0) == v && t != T_LOW)
      return false; /* an address bit choosing a value */
    /* a LOW condition makes a LOW result; a tainted value flows through */
    taint_value(w, user, LLVMGetOperand(user, 0) == v ? T_LOW : t);
    return true;
  }
  if (t == T_LOW && low_decision(user, v))
    return true;
  if (!is_arithmetic(op) || LLVMGetTypeKind(LLVMTypeOf(user)) != LLVMIntegerTypeKind)
    return false;
  taint_value(w, user, through_arithmetic(user, v, t));
  return true;
}

bool h2s_address_stays_home(LLVMValueRef conversion, struct h2s_int_pairs *pairs,
                            LLVMValueRef *sink) {
  *sink = conversion;
  if (LLVMGetTypeKind(LLVMTypeOf(conversion)) != LLVMIntegerTypeKind)
    return false; /* a vector of addresses: not followed */
  struct walk *w = h2s_xcalloc(1, sizeof *w);
  uint32_t pairs_before = pairs->count;
  taint_value(w, conversion, T_UPWARD);
  bool home = true;
  for (unsigned next = 0; home && next < w->queued && !w->overflow; next++) {
    LLVMValueRef v = w->queue[next];
    enum taint t = taint_of(w, v);
    for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
      LLVMValueRef user = LLVMGetUser(u);
      if (!follow_use(w, user, v, t, pairs)) {
        *sink = user;
        home = false;
        break;
      }
    }
  }
  if (w->overflow)
    home = false;
  if (!home)
    pairs->count = pairs_before; /* an escape anyway: nothing to check */
  free(w);
  return home;
}

/* The one object node n may point to, or H2S_NONE. */
static h2s_obj_id single_object(const struct h2s_graph *g, LLVMValueRef pointer) {
  h2s_node_id n = h2s_graph_find(g, pointer);
  if (n == H2S_NONE || g->nodes[n].pts_count != 1)
    return H2S_NONE;
  h2s_obj_id o = g->nodes[n].pts[0].obj;
  switch (g->objs[o].kind) {
  case H2S_OBJ_ALLOCA:
  case H2S_OBJ_SITE:
  case H2S_OBJ_PARAM:
    return o;
  default: /* unknown memory, a parameter's deeper levels, null */
    return H2S_NONE;
  }
}

/*
 * Does `pointer` point only to objects this function made (allocas,
 * allocation sites) or to null?  Not to a parameter's object, memory read
 * from elsewhere or a call's result: any of those may be a pointer made
 * from an integer, a guess at an address.
 */
static bool only_own_objects(const struct h2s_graph *g, LLVMValueRef pointer) {
  h2s_node_id n = h2s_graph_find(g, pointer);
  /* No object at all: a pointer from undef or poison (`freeze`), any address. */
  if (n == H2S_NONE || g->nodes[n].pts_count == 0)
    return false;
  for (uint32_t i = 0; i < g->nodes[n].pts_count; i++) {
    switch (g->objs[g->nodes[n].pts[i].obj].kind) {
    case H2S_OBJ_ALLOCA:
    case H2S_OBJ_SITE:
      continue;
    case H2S_OBJ_NULL:
      /* null, but not null plus an offset: `gep i8, ptr null, %guess` */
      if (g->nodes[n].inexact)
        return false;
      continue;
    default:
      return false;
    }
  }
  return true;
}

/* Can a GEP instruction make an address outside its base object: no
   inbounds (-fwrapv-pointer, -fno-strict-overflow, IR), and an offset? */
static bool gep_may_leave_object(LLVMValueRef gep) {
  if (LLVMIsInBounds(gep))
    return false;
  unsigned n = (unsigned)LLVMGetNumOperands(gep);
  for (unsigned i = 1; i < n; i++) {
    LLVMValueRef idx = LLVMGetOperand(gep, i);
    if (!LLVMIsAConstantInt(idx) || LLVMConstIntGetZExtValue(idx) != 0)
      return true;
  }
  return false;
}

bool h2s_ptrmask_keeps_page(LLVMValueRef mask) {
  return LLVMIsAConstantInt(mask) && LLVMGetIntTypeWidth(LLVMTypeOf(mask)) <= 64 &&
         ~LLVMConstIntGetZExtValue(mask) < (UINT64_C(1) << PAGE_BITS);
}

/* llvm.ptrmask(p, m) with a mask that may clear more than page bits: any
   address below p's (build_graph.c treats its operand alike). */
static bool ptrmask_may_leave_object(LLVMValueRef call) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  unsigned id = callee && LLVMIsAFunction(callee) ? LLVMGetIntrinsicID(callee) : 0;
  return id && id == LLVMLookupIntrinsicID("llvm.ptrmask", strlen("llvm.ptrmask")) &&
         !h2s_ptrmask_keeps_page(LLVMGetOperand(call, 1));
}

/*
 * Does any function of fn's module compute an address outside the object it
 * is derived from (gep_may_leave_object, ptrmask_may_leave_object)?  Such a pointer keeps its base's
 * objects in the graph, so `own + (guess - (uintptr_t)own) == p` would look
 * like a comparison of two objects of the frame.  Without such GEPs, a
 * pointer into one of the frame's objects stays within it (or one past its
 * end) in a program without undefined behaviour.  The whole module, because
 * the pointer may come from a callee, through memory.
 */
static bool module_may_forge(LLVMValueRef fn) {
  LLVMModuleRef m = LLVMGetGlobalParent(fn);
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
      for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
        if ((LLVMIsAGetElementPtrInst(i) && gep_may_leave_object(i)) ||
            (LLVMIsACallInst(i) && ptrmask_may_leave_object(i)))
          return true;
  return false;
}

bool h2s_int_pair_holds(const struct h2s_graph *g, struct h2s_int_pairs *pairs,
                        const struct h2s_int_pair *pair) {
  h2s_obj_id a = single_object(g, pair->a);
  if (a != H2S_NONE && a == single_object(g, pair->b))
    return true;
  /* p == q says whether p's address is q's.  Two objects of this frame
     never share an address; a guess (`(char *)guess == p`, a parameter
     the caller made from an integer) tells one bit of p's address per
     comparison, and a loop of them finds it (audit4).  So does a pointer
     made from one of the frame's objects and a guessed offset, where GEPs
     may leave their object (audit5). */
  if (!pair->equality || !only_own_objects(g, pair->a) || !only_own_objects(g, pair->b))
    return false;
  if (pairs->forging == H2S_FORGING_UNASKED)
    pairs->forging =
        module_may_forge(LLVMGetBasicBlockParent(LLVMGetInstructionParent(pair->why)))
            ? H2S_FORGING_YES
            : H2S_FORGING_NO;
  return pairs->forging == H2S_FORGING_NO;
}

void h2s_int_pairs_add(struct h2s_int_pairs *pairs, LLVMValueRef a, LLVMValueRef a_at,
                       LLVMValueRef b, LLVMValueRef b_at, LLVMValueRef why) {
  pairs->items = h2s_grow(pairs->items, &pairs->capacity, sizeof *pairs->items, pairs->count + 1);
  pairs->items[pairs->count++] = (struct h2s_int_pair){a, b, a_at, b_at, why, false};
}

bool h2s_compares_for_equality(LLVMValueRef inst) {
  if (LLVMIsAAtomicCmpXchgInst(inst))
    return true;
  if (!LLVMIsAICmpInst(inst))
    return false;
  LLVMIntPredicate pred = LLVMGetICmpPredicate(inst);
  return pred == LLVMIntEQ || pred == LLVMIntNE;
}

void h2s_int_pairs_add_equality(struct h2s_int_pairs *pairs, LLVMValueRef a, LLVMValueRef b,
                                LLVMValueRef why) {
  h2s_int_pairs_add(pairs, a, why, b, why, why);
  pairs->items[pairs->count - 1].equality = true;
}

void h2s_int_pairs_free(struct h2s_int_pairs *pairs) {
  free(pairs->items);
  *pairs = (struct h2s_int_pairs){0};
}
