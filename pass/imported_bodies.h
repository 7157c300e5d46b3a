/*
 * imported_bodies.h - bodies LLVM drops before the late run: kept for the analysis.
 *
 * h2s_keep_imported_bodies, h2s_is_kept_body and h2s_drop_kept_bodies,
 * which the shim calls, are declared in <heap2stack/core.h>.
 */
#ifndef H2S_IMPORTED_BODIES_H
#define H2S_IMPORTED_BODIES_H

#include <heap2stack/core.h>
#include <llvm-c/Core.h>
#include <stdbool.h>
#include <stdint.h>

/* fn's kept body, when fn is now a declaration and has one; else NULL. */
LLVMValueRef h2s_kept_body(LLVMValueRef fn);

/* The function a kept body is the body of, or NULL. */
LLVMValueRef h2s_kept_body_origin(LLVMValueRef body);

/* A clone (of a kept body, or of a function that has one) is code that
   runs: it carries neither mark. */
void h2s_unmark_kept_body(LLVMValueRef clone);

#endif
