// heap2stack's command-line options reach the plugin through -mllvm.
//
// Defaults: the 24-byte buffer moves.
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.default.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.default.err
// RUN: FileCheck %s --check-prefix=MOVED < %t.default.ll
// RUN: FileCheck %s --check-prefix=MOVED-REMARK < %t.default.err
//
// -heap2stack-max-size=16 makes it too large:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.max.ll -mllvm -heap2stack-max-size=16 \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.max.err
// RUN: FileCheck %s --check-prefix=HEAP < %t.max.ll
// RUN: FileCheck %s --check-prefix=TOO-LARGE < %t.max.err
//
// -heap2stack-disable: nothing is rewritten and nothing is said.
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.off.ll -mllvm -heap2stack-disable \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.off.err
// RUN: FileCheck %s --check-prefix=HEAP < %t.off.ll
// RUN: count 0 < %t.off.err
//
// A malformed value stops clang with a message naming the option:
// RUN: not %clang -O2 -S -emit-llvm %s -o /dev/null -mllvm -heap2stack-max-size=abc 2>%t.bad.err
// RUN: FileCheck %s --check-prefix=BAD < %t.bad.err
// BAD: heap2stack-max-size
// BAD-SAME: 'abc'
//
// A misspelt option stops clang, names the option and writes no object (LLVM
// took -heap2stack-maxsize for -h: its help, exit 0, no object):
// RUN: rm -f %t.typo.o
// RUN: not %clang -O2 -c %s -o %t.typo.o -mllvm -heap2stack-maxsize=16 > %t.typo.out 2>&1
// RUN: FileCheck %s --check-prefix=TYPO --implicit-check-not=OPTIONS: < %t.typo.out
// RUN: test ! -e %t.typo.o
// TYPO: heap2stack: unknown option '-heap2stack-maxsize=16' (did you mean '-heap2stack-max-size=16'?); the heap2stack options are: -heap2stack-max-size=N -heap2stack-max-frame=N
#include <stdlib.h>

/* leaf: calls no function of this file back, so nothing here is re-entered
   through it (pass/reentry.c) */
__attribute__((leaf)) void sink(int);

// MOVED-LABEL: define {{.*}} @buffer(
// MOVED: alloca [24 x i8], align 16
// MOVED-NOT: @malloc(
// MOVED-NOT: @free(
// MOVED: {{^}}}
// HEAP-LABEL: define {{.*}} @buffer(
// HEAP: call {{.*}}@malloc(i64 noundef 24)
// HEAP: call void @free(
void buffer(int i) {
  int *p = malloc(6 * sizeof *p); // @buffer
  p[i % 6] = i;
  sink(p[(i + 1) % 6]);
  free(p);
}
// MOVED-REMARK: options-clang.c:[[@LINE-5]]:12: remark: moved to stack: 24-byte malloc (align 16) [-Rpass=heap2stack]
// TOO-LARGE: options-clang.c:[[@LINE-6]]:12: remark: too large for stack: 24 bytes > max-size 16 [-Rpass-missed=heap2stack]
