/*
 * annotations.h - source-level opt-outs: __attribute__((annotate("...")))
 */
#ifndef H2S_ANNOTATIONS_H
#define H2S_ANNOTATIONS_H

#include <llvm-c/Core.h>
#include <stdbool.h>

/* True if fn carries __attribute__((annotate(annotation))). */
bool h2s_function_has_annotation(LLVMValueRef fn, const char *annotation);

#endif
