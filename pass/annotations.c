/*
 * annotations.c - reading __attribute__((annotate("heap2stack_off"))).
 *
 * clang records function annotations in the module's appending global
 * `llvm.global.annotations`: an array of { ptr fn, ptr string, ptr file,
 * i32 line, ptr args }.  The string operand points at a private constant
 * holding the annotation text.
 */
#include "annotations.h"

#include <string.h>

/* Looks through constant casts to the underlying global. */
static LLVMValueRef strip_casts(LLVMValueRef v) {
  while (v && LLVMIsAConstantExpr(v) &&
         (LLVMGetConstOpcode(v) == LLVMBitCast || LLVMGetConstOpcode(v) == LLVMAddrSpaceCast ||
          LLVMGetConstOpcode(v) == LLVMGetElementPtr))
    v = LLVMGetOperand(v, 0);
  return v;
}

static bool is_annotation_text(LLVMValueRef str, const char *annotation) {
  str = strip_casts(str);
  if (!str || !LLVMIsAGlobalVariable(str))
    return false;
  LLVMValueRef init = LLVMGetInitializer(str);
  if (!init || !LLVMIsAConstantDataSequential(init) || !LLVMIsConstantString(init))
    return false;
  size_t len;
  const char *text = LLVMGetAsString(init, &len);
  size_t want = strlen(annotation);
  /* The constant usually includes its terminating NUL. */
  return (len == want || (len == want + 1 && text[want] == 0)) && !memcmp(text, annotation, want);
}

bool h2s_function_has_annotation(LLVMValueRef fn, const char *annotation) {
  LLVMModuleRef module = LLVMGetGlobalParent(fn);
  LLVMValueRef annotations = LLVMGetNamedGlobal(module, "llvm.global.annotations");
  if (!annotations)
    return false;
  LLVMValueRef array = LLVMGetInitializer(annotations);
  if (!array || !LLVMIsAConstantArray(array))
    return false;
  unsigned n = LLVMGetNumOperands(array);
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef entry = LLVMGetOperand(array, i);
    if (!entry || !LLVMIsAConstantStruct(entry) || LLVMGetNumOperands(entry) < 2)
      continue;
    if (strip_casts(LLVMGetOperand(entry, 0)) == fn &&
        is_annotation_text(LLVMGetOperand(entry, 1), annotation))
      return true;
  }
  return false;
}
