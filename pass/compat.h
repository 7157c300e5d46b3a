/*
 * compat.h - every difference between the supported LLVM versions, in one place.
 *
 * heap2stack is built and tested against LLVM 19 and 22 (Debian's packages).
 * Anything that changed between them is named here as a feature macro, so the
 * C core and the C++ shim test a property ("does lifetime.start take a
 * size?") rather than a version number; the notes on 20 and 21 say where a
 * change happened, but nothing is tested against those two.
 *
 *   LLVM 21: `nocapture` became `captures(none)`; lifetime markers may only
 *            point at an alloca (they always do in heap2stack's output).
 *   LLVM 22: lifetime intrinsics lost their size operand; the pass-plugin
 *            header moved from llvm/Passes/ to llvm/Plugins/; `ptrtoaddr`.
 *   LLVM 20: module-level extension points gained a ThinOrFullLTOPhase.
 */
#ifndef H2S_COMPAT_H
#define H2S_COMPAT_H

#include <llvm/Config/llvm-config.h>

/* llvm.lifetime.start/end(i64 size, ptr) up to 21, (ptr) from 22. */
#define H2S_LIFETIME_HAS_SIZE (LLVM_VERSION_MAJOR < 22)

/* `captures(...)` replaced `nocapture` in 21. */
#define H2S_HAS_CAPTURES_ATTR (LLVM_VERSION_MAJOR >= 21)

/* llvm.dbg.declare intrinsics (findDbgDeclares) beside debug records: up to 19. */
#define H2S_HAS_DEBUG_INTRINSICS (LLVM_VERSION_MAJOR < 20)

/* The ptrtoaddr instruction (the address bits of a pointer, as an integer): from 22. */
#define H2S_HAS_PTRTOADDR (LLVM_VERSION_MAJOR >= 22)

/* OptimizerEarly/OptimizerLast callbacks take a ThinOrFullLTOPhase from 20. */
#define H2S_MODULE_EP_HAS_PHASE (LLVM_VERSION_MAJOR >= 20)

#if LLVM_VERSION_MAJOR >= 22
#define H2S_PASS_PLUGIN_HEADER <llvm/Plugins/PassPlugin.h>
#else
#define H2S_PASS_PLUGIN_HEADER <llvm/Passes/PassPlugin.h>
#endif

#endif
