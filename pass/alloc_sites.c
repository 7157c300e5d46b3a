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
 *
 * Custom allocators need no table entry: any function declared with
 * allockind("alloc...") and "alloc-family" is one (Rust's __rust_alloc, a
 * pool allocator), sized by allocsize and aligned by its allocalign
 * parameter; its partner is the allockind("free") function of the same
 * family, freeing its allocptr parameter.
 *
 * Every allocator's alignment promise is gathered here for size_policy.c:
 * its alignment argument (aligned_alloc, memalign, posix_memalign, aligned
 * new, any allocalign parameter), the `align` attribute on its result, and
 * whether it is page-aligned (valloc, pvalloc), a promise no stack slot can
 * keep; otherwise it promises the target's malloc alignment.
 */
#include "alloc_sites.h"

#include "alloc_wrappers.h"
#include "caller_frames.h"
#include "imported_bodies.h"

#include <llvm-c/DebugInfo.h>
#include <string.h>

#define NEW_SCALAR(n) {n, {"_Znwm", "new", 0, -1, -1, false, true, true, -1, NULL, NULL}}
#define NEW_ARRAY(n) {n, {"_Znam", "new[]", 0, -1, -1, false, true, true, -1, NULL, NULL}}
#define NEW_SCALAR_ALIGNED(n) {n, {"_ZnwmSt11align_val_t", "aligned new", 0, -1, 1, false, true, true, -1, NULL, NULL}}
#define NEW_ARRAY_ALIGNED(n) {n, {"_ZnamSt11align_val_t", "aligned new[]", 0, -1, 1, false, true, true, -1, NULL, NULL}}

struct known_allocator {
  const char *name;
  struct h2s_allocator a;
};

static const struct known_allocator allocators[] = {
    {"malloc", {"malloc", "malloc", 0, -1, -1, false, false, true, -1, NULL, NULL}},
    {"calloc", {"malloc", "calloc", 1, 0, -1, true, false, true, -1, NULL, NULL}},
    {"posix_memalign", {"malloc", "posix_memalign", 2, -1, 1, false, false, true, 0, NULL, NULL}},
    {"aligned_alloc", {"malloc", "aligned_alloc", 1, -1, 0, false, false, true, -1, NULL, NULL}},
    {"memalign", {"malloc", "memalign", 1, -1, 0, false, false, true, -1, NULL, NULL}},
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

struct known_deallocator {
  const char *name;
  struct h2s_deallocator d;
};

static const struct known_deallocator deallocators[] = {
    {"free", {"malloc", "free", 0, false, 0}},
    {"_ZdlPv", {"_Znwm", "delete", 0, false, 0}},
    {"_ZdlPvm", {"_Znwm", "delete", 0, false, 0}},
    {"_ZdlPvj", {"_Znwm", "delete", 0, false, 0}},
    {"_ZdlPvRKSt9nothrow_t", {"_Znwm", "delete", 0, false, 0}},
    {"_ZdaPv", {"_Znam", "delete[]", 0, false, 0}},
    {"_ZdaPvm", {"_Znam", "delete[]", 0, false, 0}},
    {"_ZdaPvj", {"_Znam", "delete[]", 0, false, 0}},
    {"_ZdaPvRKSt9nothrow_t", {"_Znam", "delete[]", 0, false, 0}},
    {"_ZdlPvSt11align_val_t", {"_ZnwmSt11align_val_t", "aligned delete", 0, false, 0}},
    {"_ZdlPvmSt11align_val_t", {"_ZnwmSt11align_val_t", "aligned delete", 0, false, 0}},
    {"_ZdlPvjSt11align_val_t", {"_ZnwmSt11align_val_t", "aligned delete", 0, false, 0}},
    {"_ZdlPvSt11align_val_tRKSt9nothrow_t", {"_ZnwmSt11align_val_t", "aligned delete", 0, false, 0}},
    {"_ZdaPvSt11align_val_t", {"_ZnamSt11align_val_t", "aligned delete[]", 0, false, 0}},
    {"_ZdaPvmSt11align_val_t", {"_ZnamSt11align_val_t", "aligned delete[]", 0, false, 0}},
    {"_ZdaPvjSt11align_val_t", {"_ZnamSt11align_val_t", "aligned delete[]", 0, false, 0}},
    {"_ZdaPvSt11align_val_tRKSt9nothrow_t", {"_ZnamSt11align_val_t", "aligned delete[]", 0, false, 0}},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static unsigned guarded_kind(LLVMValueRef inst) {
  LLVMContextRef ctx = LLVMGetModuleContext(
      LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(inst))));
  return LLVMGetMDKindIDInContext(ctx, "heap2stack.guarded", 18);
}

void h2s_mark_guarded(LLVMValueRef call) {
  LLVMContextRef ctx = LLVMGetModuleContext(
      LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(call))));
  LLVMSetMetadata(call, guarded_kind(call),
                  LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, NULL, 0)));
}

bool h2s_is_guarded(LLVMValueRef call) {
  return LLVMHasMetadata(call) && LLVMGetMetadata(call, guarded_kind(call)) != NULL;
}

/* The object a store writes to, for "stored to global 'g'". */
LLVMValueRef h2s_underlying_object(LLVMValueRef ptr) {
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

LLVMValueRef h2s_stored_address(LLVMValueRef inst, int out_arg) {
  if (LLVMIsAStoreInst(inst))
    return LLVMGetOperand(inst, 1);
  if (LLVMIsAAtomicRMWInst(inst) || LLVMIsAAtomicCmpXchgInst(inst))
    return LLVMGetOperand(inst, 0);
  if (out_arg >= 0 && h2s_is_call(inst) && (unsigned)out_arg < LLVMGetNumArgOperands(inst))
    return LLVMGetOperand(inst, (unsigned)out_arg);
  return NULL;
}

bool h2s_is_call(LLVMValueRef v) {
  return LLVMIsACallInst(v) || LLVMIsAInvokeInst(v);
}

LLVMValueRef h2s_called_function(LLVMValueRef call) {
  if (!h2s_is_call(call))
    return NULL;
  LLVMValueRef callee = LLVMGetCalledValue(call);
  /* A call through a different function type than the callee's is not a
     call of that function as LLVM sees it (CallBase::getCalledFunction). */
  if (!callee || !LLVMIsAFunction(callee) ||
      LLVMGetCalledFunctionType(call) != LLVMGlobalGetValueType(callee))
    return NULL;
  /* A function whose imported body LLVM dropped: its kept body stands for
     it (imported_bodies.c). */
  if (LLVMIsDeclaration(callee)) {
    LLVMValueRef kept = h2s_kept_body(callee);
    if (kept)
      return kept;
  }
  return callee;
}

static const char *callee_name(LLVMValueRef call) {
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn)
    return NULL;
  size_t len;
  return LLVMGetValueName2(fn, &len);
}

/*
 * Could `name` be in the tables above?  Every name there is a lower-case C
 * name or starts "_Zn" (new) or "_Zd" (delete); most calls in C++ code are
 * of other mangled names ("_ZNSt...", "_ZSt..."), rejected here at once.
 */
static bool may_be_known(const char *name) {
  if (!name)
    return false;
  if (name[0] == '_')
    return name[1] == 'Z' && (name[2] == 'n' || name[2] == 'd');
  return name[0] >= 'a' && name[0] <= 'z';
}

static const struct known_allocator *allocator_named(const char *name) {
  if (!may_be_known(name))
    return NULL;
  for (size_t i = 0; i < COUNT(allocators); i++)
    if (allocators[i].name[0] == name[0] && !strcmp(allocators[i].name, name))
      return &allocators[i];
  return NULL;
}

/*
 * LLVM's number for the enum attribute `name`.  It is the same for the
 * whole process, and this runs for every call classified, so the names
 * asked here are looked up once, when the plugin is loaded: before any
 * thread (ThinLTO's backends) can ask.
 */
static const char *const cached_attrs[] = {"allockind", "allocsize", "allocalign", "allocptr",
                                           "builtin",   "align",     "nonnull"};
static unsigned cached_kinds[sizeof cached_attrs / sizeof cached_attrs[0]];

__attribute__((constructor)) static void look_up_attribute_kinds(void) {
  for (size_t i = 0; i < COUNT(cached_attrs); i++)
    cached_kinds[i] = LLVMGetEnumAttributeKindForName(cached_attrs[i], strlen(cached_attrs[i]));
}

static unsigned attr_kind(const char *name) {
  for (size_t i = 0; i < COUNT(cached_attrs); i++)
    if (cached_attrs[i][0] == name[0] && !strcmp(cached_attrs[i], name) && cached_kinds[i])
      return cached_kinds[i];
  return LLVMGetEnumAttributeKindForName(name, strlen(name));
}

bool h2s_has_fn_attr(LLVMValueRef fn, const char *name) {
  unsigned kind = attr_kind(name);
  return kind && LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind);
}

static bool call_site_is_builtin(LLVMValueRef call) {
  return LLVMGetCallSiteEnumAttribute(call, LLVMAttributeFunctionIndex, attr_kind("builtin")) !=
         NULL;
}

/* TargetLibraryInfo agrees that this call calls the library function `name`. */
static bool recognised_by_llvm(struct h2s_host *host, LLVMValueRef call, const char *name) {
  const char *tli = h2s_host_library_function(host, call);
  return tli && !strcmp(tli, name);
}

/* An integer attribute of the call site or, failing that, of the callee. */
static bool int_fn_attr(LLVMValueRef call, LLVMValueRef fn, const char *name, uint64_t *value) {
  unsigned kind = attr_kind(name);
  if (!kind)
    return false;
  LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, LLVMAttributeFunctionIndex, kind);
  if (!a)
    a = LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind);
  if (!a)
    return false;
  *value = LLVMGetEnumAttributeValue(a);
  return true;
}

/* The index of the first parameter of fn carrying attribute `name`, or -1. */
static int param_with_attr(LLVMValueRef fn, const char *name) {
  unsigned kind = attr_kind(name), n = LLVMCountParams(fn);
  for (unsigned i = 0; kind && i < n && i < 127; i++)
    if (LLVMGetEnumAttributeAtIndex(fn, i + 1, kind))
      return (int)i;
  return -1;
}

static void copy_name(char dst[H2S_NAME_MAX], const char *src, size_t len) {
  if (len >= H2S_NAME_MAX)
    len = H2S_NAME_MAX - 1;
  memcpy(dst, src, len);
  dst[len] = 0;
}

/* The callee's "alloc-family" attribute, copied into family; false if absent. */
static bool alloc_family(LLVMValueRef fn, char family[H2S_NAME_MAX]) {
  LLVMAttributeRef a =
      LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, "alloc-family", 12);
  if (!a)
    return false;
  unsigned len;
  const char *value = LLVMGetStringAttributeValue(a, &len);
  if (!len)
    return false;
  copy_name(family, value, len);
  return true;
}

/* LLVM's AllocFnKind bits (llvm/IR/Attributes.h). */
enum {
  ALLOC_KIND_ALLOC = 1 << 0,
  ALLOC_KIND_REALLOC = 1 << 1,
  ALLOC_KIND_FREE = 1 << 2,
  ALLOC_KIND_ZEROED = 1 << 4,
  ALLOC_KIND_ALIGNED = 1 << 5,
};
#define ALLOCSIZE_NO_COUNT 0xFFFFFFFFu

/*
 * A custom allocator: allockind("alloc...") with an "alloc-family".  Its size
 * comes from allocsize(size[, count]); without allocsize the size is unknown
 * (size_arg = -1) and the site never reaches the rewrite.
 */
static bool attribute_allocator(LLVMValueRef call, LLVMValueRef fn, struct h2s_allocator *out) {
  uint64_t kind, allocsize;
  if (!int_fn_attr(call, fn, "allockind", &kind) || !(kind & ALLOC_KIND_ALLOC) ||
      (kind & (ALLOC_KIND_REALLOC | ALLOC_KIND_FREE)))
    return false;
  struct h2s_allocator a = {.size_arg = -1, .count_arg = -1, .align_arg = -1, .out_arg = -1};
  if (!alloc_family(fn, a.family))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  copy_name(a.display, name, len);
  unsigned nargs = LLVMGetNumArgOperands(call);
  if (int_fn_attr(call, fn, "allocsize", &allocsize)) {
    unsigned size_arg = (unsigned)(allocsize >> 32), count_arg = (unsigned)allocsize;
    if (size_arg < nargs && size_arg < 127)
      a.size_arg = (signed char)size_arg;
    if (count_arg != ALLOCSIZE_NO_COUNT && count_arg < nargs && count_arg < 127)
      a.count_arg = (signed char)count_arg;
  }
  /* An allocalign parameter is a promise with or without allockind("aligned"). */
  int align = param_with_attr(fn, "allocalign");
  a.align_arg = (signed char)(align >= 0 && (unsigned)align < nargs ? align : -1);
  if ((kind & ALLOC_KIND_ALIGNED) && a.align_arg < 0) /* aligned, but to what? */
    a.size_arg = -1;
  a.zeroed = (kind & ALLOC_KIND_ZEROED) != 0;
  *out = a;
  return true;
}

/*
 * valloc and pvalloc promise the page size, a run-time property (4 KiB, or
 * 16 or 64 KiB on some arm64 and ppc64 systems); pvalloc also rounds the
 * size up to whole pages.  LLVM knows valloc (and, from 22, pvalloc) by its
 * allockind attributes, which say nothing of the page.
 */
bool h2s_page_aligned(LLVMValueRef call) {
  const char *name = callee_name(call);
  return name && (!strcmp(name, "valloc") || !strcmp(name, "pvalloc"));
}

uint64_t h2s_return_alignment(LLVMValueRef call) {
  LLVMValueRef fn = h2s_called_function(call);
  unsigned kind = attr_kind("align");
  if (!fn || !kind)
    return 0;
  uint64_t align = 0;
  LLVMAttributeRef at_call = LLVMGetCallSiteEnumAttribute(call, LLVMAttributeReturnIndex, kind);
  LLVMAttributeRef on_fn = LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeReturnIndex, kind);
  if (at_call)
    align = LLVMGetEnumAttributeValue(at_call);
  if (on_fn && LLVMGetEnumAttributeValue(on_fn) > align)
    align = LLVMGetEnumAttributeValue(on_fn);
  return align;
}

enum h2s_call_class h2s_classify_allocation(struct h2s_host *host, LLVMValueRef call,
                                            struct h2s_allocator *alloc, const char **why) {
  enum h2s_call_class c = h2s_classify_direct_allocation(host, call, alloc, why);
  if (c != H2S_CALL_OTHER)
    return c;
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn)
    return H2S_CALL_OTHER;
  /* A wrapper's call stands for its allocation; failing that, a maker's
     object may still live in the caller's frame. */
  c = h2s_wrapper_allocator(host, call, fn, alloc, why);
  if (c == H2S_CALL_ALLOC)
    return c;
  struct h2s_allocator made;
  const char *not_maker = NULL;
  if (h2s_maker_allocator(host, call, fn, &made, &not_maker) == H2S_CALL_ALLOC) {
    *alloc = made;
    return H2S_CALL_ALLOC;
  }
  if (c == H2S_CALL_UNUSABLE_WRAPPER && not_maker)
    *why = not_maker; /* the reason that matters now: a wrapper's is met by makers */
  return c;
}

enum h2s_call_class h2s_classify_direct_allocation(struct h2s_host *host, LLVMValueRef call,
                                                   struct h2s_allocator *alloc, const char **why) {
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn)
    return H2S_CALL_OTHER;
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  const struct known_allocator *known = allocator_named(name);
  if (!known)
    return attribute_allocator(call, fn, alloc) ? H2S_CALL_ALLOC : H2S_CALL_OTHER;
  *alloc = known->a;
  if (known->a.replaceable && !call_site_is_builtin(call)) {
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

/* A custom deallocator: allockind("free"), an "alloc-family", an allocptr. */
static bool attribute_deallocator(LLVMValueRef call, LLVMValueRef fn,
                                  struct h2s_deallocator *out) {
  uint64_t kind;
  if (!int_fn_attr(call, fn, "allockind", &kind) || !(kind & ALLOC_KIND_FREE))
    return false;
  int ptr = param_with_attr(fn, "allocptr");
  if (ptr < 0 || (unsigned)ptr >= LLVMGetNumArgOperands(call) || !alloc_family(fn, out->family))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  copy_name(out->display, name, len);
  out->ptr_arg = (unsigned)ptr;
  return true;
}

bool h2s_match_deallocator(struct h2s_host *host, LLVMValueRef call,
                           struct h2s_deallocator *out) {
  memset(out, 0, sizeof *out);
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn)
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  for (size_t i = 0; may_be_known(name) && i < COUNT(deallocators); i++)
    if (deallocators[i].name[0] == name[0] && !strcmp(deallocators[i].name, name)) {
      if (!recognised_by_llvm(host, call, name))
        return false;
      *out = deallocators[i].d;
      return true;
    }
  return attribute_deallocator(call, fn, out);
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

void h2s_display_function(struct h2s_host *host, LLVMValueRef fn, char out[H2S_NAME_MAX]) {
  /* A kept body (imported_bodies.c) without debug information goes by the
     name of the function it is the body of. */
  LLVMValueRef origin = h2s_kept_body_origin(fn);
  if (origin && !LLVMGetSubprogram(fn))
    fn = origin;
  size_t len;
  /* So does a copy of an inline definition (caller_frames.c). */
  unsigned copy_of_len = 0;
  const char *copy_of = LLVMGetSubprogram(fn) ? NULL : h2s_inline_copy_of(fn, &copy_of_len);
  if (copy_of && copy_of_len && copy_of_len < H2S_NAME_MAX) {
    memcpy(out, copy_of, copy_of_len);
    out[copy_of_len] = 0;
    return;
  }
  const char *name = h2s_host_source_name(host, fn);
  if (name && *name && strlen(name) < H2S_NAME_MAX) {
    len = strlen(name);
  } else {
    name = LLVMGetValueName2(fn, &len);
    if (len >= H2S_NAME_MAX)
      len = H2S_NAME_MAX - 1;
  }
  memcpy(out, name, len);
  out[len] = 0;
}

/*
 * C library functions that hand their caller new heap memory (the caller
 * frees it): by result, by result when a buffer argument is null, or
 * through an argument.  Their allocation happens inside the library, where
 * heap2stack cannot see it; heap2stack_noheap forbids them.
 */
enum heap_way { HEAP_RESULT, HEAP_RESULT_IF_NULL, HEAP_THROUGH_ARG };

static const struct {
  const char *name;
  enum heap_way way;
  int arg;         /* HEAP_RESULT_IF_NULL: the buffer; HEAP_THROUGH_ARG: where it stores */
  unsigned params; /* its fixed parameters */
  bool variadic;
  const char *what;
} heap_functions[] = {
    {"strdup", HEAP_RESULT, -1, 1, false, "returns a copy in new heap memory"},
    {"strndup", HEAP_RESULT, -1, 2, false, "returns a copy in new heap memory"},
    {"__strdup", HEAP_RESULT, -1, 1, false, "returns a copy in new heap memory"},
    {"__strndup", HEAP_RESULT, -1, 2, false, "returns a copy in new heap memory"},
    {"wcsdup", HEAP_RESULT, -1, 1, false, "returns a copy in new heap memory"},
    {"realloc", HEAP_RESULT, -1, 2, false, "allocates heap memory (and may move the block there)"},
    {"reallocf", HEAP_RESULT, -1, 2, false, "allocates heap memory (and may move the block there)"},
    {"reallocarray", HEAP_RESULT, -1, 3, false,
     "allocates heap memory (and may move the block there)"},
    {"get_current_dir_name", HEAP_RESULT, -1, 0, false, "returns new heap memory"},
    {"canonicalize_file_name", HEAP_RESULT, -1, 1, false, "returns new heap memory"},
    {"tempnam", HEAP_RESULT, -1, 2, false, "returns new heap memory"},
    {"backtrace_symbols", HEAP_RESULT, -1, 2, false, "returns new heap memory"},
    {"realpath", HEAP_RESULT_IF_NULL, 1, 2, false,
     "returns new heap memory when its second argument is null"},
    {"getcwd", HEAP_RESULT_IF_NULL, 0, 2, false,
     "returns new heap memory when its first argument is null"},
    {"asprintf", HEAP_THROUGH_ARG, 0, 2, true,
     "stores a pointer to new heap memory through its first argument"},
    {"__asprintf_chk", HEAP_THROUGH_ARG, 0, 3, true,
     "stores a pointer to new heap memory through its first argument"},
    {"vasprintf", HEAP_THROUGH_ARG, 0, 3, false,
     "stores a pointer to new heap memory through its first argument"},
    {"__vasprintf_chk", HEAP_THROUGH_ARG, 0, 4, false,
     "stores a pointer to new heap memory through its first argument"},
    {"getline", HEAP_THROUGH_ARG, 0, 3, false,
     "allocates or grows the buffer its first argument points to"},
    {"getdelim", HEAP_THROUGH_ARG, 0, 4, false,
     "allocates or grows the buffer its first argument points to"},
    /* glibc's inline getline (bits/stdio.h, at -O1 and up) */
    {"__getdelim", HEAP_THROUGH_ARG, 0, 4, false,
     "allocates or grows the buffer its first argument points to"},
    {"open_memstream", HEAP_THROUGH_ARG, 0, 2, false,
     "allocates the buffer it stores through its first argument"},
    {"scandir", HEAP_THROUGH_ARG, 1, 4, false,
     "stores a pointer to a new heap list through its second argument"},
};

static bool is_pointer(LLVMTypeRef type) {
  return LLVMGetTypeKind(type) == LLVMPointerTypeKind;
}

/* A local or global array (or a field of one), or a nonnull argument. */
static bool visibly_nonnull(LLVMValueRef call, unsigned arg) {
  LLVMValueRef base = h2s_underlying_object(LLVMGetOperand(call, arg));
  if (LLVMIsAAllocaInst(base) || LLVMIsAGlobalVariable(base))
    return true;
  unsigned kind = attr_kind("nonnull");
  return kind && LLVMGetCallSiteEnumAttribute(call, arg + 1, kind) != NULL;
}

const char *h2s_library_heap_call(LLVMValueRef call, const char **what, const char **when) {
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn || !LLVMIsDeclaration(fn))
    return NULL;
  const char *name = callee_name(call);
  LLVMTypeRef type = LLVMGlobalGetValueType(fn);
  for (size_t i = 0; i < COUNT(heap_functions); i++) {
    if (strcmp(heap_functions[i].name, name))
      continue;
    if (LLVMCountParams(fn) != heap_functions[i].params ||
        (bool)LLVMIsFunctionVarArg(type) != heap_functions[i].variadic)
      return NULL;
    int arg = heap_functions[i].arg;
    if (heap_functions[i].way != HEAP_THROUGH_ARG && !is_pointer(LLVMGetReturnType(type)))
      return NULL;
    if (arg >= 0 && !is_pointer(LLVMTypeOf(LLVMGetParam(fn, (unsigned)arg))))
      return NULL;
    *when = NULL;
    if (heap_functions[i].way == HEAP_RESULT_IF_NULL) {
      if (visibly_nonnull(call, (unsigned)arg))
        return NULL;
      *when = LLVMIsNull(LLVMGetOperand(call, (unsigned)arg)) ? ", as it is here"
                                                              : ", as it may be here";
    }
    *what = heap_functions[i].what;
    return heap_functions[i].name;
  }
  return NULL;
}

LLVMValueRef h2s_strip_casts(LLVMValueRef v) {
  while (v && (LLVMIsABitCastInst(v) || LLVMIsAAddrSpaceCastInst(v)))
    v = LLVMGetOperand(v, 0);
  return v;
}
