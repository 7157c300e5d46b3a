/*
 * alloc_sites.c - recognising allocation and deallocation calls.
 *
 * An allocation site is a call or invoke of a known allocator.  A name is not
 * enough: the call must be one LLVM itself would treat as the library
 * function (TargetLibraryInfo checks the prototype, the target, -fno-builtin
 * and `nobuiltin`), and a C++ replaceable `operator new` may only be elided
 * where clang marked the call site `builtin` (a new-expression, not a direct
 * `::operator new(n)` call).  Each allocator belongs to a family, named as
 * LLVM's "alloc-family" attribute names them; a deallocation matches an
 * allocation only within its family.
 */
#include "alloc_sites.h"

#include <string.h>

#define NEW_SCALAR(n) {n, "_Znwm", "new", 0, -1, -1, false, true}
#define NEW_ARRAY(n) {n, "_Znam", "new[]", 0, -1, -1, false, true}
#define NEW_SCALAR_ALIGNED(n) {n, "_ZnwmSt11align_val_t", "aligned new", 0, -1, 1, false, true}
#define NEW_ARRAY_ALIGNED(n) {n, "_ZnamSt11align_val_t", "aligned new[]", 0, -1, 1, false, true}

static const struct h2s_allocator allocators[] = {
    {"malloc", "malloc", "malloc", 0, -1, -1, false, false},
    {"calloc", "malloc", "calloc", 1, 0, -1, true, false},
    {"aligned_alloc", "malloc", "aligned_alloc", 1, -1, 0, false, false},
    {"memalign", "malloc", "memalign", 1, -1, 0, false, false},
    NEW_SCALAR("_Znwm"),
    NEW_SCALAR("_Znwj"),
    NEW_SCALAR("_ZnwmRKSt9nothrow_t"),
    NEW_SCALAR("_ZnwjRKSt9nothrow_t"),
    NEW_SCALAR("_Znwm12__hot_cold_t"),
    NEW_SCALAR("_ZnwmRKSt9nothrow_t12__hot_cold_t"),
    NEW_ARRAY("_Znam"),
    NEW_ARRAY("_Znaj"),
    NEW_ARRAY("_ZnamRKSt9nothrow_t"),
    NEW_ARRAY("_ZnajRKSt9nothrow_t"),
    NEW_ARRAY("_Znam12__hot_cold_t"),
    NEW_ARRAY("_ZnamRKSt9nothrow_t12__hot_cold_t"),
    NEW_SCALAR_ALIGNED("_ZnwmSt11align_val_t"),
    NEW_SCALAR_ALIGNED("_ZnwjSt11align_val_t"),
    NEW_SCALAR_ALIGNED("_ZnwmSt11align_val_tRKSt9nothrow_t"),
    NEW_SCALAR_ALIGNED("_ZnwjSt11align_val_tRKSt9nothrow_t"),
    NEW_SCALAR_ALIGNED("_ZnwmSt11align_val_t12__hot_cold_t"),
    NEW_SCALAR_ALIGNED("_ZnwmSt11align_val_tRKSt9nothrow_t12__hot_cold_t"),
    NEW_ARRAY_ALIGNED("_ZnamSt11align_val_t"),
    NEW_ARRAY_ALIGNED("_ZnajSt11align_val_t"),
    NEW_ARRAY_ALIGNED("_ZnamSt11align_val_tRKSt9nothrow_t"),
    NEW_ARRAY_ALIGNED("_ZnajSt11align_val_tRKSt9nothrow_t"),
    NEW_ARRAY_ALIGNED("_ZnamSt11align_val_t12__hot_cold_t"),
    NEW_ARRAY_ALIGNED("_ZnamSt11align_val_tRKSt9nothrow_t12__hot_cold_t"),
};

static const struct h2s_deallocator deallocators[] = {
    {"free", "malloc", "free"},
    {"_ZdlPv", "_Znwm", "delete"},
    {"_ZdlPvm", "_Znwm", "delete"},
    {"_ZdlPvj", "_Znwm", "delete"},
    {"_ZdlPvRKSt9nothrow_t", "_Znwm", "delete"},
    {"_ZdaPv", "_Znam", "delete[]"},
    {"_ZdaPvm", "_Znam", "delete[]"},
    {"_ZdaPvj", "_Znam", "delete[]"},
    {"_ZdaPvRKSt9nothrow_t", "_Znam", "delete[]"},
    {"_ZdlPvSt11align_val_t", "_ZnwmSt11align_val_t", "aligned delete"},
    {"_ZdlPvmSt11align_val_t", "_ZnwmSt11align_val_t", "aligned delete"},
    {"_ZdlPvjSt11align_val_t", "_ZnwmSt11align_val_t", "aligned delete"},
    {"_ZdlPvSt11align_val_tRKSt9nothrow_t", "_ZnwmSt11align_val_t", "aligned delete"},
    {"_ZdaPvSt11align_val_t", "_ZnamSt11align_val_t", "aligned delete[]"},
    {"_ZdaPvmSt11align_val_t", "_ZnamSt11align_val_t", "aligned delete[]"},
    {"_ZdaPvjSt11align_val_t", "_ZnamSt11align_val_t", "aligned delete[]"},
    {"_ZdaPvSt11align_val_tRKSt9nothrow_t", "_ZnamSt11align_val_t", "aligned delete[]"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

bool h2s_is_call(LLVMValueRef v) {
  return LLVMIsACallInst(v) || LLVMIsAInvokeInst(v);
}

LLVMValueRef h2s_called_function(LLVMValueRef call) {
  if (!h2s_is_call(call))
    return NULL;
  LLVMValueRef callee = LLVMGetCalledValue(call);
  return callee && LLVMIsAFunction(callee) ? callee : NULL;
}

static const char *callee_name(LLVMValueRef call) {
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn)
    return NULL;
  size_t len;
  return LLVMGetValueName2(fn, &len);
}

static const struct h2s_allocator *allocator_named(const char *name) {
  for (size_t i = 0; i < COUNT(allocators); i++)
    if (!strcmp(allocators[i].name, name))
      return &allocators[i];
  return NULL;
}

static bool call_site_is_builtin(LLVMValueRef call) {
  static unsigned builtin_kind;
  if (!builtin_kind)
    builtin_kind = LLVMGetEnumAttributeKindForName("builtin", 7);
  return LLVMGetCallSiteEnumAttribute(call, LLVMAttributeFunctionIndex, builtin_kind) != NULL;
}

/* TargetLibraryInfo agrees that this call calls the library function `name`. */
static bool recognised_by_llvm(struct h2s_host *host, LLVMValueRef call, const char *name) {
  const char *tli = h2s_host_library_function(host, call);
  return tli && !strcmp(tli, name);
}

enum h2s_call_class h2s_classify_allocation(struct h2s_host *host, LLVMValueRef call,
                                            const struct h2s_allocator **alloc,
                                            const char **why) {
  const char *name = callee_name(call);
  const struct h2s_allocator *a = name ? allocator_named(name) : NULL;
  if (!a)
    return H2S_CALL_OTHER;
  *alloc = a;
  if (a->replaceable && !call_site_is_builtin(call)) {
    *why = "a direct call of replaceable 'operator new' (not a new-expression) may not be elided";
    return H2S_CALL_NOT_BUILTIN;
  }
  if (!recognised_by_llvm(host, call, name)) {
    *why = "not treated as the library allocator here (nobuiltin, -fno-builtin, "
           "or an unexpected prototype)";
    return H2S_CALL_NOT_BUILTIN;
  }
  return H2S_CALL_ALLOC;
}

const struct h2s_deallocator *h2s_match_deallocator(struct h2s_host *host, LLVMValueRef call) {
  const char *name = callee_name(call);
  if (!name)
    return NULL;
  for (size_t i = 0; i < COUNT(deallocators); i++)
    if (!strcmp(deallocators[i].name, name))
      return recognised_by_llvm(host, call, name) ? &deallocators[i] : NULL;
  return NULL;
}

/*
 * alignof(max_align_t) by target.  No LLVM API gives it, and the stack slot
 * must never be less aligned than the heap block it replaces (llvm-project
 * issue 54747 rewrote malloc to an `align 1` slot).  64-bit targets and
 * i386 give 16 (x86-64, AArch64, RISC-V, PowerPC, s390x, ...); 32-bit ARM
 * and MIPS give 8.  Anything unknown gets 16: too strict is only slower.
 */
unsigned h2s_malloc_alignment(LLVMModuleRef module) {
  const char *triple = LLVMGetTarget(module);
  if (!triple)
    return 16;
  /* First match wins; glibc's MALLOC_ALIGNMENT where it exceeds max_align_t. */
  static const struct {
    const char *arch_prefix;
    unsigned align;
  } table[] = {
      {"mips64", 16}, {"mips", 8}, {"armv", 8}, {"arm-", 8}, {"armeb", 8}, {"thumb", 8},
  };
  for (size_t i = 0; i < COUNT(table); i++)
    if (!strncmp(triple, table[i].arch_prefix, strlen(table[i].arch_prefix)))
      return table[i].align;
  return 16;
}
