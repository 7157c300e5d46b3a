/*
 * summaries.c - how a call treats its pointer arguments.
 *
 * Go summarises each function's parameters once ("p does not escape",
 * "leaking param: p", "leaking param: p to result ~r0 level=0") and uses
 * the summary at every call.  heap2stack does the same, bottom-up over the
 * call graph: escape.c computes the summary of every function it analyses
 * and the host stores it with the function.  For a call, in order:
 *
 *   1. a C library function that TargetLibraryInfo recognises: a table of
 *      what strlen, memcpy, printf, ... do with each argument;
 *   2. a defined, non-interposable function: its summary, computed when a
 *      caller first needs it (escape.c) or when its call cycle is solved;
 *   3. the declaration's attributes: a parameter that is not captured
 *      (`nocapture` up to LLVM 20, `captures(none)` from 21, where
 *      `captures(ret: ...)` means it may come back as the result) and not
 *      freed (`nofree` on the parameter or function, or a function that
 *      writes no memory) does not escape;
 *   4. anything else: the argument escapes, may be freed, and the memory
 *      it points to may be overwritten with unknown pointers.
 *
 * Not capturing is not the same as not freeing: a `nocapture` parameter of
 * a function that may free memory is "freed by the callee".
 */
#include "summaries.h"

#include "alloc_sites.h"
#include "compat.h"

#include <string.h>

/* ---- the C library table ------------------------------------------- */

enum {
  LIB_READ = 0,                                           /* reads through the pointer */
  LIB_WRITE = H2S_PARAM_WRITTEN,                          /* may store pointers there */
  LIB_RET = H2S_PARAM_TO_RESULT,                          /* returns it (or into it) */
  LIB_RET_WRITE = H2S_PARAM_TO_RESULT | H2S_PARAM_WRITTEN,
};

struct lib_function {
  const char *name;
  signed char args[4]; /* flags for the first arguments; -1: not a pointer */
  bool variadic_reads; /* every variadic pointer argument is only read */
};

/* Functions that never free, capture or return their arguments, except as listed. */
static const struct lib_function library[] = {
    {"strlen", {LIB_READ, -1, -1, -1}, false},
    {"strnlen", {LIB_READ, -1, -1, -1}, false},
    {"strcmp", {LIB_READ, LIB_READ, -1, -1}, false},
    {"strncmp", {LIB_READ, LIB_READ, -1, -1}, false},
    {"strcasecmp", {LIB_READ, LIB_READ, -1, -1}, false},
    {"strncasecmp", {LIB_READ, LIB_READ, -1, -1}, false},
    {"memcmp", {LIB_READ, LIB_READ, -1, -1}, false},
    {"bcmp", {LIB_READ, LIB_READ, -1, -1}, false},
    {"strchr", {LIB_RET, -1, -1, -1}, false},
    {"strrchr", {LIB_RET, -1, -1, -1}, false},
    {"memchr", {LIB_RET, -1, -1, -1}, false},
    {"strstr", {LIB_RET, LIB_READ, -1, -1}, false},
    {"strcpy", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"strncpy", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"strcat", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"strncat", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"stpcpy", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"memcpy", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"memmove", {LIB_RET_WRITE, LIB_READ, -1, -1}, false},
    {"memset", {LIB_RET, -1, -1, -1}, false},
    {"puts", {LIB_READ, -1, -1, -1}, false},
    {"fputs", {LIB_READ, -1, -1, -1}, false},
    {"printf", {LIB_READ, -1, -1, -1}, true},
    {"fprintf", {-1, LIB_READ, -1, -1}, true},
    {"sprintf", {LIB_READ, LIB_READ, -1, -1}, true},
    {"snprintf", {LIB_READ, -1, LIB_READ, -1}, true},
    {"fwrite", {LIB_READ, -1, -1, -1}, false},
    {"atoi", {LIB_READ, -1, -1, -1}, false},
    {"atol", {LIB_READ, -1, -1, -1}, false},
    {"atof", {LIB_READ, -1, -1, -1}, false},
};

static const struct lib_function *library_function(struct h2s_host *host, LLVMValueRef call) {
  const char *name = h2s_host_library_function(host, call);
  if (!name)
    return NULL;
  for (size_t i = 0; i < sizeof library / sizeof library[0]; i++)
    if (!strcmp(library[i].name, name))
      return &library[i];
  return NULL;
}

/* ---- attributes ----------------------------------------------------- */

static unsigned kind(const char *name) { return LLVMGetEnumAttributeKindForName(name, strlen(name)); }

/* An attribute at `index` (0 = return, i+1 = parameter i, ~0u = function) on
   the call site or the callee. */
static LLVMAttributeRef attr(LLVMValueRef call, LLVMValueRef fn, unsigned index, const char *name) {
  unsigned k = kind(name);
  if (!k)
    return NULL;
  LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, index, k);
  if (!a && fn)
    a = LLVMGetEnumAttributeAtIndex(fn, index, k);
  return a;
}

/* The function writes no memory at all (memory(read) or memory(none)). */
static bool writes_nothing(LLVMValueRef call, LLVMValueRef fn) {
  LLVMAttributeRef a = attr(call, fn, LLVMAttributeFunctionIndex, "memory");
  if (!a)
    return false;
  uint64_t effects = LLVMGetEnumAttributeValue(a);
  /* Two bits per location, ModRefInfo: 1 = Ref, 2 = Mod. */
  return (effects & 0xAAAAAAAAAAAAAAAAull) == 0;
}

static bool not_captured(LLVMValueRef call, LLVMValueRef fn, unsigned arg, bool *via_result) {
  *via_result = false;
#if H2S_HAS_CAPTURES_ATTR
  LLVMAttributeRef a = attr(call, fn, arg + 1, "captures");
  if (!a)
    return false;
  uint64_t info = LLVMGetEnumAttributeValue(a); /* (other << 4) | ret */
  if ((info >> 4) & 0xF)
    return false;
  *via_result = (info & 0xF) != 0;
  return true;
#else
  if (attr(call, fn, arg + 1, "returned"))
    *via_result = true;
  return attr(call, fn, arg + 1, "nocapture") != NULL;
#endif
}

static uint32_t declaration_flags(LLVMValueRef call, LLVMValueRef fn, unsigned arg) {
  bool via_result;
  if (!fn || !not_captured(call, fn, arg, &via_result))
    return H2S_PARAM_WORST;
  uint32_t flags = via_result ? H2S_PARAM_TO_RESULT : 0;
  bool read_only = writes_nothing(call, fn) || attr(call, fn, arg + 1, "readonly") ||
                   attr(call, fn, arg + 1, "readnone");
  bool no_free = attr(call, fn, LLVMAttributeFunctionIndex, "nofree") ||
                 attr(call, fn, arg + 1, "nofree") || writes_nothing(call, fn);
  if (!no_free)
    flags |= H2S_PARAM_FREED;
  if (!read_only)
    flags |= H2S_PARAM_WRITTEN;
  /* Not capturing p says nothing about the pointers stored in *p. */
  if (!writes_nothing(call, fn) || !no_free)
    flags |= H2S_PARAM_CONTENT_ESCAPES;
  return flags;
}

/* ---- summaries -------------------------------------------------------- */

const struct h2s_summary *h2s_summary_of(struct h2s_host *host, LLVMValueRef fn) {
  size_t len = 0;
  const void *data = h2s_host_summary(host, fn, &len);
  return data && len == sizeof(struct h2s_summary) ? data : NULL;
}

void h2s_summary_store(struct h2s_host *host, LLVMValueRef fn, const struct h2s_summary *s) {
  h2s_host_set_summary(host, fn, s, sizeof *s);
}

bool h2s_summary_same_flags(const struct h2s_summary *a, const struct h2s_summary *b) {
  if (!a || !b || a->param_count != b->param_count)
    return false;
  for (uint32_t i = 0; i < a->param_count; i++)
    if (a->flags[i] != b->flags[i])
      return false;
  return true;
}

bool h2s_summary_usable(struct h2s_host *host, LLVMValueRef fn) {
  return !LLVMIsDeclaration(fn) && !h2s_host_may_be_replaced(host, fn);
}

bool h2s_is_library_call(struct h2s_host *host, LLVMValueRef call) {
  return library_function(host, call) != NULL;
}

uint32_t h2s_call_arg_flags(struct h2s_host *host, LLVMValueRef call, unsigned arg,
                            const struct h2s_summary *callee, const char **why) {
  if (why)
    *why = NULL;
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn || LLVMIsAInlineAsm(LLVMGetCalledValue(call)))
    return H2S_PARAM_WORST;
  unsigned fixed = LLVMCountParams(fn);

  const struct lib_function *lib = library_function(host, call);
  if (lib) {
    if (arg < 4 && arg < fixed && lib->args[arg] >= 0)
      return (uint32_t)lib->args[arg];
    if (arg >= fixed && lib->variadic_reads)
      return 0;
    return H2S_PARAM_WORST;
  }

  if (arg >= fixed)
    return H2S_PARAM_WORST; /* a variadic argument: va_arg may do anything with it */
  if (!callee && !LLVMIsDeclaration(fn) && h2s_host_may_be_replaced(host, fn)) {
    if (why)
      *why = "may be replaced by another definition at link time (weak or linkonce)";
    return declaration_flags(call, fn, arg);
  }
  if (callee) {
    const struct h2s_summary *s = callee;
    if (arg < s->param_count && arg < H2S_SUMMARY_PARAMS) {
      if (why && s->why[arg][0])
        *why = s->why[arg];
      return s->flags[arg];
    }
    return H2S_PARAM_WORST;
  }
  return declaration_flags(call, fn, arg);
}
