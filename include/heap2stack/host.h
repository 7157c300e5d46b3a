/*
 * host.h - what the C core asks of the C++ shim.
 *
 * The LLVM C API cannot emit optimization remarks or query
 * TargetLibraryInfo, so the shim (pass/plugin/host.cpp) provides these as
 * plain C functions.  The core never sees a C++ type: a host is an opaque
 * handle for the analysis managers of the running pass.
 */
#ifndef HEAP2STACK_HOST_H
#define HEAP2STACK_HOST_H

#include <llvm-c/Types.h>
#include <stdbool.h>
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

enum h2s_remark_kind {
  H2S_REMARK_PASSED,   /* -Rpass / -pass-remarks: the allocation moved */
  H2S_REMARK_MISSED,   /* -Rpass-missed: it stays on the heap, and why */
  H2S_REMARK_ANALYSIS, /* -Rpass-analysis: extra detail */
};

/*
 * Starts a remark of pass `heap2stack` named `name` (its stable YAML Name:)
 * at the debug location of instruction `at`.  Append pieces in order, then
 * emit it; emitting releases it.
 */
struct h2s_remark *h2s_remark_begin(struct h2s_host *host, enum h2s_remark_kind kind,
                                    const char *name, LLVMValueRef at);
/* Plain text. */
void h2s_remark_text(struct h2s_remark *r, const char *text);
/* A named argument: tools read Key: value from the YAML record. */
void h2s_remark_arg_str(struct h2s_remark *r, const char *key, const char *value);
void h2s_remark_arg_uint(struct h2s_remark *r, const char *key, uint64_t value);
/* A named argument holding the source location of `inst` ("file:line:col"). */
void h2s_remark_arg_loc(struct h2s_remark *r, const char *key, LLVMValueRef inst);
void h2s_remark_emit(struct h2s_remark *r);

#ifdef __cplusplus
}
#endif
#endif
