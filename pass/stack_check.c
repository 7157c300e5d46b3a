/*
 * stack_check.c - the run-time check that the thread's stack has room.
 *
 * C stacks do not grow: a thread made with a 48 KiB stack, musl's 128 KiB
 * threads, or recursion the call graph cannot see (a callback through a
 * function pointer calling back into its caller) turn a compile-time
 * decision "this 60,000-byte buffer fits the frame" into a stack overflow
 * the heap version never had.  A site above stack-check-above bytes
 * therefore gets its slot only when the running thread's stack has room:
 *
 *   h2s.entry:  <the function's static allocas>
 *               lim = load thread_local __heap2stack_stack_limit
 *               br lim == 0, h2s.init, h2s.room  ; once per thread, and after a reset
 *   h2s.init..h2s.cache: lim' = the query below, cached (all ones, not
 *               cached, on an alternate signal stack); br h2s.room
 *   h2s.room:   sp = llvm.stacksave(); high = load thread_local ...stack_high
 *               ok = sp > lim && sp <= high && sp - lim > N ; unsigned
 *               br ok, h2s.stack, h2s.checked
 *   h2s.stack:  s = alloca [N x i8], align A             ; a dynamic alloca:
 *               br h2s.checked                           ; stack used only here
 *   h2s.checked: slot = phi [s, h2s.stack], [null, h2s.room]
 *               br <the old entry block>
 *
 * rewrite.c then uses the slot when it is not null and the allocation call
 * otherwise, like its guarded rewrite of a run-time size.  The slot is a
 * dynamic alloca, made once per call of the function (in its entry, never
 * in a loop), released when the function returns; a static slot would be
 * part of the frame whatever the check said.
 *
 * The first check on a thread asks the C library for the thread's stack
 * (pthread_getattr_np, pthread_attr_getstack, in blocks of the function
 * itself: a CGSCC pass may not add functions) and caches in a thread_local
 * the lowest address a slot may reach: the stack's low end plus a reserve
 * of half the stack (at least 32 KiB), so heap2stack never takes the lower
 * half of any stack for its slots, and the program's own frames keep at
 * least that much below the deepest slot; and the stack's top, so that
 * code running on another stack (a signal's alternate stack, a fiber's or
 * coroutine's stack made with makecontext) uses the heap.  Where the library has no
 * pthread_getattr_np (every C library function is declared extern_weak, so
 * nothing new needs to be linked; a static link without it), or the query
 * fails, the limit is all ones and every checked site uses the heap.  The
 * cache and the query's scratch are linkonce_odr hidden thread_locals: one
 * copy per linked object, and no library for the user to link.  The stack
 * is assumed to grow down, as on every target clang builds C for; Windows
 * and GPU or wasm targets do not get the rewrite (h2s_stack_check_unavailable).
 *
 * Stacks inside the thread's stack.  The range test cannot tell the
 * thread's stack from another stack that lies inside it: an automatic
 * array made the alternate signal stack or a makecontext fiber's stack
 * (audit4: a handler's 10,000-byte slot on a 12 KiB alternate stack in
 * main's frame wrote 1 KiB below it).  Stacks outside it (malloc, mmap: the
 * usual) fail the range test and need nothing more.  So the query asks
 * sigaltstack(NULL, &ss) first (async-signal-safe, before anything else):
 * on the alternate stack (SS_ONSTACK) the call uses the heap and nothing
 * is cached, so the next check asks again; an alternate stack that meets
 * [low, high), or a recorded stack (below) that does, caches all ones:
 * every check of that thread uses the heap.  The fast path is unchanged.
 *
 * Resets.  The cache goes stale when the program changes what it
 * describes.  h2s_reset_stack_cache_at_calls, run on every function of
 * every module (allocations or not, heap2stack_off and optnone too),
 * stores 0 to the limit after each direct call of sigaltstack, setrlimit,
 * setrlimit64, prlimit or prlimit64 (a lower RLIMIT_STACK shrinks the main
 * thread's stack: audit4 died 300 levels into a recursion after
 * setrlimit; glibc's pthread_getattr_np reads the current limit, so the
 * next query sees it), and makecontext.  The stacks sigaltstack and
 * makecontext set up are read before the call (ss, ucp->uc_stack) and
 * added to a thread_local union, [foreign_low, foreign_high), which is
 * never shrunk, and the cache is reset before such a call too, so that a
 * signal handler whose check runs between the call and the reset after it
 * finds the new stack recorded.  swapcontext and setcontext need none: the
 * cache describes the thread, and the range test runs at every check.
 * Where a libc layout is not known (libc_layout_of) a recorded stack is
 * the whole address space, and a query that cannot read stack_t has no
 * answer: the heap.
 *
 * What this does not see, stated plainly (doc/design.md repeats it):
 *   - a stack inside the thread's stack set up after the thread's last
 *     query by code not compiled with the plugin, by another linked object
 *     (each executable or shared library has its own cache, which only its
 *     own calls reset), through a function pointer or syscall(2): a check
 *     running on it may take a slot that does not fit.  A query made after
 *     it sees an alternate stack (sigaltstack), not a fiber's stack;
 *   - an alternate stack set up with SS_AUTODISARM and not recorded: while
 *     a handler runs on it the kernel reports it disabled, so a query made
 *     in that handler cannot tell;
 *   - a context made on one thread with a stack inside another thread's
 *     stack and run on that other thread;
 *   - RLIMIT_STACK lowered by another thread, another linked object, code
 *     not compiled with the plugin or another process (prlimit(1)), or
 *     between setrlimit's return and the reset by a signal handler: the
 *     main thread keeps the larger bound until its cache is reset.  Closing
 *     this would need a process-wide generation read on the fast path, or
 *     a system call; neither is paid.  Raising the limit is harmless.
 */
#include "stack_check.h"
#include "alloc_sites.h"
#include "remarks.h"
#include "rewrite.h"
#include "valueset.h"

#include <heap2stack/host.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIMIT_NAME "__heap2stack_stack_limit"
#define HIGH_NAME "__heap2stack_stack_high"
#define QUERY_NAME "__heap2stack_stack_query"
#define FOREIGN_LOW_NAME "__heap2stack_stack_foreign_low"
#define FOREIGN_HIGH_NAME "__heap2stack_stack_foreign_high"
#define MIN_RESERVE 32768u             /* bytes below the deepest slot, at least */
#define ATTR_BYTES 128u                /* a pthread_attr_t (56 or 64 bytes today) */
#define QUERY_BYTES (ATTR_BYTES + 16u) /* then the stack's address and size */
#define SS_ONSTACK 1u                  /* a stack_t's ss_flags: on the alternate stack */
#define RESET_KIND "heap2stack.cache_reset" /* on a call followed by a reset */


static LLVMTypeRef intptr_type(LLVMModuleRef module) {
  return LLVMIntPtrTypeInContext(LLVMGetModuleContext(module), LLVMGetModuleDataLayout(module));
}

/* Is this module-level name free for the cache, or already the cache? */
static bool usable_global(LLVMModuleRef module, const char *name, LLVMTypeRef type) {
  LLVMValueRef g = LLVMGetNamedGlobal(module, name);
  return !g || (LLVMIsThreadLocal(g) && LLVMGlobalGetValueType(g) == type);
}

static bool is_intrinsic_call(LLVMValueRef inst, const char *prefix) {
  if (!LLVMIsACallInst(inst))
    return false;
  LLVMValueRef callee = LLVMGetCalledValue(inst);
  if (!callee || !LLVMIsAFunction(callee) || !LLVMGetIntrinsicID(callee))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(callee, &len);
  return !strncmp(name, prefix, strlen(prefix));
}

/* Why no function of the module can get the stack check (its target, or a
   global of its own under the cache's names), or NULL. */
static const char *module_unavailable(LLVMModuleRef module) {
  const char *triple = LLVMGetTarget(module);
  if (triple && (strstr(triple, "windows") || strstr(triple, "win32") ||
                 strstr(triple, "mingw") || strstr(triple, "cygwin")))
    return "Windows has no pthread_getattr_np for the stack check";
  if (triple && (strstr(triple, "apple") || strstr(triple, "darwin") || strstr(triple, "macos") ||
                 strstr(triple, "ios")))
    return "Apple's C library has no pthread_getattr_np for the stack check";
  if (triple && (strstr(triple, "wasm") || strstr(triple, "nvptx") || strstr(triple, "amdgcn") ||
                 strstr(triple, "spir")))
    return "the target has no thread stacks the check can query";
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  if (!usable_global(module, LIMIT_NAME, word) || !usable_global(module, HIGH_NAME, word) ||
      !usable_global(module, FOREIGN_LOW_NAME, word) ||
      !usable_global(module, FOREIGN_HIGH_NAME, word) ||
      !usable_global(module, QUERY_NAME, LLVMArrayType2(LLVMInt8TypeInContext(ctx), QUERY_BYTES)))
    return "the module defines a __heap2stack_stack_* global of its own";
  return NULL;
}

const char *h2s_stack_check_unavailable(LLVMValueRef fn) {
  const char *why = module_unavailable(LLVMGetGlobalParent(fn));
  if (why)
    return why;
  /* The check gives fn a new entry block, into which only the static
     allocas move: llvm.localescape, which must stay in the entry block,
     rules it out.  (inalloca argument areas exist only on 32-bit Windows,
     excluded above.) */
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
  for (LLVMValueRef i = LLVMGetFirstInstruction(entry); i; i = LLVMGetNextInstruction(i))
    if (is_intrinsic_call(i, "llvm.localescape"))
      return "the function uses llvm.localescape";
  return NULL;
}

/* The C library functions heap2stack declares cannot unwind: calls of
   them need no landing pad (h2s_demote_slot). */
static void add_nounwind(LLVMValueRef fn) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  unsigned kind = LLVMGetEnumAttributeKindForName("nounwind", 8);
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
}

/* A weak declaration of a C library function, or the module's own. */
static LLVMValueRef weak_function(LLVMModuleRef module, const char *name, LLVMTypeRef type) {
  LLVMValueRef fn = LLVMGetNamedFunction(module, name);
  if (fn)
    return fn;
  fn = LLVMAddFunction(module, name, type);
  LLVMSetLinkage(fn, LLVMExternalWeakLinkage);
  add_nounwind(fn);
  return fn;
}


/* A linkonce_odr hidden thread_local word, `ones` or 0 at first. */
static LLVMValueRef tls_word(LLVMModuleRef module, const char *name, bool ones) {
  LLVMValueRef g = LLVMGetNamedGlobal(module, name);
  if (g)
    return g;
  LLVMTypeRef word = intptr_type(module);
  g = LLVMAddGlobal(module, word, name);
  LLVMSetInitializer(g, ones ? LLVMConstAllOnes(word) : LLVMConstInt(word, 0, 0));
  LLVMSetThreadLocal(g, 1);
  LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
  LLVMSetVisibility(g, LLVMHiddenVisibility);
  LLVMSetAlignment(g, LLVMABIAlignmentOfType(LLVMGetModuleDataLayout(module), word));
  return g;
}

/* A thread_local word of the cache, 0 until the thread's first check (and
   after each reset): LIMIT_NAME the lowest address a slot may reach,
   HIGH_NAME the top of the thread's stack. */
static LLVMValueRef cache_word(LLVMModuleRef module, const char *name) {
  return tls_word(module, name, false);
}

/* The thread_local union of the stacks this thread has set up for code
   to run on (sigaltstack, makecontext) since it started: the lowest start
   (all ones while there is none) and the highest end (0). */
static LLVMValueRef foreign_low(LLVMModuleRef module) {
  return tls_word(module, FOREIGN_LOW_NAME, true);
}
static LLVMValueRef foreign_high(LLVMModuleRef module) {
  return tls_word(module, FOREIGN_HIGH_NAME, false);
}

/*
 * Where the target's C library keeps a stack_t's fields (ss_sp is the
 * first everywhere) and a ucontext_t's uc_stack, in bytes, and its
 * SS_DISABLE.  Linux: { ss_sp; int ss_flags; size_t ss_size } (MIPS:
 * ss_size before ss_flags), uc_stack after uc_flags and uc_link, for
 * glibc, musl and bionic alike; the BSDs and Solaris: { ss_sp; ss_size;
 * ss_flags }, ucontext_t differing by architecture.  A field not known
 * here is not read: the query then has no answer (heap), and a stack that
 * cannot be read is taken to be anywhere.
 */
struct libc_layout {
  bool stack_known;      /* ss_flags, ss_size */
  unsigned ss_flags, ss_size;
  bool disable_known;    /* ss_disable */
  unsigned ss_disable;
  bool ucontext_known;   /* uc_stack */
  unsigned uc_stack;
};

static struct libc_layout libc_layout_of(LLVMModuleRef module) {
  struct libc_layout l = {0};
  const char *triple = LLVMGetTarget(module);
  unsigned ptr = LLVMPointerSize(LLVMGetModuleDataLayout(module));
  if (!triple)
    return l;
  bool linux_abi = strstr(triple, "linux") != NULL;
  bool bsd_abi = strstr(triple, "freebsd") || strstr(triple, "netbsd") ||
                 strstr(triple, "openbsd") || strstr(triple, "dragonfly") ||
                 strstr(triple, "solaris") || strstr(triple, "illumos");
  bool size_first = bsd_abi || (linux_abi && strstr(triple, "mips"));
  if (!linux_abi && !bsd_abi)
    return l;
  l.stack_known = true;
  l.ss_flags = size_first ? 2 * ptr : ptr;
  l.ss_size = size_first ? ptr : 2 * ptr;
  if (linux_abi) {
    l.disable_known = true;
    l.ss_disable = 2;
    l.ucontext_known = true;
    l.uc_stack = 2 * ptr;
  }
  return l;
}

static LLVMValueRef tls_address(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef g) {
  LLVMTypeRef ptr = LLVMTypeOf(g);
  unsigned id = LLVMLookupIntrinsicID("llvm.threadlocal.address", 24);
  LLVMValueRef decl = LLVMGetIntrinsicDeclaration(module, id, &ptr, 1);
  LLVMTypeRef type = LLVMIntrinsicGetType(LLVMGetModuleContext(module), id, &ptr, 1);
  return LLVMBuildCall2(b, type, decl, &g, 1, "");
}

/* The thread_local scratch the query writes: a pthread_attr_t, its stack's
   address and size. */
static LLVMValueRef query_scratch(LLVMModuleRef module) {
  LLVMValueRef g = LLVMGetNamedGlobal(module, QUERY_NAME);
  if (g)
    return g;
  LLVMTypeRef type = LLVMArrayType2(LLVMInt8TypeInContext(LLVMGetModuleContext(module)),
                                    QUERY_BYTES);
  g = LLVMAddGlobal(module, type, QUERY_NAME);
  LLVMSetInitializer(g, LLVMConstNull(type));
  LLVMSetThreadLocal(g, 1);
  LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
  LLVMSetVisibility(g, LLVMHiddenVisibility);
  LLVMSetAlignment(g, 16);
  return g;
}

static LLVMValueRef byte_offset(LLVMBuilderRef b, LLVMContextRef ctx, LLVMValueRef base,
                                unsigned offset) {
  LLVMValueRef index = LLVMConstInt(LLVMInt64TypeInContext(ctx), offset, 0);
  return LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(ctx), base, &index, 1, "");
}

/* Marks a call the cache need not be reset after (or already is). */
static void mark_no_reset(LLVMContextRef ctx, LLVMValueRef call) {
  LLVMSetMetadata(call, LLVMGetMDKindIDInContext(ctx, RESET_KIND, strlen(RESET_KIND)),
                  LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, NULL, 0)));
}

/* Does [lo, hi) meet [low, high)?  (Unsigned; an empty range meets none.) */
static LLVMValueRef ranges_meet(LLVMBuilderRef b, LLVMValueRef lo, LLVMValueRef hi,
                                LLVMValueRef low, LLVMValueRef high, const char *name) {
  LLVMValueRef starts_below = LLVMBuildICmp(b, LLVMIntULT, lo, high, "");
  LLVMValueRef ends_above = LLVMBuildICmp(b, LLVMIntUGT, hi, low, "");
  return LLVMBuildAnd(b, starts_below, ends_above, name);
}

/* lo + size, or all ones if that wraps around. */
static LLVMValueRef range_end(LLVMBuilderRef b, LLVMValueRef lo, LLVMValueRef size) {
  LLVMValueRef end = LLVMBuildAdd(b, lo, size, "");
  LLVMValueRef wrapped = LLVMBuildICmp(b, LLVMIntULT, end, lo, "");
  return LLVMBuildSelect(b, wrapped, LLVMConstAllOnes(LLVMTypeOf(lo)), end, "");
}

/* Where the query's blocks go on to h2s.room. */
struct query_exits {
  LLVMBasicBlockRef cached;   /* h2s.cache, bringing `limit`, just stored */
  LLVMValueRef limit;
  LLVMBasicBlockRef uncached; /* on the alternate stack: all ones, not stored (or NULL) */
};

/*
 * The blocks that ask the C library about the current thread's stacks
 * (run once per thread, and again after a reset: the answer is cached) and
 * branch to `room` with the lowest address a slot may reach, all ones when
 * the stack cannot be queried or a slot must not be made on it:
 *
 *   h2s.init:     br <all the functions linked>, h2s.altstack, h2s.cache
 *   h2s.altstack: sigaltstack(NULL, &ss); br ok, h2s.altstack.got, h2s.cache
 *   h2s.altstack.got: br ss_flags & SS_ONSTACK, h2s.room (not cached), h2s.query
 *   h2s.query, h2s.got: pthread_getattr_np, pthread_attr_getstack
 *   h2s.known:    limit = low + reserve; all ones if the alternate stack
 *                 or a stack recorded by a reset (foreign_low/high) meets
 *                 [low, high)
 *   h2s.cache:    store limit, high; br h2s.room
 *
 * sigaltstack comes first: it is async-signal-safe, and on the alternate
 * stack (a signal handler) the thread's stack is not asked for at all.
 */
static void build_query(LLVMModuleRef module, LLVMBuilderRef b, LLVMBasicBlockRef init,
                        LLVMBasicBlockRef room, LLVMValueRef cache, struct query_exits *out) {
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  LLVMValueRef ones = LLVMConstAllOnes(word);
  LLVMValueRef zero = LLVMConstInt(word, 0, 0);
  struct libc_layout layout = libc_layout_of(module);
  LLVMBasicBlockRef store = LLVMInsertBasicBlockInContext(ctx, room, "h2s.cache");
  LLVMValueRef limits[5], highs[5];
  LLVMBasicBlockRef from[5];
  unsigned n = 0;
  out->uncached = NULL;

  if (!layout.stack_known) {
    /* sigaltstack's answer cannot be read: no answer, the heap. */
    LLVMPositionBuilderAtEnd(b, init);
    LLVMBuildBr(b, store);
    limits[n] = ones, highs[n] = zero, from[n++] = init;
  } else {
    LLVMBasicBlockRef alt = LLVMInsertBasicBlockInContext(ctx, store, "h2s.altstack");
    LLVMBasicBlockRef alt_got = LLVMInsertBasicBlockInContext(ctx, store, "h2s.altstack.got");
    LLVMBasicBlockRef query = LLVMInsertBasicBlockInContext(ctx, store, "h2s.query");
    LLVMBasicBlockRef got = LLVMInsertBasicBlockInContext(ctx, store, "h2s.got");
    LLVMBasicBlockRef known = LLVMInsertBasicBlockInContext(ctx, store, "h2s.known");

    LLVMTypeRef self_type = LLVMFunctionType(word, NULL, 0, 0);
    LLVMTypeRef getattr_params[] = {word, ptr};
    LLVMTypeRef getattr_type = LLVMFunctionType(i32, getattr_params, 2, 0);
    LLVMTypeRef getstack_params[] = {ptr, ptr, ptr};
    LLVMTypeRef getstack_type = LLVMFunctionType(i32, getstack_params, 3, 0);
    LLVMTypeRef destroy_type = LLVMFunctionType(i32, &ptr, 1, 0);
    LLVMTypeRef altstack_params[] = {ptr, ptr};
    LLVMTypeRef altstack_type = LLVMFunctionType(i32, altstack_params, 2, 0);
    LLVMValueRef self = weak_function(module, "pthread_self", self_type);
    LLVMValueRef getattr = weak_function(module, "pthread_getattr_np", getattr_type);
    LLVMValueRef getstack = weak_function(module, "pthread_attr_getstack", getstack_type);
    LLVMValueRef destroy = weak_function(module, "pthread_attr_destroy", destroy_type);
    LLVMValueRef altstack = weak_function(module, "sigaltstack", altstack_type);

    LLVMPositionBuilderAtEnd(b, init);
    LLVMValueRef have = LLVMBuildIsNotNull(b, self, "");
    LLVMValueRef fns[] = {getattr, getstack, destroy, altstack};
    for (unsigned i = 0; i < 4; i++)
      have = LLVMBuildAnd(b, have, LLVMBuildIsNotNull(b, fns[i], ""), "");
    LLVMBuildCondBr(b, have, alt, store);
    limits[n] = ones, highs[n] = zero, from[n++] = init;

    /* The alternate signal stack: the scratch's attr bytes hold the
       stack_t until pthread_getattr_np writes there. */
    LLVMPositionBuilderAtEnd(b, alt);
    LLVMValueRef scratch = tls_address(module, b, query_scratch(module));
    LLVMValueRef altstack_args[] = {LLVMConstNull(ptr), scratch};
    LLVMValueRef rc0 = LLVMBuildCall2(b, altstack_type, altstack, altstack_args, 2, "");
    mark_no_reset(ctx, rc0); /* it only asks */
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, rc0, LLVMConstInt(i32, 0, 0), ""), alt_got,
                    store);
    limits[n] = ones, highs[n] = zero, from[n++] = alt;

    LLVMPositionBuilderAtEnd(b, alt_got);
    LLVMValueRef ss_sp = LLVMBuildPtrToInt(b, LLVMBuildLoad2(b, ptr, scratch, ""), word,
                                           "h2s.altstack.sp");
    LLVMValueRef ss_flags =
        LLVMBuildLoad2(b, i32, byte_offset(b, ctx, scratch, layout.ss_flags), "h2s.altstack.flags");
    LLVMValueRef ss_size =
        LLVMBuildLoad2(b, word, byte_offset(b, ctx, scratch, layout.ss_size), "h2s.altstack.size");
    LLVMValueRef on_alt = LLVMBuildICmp(
        b, LLVMIntNE, LLVMBuildAnd(b, ss_flags, LLVMConstInt(i32, SS_ONSTACK, 0), ""),
        LLVMConstInt(i32, 0, 0), "h2s.on.altstack");
    LLVMBuildCondBr(b, on_alt, room, query);
    out->uncached = alt_got;

    LLVMPositionBuilderAtEnd(b, query);
    LLVMValueRef me = LLVMBuildCall2(b, self_type, self, NULL, 0, "");
    LLVMValueRef getattr_args[] = {me, scratch};
    LLVMValueRef rc = LLVMBuildCall2(b, getattr_type, getattr, getattr_args, 2, "");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, rc, LLVMConstInt(i32, 0, 0), ""), got, store);
    limits[n] = ones, highs[n] = zero, from[n++] = query;

    LLVMPositionBuilderAtEnd(b, got);
    LLVMValueRef addr = byte_offset(b, ctx, scratch, ATTR_BYTES);
    LLVMValueRef size = byte_offset(b, ctx, scratch, ATTR_BYTES + 8);
    LLVMValueRef getstack_args[] = {scratch, addr, size};
    LLVMValueRef rc2 = LLVMBuildCall2(b, getstack_type, getstack, getstack_args, 3, "");
    LLVMBuildCall2(b, destroy_type, destroy, &scratch, 1, "");
    LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, rc2, LLVMConstInt(i32, 0, 0), ""), known,
                    store);
    limits[n] = ones, highs[n] = zero, from[n++] = got;

    LLVMPositionBuilderAtEnd(b, known);
    LLVMValueRef low =
        LLVMBuildPtrToInt(b, LLVMBuildLoad2(b, ptr, addr, ""), word, "h2s.stack.low");
    LLVMValueRef bytes = LLVMBuildLoad2(b, word, size, "h2s.stack.size");
    LLVMValueRef half = LLVMBuildLShr(b, bytes, LLVMConstInt(word, 1, 0), "");
    LLVMValueRef min = LLVMConstInt(word, MIN_RESERVE, 0);
    LLVMValueRef reserve =
        LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntUGT, half, min, ""), half, min, "h2s.reserve");
    LLVMValueRef limit = LLVMBuildAdd(b, low, reserve, "");
    LLVMValueRef high = LLVMBuildAdd(b, low, bytes, "h2s.stack.high");
    /* Wrapped around (a stack at the top of the address space): no room. */
    LLVMValueRef wrapped = LLVMBuildOr(b, LLVMBuildICmp(b, LLVMIntULT, limit, low, ""),
                                       LLVMBuildICmp(b, LLVMIntULT, high, low, ""), "");
    /* Another stack inside this one (an automatic array made the alternate
       stack or a fiber's stack): code on it would pass the range test, so
       this thread's checks all use the heap. */
    LLVMValueRef alt_inside = ranges_meet(b, ss_sp, range_end(b, ss_sp, ss_size), low, high,
                                          "h2s.altstack.inside");
    LLVMValueRef f_low =
        LLVMBuildLoad2(b, word, tls_address(module, b, foreign_low(module)), "h2s.foreign.low");
    LLVMValueRef f_high =
        LLVMBuildLoad2(b, word, tls_address(module, b, foreign_high(module)), "h2s.foreign.high");
    LLVMValueRef foreign_inside = ranges_meet(b, f_low, f_high, low, high, "h2s.foreign.inside");
    LLVMValueRef no_slots =
        LLVMBuildOr(b, wrapped, LLVMBuildOr(b, alt_inside, foreign_inside, ""), "h2s.no.slots");
    limit = LLVMBuildSelect(b, no_slots, ones, limit, "");
    LLVMBuildBr(b, store);
    limits[n] = limit, highs[n] = high, from[n++] = known;
  }

  LLVMPositionBuilderAtEnd(b, store);
  LLVMValueRef result = LLVMBuildPhi(b, word, "h2s.limit.new");
  LLVMAddIncoming(result, limits, from, n);
  LLVMValueRef top = LLVMBuildPhi(b, word, "h2s.high.new");
  LLVMAddIncoming(top, highs, from, n);
  LLVMBuildStore(b, result, tls_address(module, b, cache));
  LLVMBuildStore(b, top, tls_address(module, b, cache_word(module, HIGH_NAME)));
  LLVMBuildBr(b, room);
  out->cached = store;
  out->limit = result;
}

/* Marks a two-way branch as taken (true side) about once in `ratio`. */
static void mark_unlikely(LLVMContextRef ctx, LLVMValueRef branch, unsigned ratio) {
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMMetadataRef ops[] = {
      LLVMMDStringInContext2(ctx, "branch_weights", 14),
      LLVMValueAsMetadata(LLVMConstInt(i32, 1, 0)),
      LLVMValueAsMetadata(LLVMConstInt(i32, ratio, 0)),
  };
  unsigned kind = LLVMGetMDKindIDInContext(ctx, "prof", 4);
  LLVMSetMetadata(branch, kind, LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, ops, 3)));
}

/*
 * Moves the entry block's constant-size allocas into `to`, so that they
 * stay static allocas once `to` becomes the function's entry.
 */
/* So that a later run counts the slot as moved, not as a local. */
static void mark_checked(LLVMContextRef ctx, LLVMValueRef slot) {
  LLVMSetMetadata(slot, h2s_checked_slot_kind(ctx),
                  LLVMMetadataAsValue(ctx, LLVMMDNodeInContext2(ctx, NULL, 0)));
}

static void move_static_allocas(LLVMBuilderRef b, LLVMBasicBlockRef from, LLVMBasicBlockRef to) {
  LLVMPositionBuilderAtEnd(b, to);
  for (LLVMValueRef i = LLVMGetFirstInstruction(from), next; i; i = next) {
    next = LLVMGetNextInstruction(i);
    if (!LLVMIsAAllocaInst(i) || !LLVMIsAConstantInt(LLVMGetOperand(i, 0)))
      continue;
    size_t len;
    const char *name = LLVMGetValueName2(i, &len);
    char saved[256];
    snprintf(saved, sizeof saved, "%.*s", (int)(len < 255 ? len : 255), name);
    LLVMInstructionRemoveFromParent(i);
    LLVMInsertIntoBuilderWithName(b, i, saved);
  }
}

/* The blocks of a checked entry, made by build_checked_entry. */
struct checked_entry {
  LLVMBasicBlockRef room;    /* ends in `br has_room, stack, <no room>` */
  LLVMBasicBlockRef stack;   /* the dynamic alloca */
  LLVMBasicBlockRef checked; /* the merge, then a branch to the old entry */
  LLVMValueRef has_room, slot;
};

/*
 * Gives fn a new entry block (holding its static allocas) that checks
 * whether the thread's stack has room for `bytes` more above the reserve,
 * and a block `stack` making the dynamic alloca, which branches to
 * `checked`; `checked` branches to the old entry.  The caller ends `room`
 * (on has_room, to `stack` or elsewhere) and adds the phis to `checked`.
 */
static void build_checked_entry(LLVMBuilderRef b, LLVMValueRef fn, uint64_t bytes, uint64_t align,
                                LLVMMetadataRef loc, struct checked_entry *e) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMValueRef cache = cache_word(module, LIMIT_NAME);

  LLVMBasicBlockRef old_entry = LLVMGetEntryBasicBlock(fn);
  LLVMBasicBlockRef entry = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.entry");
  LLVMBasicBlockRef init = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.init");
  e->room = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.room");
  e->stack = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.stack");
  e->checked = LLVMInsertBasicBlockInContext(ctx, old_entry, "h2s.checked");
  move_static_allocas(b, old_entry, entry);

  LLVMPositionBuilderAtEnd(b, entry);
  LLVMSetCurrentDebugLocation2(b, loc);
  LLVMValueRef cached = LLVMBuildLoad2(b, word, tls_address(module, b, cache), "h2s.limit");
  LLVMValueRef first = LLVMBuildICmp(b, LLVMIntEQ, cached, LLVMConstInt(word, 0, 0), "");
  mark_unlikely(ctx, LLVMBuildCondBr(b, first, init, e->room), 1u << 20);

  struct query_exits q;
  build_query(module, b, init, e->room, cache, &q);

  LLVMPositionBuilderAtEnd(b, e->room);
  LLVMValueRef limit = LLVMBuildPhi(b, word, "h2s.limit.now");
  LLVMValueRef values[] = {cached, q.limit, LLVMConstAllOnes(word)};
  LLVMBasicBlockRef from[] = {entry, q.cached, q.uncached};
  LLVMAddIncoming(limit, values, from, q.uncached ? 3 : 2);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  unsigned save_id = LLVMLookupIntrinsicID("llvm.stacksave", 14);
  LLVMValueRef save = LLVMGetIntrinsicDeclaration(module, save_id, &ptr, 1);
  LLVMTypeRef save_type = LLVMIntrinsicGetType(ctx, save_id, &ptr, 1);
  LLVMValueRef sp = LLVMBuildPtrToInt(
      b, LLVMBuildCall2(b, save_type, save, NULL, 0, "h2s.sp"), word, "h2s.sp.int");
  /* On the thread's own stack (not a sigaltstack or a fiber's stack, for
     which the cache says nothing), above the reserve, with room for it. */
  LLVMValueRef high =
      LLVMBuildLoad2(b, word, tls_address(module, b, cache_word(module, HIGH_NAME)), "h2s.high");
  LLVMValueRef above = LLVMBuildICmp(b, LLVMIntUGT, sp, limit, "");
  LLVMValueRef below = LLVMBuildICmp(b, LLVMIntULE, sp, high, "");
  LLVMValueRef left = LLVMBuildSub(b, sp, limit, "h2s.left");
  LLVMValueRef enough = LLVMBuildICmp(b, LLVMIntUGT, left, LLVMConstInt(word, bytes, 0), "");
  e->has_room = LLVMBuildAnd(b, LLVMBuildAnd(b, above, below, "h2s.on.stack"), enough,
                             "h2s.has.room");

  LLVMPositionBuilderAtEnd(b, e->stack);
  e->slot =
      LLVMBuildAlloca(b, LLVMArrayType2(LLVMInt8TypeInContext(ctx), bytes), "h2s.checked.slot");
  LLVMSetAlignment(e->slot, (unsigned)align);
  mark_checked(ctx, e->slot);
  LLVMBuildBr(b, e->checked);
  LLVMPositionBuilderAtEnd(b, e->checked);
  LLVMBuildBr(b, old_entry);
}

LLVMValueRef h2s_build_checked_slot(LLVMValueRef fn, uint64_t bytes, uint64_t align,
                                    LLVMMetadataRef loc) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  struct checked_entry e;
  build_checked_entry(b, fn, bytes, align, loc, &e);
  LLVMPositionBuilderAtEnd(b, e.room);
  LLVMBuildCondBr(b, e.has_room, e.stack, e.checked);

  LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(e.checked));
  LLVMValueRef merged = LLVMBuildPhi(b, LLVMTypeOf(e.slot), "h2s.slot");
  LLVMValueRef slots[] = {e.slot, LLVMConstNull(LLVMTypeOf(e.slot))};
  LLVMBasicBlockRef slot_from[] = {e.stack, e.room};
  LLVMAddIncoming(merged, slots, slot_from, 2);
  LLVMDisposeBuilder(b);
  return merged;
}

/* The module's function `name`, or a new declaration of it; NULL if the name
   is taken by something that is not a function. */
static LLVMValueRef library_function(LLVMModuleRef module, const char *name, LLVMTypeRef type) {
  LLVMValueRef fn = LLVMGetNamedFunction(module, name);
  if (fn)
    return fn;
  if (LLVMGetNamedGlobal(module, name) || LLVMGetNamedGlobalAlias(module, name, strlen(name)))
    return NULL;
  fn = LLVMAddFunction(module, name, type);
  add_nounwind(fn);
  return fn;
}

static bool is_lifetime_marker(LLVMValueRef inst, const struct h2s_intrinsics *ids) {
  if (!LLVMIsACallInst(inst))
    return false;
  LLVMValueRef callee = LLVMGetCalledValue(inst);
  if (!callee || !LLVMIsAFunction(callee))
    return false;
  unsigned id = LLVMGetIntrinsicID(callee);
  return id && (id == ids->lifetime_start || id == ids->lifetime_end);
}

/*
 * The calls (not invokes) by which fn could be left by unwinding, which
 * would skip the frees at its exits: they will unwind to a cleanup landing
 * pad that frees the heap case.  None in a nounwind function.  A musttail
 * call is passed over: the heap case is freed before it (h2s_exit_point).
 * False if one of them cannot become an invoke (an intrinsic that may
 * unwind): the slot then stays as it is.
 */
static bool find_unwinding_calls(LLVMValueRef fn, struct h2s_values *calls) {
  if (h2s_has_fn_attr(fn, "nounwind"))
    return true;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      LLVMOpcode op = LLVMGetInstructionOpcode(i);
      /* Funclet EH (catchswitch, catchpad, cleanuppad: the Windows model,
         which IR may use on any target): a landingpad may not be mixed in,
         and a call inside a funclet must unwind where its funclet does. */
      if (op == LLVMCatchSwitch || op == LLVMCatchPad || op == LLVMCleanupPad)
        return false;
      if (!LLVMIsACallInst(i) || LLVMGetTailCallKind(i) == LLVMTailCallKindMustTail ||
          !h2s_host_call_may_unwind(i))
        continue;
      if (is_intrinsic_call(i, "llvm."))
        return false;
      h2s_values_push(calls, i);
    }
  return true;
}

/*
 * The personality of the cleanup landing pad: fn's own, else the one
 * another function of the module has (the inliner does not mix
 * personalities), else __gcc_personality_v0, the C runtime's, which runs
 * cleanups whatever the language of the exception (C's -fexceptions uses
 * it).  NULL if that name is taken by something that is not a function.
 */
static LLVMValueRef personality_of(LLVMValueRef fn) {
  LLVMValueRef personality = LLVMHasPersonalityFn(fn) ? LLVMGetPersonalityFn(fn) : NULL;
  return personality && !LLVMIsNull(personality) ? personality : NULL;
}

static LLVMValueRef cleanup_personality(LLVMValueRef fn) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  if (personality_of(fn))
    return personality_of(fn);
  for (LLVMValueRef f = LLVMGetFirstFunction(module); f; f = LLVMGetNextFunction(f))
    if (personality_of(f))
      return personality_of(f);
  const char *name = "__gcc_personality_v0";
  LLVMValueRef personality = LLVMGetNamedFunction(module, name);
  if (personality)
    return personality;
  if (LLVMGetNamedGlobal(module, name) || LLVMGetNamedGlobalAlias(module, name, strlen(name)))
    return NULL;
  LLVMTypeRef i32 = LLVMInt32TypeInContext(LLVMGetModuleContext(module));
  return LLVMAddFunction(module, name, LLVMFunctionType(i32, NULL, 0, 1));
}

/* The type of fn's landing pads: that of one it has, else { ptr, i32 }. */
static LLVMTypeRef landing_pad_type(LLVMValueRef fn) {
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      if (LLVMGetInstructionOpcode(i) == LLVMLandingPad)
        return LLVMTypeOf(i);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMTypeRef fields[] = {LLVMPointerTypeInContext(ctx, 0), LLVMInt32TypeInContext(ctx)};
  return LLVMStructTypeInContext(ctx, fields, 2, 0);
}

/*
 * `calls` now unwind to a new landing pad at the end of fn, a cleanup that
 * resumes: an exit of fn like its other resumes, so the heap case is freed
 * there too.
 */
static void unwind_through_cleanup(LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef personality,
                                   const struct h2s_values *calls) {
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
  LLVMTypeRef type = landing_pad_type(fn);
  LLVMSetPersonalityFn(fn, personality);
  LLVMBasicBlockRef pad = LLVMAppendBasicBlockInContext(ctx, fn, "h2s.unwind");
  LLVMPositionBuilderAtEnd(b, pad);
  LLVMSetCurrentDebugLocation2(b, NULL);
  LLVMValueRef lp = LLVMBuildLandingPad(b, type, personality, 0, "h2s.lp");
  LLVMSetCleanup(lp, 1);
  LLVMBuildResume(b, lp);
  for (size_t k = 0; k < calls->count; k++)
    h2s_host_call_to_invoke(calls->items[k], pad);
}

bool h2s_demote_slot(LLVMValueRef slot, const struct h2s_intrinsics *ids) {
  LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInstructionParent(slot));
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  uint64_t bytes;
  uint64_t align = LLVMGetAlignment(slot);
  if (!h2s_is_static_slot(slot, &bytes))
    return false;
  if (h2s_stack_check_unavailable(fn))
    return false;
  /* The heap case lives as long as the frame, as the slot did, and is freed
     on every way out of it: at the returns and resumes, and, for the calls
     that could unwind straight out of fn, in a cleanup landing pad they
     unwind to instead (longjmp out of a function still skips the frees: see
     the design essay).  Not at the slot's lifetime.end markers: a loop may
     start the slot's life again after one, and code may compute the slot's
     address before its life starts. */
  struct h2s_values unwinding = {0};
  if (!find_unwinding_calls(fn, &unwinding)) {
    h2s_values_free(&unwinding);
    return false;
  }

  /* Heap memory as aligned as the slot: malloc, or aligned_alloc with the
     size rounded up to the alignment. */
  bool aligned = align > h2s_malloc_alignment(module);
  LLVMTypeRef malloc_type = LLVMFunctionType(ptr, &word, 1, 0);
  LLVMTypeRef aligned_params[] = {word, word};
  LLVMTypeRef aligned_type = LLVMFunctionType(ptr, aligned_params, 2, 0);
  LLVMTypeRef free_type = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &ptr, 1, 0);
  LLVMValueRef alloc_fn = aligned ? library_function(module, "aligned_alloc", aligned_type)
                                  : library_function(module, "malloc", malloc_type);
  LLVMValueRef free_fn = library_function(module, "free", free_type);
  LLVMValueRef personality = unwinding.count ? cleanup_personality(fn) : NULL;
  if (!alloc_fn || !free_fn || (unwinding.count && !personality)) {
    h2s_values_free(&unwinding);
    return false;
  }

  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  struct checked_entry e;
  build_checked_entry(b, fn, bytes, align, NULL, &e);
  LLVMBasicBlockRef heap = LLVMInsertBasicBlockInContext(ctx, e.checked, "h2s.heap");
  LLVMBasicBlockRef last = LLVMInsertBasicBlockInContext(ctx, e.checked, "h2s.stack.anyway");
  LLVMPositionBuilderAtEnd(b, e.room);
  LLVMBuildCondBr(b, e.has_room, e.stack, heap);

  /* No room: the heap; and if even that fails, the stack as before. */
  LLVMPositionBuilderAtEnd(b, heap);
  LLVMValueRef heap_ptr;
  if (aligned) {
    uint64_t rounded = (bytes + align - 1) / align * align;
    LLVMValueRef args[] = {LLVMConstInt(word, align, 0), LLVMConstInt(word, rounded, 0)};
    heap_ptr = LLVMBuildCall2(b, aligned_type, alloc_fn, args, 2, "h2s.heap.slot");
  } else {
    LLVMValueRef size = LLVMConstInt(word, bytes, 0);
    heap_ptr = LLVMBuildCall2(b, malloc_type, alloc_fn, &size, 1, "h2s.heap.slot");
  }
  h2s_mark_guarded(heap_ptr); /* never decided again */
  LLVMBuildCondBr(b, LLVMBuildIsNull(b, heap_ptr, ""), last, e.checked);
  LLVMPositionBuilderAtEnd(b, last);
  LLVMValueRef anyway =
      LLVMBuildAlloca(b, LLVMArrayType2(LLVMInt8TypeInContext(ctx), bytes), "h2s.stack.slot");
  LLVMSetAlignment(anyway, (unsigned)align);
  mark_checked(ctx, anyway);
  LLVMBuildBr(b, e.checked);

  LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(e.checked));
  LLVMValueRef merged = LLVMBuildPhi(b, ptr, "h2s.slot");
  LLVMValueRef values[] = {e.slot, heap_ptr, anyway};
  LLVMBasicBlockRef from[] = {e.stack, heap, last};
  LLVMAddIncoming(merged, values, from, 3);
  LLVMValueRef owned = LLVMBuildPhi(b, ptr, "h2s.heap.owned");
  LLVMValueRef null = LLVMConstNull(ptr);
  LLVMValueRef owned_values[] = {null, heap_ptr, null};
  LLVMAddIncoming(owned, owned_values, from, 3);

  /* The old slot's lifetime markers go (they may only name an alloca); every
     other use now uses the merged pointer. */
  for (LLVMUseRef u = LLVMGetFirstUse(slot), next; u; u = next) {
    next = LLVMGetNextUse(u);
    LLVMValueRef user = LLVMGetUser(u);
    if (is_lifetime_marker(user, ids))
      LLVMInstructionEraseFromParent(user);
  }
  LLVMReplaceAllUsesWith(slot, merged);
  LLVMInstructionEraseFromParent(slot);

  if (unwinding.count)
    unwind_through_cleanup(b, fn, personality, &unwinding);
  h2s_values_free(&unwinding);

  /* The heap case is freed at every exit (free(NULL) for the others). */
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
    LLVMValueRef exit = h2s_exit_point(bb);
    if (!exit)
      continue;
    LLVMPositionBuilderBefore(b, exit);
    LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(exit));
    LLVMBuildCall2(b, free_type, free_fn, &owned, 1, "");
  }
  LLVMDisposeBuilder(b);
  return true;
}

/* What a call may change of what the stack check's cache describes. */
enum cache_change {
  CHANGES_NOTHING,
  CHANGES_ALTSTACK,  /* sigaltstack: the alternate signal stack */
  CHANGES_STACK_LIMIT, /* setrlimit, prlimit: RLIMIT_STACK, the main thread's stack */
  MAKES_CONTEXT,     /* makecontext: a stack that swapcontext will run code on */
};

/* Which change a direct call of `name` may make. */
static enum cache_change change_made_by(const char *name) {
  static const char *const limits[] = {"setrlimit", "setrlimit64", "prlimit", "prlimit64"};
  if (!strcmp(name, "sigaltstack"))
    return CHANGES_ALTSTACK;
  if (!strcmp(name, "makecontext"))
    return MAKES_CONTEXT;
  for (size_t i = 0; i < sizeof limits / sizeof *limits; i++)
    if (!strcmp(name, limits[i]))
      return CHANGES_STACK_LIMIT;
  return CHANGES_NOTHING;
}

/* Why the cache is reset after such a call, for the remark. */
static const char *why_reset(enum cache_change change) {
  switch (change) {
  case CHANGES_ALTSTACK:
    return "it may set up an alternate signal stack inside the thread's stack; the stack is recorded, and "
           "a thread with such a stack uses the heap for checked slots";
  case CHANGES_STACK_LIMIT:
    return "it may lower RLIMIT_STACK, which bounds the main thread's stack";
  case MAKES_CONTEXT:
    return "it makes a context whose stack may lie inside the thread's stack; the stack is "
           "recorded, and a thread with such a stack uses the heap for checked slots";
  case CHANGES_NOTHING:
    break;
  }
  return "";
}

/* `call`, when it is a direct call the cache must be reset after, not
   handled before; *name its callee. */
static enum cache_change call_needing_reset(LLVMValueRef call, unsigned reset_kind,
                                            const char **name) {
  if (!h2s_is_call(call) || LLVMIsACallBrInst(call) || LLVMGetMetadata(call, reset_kind))
    return CHANGES_NOTHING;
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (!callee || !LLVMIsAFunction(callee) || LLVMGetIntrinsicID(callee))
    return CHANGES_NOTHING;
  size_t len;
  *name = LLVMGetValueName2(callee, &len);
  return change_made_by(*name);
}

/* The stack a sigaltstack(ss, ...) or makecontext(ucp, ...) call sets up:
   [*lo, *hi), read before the call (sigaltstack(&ss, &ss) overwrites ss);
   empty (all ones, 0) when it sets up none (ss null or SS_DISABLE), the
   whole address space where the layout is not known. */
static void stack_set_up_by(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef call,
                            enum cache_change change, LLVMValueRef *lo, LLVMValueRef *hi) {
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  LLVMTypeRef word = intptr_type(module);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  struct libc_layout layout = libc_layout_of(module);
  LLVMValueRef arg = LLVMGetNumArgOperands(call) ? LLVMGetOperand(call, 0) : NULL;
  bool readable = arg && LLVMTypeOf(arg) == ptr && layout.stack_known &&
                  (change == CHANGES_ALTSTACK ? layout.disable_known : layout.ucontext_known);
  if (!readable) {
    *lo = LLVMConstInt(word, 0, 0);
    *hi = LLVMConstAllOnes(word);
    return;
  }
  LLVMValueRef stack = arg, given = NULL;
  if (change == CHANGES_ALTSTACK) {
    /* sigaltstack(NULL, &old) sets nothing: read the scratch instead. */
    given = LLVMBuildIsNotNull(b, arg, "");
    stack = LLVMBuildSelect(b, given, arg, tls_address(module, b, query_scratch(module)), "");
  } else {
    stack = byte_offset(b, ctx, arg, layout.uc_stack);
  }
  LLVMValueRef sp = LLVMBuildPtrToInt(b, LLVMBuildLoad2(b, ptr, stack, ""), word, "h2s.set.sp");
  LLVMValueRef size = LLVMBuildLoad2(b, word, byte_offset(b, ctx, stack, layout.ss_size),
                                     "h2s.set.size");
  LLVMValueRef end = range_end(b, sp, size);
  if (change == CHANGES_ALTSTACK) {
    LLVMValueRef flags = LLVMBuildLoad2(b, i32, byte_offset(b, ctx, stack, layout.ss_flags), "");
    LLVMValueRef disable = LLVMBuildAnd(b, flags, LLVMConstInt(i32, layout.ss_disable, 0), "");
    LLVMValueRef sets = LLVMBuildAnd(
        b, given, LLVMBuildICmp(b, LLVMIntEQ, disable, LLVMConstInt(i32, 0, 0), ""), "h2s.sets");
    sp = LLVMBuildSelect(b, sets, sp, LLVMConstAllOnes(word), "");
    end = LLVMBuildSelect(b, sets, end, LLVMConstInt(word, 0, 0), "");
  }
  *lo = sp;
  *hi = end;
}

/* Adds [lo, hi) to the thread's union of foreign stacks. */
static void record_foreign_stack(LLVMModuleRef module, LLVMBuilderRef b, LLVMValueRef lo,
                                 LLVMValueRef hi) {
  LLVMTypeRef word = intptr_type(module);
  LLVMValueRef low_at = tls_address(module, b, foreign_low(module));
  LLVMValueRef low = LLVMBuildLoad2(b, word, low_at, "");
  LLVMBuildStore(b, LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntULT, lo, low, ""), lo, low, ""),
                 low_at);
  LLVMValueRef high_at = tls_address(module, b, foreign_high(module));
  LLVMValueRef high = LLVMBuildLoad2(b, word, high_at, "");
  LLVMBuildStore(b, LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntUGT, hi, high, ""), hi, high, ""),
                 high_at);
}

/* Stores 0 to the thread's cached limit: the next check asks again. */
static void reset_cache(LLVMModuleRef module, LLVMBuilderRef b) {
  LLVMValueRef at = tls_address(module, b, cache_word(module, LIMIT_NAME));
  LLVMBuildStore(b, LLVMConstInt(intptr_type(module), 0, 0), at);
}

/*
 * Positions b where an invoke's normal return continues: a new block on
 * that edge (its phis now name the new block), which branches on.
 */
static void position_after_invoke(LLVMContextRef ctx, LLVMBuilderRef b, LLVMValueRef invoke) {
  LLVMBasicBlockRef from = LLVMGetInstructionParent(invoke);
  LLVMBasicBlockRef to = LLVMGetNormalDest(invoke);
  LLVMBasicBlockRef edge = LLVMInsertBasicBlockInContext(ctx, to, "h2s.reset");
  LLVMSetNormalDest(invoke, edge);
  for (LLVMValueRef phi = LLVMGetFirstInstruction(to), next; phi && LLVMIsAPHINode(phi);
       phi = next) {
    next = LLVMGetNextInstruction(phi);
    unsigned count = LLVMCountIncoming(phi);
    LLVMValueRef *values = h2s_xcalloc(count, sizeof *values);
    LLVMBasicBlockRef *blocks = h2s_xcalloc(count, sizeof *blocks);
    for (unsigned k = 0; k < count; k++) {
      values[k] = LLVMGetIncomingValue(phi, k);
      blocks[k] = LLVMGetIncomingBlock(phi, k);
      if (blocks[k] == from)
        blocks[k] = edge;
    }
    LLVMPositionBuilderBefore(b, phi);
    size_t len;
    const char *name = LLVMGetValueName2(phi, &len);
    char saved[256];
    snprintf(saved, sizeof saved, "%.*s", (int)(len < 255 ? len : 255), name);
    LLVMSetValueName2(phi, "", 0);
    LLVMValueRef copy = LLVMBuildPhi(b, LLVMTypeOf(phi), saved);
    LLVMAddIncoming(copy, values, blocks, count);
    LLVMReplaceAllUsesWith(phi, copy);
    LLVMInstructionEraseFromParent(phi);
    free(values);
    free(blocks);
  }
  LLVMPositionBuilderAtEnd(b, edge);
  LLVMBuildBr(b, to);
  LLVMPositionBuilderBefore(b, LLVMGetBasicBlockTerminator(edge));
}

bool h2s_reset_stack_cache_at_calls(struct h2s_host *host, LLVMValueRef fn) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  if (LLVMIsDeclaration(fn) || module_unavailable(module))
    return false;
  LLVMContextRef ctx = LLVMGetModuleContext(module);
  unsigned reset_kind = LLVMGetMDKindIDInContext(ctx, RESET_KIND, strlen(RESET_KIND));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  bool changed = false;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      const char *name = NULL;
      enum cache_change change = call_needing_reset(i, reset_kind, &name);
      if (change == CHANGES_NOTHING)
        continue;
      h2s_remark_stack_cache_reset(host, i, name, why_reset(change));
      mark_no_reset(ctx, i);
      LLVMPositionBuilderBefore(b, i);
      LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(i));
      if (change != CHANGES_STACK_LIMIT) {
        /* Recorded first, and reset before the call too: a signal handler
           that runs its first check between the call and the reset after
           it then finds the new stack recorded. */
        LLVMValueRef lo, hi;
        stack_set_up_by(module, b, i, change, &lo, &hi);
        record_foreign_stack(module, b, lo, hi);
        reset_cache(module, b);
      }
      if (LLVMIsAInvokeInst(i))
        position_after_invoke(ctx, b, i);
      else
        LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(i));
      LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(i));
      reset_cache(module, b);
      changed = true;
    }
  LLVMDisposeBuilder(b);
  return changed;
}
