// The seed's Step 5 (examples/returns_interfaces.go) in C: returning values
// and pointers, and Go interfaces as a malloc'd box behind a `const void *`.
//
// -O2 with the plugin in clang's pipeline:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.o2.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o2.err
// RUN: FileCheck %s --check-prefixes=IR,O2IR < %t.o2.ll
// RUN: FileCheck %s --check-prefix=O2R < %t.o2.err
// Remarks quote instructions without their metadata (it changes from module
// to module):
// RUN: not grep -e '!dbg' -e '!tbaa' %t.o2.err
//
// -O0 IR (every local in an alloca) through opt:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -gline-tables-only \
// RUN:   -fno-discard-value-names -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack %t.ll -S -o %t.o0.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefixes=IR,O0IR < %t.o0.ll
// RUN: FileCheck %s --check-prefix=O0R < %t.o0.err
#include <stdlib.h>
#include <string.h>

// 1. ReturnValue: the string is copied out by value.
// Go: no escape.  heap2stack: moved, at -O0 and -O2.
typedef struct { char bytes[8]; } SmallString;
// IR-LABEL: define {{.*}} @return_value(
// O0IR: %call.h2s = alloca [8 x i8], align 16
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
SmallString return_value(void) {
  SmallString *s = malloc(sizeof *s); // @rv
  memcpy(s->bytes, "hello", 6);
  SmallString r = *s;
  free(s); // @rv_free
  return r;
}
// O2R-DAG: seed-step5-returns.c:[[@LINE-6]]:20: remark: moved to stack: 8-byte malloc (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step5-returns.c:[[@LINE-4]]:3: remark: deallocation removed: 'free' of the 8-byte malloc at {{.*}}seed-step5-returns.c:[[@LINE-7]]:20 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-8]]:20: moved to stack: 8-byte malloc (align 16)

// 2. ReturnPointer: `return &s`.
// Go: "moved to heap: s".  heap2stack: escapes (returned).
// IR-LABEL: define {{.*}} @return_pointer(
// IR: call {{.*}}@malloc(i64 noundef 6)
char *return_pointer(void) {
  char *s = malloc(6); // @rp
  memcpy(s, "hello", 6);
  return s; // @rp_ret
}
// O2R-DAG: seed-step5-returns.c:[[@LINE-4]]:13: remark: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE-2]]:3 [-Rpass-missed=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-5]]:13: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE-3]]:3
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-6]]:13:   from load from 's' (load) at {{.*}}seed-step5-returns.c:[[@LINE-4]]:10

// 3a. InterfaceOnStack: the interface never leaves the frame.
// Go: "x does not escape".  heap2stack -O0: moved (the copy in the local
// `i` does not escape); -O2: clang deletes the box itself, no remark.
// IR-LABEL: define {{.*}} @interface_on_stack(
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
void interface_on_stack(int x) {
  int *box = malloc(sizeof *box); // @ios
  *box = x;
  const void *i = box;
  (void)i;
  free(box);
}
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-6]]:14: moved to stack: 4-byte malloc (align 16)
// O2R-NOT: seed-step5-returns.c:[[@LINE-7]]:{{.*}} remark:

// 3b. InterfaceEscapes: the interface is handed to an opaque function (Go's
// fmt.Println).  Go: "x escapes to heap".  heap2stack: escapes (passed to an
// unknown declaration), with the flow through the locals at -O0.
void print_any(const void *);
// IR-LABEL: define {{.*}} @interface_escapes(
// IR: call {{.*}}@malloc(i64 noundef 4)
// IR: call void @print_any(
void interface_escapes(int x) {
  int *box = malloc(sizeof *box); // @ie
  *box = x;
  const void *i = box; // @ie_assign
  print_any(i); // @ie_call
}
// O2R-DAG: seed-step5-returns.c:[[@LINE-5]]:14: remark: escapes: passed to 'print_any' at {{.*}}seed-step5-returns.c:[[@LINE-2]]:3 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step5-returns.c:[[@LINE-6]]:14: remark: from call to 'print_any' (call parameter) at {{.*}}seed-step5-returns.c:[[@LINE-3]]:3 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-7]]:14: escapes: passed to 'print_any' at {{.*}}seed-step5-returns.c:[[@LINE-4]]:3
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-8]]:14:   from store to 'i' (store) at {{.*}}seed-step5-returns.c:[[@LINE-6]]:15
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-9]]:14:   from load from 'i' (load) at {{.*}}seed-step5-returns.c:[[@LINE-6]]:13
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-10]]:14:   from call to 'print_any' (call parameter) at {{.*}}seed-step5-returns.c:[[@LINE-7]]:3

// 4. NoEscape: plain arithmetic on a (boxed) pair.
// Go: no escape.  heap2stack -O0: moved; -O2: clang deletes it, no remark.
// IR-LABEL: define {{.*}} @no_escape(
// IR-NOT: @malloc(
// IR: {{^}}}
int no_escape(void) {
  int *ab = malloc(2 * sizeof *ab); // @ne
  ab[0] = 10;
  ab[1] = 20;
  int r = ab[0] + ab[1];
  free(ab);
  return r;
}
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-7]]:13: moved to stack: 8-byte malloc (align 16)

// 5. ConditionalEscape: an interface returned from either branch.
// Go: both branches escape.  heap2stack: both escape (returned); at -O2 the
// two pointers meet in a phi before the return.
// IR-LABEL: define {{.*}} @conditional_escape(
// IR: call {{.*}}@malloc(i64 noundef 8)
// IR: call {{.*}}@malloc(i64 noundef 4)
// O2IR: phi ptr
void *conditional_escape(int flag) {
  if (flag) {
    char *s = malloc(8); // @ce_s
    memcpy(s, "escaped", 8);
    return s; // @ce_ret_s
  }
  int *n = malloc(sizeof *n); // @ce_n
  *n = 42;
  return n; // @ce_ret_n
} // @ce_end
// O2R-DAG: seed-step5-returns.c:[[@LINE-8]]:15: remark: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE-1]]:1 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step5-returns.c:[[@LINE-9]]:15: remark: from a value merged where control flow joins (assign) in 'conditional_escape' at {{.*}}seed-step5-returns.c:[[@LINE-11]]:0 [-Rpass-analysis=heap2stack]
// O2R-DAG: seed-step5-returns.c:[[@LINE-6]]:12: remark: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE-3]]:1 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step5-returns.c:[[@LINE-7]]:12: remark: from a value merged where control flow joins (assign) in 'conditional_escape' at {{.*}}seed-step5-returns.c:[[@LINE-13]]:0 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-12]]:15: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE-5]]:1
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-13]]:15:   from store to 'retval' (store) at {{.*}}seed-step5-returns.c:[[@LINE-11]]:5
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-10]]:12: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE-7]]:1
// O0R-DAG: remark: {{.*}}seed-step5-returns.c:[[@LINE-11]]:12:   from store to 'retval' (store) at {{.*}}seed-step5-returns.c:[[@LINE-9]]:3

