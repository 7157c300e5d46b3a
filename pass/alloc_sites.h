/*
 * alloc_sites.h - which calls allocate and which deallocate.
 */
#ifndef H2S_ALLOC_SITES_H
#define H2S_ALLOC_SITES_H

#include <heap2stack/host.h>
#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

#define H2S_NAME_MAX 64

/*
 * An allocation function: a C or C++ library allocator (named as
 * TargetLibraryInfo spells it), or any function declared with LLVM's
 * allockind("alloc...") and "alloc-family" attributes.
 */
struct h2s_allocator {
  char family[H2S_NAME_MAX];  /* LLVM's "alloc-family": malloc, _Znwm, _Znam, ... */
  char display[H2S_NAME_MAX]; /* how remarks name it: "malloc", "new", "new[]" */
  signed char size_arg;       /* byte count (calloc: element size), -1 if unknown */
  signed char count_arg;      /* element count (calloc), else -1 */
  signed char align_arg;      /* requested alignment, else -1 */
  bool zeroed;                /* memory starts zeroed (calloc) */
  bool replaceable;           /* C++ replaceable operator new: only `builtin` sites */
  bool frees_null;            /* its deallocators accept a null pointer (C, C++) */
  signed char out_arg;        /* posix_memalign: the pointer comes back through
                                 this argument, the call returns 0; a filler
                                 (caller_frames.c): the argument whose memory
                                 it stores the object into; else -1 */
  /* A call of a function that makes one object for its caller
     (caller_frames.c): that function, and its allocation, whose operands
     size_arg, count_arg and align_arg index.  NULL otherwise. */
  LLVMValueRef maker, made;
};

/* A deallocation function and the argument it frees. */
struct h2s_deallocator {
  char family[H2S_NAME_MAX];
  char display[H2S_NAME_MAX];
  unsigned ptr_arg;
  /* A destroyer that frees the pointer stored `field_offset` bytes into
     what argument ptr_arg points to (buf_fini: free(b->data)), not the
     argument itself (caller_frames.c). */
  bool field;
  uint64_t field_offset;
};

enum h2s_call_class {
  H2S_CALL_OTHER,      /* not an allocation */
  H2S_CALL_ALLOC,      /* an allocation heap2stack may rewrite */
  H2S_CALL_NOT_BUILTIN, /* an allocator's name, but not usable as the builtin */
  H2S_CALL_UNUSABLE_WRAPPER /* returns its one allocation, but cannot stand for it */
};

/*
 * Classifies a call or invoke.  For H2S_CALL_ALLOC and H2S_CALL_NOT_BUILTIN
 * fills *alloc; for H2S_CALL_NOT_BUILTIN also *why, a phrase for the remark.
 */
enum h2s_call_class h2s_classify_allocation(struct h2s_host *host, LLVMValueRef call,
                                            struct h2s_allocator *alloc, const char **why);

/* The same without allocator wrappers (alloc_wrappers.c): the library's and
   attribute-declared allocators only. */
enum h2s_call_class h2s_classify_direct_allocation(struct h2s_host *host, LLVMValueRef call,
                                                   struct h2s_allocator *alloc, const char **why);

/*
 * What an allocation call promises beyond the target's malloc alignment and
 * its alignment argument: the `align` attribute of its result, at the call
 * site or on the callee (the larger; 0 if none), which the optimizer may
 * rely on; and page alignment (valloc, pvalloc), which no slot can promise.
 */
uint64_t h2s_return_alignment(LLVMValueRef call);
bool h2s_page_aligned(LLVMValueRef call);

/* True, filling *out, if `call` is a deallocation LLVM would recognise. */
bool h2s_match_deallocator(struct h2s_host *host, LLVMValueRef call,
                           struct h2s_deallocator *out);

/*
 * The heap case of a guarded site (and its copies where it is inlined)
 * carries !heap2stack.guarded: it already has its stack buffer and is not a
 * new allocation site.
 */
void h2s_mark_guarded(LLVMValueRef call);
bool h2s_is_guarded(LLVMValueRef call);

/* The function a call or invoke calls directly with its own type, or NULL. */
LLVMValueRef h2s_called_function(LLVMValueRef call);

/* The base a pointer is computed from, looking through GEPs and casts. */
LLVMValueRef h2s_underlying_object(LLVMValueRef ptr);

/* The address a store, atomic or posix_memalign-like call writes a pointer
   to (`out_arg` is the allocation's out-parameter, or -1), else NULL. */
LLVMValueRef h2s_stored_address(LLVMValueRef inst, int out_arg);

/* How remarks name a function that stands for an allocation (a wrapper, a
   maker): its source name ('make_point', not '_Z10make_pointl') where it
   fits, else its symbol, cut to H2S_NAME_MAX - 1 characters. */
void h2s_display_function(struct h2s_host *host, LLVMValueRef fn, char out[H2S_NAME_MAX]);

/* v without the bitcast and addrspacecast instructions around it. */
LLVMValueRef h2s_strip_casts(LLVMValueRef v);

/*
 * A call of a C library function that hands its caller new heap memory
 * heap2stack cannot move (strdup, realloc, asprintf, getline, realpath with
 * a null buffer, ...), for heap2stack_noheap.  Recognised by name on a
 * declaration with the function's prototype (whatever -fno-builtin says:
 * the memory is the library's either way).  Fills *what with how it
 * allocates ("returns new heap memory") and *when with NULL, or for a
 * buffer that may be null ", as it may be here", and returns its name;
 * NULL for any other call, or when its buffer argument is visibly not null
 * (a local or global array, a nonnull argument).
 */
const char *h2s_library_heap_call(LLVMValueRef call, const char **what, const char **when);

/* Does fn carry the enum function attribute `name` (nocallback, optnone, ...)? */
bool h2s_has_fn_attr(LLVMValueRef fn, const char *name);

/* True if `v` is a call or invoke instruction (a CallBase). */
bool h2s_is_call(LLVMValueRef v);

/* The alignment malloc guarantees on the module's target: alignof(max_align_t). */
unsigned h2s_malloc_alignment(LLVMModuleRef module);

#endif
