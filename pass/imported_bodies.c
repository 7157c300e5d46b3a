/*
 * imported_bodies.c - bodies LLVM drops before the late run: kept for the analysis.
 *
 * A function defined in another file reaches this module's pipeline as an
 * available_externally copy of its body when ThinLTO imports it (or, in any
 * build, as a C `extern inline` or a C++ `extern template` member): the body
 * is the one that runs, for inlining and analysis, but no code is emitted
 * for it.  The inliner takes the small ones.  A maker that is imported but
 * too large to inline (`point_new`, 60 instructions) stays a call, and
 * EliminateAvailableExternallyPass turns it into a declaration when the
 * optimizer starts: before the late run, the only run that may copy a
 * maker (caller_frames.c).  Its callers then call a function heap2stack
 * cannot see, and its object stays on the heap.
 *
 * So, when the simplification pipeline starts, each such function that
 * heap2stack could use as a maker, filler or destroyer (it calls an
 * allocator or a deallocator, has at most max-copy instructions, is called
 * here, and is not itself an allocator or a library function) gets a kept
 * body: an internal copy, `point_new.h2s.body`, held in llvm.compiler.used
 * so that nothing deletes it.  The function carries the copy's name in the
 * attribute "heap2stack-kept-body"; the copy carries the function's in
 * "heap2stack-body-of".  Nothing calls the copy.  While heap2stack runs,
 * a direct call of the function is analysed as a call of its kept body
 * (h2s_called_function): its summary, its maker verdict, and the clone
 * `point_new.h2s` a moved object's caller calls are the kept body's.  That
 * is what inlining the available_externally body would do, so it is as
 * sound.  Not for a C function (a name that is not a C++ mangled one),
 * whose body may be a C99 inline definition another may differ from: its
 * kept body gives no summary to a call that still calls the function
 * (summaries.c); only a call redirected to a copy of the body, which then
 * runs, reads it (caller_frames.c).  No run decides the copy's own allocations or reports on them:
 * its remarks belong to the file that defines the function.  The late run
 * deletes every kept body when it is done (h2s_drop_kept_bodies), so none
 * reaches code generation.
 */
#include "imported_bodies.h"

#include "alloc_sites.h"
#include "caller_frames.h"
#include "valueset.h"

#include <stdlib.h>
#include <string.h>

#define KEPT_BODY_OF "heap2stack-body-of"
#define KEPT_BODY "heap2stack-kept-body"
#define KEPT_SUFFIX ".h2s.body"

static LLVMAttributeRef string_attr(LLVMValueRef fn, const char *key) {
  return LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, key, (unsigned)strlen(key));
}

bool h2s_is_kept_body(LLVMValueRef fn) {
  return fn && LLVMIsAFunction(fn) && string_attr(fn, KEPT_BODY_OF) != NULL;
}

/* The module's function named by fn's string attribute `key`, or NULL. */
static LLVMValueRef function_named_by(LLVMValueRef fn, const char *key) {
  LLVMAttributeRef a = string_attr(fn, key);
  if (!a)
    return NULL;
  unsigned len = 0;
  const char *name = LLVMGetStringAttributeValue(a, &len);
  char buf[512];
  if (!name || len >= sizeof buf)
    return NULL;
  memcpy(buf, name, len);
  buf[len] = '\0';
  return LLVMGetNamedFunction(LLVMGetGlobalParent(fn), buf);
}

LLVMValueRef h2s_kept_body(LLVMValueRef fn) {
  if (!LLVMIsDeclaration(fn) || !string_attr(fn, KEPT_BODY))
    return NULL;
  LLVMValueRef body = function_named_by(fn, KEPT_BODY);
  /* Both ends must agree: a function of that name made by anyone else is not it. */
  if (!body || !h2s_is_kept_body(body) || function_named_by(body, KEPT_BODY_OF) != fn ||
      LLVMGlobalGetValueType(body) != LLVMGlobalGetValueType(fn))
    return NULL;
  return body;
}

LLVMValueRef h2s_kept_body_origin(LLVMValueRef body) {
  return h2s_is_kept_body(body) ? function_named_by(body, KEPT_BODY_OF) : NULL;
}

void h2s_unmark_kept_body(LLVMValueRef clone) {
  LLVMRemoveStringAttributeAtIndex(clone, LLVMAttributeFunctionIndex, KEPT_BODY_OF,
                                   (unsigned)strlen(KEPT_BODY_OF));
  LLVMRemoveStringAttributeAtIndex(clone, LLVMAttributeFunctionIndex, KEPT_BODY,
                                   (unsigned)strlen(KEPT_BODY));
}

/* A direct call of fn, with fn's own type, in a function with a body, or NULL. */
static LLVMValueRef some_call_of(LLVMValueRef fn) {
  for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (h2s_is_call(user) && LLVMGetCalledValue(user) == fn && h2s_called_function(user) == fn)
      return user;
  }
  return NULL;
}

/* Calls an allocator or a deallocator heap2stack knows, directly. */
static bool allocates_or_frees(struct h2s_host *host, LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      if (!h2s_is_call(i))
        continue;
      struct h2s_allocator a;
      struct h2s_deallocator d;
      const char *why = NULL;
      if (h2s_classify_direct_allocation(host, i, &a, &why) == H2S_CALL_ALLOC ||
          h2s_match_deallocator(host, i, &d))
        return true;
    }
  return false;
}

/* Is fn an imported body the late run will lose and could use? */
static bool worth_keeping(struct h2s_host *host, LLVMValueRef fn, uint64_t max_copy) {
  if (LLVMIsDeclaration(fn) || LLVMGetLinkage(fn) != LLVMAvailableExternallyLinkage ||
      LLVMGetIntrinsicID(fn) || LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn)) ||
      string_attr(fn, KEPT_BODY) || h2s_has_fn_attr(fn, "alwaysinline") ||
      h2s_has_fn_attr(fn, "allockind") || h2s_has_fn_attr(fn, "allocsize") ||
      string_attr(fn, "alloc-family") || h2s_instructions_above(fn, max_copy))
    return false;
  LLVMValueRef call = some_call_of(fn);
  if (!call)
    return false;
  /* An allocator, a deallocator or a library function is known by its name
     at its calls; a kept body would hide that name. */
  struct h2s_allocator a;
  struct h2s_deallocator d;
  const char *why = NULL;
  if (h2s_classify_direct_allocation(host, call, &a, &why) != H2S_CALL_OTHER ||
      h2s_match_deallocator(host, call, &d) || h2s_host_library_function(host, call))
    return false;
  return allocates_or_frees(host, fn);
}

static bool keep_body(struct h2s_host *host, LLVMValueRef fn) {
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  if (!len || len + sizeof KEPT_SUFFIX > 400)
    return false;
  char copy_name[512];
  memcpy(copy_name, name, len);
  memcpy(copy_name + len, KEPT_SUFFIX, sizeof KEPT_SUFFIX);
  if (LLVMGetNamedFunction(LLVMGetGlobalParent(fn), copy_name))
    return false;
  LLVMValueRef body = h2s_host_clone_function(host, fn, copy_name, false, NULL, 0);
  size_t body_len;
  const char *body_name = LLVMGetValueName2(body, &body_len);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMAddAttributeAtIndex(body, LLVMAttributeFunctionIndex,
                          LLVMCreateStringAttribute(ctx, KEPT_BODY_OF, strlen(KEPT_BODY_OF), name,
                                                    (unsigned)len));
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                          LLVMCreateStringAttribute(ctx, KEPT_BODY, strlen(KEPT_BODY), body_name,
                                                    (unsigned)body_len));
  h2s_host_keep_alive(body, true);
  return true;
}

unsigned h2s_keep_imported_bodies(struct h2s_host *host, LLVMModuleRef module,
                                  uint64_t max_copy) {
  /* The functions first: copies are added to the module's list. */
  LLVMValueRef *fns = NULL;
  uint32_t count = 0, capacity = 0;
  for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn; fn = LLVMGetNextFunction(fn))
    if (LLVMGetLinkage(fn) == LLVMAvailableExternallyLinkage) {
      fns = h2s_grow(fns, &capacity, sizeof *fns, count + 1);
      fns[count++] = fn;
    }
  unsigned kept = 0;
  for (uint32_t i = 0; i < count; i++)
    if (worth_keeping(host, fns[i], max_copy) && keep_body(host, fns[i]))
      kept++;
  free(fns);
  return kept;
}

#define INLINE_COPY "heap2stack-inline-copy"

void h2s_mark_inline_copy(LLVMValueRef copy, LLVMValueRef of) {
  LLVMValueRef origin = h2s_kept_body_origin(of);
  size_t len;
  const char *name = LLVMGetValueName2(origin ? origin : of, &len);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(copy));
  LLVMAddAttributeAtIndex(copy, LLVMAttributeFunctionIndex,
                          LLVMCreateStringAttribute(ctx, INLINE_COPY, strlen(INLINE_COPY), name,
                                                    (unsigned)len));
}

const char *h2s_inline_copy_of(LLVMValueRef fn, unsigned *len) {
  LLVMAttributeRef a = fn && LLVMIsAFunction(fn) ? string_attr(fn, INLINE_COPY) : NULL;
  return a ? LLVMGetStringAttributeValue(a, len) : NULL;
}

bool h2s_is_inline_copy(LLVMValueRef fn) {
  return fn && LLVMIsAFunction(fn) && string_attr(fn, INLINE_COPY) != NULL;
}

unsigned h2s_drop_kept_bodies(LLVMModuleRef module) {
  unsigned dropped = 0;
  LLVMValueRef next;
  for (LLVMValueRef fn = LLVMGetFirstFunction(module); fn; fn = next) {
    next = LLVMGetNextFunction(fn);
    /* An inline definition's copy every call of which now calls a moved
       object's copy (caller_frames.c). */
    if (h2s_is_inline_copy(fn) && LLVMGetLinkage(fn) == LLVMInternalLinkage &&
        !LLVMGetFirstUse(fn)) {
      LLVMDeleteFunction(fn);
      dropped++;
      continue;
    }
    if (!h2s_is_kept_body(fn))
      continue;
    LLVMValueRef origin = function_named_by(fn, KEPT_BODY_OF);
    h2s_host_keep_alive(fn, false);
    if (origin)
      LLVMRemoveStringAttributeAtIndex(origin, LLVMAttributeFunctionIndex, KEPT_BODY,
                                       (unsigned)strlen(KEPT_BODY));
    if (!LLVMGetFirstUse(fn)) {
      LLVMDeleteFunction(fn);
      dropped++;
    } else {
      /* Nothing heap2stack makes calls it: something else does (the input
         carried the attribute).  It stays, as ordinary code. */
      h2s_unmark_kept_body(fn);
    }
  }
  return dropped;
}
