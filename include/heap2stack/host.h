/*
 * host.h - what the C core asks of the C++ shim.
 *
 * What the LLVM C API cannot do, the shim (pass/plugin/host.cpp) provides
 * as plain C functions: TargetLibraryInfo's view of a call; dominators,
 * loop headers and loop trip counts; source names from debug info; storage for
 * per-function summaries and for the set of sites already decided in this
 * pipeline (both forgotten with their functions); quoting an instruction;
 * and optimization remarks.  It answers questions; every decision is the
 * core's.  The core never sees a C++ type: a host is an opaque handle for
 * the analysis managers of the running pass.
 */
#ifndef HEAP2STACK_HOST_H
#define HEAP2STACK_HOST_H

#include <llvm-c/Types.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct h2s_host;   /* the running pass's analyses; owned by the shim */
struct h2s_remark; /* one remark under construction; owned by the shim */

/*
 * TargetLibraryInfo's name for the function called by `call` when LLVM
 * recognises it as that library function here: right prototype, available on
 * the target, not disabled by -fno-builtin, the call site not `nobuiltin`.
 * NULL otherwise.  The string lives as long as the host.
 */
const char *h2s_host_library_function(struct h2s_host *host, LLVMValueRef call);

/*
 * True the first time the core asks about allocation call `call` during one
 * run of the pass pipeline, false afterwards: the CGSCC walk may revisit a
 * function, and every allocation gets exactly one final decision and remark.
 */
bool h2s_host_first_visit(struct h2s_host *host, LLVMValueRef call);

/* Does instruction a dominate instruction b (LLVM's DominatorTree)? */
bool h2s_host_dominates(struct h2s_host *host, LLVMValueRef a, LLVMValueRef b);

/* The header of the innermost natural loop containing bb, or NULL. */
LLVMBasicBlockRef h2s_host_loop_header(struct h2s_host *host, LLVMBasicBlockRef bb);

/*
 * The innermost natural loop containing bb, as LoopInfo and ScalarEvolution
 * see it: its header, its one preheader and its one latch (NULL where it has
 * none, or several), and ScalarEvolution's getSmallConstantMaxTripCount, an
 * upper bound on how often the header runs each time the loop is entered
 * (0 if unknown).  False, filling nothing, if bb is in no natural loop.
 */
struct h2s_loop_shape {
  LLVMBasicBlockRef header, preheader, latch;
  unsigned max_trip_count;
};
bool h2s_host_loop_shape(struct h2s_host *host, LLVMBasicBlockRef bb, struct h2s_loop_shape *out);
/*
 * For a block that exits the innermost natural loop containing it:
 * ScalarEvolution's constant upper bound on how often the loop's backedge
 * is taken, each time the loop is entered, before that exit is taken
 * (getExitCount, ConstantMaximum; ScalarEvolution computes none for an
 * exit that does not dominate the latch).  False if there is none.
 */
bool h2s_host_loop_exit_bound(struct h2s_host *host, LLVMBasicBlockRef exiting, uint64_t *bound);

/*
 * The source name of fn's parameter `index` from its debug information
 * ("p" in `void f(int *p)`), else its IR name, else NULL.  The string lives
 * until the next call.
 */
const char *h2s_host_param_name(struct h2s_host *host, LLVMValueRef fn, unsigned index);

/* The source name of the variable an alloca holds (its debug declare), else
   NULL.  The string lives until the next call. */
const char *h2s_host_variable_name(struct h2s_host *host, LLVMValueRef alloca);

/* fn's name as the programmer wrote it (C++ names demangled, no parameter
   list).  The string lives until the next call. */
const char *h2s_host_source_name(struct h2s_host *host, LLVMValueRef fn);
/* The source variable a debug record says an SSA value holds (a phi for a
   loop variable, say), or NULL. */
const char *h2s_host_value_variable(struct h2s_host *host, LLVMValueRef value);

/*
 * Where instruction `inst` sits in the source when it has no line of its
 * own (LLVM gives an instruction it merged from several lines line 0 in
 * their common scope; a phi has no location): the innermost lexical block
 * or function of its location with a line, or its function's when it has
 * no location.  H2S_SCOPE_NONE without debug information.  For a function,
 * *name is its source name (until the next call).
 */
enum h2s_scope_kind { H2S_SCOPE_NONE, H2S_SCOPE_BLOCK, H2S_SCOPE_FUNCTION };
enum h2s_scope_kind h2s_host_enclosing_scope(struct h2s_host *host, LLVMValueRef inst,
                                             const char **name);

/*
 * Per-function summaries, kept by the host with the function (forgotten if
 * the function is deleted).  Returns NULL if fn has none.
 */
const void *h2s_host_summary(struct h2s_host *host, LLVMValueRef fn, size_t *size);
void h2s_host_set_summary(struct h2s_host *host, LLVMValueRef fn, const void *data, size_t size);

enum h2s_remark_kind {
  H2S_REMARK_PASSED,   /* -Rpass / -pass-remarks: the allocation moved */
  H2S_REMARK_MISSED,   /* -Rpass-missed: it stays on the heap, and why */
  H2S_REMARK_ANALYSIS, /* -Rpass-analysis: extra detail */
};

/*
 * Which remarks this run emits (remarks.c decides what each means).  In
 * clang's -O1..-O3 pipelines heap2stack may run twice (plugin.cpp): a site
 * the first run keeps is decided again by the late run, which gives its
 * final remark.
 */
enum h2s_remark_policy {
  H2S_REMARKS_ALL,
  H2S_REMARKS_HOLD_MISSED,   /* the first of two runs */
  H2S_REMARKS_NO_SUMMARIES,  /* the late run: the first one gave them */
};
enum h2s_remark_policy h2s_host_remark_policy(struct h2s_host *host);

/*
 * Starts a remark of pass `heap2stack` named `name` (its stable YAML Name:)
 * at the debug location of instruction `at`.  Append pieces in order, then
 * emit it; emitting releases it.  A held-back remark is built but never
 * emitted, wanted or raised.
 */
struct h2s_remark *h2s_remark_begin(struct h2s_host *host, enum h2s_remark_kind kind,
                                    const char *name, LLVMValueRef at, bool held_back);
/* The same, located at a function's own debug location (its DISubprogram). */
struct h2s_remark *h2s_remark_begin_function(struct h2s_host *host, enum h2s_remark_kind kind,
                                             const char *name, LLVMValueRef fn, bool held_back);
/* Plain text. */
void h2s_remark_text(struct h2s_remark *r, const char *text);
/* A named argument: tools read Key: value from the YAML record. */
void h2s_remark_arg_str(struct h2s_remark *r, const char *key, const char *value);
void h2s_remark_arg_uint(struct h2s_remark *r, const char *key, uint64_t value);
/* A named argument holding the source location of `inst` ("file:line:col"). */
void h2s_remark_arg_loc(struct h2s_remark *r, const char *key, LLVMValueRef inst);
/* The same for the scope h2s_host_enclosing_scope finds for `inst` (its line
   and column; a function's column is 0). */
void h2s_remark_arg_scope(struct h2s_remark *r, const char *key, LLVMValueRef inst);
void h2s_remark_emit(struct h2s_remark *r);
/* The host the remark was begun with. */
struct h2s_host *h2s_remark_host(struct h2s_remark *r);
/* Releases a remark without emitting it. */
void h2s_remark_discard(struct h2s_remark *r);
/*
 * Whether anyone will read the remark's words: a -Rpass-style filter selects
 * it or a remark file is written.  Wording that costs time (quoting
 * instructions) is skipped otherwise.  h2s_remark_raise_error needs the
 * words, so call h2s_remark_need_words first when it may be raised.
 */
bool h2s_remark_wanted(const struct h2s_remark *r);
void h2s_remark_need_words(struct h2s_remark *r);
/*
 * The text of instruction `inst` as LLVM prints it, numbered within its
 * function once per function (not per call); free it with LLVMDisposeMessage.
 */
char *h2s_remark_print_instruction(struct h2s_remark *r, LLVMValueRef inst);
/* fn's instructions changed: forget its numbering. */
void h2s_host_function_changed(struct h2s_host *host, LLVMValueRef fn);
/*
 * The core's state for this run (its session), which the core sets once per
 * run and reads back where only the host is passed along.
 */
void h2s_host_set_core(struct h2s_host *host, void *core);
void *h2s_host_core(struct h2s_host *host);

/*
 * A copy of fn, defined in fn's module with internal linkage and the name
 * `name`; with `storage`, it takes one more parameter: a pointer, after
 * fn's own.  Made by LLVM's CloneFunctionInto (debug info included: a
 * stack trace reads `name`).  values[0..count) are instructions of fn;
 * each is replaced by its copy in the clone.  Returns the clone.
 */
LLVMValueRef h2s_host_clone_function(struct h2s_host *host, LLVMValueRef fn, const char *name,
                                     bool storage, LLVMValueRef *values, unsigned count);

/* Adds fn to the module's llvm.compiler.used (keep) or takes it out of
   llvm.used and llvm.compiler.used (!keep). */
void h2s_host_keep_alive(LLVMValueRef fn, bool keep);

/*
 * Could `call` (a call, not an invoke) unwind, leaving its function by an
 * exception?  Not if it or its callee is nounwind, nor inline assembly
 * without the unwind flag.
 */
bool h2s_host_call_may_unwind(LLVMValueRef call);

/*
 * Turns `call` into an invoke that continues after it and unwinds to
 * `unwind` (a landing pad), splitting its block after it (LLVM's
 * changeToInvokeAndSplitBasicBlock: arguments, attributes, operand bundles,
 * metadata and debug location stay).  Returns the invoke.
 */
LLVMValueRef h2s_host_call_to_invoke(LLVMValueRef call, LLVMBasicBlockRef unwind);

/* Also reports the remark's message, after `prefix`, as a compile error at
   the remark's location (for heap2stack_noheap).  Call before emitting. */
void h2s_remark_raise_error(struct h2s_remark *r, const char *prefix);

/* A compile warning with `message`, at instruction `at`'s debug location. */
void h2s_host_warn(struct h2s_host *host, LLVMValueRef at, const char *message);

#ifdef __cplusplus
}
#endif
#endif
