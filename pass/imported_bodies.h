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

/* A copy of an inline definition's body that calls of it call instead
   (caller_frames.c): marked, so that the late run deletes it when nothing
   calls it any more (h2s_drop_kept_bodies). */
void h2s_mark_inline_copy(LLVMValueRef copy, LLVMValueRef of);

/* The name of the function an inline copy is a copy of (not terminated:
   *len bytes), or NULL. */
const char *h2s_inline_copy_of(LLVMValueRef fn, unsigned *len);

#endif
