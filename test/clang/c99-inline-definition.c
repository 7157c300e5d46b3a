// Regression (fifth audit, c99-inline-external-def): a C99 inline
// definition (or GNU `extern inline`, gnu_inline) is one of two definitions
// of keep(); the external one, in Inputs/calls/external-keep.c, may differ
// (C11 6.7.4p7: which one a call uses is unspecified).  keep() is too big
// to inline, so clang emits the inline definition as available_externally
// and the call runs the external keep(), which stores the pointer.
// pass/summaries.c took the inline body's summary ("does not escape") for
// that call: fill's malloc moved to its frame, and main's free(saved) freed
// a stack address.  A C function's available_externally body no longer
// gives a call its summary: the declaration's attributes do, as for a weak
// definition.  (C++: test/clang/extern-template-summary.cpp.)
// RUN: %clang-noplugin -O2 %s %S/Inputs/calls/external-keep.c -o %t.ref
// RUN: %t.ref > %t.out.ref
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack -c %s -o %t.o 2>%t.err
// RUN: FileCheck %s < %t.err
// RUN: %clang-noplugin -O2 %t.o %S/Inputs/calls/external-keep.c -o %t.h2s
// RUN: %t.h2s | diff %t.out.ref -
// RUN: %clang -O2 -DGNU_INLINE -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack -c %s -o %t.g.o 2>%t.g.err
// RUN: FileCheck %s < %t.g.err
// RUN: %clang-noplugin -O2 %t.g.o %S/Inputs/calls/external-keep.c -o %t.g
// RUN: %t.g | diff %t.out.ref -
// RUN: %clang -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// The run that sees the inline definition says why it is not used: the
// late run, where keep() is a declaration, only that it escapes.
// RUN: %clang -O2 -mllvm -heap2stack-late-rerun=false -fno-caret-diagnostics -Rpass-missed=heap2stack -c %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=WHY
// The whole pipeline in one clang and in full LTO: the same.
// RUN: %clang -O2 %s %S/Inputs/calls/external-keep.c -o %t.both
// RUN: %t.both | diff %t.out.ref -
#include <stdio.h>
#include <stdlib.h>
extern volatile int sink;
#define S4(k) sink = p[k]; sink = p[k] + 1; sink = p[k] * 3; sink = p[k] ^ 7;
#define S16(k) S4(k) S4(k + 1) S4(k + 2) S4(k + 3)
#ifdef GNU_INLINE
extern inline __attribute__((gnu_inline)) void keep(int *p) { S16(0) S16(4) S16(8) S16(12) }
#else
inline void keep(int *p) { S16(0) S16(4) S16(8) S16(12) }
#endif
extern int *saved;

__attribute__((noinline)) void fill(int n) {
  int *p = malloc(16 * sizeof *p); // CHECK: c99-inline-definition.c:[[@LINE]]:12: remark: escapes: passed to 'keep'
  // WHY: c99-inline-definition.c:[[@LINE-1]]:12: remark: escapes: passed to 'keep' at {{.*}}, which may run another definition than the one here (an inline definition, available_externally: C's `inline` or `extern inline` allows the external one to differ)
  for (int i = 0; i < 16; i++)
    p[i] = i * n;
  keep(p);
}
// CHECK-NOT: remark: moved to stack: 64-byte
// IR-LABEL: define {{.*}}void @fill(
// IR: call {{.*}}ptr @malloc(i64 noundef 64)
// IR: call void @keep(
__attribute__((noinline)) void clobber(int n) {
  volatile int big[64];
  for (int i = 0; i < 64; i++)
    big[i] = -n;
}
int main(int argc, char **argv) {
  (void)argv;
  fill(argc + 6);
  clobber(argc);
  if (saved) {
    printf("%d\n", saved[5]);
    free(saved);
  } else {
    puts("none");
  }
  return 0;
}
