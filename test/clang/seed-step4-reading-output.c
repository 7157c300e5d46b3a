// The seed's Step 4 (examples/reading_output.go) in C: four locals, four
// fates.  Each Go local becomes a malloc'd box; @noinline plays Go's -l.
// Go's -m=2 output has the parameter summaries ("p does not escape",
// "leaking param: p") and the flow of z; heap2stack prints the same as
// analysis remarks.
//
// -O2 with the plugin in clang's pipeline:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.o2.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o2.err
// RUN: FileCheck %s --check-prefixes=IR,O2IR < %t.o2.ll
// RUN: FileCheck %s --check-prefix=O2R < %t.o2.err
//
// -O0 IR (every local in an alloca) through opt:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -gline-tables-only \
// RUN:   -fno-discard-value-names -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack %t.ll -S -o %t.o0.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefixes=IR,O0IR < %t.o0.ll
// RUN: FileCheck %s --check-prefix=O0R < %t.o0.err
#include <stdlib.h>

int *global;

// Go: "p does not escape".  heap2stack: the same.
__attribute__((noinline)) void use_pointer(int *p) { (*p)++; } // @use_pointer
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-1]]:{{[0-9]+}}: remark: {{(#0|p)}} does not escape [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-2]]:{{[0-9]+}}: p does not escape

// Go: "parameter p leaks to {heap}", "leaking param: p".  heap2stack: the same.
__attribute__((noinline)) void pointer_escaper(int *p) { global = p; } // @pointer_escaper
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-1]]:{{[0-9]+}}: remark: leaking param: {{(#0|p)}}: stores it to global 'global' at {{.*}}seed-step4-reading-output.c:[[@LINE-1]]:65 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-2]]:{{[0-9]+}}: leaking param: p: stores it to global 'global' at {{.*}}seed-step4-reading-output.c:[[@LINE-2]]:65

// Go's `any` parameter: the interface's data word is a pointer.
// Go: "a does not escape".  heap2stack: the same.
__attribute__((noinline)) void interface_escaper(const void *a) { (void)a; } // @interface_escaper
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-1]]:{{[0-9]+}}: remark: {{(#0|a)}} does not escape [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-2]]:{{[0-9]+}}: a does not escape

// The moved boxes are entry-block slots (three at -O0; at -O2 clang deletes
// x, and i's slot once the call to the readnone interface_escaper is gone),
// z stays a malloc:
// IR-LABEL: define {{.*}} @reading_output(
// O0IR-COUNT-3: = alloca [4 x i8], align 16
// O2IR: = alloca [4 x i8], align 16
// IR-NOT: @malloc(
// IR: call {{.*}}@malloc(i64 noundef 4)
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
int reading_output(void) {
  // Case 1, local, no escape.  Go: stack.  heap2stack -O0: moved;
  // -O2: clang deletes the box itself (only stored and loaded), no remark.
  int *x = malloc(sizeof *x); // @x
  // Case 2, pointer argument that does not escape.  Go: stack.
  // heap2stack: moved, at -O0 and -O2.
  int *y = malloc(sizeof *y); // @y
  // Case 3, escapes.  Go: "moved to heap: z".  heap2stack: escapes, with
  // the flow {heap} = &z through the call parameter.
  int *z = malloc(sizeof *z); // @z
  // Case 4, interface conversion, not escaping.  Go: "i does not escape".
  // heap2stack: moved, at -O0 and -O2.
  int *i = malloc(sizeof *i); // @i
  *x = 42;
  *y = 100;
  *z = 200;
  *i = 300;

  *x = *x + 1;
  use_pointer(y);
  pointer_escaper(z); // @escaper_call
  interface_escaper(i);
  int r = *x + *y + *i;
  free(x); // @free_x
  free(y); // @free_y
  free(i); // @free_i
  return r;
}
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-25]]:12: moved to stack: 4-byte malloc (align 16)
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-6]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step4-reading-output.c:[[@LINE-26]]:12
// O2R-NOT: seed-step4-reading-output.c:[[@LINE-27]]:12: remark:
//
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-26]]:12: remark: moved to stack: 4-byte malloc (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-9]]:3: remark: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step4-reading-output.c:[[@LINE-27]]:12 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-28]]:12: moved to stack: 4-byte malloc (align 16)
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-11]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step4-reading-output.c:[[@LINE-29]]:12
//
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-28]]:12: remark: escapes: passed to 'pointer_escaper' at {{.*}}seed-step4-reading-output.c:[[@LINE-17]]:3, which stores it to global 'global' at {{.*}}seed-step4-reading-output.c:[[@LINE-58]]:65 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-29]]:12: remark: flow: {heap} = &{storage for malloc}: [-Rpass-analysis=heap2stack]
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-30]]:12: remark: from call to 'pointer_escaper' (call parameter) at {{.*}}seed-step4-reading-output.c:[[@LINE-19]]:3 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-31]]:12: escapes: passed to 'pointer_escaper' at {{.*}}seed-step4-reading-output.c:[[@LINE-20]]:3, which stores it to global 'global' at {{.*}}seed-step4-reading-output.c:[[@LINE-61]]:65
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-32]]:12: flow: {heap} = &{storage for malloc}:
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-33]]:12:   from store to 'z' (store) at {{.*}}seed-step4-reading-output.c:[[@LINE-33]]:8
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-34]]:12:   from load from 'z' (load) at {{.*}}seed-step4-reading-output.c:[[@LINE-23]]:19
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-35]]:12:   from call to 'pointer_escaper' (call parameter) at {{.*}}seed-step4-reading-output.c:[[@LINE-24]]:3
//
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-34]]:12: remark: moved to stack: 4-byte malloc (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step4-reading-output.c:[[@LINE-22]]:3: remark: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step4-reading-output.c:[[@LINE-35]]:12 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-36]]:12: moved to stack: 4-byte malloc (align 16)
// O0R-DAG: remark: {{.*}}seed-step4-reading-output.c:[[@LINE-24]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step4-reading-output.c:[[@LINE-37]]:12
