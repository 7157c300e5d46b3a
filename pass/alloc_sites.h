/*
 * alloc_sites.h - which calls allocate and which deallocate.
 */
#ifndef H2S_ALLOC_SITES_H
#define H2S_ALLOC_SITES_H

#include <heap2stack/host.h>
#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

/* A known allocation function (names as TargetLibraryInfo spells them). */
struct h2s_allocator {
  const char *name;
  const char *family;  /* LLVM's "alloc-family": malloc, _Znwm, _Znam, ... */
  const char *display; /* how remarks name it: "malloc", "new", "new[]" */
  signed char size_arg;  /* byte count (calloc: element size) */
  signed char count_arg; /* calloc's element count, else -1 */
  signed char align_arg; /* requested alignment, else -1 */
  bool zeroed;           /* memory starts zeroed (calloc) */
  bool replaceable;      /* C++ replaceable operator new: only `builtin` sites */
};

/* A known deallocation function. */
struct h2s_deallocator {
  const char *name;
  const char *family;
  const char *display;
};

enum h2s_call_class {
  H2S_CALL_OTHER,      /* not an allocation */
  H2S_CALL_ALLOC,      /* an allocation heap2stack may rewrite */
  H2S_CALL_NOT_BUILTIN /* an allocator's name, but not usable as the builtin */
};

/*
 * Classifies a call or invoke.  For H2S_CALL_ALLOC and H2S_CALL_NOT_BUILTIN
 * sets *alloc; for H2S_CALL_NOT_BUILTIN also *why, a phrase for the remark.
 */
enum h2s_call_class h2s_classify_allocation(struct h2s_host *host, LLVMValueRef call,
                                            const struct h2s_allocator **alloc,
                                            const char **why);

/* The deallocator called by `call`, if LLVM recognises it as one; else NULL. */
const struct h2s_deallocator *h2s_match_deallocator(struct h2s_host *host,
                                                    LLVMValueRef call);

/* The function a call or invoke calls directly, or NULL. */
LLVMValueRef h2s_called_function(LLVMValueRef call);

/* True if `v` is a call or invoke instruction (a CallBase). */
bool h2s_is_call(LLVMValueRef v);

/* The alignment malloc guarantees on the module's target: alignof(max_align_t). */
unsigned h2s_malloc_alignment(LLVMModuleRef module);

#endif
