// The seed's Step 6 ("Slices, maps"), in C, with Go's verdicts: a small
// array used locally stays on the stack, the same array returned escapes
// (flow: ~r0 = ...), and a 20000-element array is too large for the stack
// (Go's 64 KiB limit for make; heap2stack's max-size is 65536 too).
// The -O0 IR and its mem2reg'd twin must reach identical final verdicts.
//
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.o0.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -S %t.o0.ll -o %t.o0.out.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefix=IR < %t.o0.out.ll
// RUN: FileCheck %s --check-prefix=REMARK < %t.o0.err
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -S %t.m2r.ll -o %t.m2r.out.ll 2>%t.m2r.err
// RUN: FileCheck %s --check-prefix=IR < %t.m2r.out.ll
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

// IR-LABEL: define {{.*}}i64 @SliceLocal(
// IR: alloca [24 x i8], align 16
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret i64
long SliceLocal(void) {
  // REMARK: remark: {{.*}}seed-step6-slices.c:[[@LINE+2]]:13: moved to stack: 24-byte malloc (align 16)
  // FINAL: remark: {{.*}}:[[@LINE+1]]:13: moved to stack: 24-byte malloc (align 16)
  long *s = malloc(3 * sizeof *s);
  s[0] = 1, s[1] = 2, s[2] = 3;
  long r = s[0] + s[1] + s[2];
  free(s);
  return r;
}

// IR-LABEL: define {{.*}}ptr @SliceReturn(
// IR-NOT: alloca [24 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 24)
long *SliceReturn(void) {
  // REMARK: remark: {{.*}}:[[@LINE+4]]:13: escapes: returned at {{.*}}:[[@LINE+5]]:3
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+3]]:13: flow: ~r0 = &{storage for malloc}:
  // REMARK:      remark: {{.*}}:[[@LINE+2]]:13:   from return (return) at {{.*}}:[[@LINE+3]]:3
  // FINAL: remark: {{.*}}:[[@LINE+1]]:13: escapes: returned at {{.*}}:[[@LINE+2]]:3
  long *s = malloc(3 * sizeof *s);
  return s;
}

// IR-LABEL: define {{.*}}void @SliceBig(
// IR-NOT: alloca [160000 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 160000)
// IR: call void @free(
void SliceBig(void) {
  // REMARK: remark: {{.*}}:[[@LINE+2]]:13: too large for stack: 160000 bytes > max-size 65536
  // FINAL: remark: {{.*}}:[[@LINE+1]]:13: too large for stack: 160000 bytes > max-size 65536
  long *s = malloc(20000 * sizeof *s);
  s[0] = 1;
  free(s);
}
