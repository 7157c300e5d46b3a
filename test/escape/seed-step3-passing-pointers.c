// The seed's Step 3 ("Passing pointers to functions"), with Go's verdicts:
// NoEscapeToFunction's x stays on the stack ("p does not escape" in
// useLocal), EscapeToFunction's x is moved to the heap ("leaking param: p"
// in savePointer, which stores it to the global Leaked).  In C the variable
// is a malloc'd int: heap2stack must move the first and keep the second.
// The -O0 IR (every local in an alloca) and its mem2reg'd twin must reach
// the same final verdicts; only the flow lines differ (the -O0 flow goes
// through the local variable x).
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
// Final verdicts only (no analysis remarks): identical for both forms.
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.o0.ll 2>%t.o0.final
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.m2r.ll 2>%t.m2r.final
// RUN: diff %t.o0.final %t.m2r.final
// RUN: FileCheck %s --check-prefix=FINAL --implicit-check-not=remark: < %t.o0.final
#include <stdlib.h>

int *Leaked;

// SUM: remark: {{.*}}seed-step3-passing-pointers.c:[[@LINE+1]]:0: p does not escape
__attribute__((noinline)) void useLocal(int *p) { *p += 1; }
// SUM: remark: {{.*}}seed-step3-passing-pointers.c:[[@LINE+1]]:0: leaking param: p: stores it to global 'Leaked' at {{.*}}seed-step3-passing-pointers.c:[[@LINE+1]]:61
__attribute__((noinline)) void savePointer(int *p) { Leaked = p; }

// IR-LABEL: define {{.*}}i32 @NoEscapeToFunction(
// IR: alloca [4 x i8], align 16
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret i32
int NoEscapeToFunction(void) {
  // REMARK: remark: {{.*}}seed-step3-passing-pointers.c:[[@LINE+2]]:12: moved to stack: 4-byte malloc (align 16)
  // FINAL: remark: {{.*}}:[[@LINE+1]]:12: moved to stack: 4-byte malloc (align 16)
  int *x = malloc(sizeof *x);
  *x = 42;
  useLocal(x);
  int r = *x;
  // REMARK: remark: {{.*}}seed-step3-passing-pointers.c:[[@LINE+1]]:3: deallocation removed: 'free' of the 4-byte malloc at {{.*}}seed-step3-passing-pointers.c:[[@LINE-4]]:12
  free(x);
  return r;
}

// IR-LABEL: define {{.*}}i32 @EscapeToFunction(
// IR-NOT: alloca [4 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 4)
// IR: call void @savePointer(
// IR: ret i32
int EscapeToFunction(void) {
  // REMARK: remark: {{.*}}seed-step3-passing-pointers.c:[[@LINE+8]]:12: escapes: passed to 'savePointer' at {{.*}}seed-step3-passing-pointers.c:[[@LINE+10]]:3, which stores it to global 'Leaked' at {{.*}}seed-step3-passing-pointers.c:39:61
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+7]]:12: flow: {heap} = &{storage for malloc}:
  // O0-NEXT:     remark: {{.*}}:[[@LINE+6]]:12:   from store to variable 'x' (store) at {{.*}}:[[@LINE+6]]:8
  // O0-NEXT:     remark: {{.*}}:[[@LINE+5]]:12:   from load from variable 'x' (load) at {{.*}}:[[@LINE+7]]:15
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+4]]:12:   from call to 'savePointer' (call parameter) at {{.*}}:[[@LINE+6]]:3
  // REMARK-NOT:  remark:
  // FINAL: remark: {{.*}}:[[@LINE+2]]:12: escapes: passed to 'savePointer' at {{.*}}:[[@LINE+4]]:3, which stores it to global 'Leaked' at {{.*}}:39:61
  // FINAL-NOT: remark:
  int *x = malloc(sizeof *x);
  *x = 42;
  savePointer(x);
  return *x;
}
