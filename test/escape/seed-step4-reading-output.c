// The seed's Step 4 ("Reading the compiler's escape analysis output"),
// with Go's -m=2 verdicts: x (local only), y (passed to usePointer, which
// does not keep it) and i (passed to interfaceEscaper, which ignores it)
// stay on the stack; z is passed to pointerEscaper, which stores it to a
// global ("leaking param: p"), and stays on the heap with its flow:
//   flow: {heap} = &{storage for malloc}:
//     from call to 'pointerEscaper' (call parameter) at ...
// The -O0 IR and its mem2reg'd twin must reach identical final verdicts.
//
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.o0.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -S %t.o0.ll -o %t.o0.out.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefix=IR < %t.o0.out.ll
// RUN: FileCheck %s --check-prefix=SUM < %t.o0.err
// RUN: FileCheck %s --check-prefixes=REMARK,O0 < %t.o0.err
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -S %t.m2r.ll -o %t.m2r.out.ll 2>%t.m2r.err
// RUN: FileCheck %s --check-prefix=IR < %t.m2r.out.ll
// RUN: FileCheck %s --check-prefix=SUM < %t.m2r.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.m2r.err
// RUN: %opt-noplugin -passes=verify -disable-output %t.o0.out.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.m2r.out.ll
//
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.o0.ll 2>%t.o0.final
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.m2r.ll 2>%t.m2r.final
// RUN: diff %t.o0.final %t.m2r.final
// RUN: FileCheck %s --check-prefix=FINAL --implicit-check-not=remark: < %t.o0.final
#include <stdlib.h>

int *global;

// SUM: remark: {{.*}}seed-step4-reading-output.c:[[@LINE+1]]:0: p does not escape
__attribute__((noinline)) void usePointer(int *p) { (*p)++; } // safe
// SUM: remark: {{.*}}seed-step4-reading-output.c:[[@LINE+1]]:0: leaking param: p: stores it to global 'global' at {{.*}}seed-step4-reading-output.c:[[@LINE+1]]:64
__attribute__((noinline)) void pointerEscaper(int *p) { global = p; } // leaks
// SUM: remark: {{.*}}seed-step4-reading-output.c:[[@LINE+1]]:0: a does not escape
__attribute__((noinline)) void interfaceEscaper(void *a) { (void)a; }

// Three 4-byte slots, z's malloc kept.
// IR-LABEL: define {{.*}}void @ReadingOutput(
// IR-COUNT-3: alloca [4 x i8], align 16
// IR-NOT: alloca [4 x i8]
// IR: [[Z:%[0-9a-z.]+]] = call {{.*}}ptr @malloc(i64 noundef 4)
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret void
void ReadingOutput(void) {
  // REMARK: remark: {{.*}}:[[@LINE+2]]:12: moved to stack: 4-byte malloc (align 16)
  // FINAL: remark: {{.*}}:[[@LINE+1]]:12: moved to stack: 4-byte malloc (align 16)
  int *x = malloc(sizeof *x); // Case 1 - local, no escape
  // REMARK: remark: {{.*}}:[[@LINE+2]]:12: moved to stack: 4-byte malloc (align 16)
  // FINAL: remark: {{.*}}:[[@LINE+1]]:12: moved to stack: 4-byte malloc (align 16)
  int *y = malloc(sizeof *y); // Case 2 - pointer arg, no escape
  // REMARK: remark: {{.*}}:[[@LINE+8]]:12: escapes: passed to 'pointerEscaper' at {{.*}}:[[@LINE+18]]:3, which stores it to global 'global' at {{.*}}:38:64
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+7]]:12: flow: {heap} = &{storage for malloc}:
  // O0-NEXT:     remark: {{.*}}:[[@LINE+6]]:12:   from store to variable 'z' (store) at {{.*}}:[[@LINE+6]]:8
  // O0-NEXT:     remark: {{.*}}:[[@LINE+5]]:12:   from load from variable 'z' (load) at {{.*}}:[[@LINE+15]]:18
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+4]]:12:   from call to 'pointerEscaper' (call parameter) at {{.*}}:[[@LINE+14]]:3
  // FINAL: remark: {{.*}}:[[@LINE+3]]:12: escapes: passed to 'pointerEscaper' at {{.*}}:[[@LINE+13]]:3, which stores it to global 'global' at {{.*}}:38:64
  // The int behind the "interface": passed to a callee that ignores it.
  // FINAL: remark: {{.*}}:[[@LINE+3]]:12: moved to stack: 4-byte malloc (align 16)
  int *z = malloc(sizeof *z); // Case 3 - escapes
  // REMARK: remark: {{.*}}:[[@LINE+1]]:12: moved to stack: 4-byte malloc (align 16)
  int *i = malloc(sizeof *i); // Case 4 - interface conversion
  *x = 42;
  *y = 100;
  *z = 200;
  *i = 300;

  *x = *x + 1;
  usePointer(y);
  pointerEscaper(z);
  interfaceEscaper(i);
  free(x);
  free(y);
  free(i);
}
