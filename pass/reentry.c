/*
 * reentry.c - where re-entry through code heap2stack cannot see is decided.
 *
 * A function in a call cycle moves nothing above max-recursive-size: each
 * level of the recursion would add its slots to a stack that does not grow.
 * The summaries find the cycles the call graph shows (direct calls, calls
 * through a known table or a select of functions).  An audit found the
 * cycles it does not show, all of them overflowing the stack at a depth
 * the heap version ran at:
 *
 *   f -> table[i] -> g -> f        a table that is not constant
 *   visit -> walk -> cb -> visit   a callback through a volatile pointer
 *   f -> qsort -> cmp -> f         a library function that calls back
 *   f -> fwrite -> wr -> f         a stream made by fopencookie (a second
 *                                  audit), in this file or (a fifth audit)
 *                                  in another one: a stdio function that
 *                                  may run a stream's functions or a
 *                                  printf handler calls back, whatever the
 *                                  module holds
 *
 * With U standing for all the code heap2stack cannot see, such a cycle is
 * f -> ... -> U -> g -> ... -> f.  So f may be re-entered while its frame is
 * live when both hold:
 *
 *   down  f, or a function f reaches through calls heap2stack sees, calls
 *         into U: a function pointer whose targets are not known, a
 *         function defined outside this module (unless it is a C library
 *         function that calls nothing back, is marked nocallback, as
 *         `__attribute__((leaf))` does, is an allocator, or its memory
 *         effects cannot reach an allocation), or a definition another one
 *         may replace at link time, or a C function's available_externally
 *         (inline) definition or its kept body, which may not be the
 *         definition that runs (summaries.c);
 *   up    U can call f, or a function that reaches f through calls
 *         heap2stack sees: one visible outside this module, or whose
 *         address is taken.
 *
 * LLVM's own `norecurse` (FunctionAttrs infers it when every call is to a
 * norecurse function or a nocallback declaration) settles it too.
 *
 * Such a function's slots are then made only when the thread's stack has
 * room (stack_check.c): a deep recursion falls back to the heap where the
 * half of the stack heap2stack never takes begins.  Most functions that
 * call into other modules and are themselves visible get that check; a
 * static function whose callers are all static, or a function that calls
 * only what heap2stack sees, keeps its unchecked slots.
 *
 * Both walks are over the module's functions, and their answers are kept
 * for the session (each function is walked once): inlining copies a
 * callee's calls into its callers, which reached them already, so an
 * answer does not change as the pipeline goes on.
 */
#include "reentry.h"

#include "alloc_sites.h"
#include "imported_bodies.h"
#include "summaries.h"
#include "valueset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WHY_MAX 320
#define WALK_LIMIT 50000 /* functions one walk visits before it assumes the worst */

enum answer { UNKNOWN, NO, YES };

struct entry {
  LLVMValueRef fn;
  uint64_t name_hash;       /* a function deleted and another made at its address */
  enum answer down, up;
  uint32_t stamp;           /* visited by the current walk */
  char down_why[WHY_MAX];   /* "calls 'qsort', which may call back" */
  char up_why[WHY_MAX];     /* "can be called from outside this module" (no subject) */
};

struct h2s_reentry_table {
  struct entry **slots;
  uint32_t capacity, count, stamp;
  char why[2 * WHY_MAX + 16];
};

struct h2s_reentry_table *h2s_reentry_table_create(void) {
  struct h2s_reentry_table *t = h2s_xcalloc(1, sizeof *t);
  t->capacity = 64;
  t->slots = h2s_xcalloc(t->capacity, sizeof *t->slots);
  return t;
}

void h2s_reentry_table_destroy(struct h2s_reentry_table *t) {
  if (!t)
    return;
  for (uint32_t i = 0; i < t->capacity; i++)
    free(t->slots[i]);
  free(t->slots);
  free(t);
}

static uint64_t name_hash(LLVMValueRef fn) {
  size_t len;
  const char *name = LLVMGetValueName2(fn, &len);
  uint64_t h = 1469598103934665603ull ^ LLVMCountBasicBlocks(fn);
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)name[i]) * 1099511628211ull;
  return h;
}

static uint32_t find_slot(const struct h2s_reentry_table *t, LLVMValueRef fn) {
  uint32_t h = (uint32_t)(((uintptr_t)fn >> 4) * 2654435761u) & (t->capacity - 1);
  while (t->slots[h] && t->slots[h]->fn != fn)
    h = (h + 1) & (t->capacity - 1);
  return h;
}

/* fn's entry, made (or made afresh, if another function had its address). */
static struct entry *entry_of(struct h2s_reentry_table *t, LLVMValueRef fn) {
  if (2 * (t->count + 1) > t->capacity) {
    struct entry **old = t->slots;
    uint32_t old_capacity = t->capacity;
    t->capacity *= 2;
    t->slots = h2s_xcalloc(t->capacity, sizeof *t->slots);
    for (uint32_t i = 0; i < old_capacity; i++)
      if (old[i])
        t->slots[find_slot(t, old[i]->fn)] = old[i];
    free(old);
  }
  uint32_t i = find_slot(t, fn);
  uint64_t hash = name_hash(fn);
  if (!t->slots[i]) {
    t->slots[i] = h2s_xcalloc(1, sizeof **t->slots);
    t->count++;
  } else if (t->slots[i]->name_hash == hash) {
    return t->slots[i];
  }
  memset(t->slots[i], 0, sizeof **t->slots);
  t->slots[i]->fn = fn;
  t->slots[i]->name_hash = hash;
  return t->slots[i];
}

/* The function an alias chain names, or NULL when an alias on the way may
   be replaced at link time (weak, linkonce, extern_weak) or the chain is
   too long: the call then goes to code heap2stack cannot see. */
static LLVMValueRef strip_aliases(LLVMValueRef callee, bool *replaceable) {
  *replaceable = false;
  for (int depth = 0; callee && LLVMIsAGlobalAlias(callee); depth++) {
    LLVMLinkage l = LLVMGetLinkage(callee);
    if (depth >= 8 || l == LLVMWeakAnyLinkage || l == LLVMLinkOnceAnyLinkage ||
        l == LLVMExternalWeakLinkage) {
      *replaceable = true;
      return NULL;
    }
    callee = LLVMAliasGetAliasee(callee);
  }
  return callee;
}

static const char *name_of(LLVMValueRef fn) {
  size_t len;
  return LLVMGetValueName2(fn, &len);
}

/* C library functions that call a function they are given, while the
   caller waits, as often as the data says.  (exit runs atexit handlers,
   and raise a signal handler, once: no recursion deeper than one level.) */
static bool library_calls_back(const char *name) {
  static const char *const names[] = {
      "qsort", "qsort_r", "bsearch", "lfind", "lsearch", "tsearch", "tfind", "tdelete",
      "twalk", "twalk_r", "tdestroy", "ftw", "nftw", "scandir", "scandirat", "glob",
      "pthread_once", "call_once", "dl_iterate_phdr"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(name, names[i]))
      return true;
  return false;
}

/* Run-time functions outside TLI's list that call no code of the program
   (C++ exception and guard helpers, libstdc++'s out-of-line list, tree and
   hash-table steps, thread and clock queries). */
static bool runtime_calls_nothing(const char *name) {
  static const char *const names[] = {
      "__cxa_allocate_exception", "__cxa_free_exception", "__cxa_throw", "__cxa_rethrow",
      "__cxa_begin_catch", "_Unwind_Resume", "__cxa_guard_acquire", "__cxa_guard_release",
      "__cxa_guard_abort", "__cxa_pure_virtual", "__cxa_bad_cast", "__cxa_bad_typeid",
      "__cxa_throw_bad_array_new_length", "_ZSt9terminatev", "__cxa_call_unexpected",
      "__cxa_atexit", "atexit", "__assert_fail", "__stack_chk_fail", "__errno_location",
      "abort", "exit", "_exit", "_Exit", "quick_exit", /* handlers run once: no cycle */
      "pthread_self", "pthread_equal", "pthread_mutex_lock", "pthread_mutex_unlock",
      "pthread_mutex_trylock", "pthread_getspecific", "pthread_setspecific", "clock_gettime",
      "gettimeofday", "getpid", "_ZSt11_Hash_bytesPKvmm",
      /* the stack check's own query (stack_check.c) */
      "pthread_getattr_np", "pthread_attr_getstack", "pthread_attr_destroy",
      "pthread_attr_init", "sigaltstack"};
  static const char *const prefixes[] = {"_ZSt16__throw_", "_ZSt17__throw_", "_ZSt18__throw_",
                                         "_ZSt19__throw_", "_ZSt20__throw_", "_ZSt21__throw_",
                                         "_ZSt24__throw_", "_ZSt25__throw_", "_ZSt28__throw_",
                                         "_ZNSt8__detail15_List_node_base",
                                         "_ZNSt8__detail20_Prime_rehash_policy",
                                         "_ZNKSt8__detail20_Prime_rehash_policy",
                                         /* the standard exception classes */
                                         "_ZNSt9exception", "_ZNKSt9exception", "_ZNSt9bad_alloc",
                                         "_ZNSt8bad_cast", "_ZNSt13runtime_error",
                                         "_ZNKSt13runtime_error", "_ZNSt11logic_error",
                                         "_ZNKSt11logic_error", "_ZNSt12out_of_range",
                                         "_ZNSt12length_error", "_ZNSt12domain_error",
                                         "_ZNSt11range_error", "_ZNSt14overflow_error",
                                         "_ZNSt15underflow_error", "_ZNSt16invalid_argument",
                                         "_ZNSt20bad_array_new_length"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(name, names[i]))
      return true;
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    if (!strncmp(name, prefixes[i], strlen(prefixes[i])))
      return true;
  return !strncmp(name, "_ZSt", 4) && strstr(name, "_Rb_tree_") != NULL;
}

/* Stream functions: with a stream made by fopencookie or funopen (or
   stdout replaced by one), each may call the stream's read, write, seek or
   close function; printf-like ones (sprintf too) also call handlers
   registered with register_printf_specifier.  Any file of the program may
   make such a stream or handler and pass it here: these call back in every
   module (an audit's emit -> fwrite -> wr -> emit, with the cookie stream
   made in another file, overflowed the stack). */
static bool stream_function(const char *name) {
  static const char *const names[] = {
      "printf", "fprintf", "vprintf", "vfprintf", "dprintf", "vdprintf", "puts", "fputs",
      "putchar", "fputc", "putc", "fwrite", "fflush", "fclose", "fread", "fgets", "fgetc",
      "getc", "getchar", "ungetc", "scanf", "fscanf", "vscanf", "vfscanf", "fseek", "fseeko",
      "ftell", "ftello", "rewind", "fsetpos", "fgetpos", "perror", "getline", "getdelim",
      "setvbuf", "setbuf", "fputs_unlocked", "fwrite_unlocked", "fputc_unlocked",
      "putc_unlocked", "putchar_unlocked", "fgetc_unlocked", "getc_unlocked", "fread_unlocked",
      "fflush_unlocked", "fgets_unlocked", "snprintf", "sprintf", "vsnprintf", "vsprintf",
      "asprintf", "vasprintf", "sscanf", "vsscanf", "fcloseall", "_IO_getc", "_IO_putc",
      "__isoc99_scanf", "__isoc99_sscanf", "fiprintf", "iprintf", "siprintf", "gets",
      "getchar_unlocked", "fseeko64", "ftello64"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (!strcmp(name, names[i]))
      return true;
  return false;
}

/* Its memory effects (the `memory` attribute: two bits per location,
   argmem first, then inaccessiblemem) do not write inaccessible memory.
   A function with an allocation site does (malloc writes the allocator's
   state), so whatever the declaration calls cannot reach it. */
static bool cannot_allocate(LLVMValueRef fn) {
  unsigned kind = LLVMGetEnumAttributeKindForName("memory", 6);
  LLVMAttributeRef a = kind ? LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind)
                            : NULL;
  return a && !((LLVMGetEnumAttributeValue(a) >> 2) & 2u);
}

/*
 * Where `call` leads: nowhere new (an intrinsic, inline assembly, a C
 * library function that calls nothing back), to bodies heap2stack sees
 * (stored in out, their number in *n), or into code it cannot see: then
 * its description is written to why and true returned.
 */
static bool calls_into_unseen(struct h2s_host *host,
                              LLVMValueRef call, LLVMValueRef *out,
                              unsigned *n, char *why, size_t size) {
  *n = 0;
  bool replaceable;
  LLVMValueRef callee = strip_aliases(LLVMGetCalledValue(call), &replaceable);
  if (replaceable) {
    snprintf(why, size, "calls an alias that another definition may replace at link time");
    return true;
  }
  if (!callee || LLVMIsAInlineAsm(callee))
    return false;
  if (!LLVMIsAFunction(callee)) {
    *n = h2s_indirect_targets(host, call, out, H2S_MAX_INDIRECT_TARGETS);
    if (*n)
      return false;
    snprintf(why, size, "calls through a function pointer whose targets are not known");
    return true;
  }
  if (LLVMGetIntrinsicID(callee))
    return false;
  LLVMValueRef direct = h2s_called_function(call);
  if (direct && h2s_inline_definition_only(direct)) {
    snprintf(why, size, "calls '%s', whose definition here is an inline one "
                        "(available_externally): another may run", name_of(callee));
    return true;
  }
  if (direct && h2s_is_kept_body(direct)) { /* an imported body (imported_bodies.c) */
    out[0] = direct;
    *n = 1;
    return false;
  }
  if (LLVMIsDeclaration(callee)) {
    if (h2s_has_fn_attr(callee, "nocallback") || h2s_has_fn_attr(callee, "allockind") ||
        cannot_allocate(callee) || runtime_calls_nothing(name_of(callee)))
      return false; /* nocallback: `__attribute__((leaf))` in C; allocators call nothing back */
    const char *lib = h2s_host_library_function(host, call);
    if (lib && !library_calls_back(lib) && !stream_function(lib))
      return false;
    snprintf(why, size, lib ? "calls '%s', which may call back a function it is given"
                            : "calls '%s', defined outside this module",
             name_of(callee));
    return true;
  }
  if (!h2s_body_runs_at_calls(callee)) {
    snprintf(why, size, "calls '%s', which another definition may replace at link time",
             name_of(callee));
    return true;
  }
  out[0] = callee;
  *n = 1;
  return false;
}

/* One walk over functions (down through calls, or up through callers). */
struct walk {
  struct h2s_values stack, visited;
  uint32_t stamp;
};

static void walk_push(struct h2s_reentry_table *t, struct walk *w, LLVMValueRef f) {
  struct entry *e = entry_of(t, f);
  if (e->stamp != w->stamp) {
    e->stamp = w->stamp;
    h2s_values_push(&w->stack, f);
  }
}

static void walk_start(struct h2s_reentry_table *t, struct walk *w, LLVMValueRef fn) {
  *w = (struct walk){.stamp = ++t->stamp};
  walk_push(t, w, fn);
}

/* Keeps the walk's answer: fn's, with why, when found; otherwise "no" for
   every function visited, since all they reach was visited too. */
static bool walk_finish(struct h2s_reentry_table *t, struct walk *w, LLVMValueRef fn, bool found,
                        const char *why, bool down) {
  if (found) {
    struct entry *root = entry_of(t, fn);
    *(down ? &root->down : &root->up) = YES;
    char *dst = down ? root->down_why : root->up_why;
    snprintf(dst, WHY_MAX, "%s", why);
  } else {
    for (size_t k = 0; k < w->visited.count; k++)
      *(down ? &entry_of(t, w->visited.items[k])->down : &entry_of(t, w->visited.items[k])->up) = NO;
  }
  h2s_values_free(&w->stack);
  h2s_values_free(&w->visited);
  return found;
}

/* The down walk: does fn, or what it reaches through calls heap2stack
   sees, call into code it cannot see? */
static bool reaches_unseen(struct h2s_reentry_table *t, struct h2s_host *host, LLVMValueRef fn) {
  struct entry *root = entry_of(t, fn);
  if (root->down != UNKNOWN)
    return root->down == YES;
  struct walk w;
  walk_start(t, &w, fn);
  LLVMValueRef targets[H2S_MAX_INDIRECT_TARGETS];
  char why[WHY_MAX];
  bool found = false;
  while (w.stack.count && !found) {
    LLVMValueRef f = w.stack.items[--w.stack.count];
    struct entry *e = entry_of(t, f);
    h2s_values_push(&w.visited, f);
    if (e->down == NO)
      continue;
    if (e->down == YES) {
      snprintf(why, sizeof why, "%s", e->down_why);
      found = true;
      break;
    }
    if (w.visited.count > WALK_LIMIT) {
      snprintf(why, sizeof why, "calls more functions than heap2stack follows");
      found = true;
      break;
    }
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb && !found;
         bb = LLVMGetNextBasicBlock(bb))
      for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && !found;
           i = LLVMGetNextInstruction(i)) {
        if (!h2s_is_call(i))
          continue;
        unsigned n;
        char what[WHY_MAX];
        if (calls_into_unseen(host, i, targets, &n, what, sizeof what)) {
          if (f == fn)
            snprintf(why, sizeof why, "it %.200s", what);
          else
            snprintf(why, sizeof why, "it reaches '%s', which %.200s", name_of(f), what);
          found = true;
          break;
        }
        for (unsigned k = 0; k < n; k++)
          walk_push(t, &w, targets[k]);
      }
  }
  return walk_finish(t, &w, fn, found, why, true);
}

bool h2s_address_taken(LLVMValueRef fn) {
  for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (!h2s_is_call(user) || LLVMGetCalledValue(user) != fn)
      return true;
    unsigned args = (unsigned)LLVMGetNumArgOperands(user);
    for (unsigned i = 0; i < args; i++)
      if (LLVMGetOperand(user, i) == fn)
        return true;
  }
  return false;
}

/* Can code outside heap2stack's view call f directly? */
static const char *entered_from_outside(LLVMValueRef f) {
  LLVMLinkage linkage = LLVMGetLinkage(f);
  if (linkage != LLVMInternalLinkage && linkage != LLVMPrivateLinkage)
    return "can be called from outside this module";
  if (h2s_address_taken(f))
    return "has its address taken";
  return NULL;
}

/* The up walk: can code heap2stack cannot see call fn, or a function that
   reaches fn through direct calls? */
static bool entered_from_unseen(struct h2s_reentry_table *t, LLVMValueRef fn) {
  struct entry *root = entry_of(t, fn);
  if (root->up != UNKNOWN)
    return root->up == YES;
  struct walk w;
  walk_start(t, &w, fn);
  char why[WHY_MAX];
  bool found = false;
  while (w.stack.count && !found) {
    LLVMValueRef f = w.stack.items[--w.stack.count];
    struct entry *e = entry_of(t, f);
    h2s_values_push(&w.visited, f);
    if (e->up == NO)
      continue;
    const char *how = e->up == YES ? e->up_why : entered_from_outside(f);
    if (how) {
      if (f == fn)
        snprintf(why, sizeof why, "%s", how);
      else
        snprintf(why, sizeof why, "is reached from '%s', which %.200s", name_of(f), how);
      found = true;
      break;
    }
    if (w.visited.count > WALK_LIMIT) {
      snprintf(why, sizeof why, "has more callers than heap2stack follows");
      found = true;
      break;
    }
    for (LLVMUseRef u = LLVMGetFirstUse(f); u; u = LLVMGetNextUse(u)) {
      LLVMValueRef user = LLVMGetUser(u);
      if (!LLVMIsAInstruction(user))
        continue; /* a constant use makes f address-taken, found above */
      walk_push(t, &w, LLVMGetBasicBlockParent(LLVMGetInstructionParent(user)));
    }
  }
  return walk_finish(t, &w, fn, found, why, false);
}

const char *h2s_may_reenter(struct h2s_reentry_table *t, struct h2s_host *host, LLVMValueRef fn) {
  if (LLVMIsDeclaration(fn) || h2s_has_fn_attr(fn, "norecurse") || !reaches_unseen(t, host, fn) ||
      !entered_from_unseen(t, fn))
    return NULL;
  struct entry *e = entry_of(t, fn);
  snprintf(t->why, sizeof t->why, "%s, and it %s", e->down_why, e->up_why);
  return t->why;
}
