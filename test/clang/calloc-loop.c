// calloc in a loop becomes one entry-block slot, zeroed at the allocation
// point on every iteration (not once in the entry block): the program reads
// what the previous iteration wrote unless the memset is there.
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=NOPLUGIN
// RUN: %clang -O2 %s -o %t.plugin
// RUN: %clang-noplugin -O2 %s -o %t.noplugin
// RUN: %t.plugin > %t.out1
// RUN: %t.noplugin > %t.out2
// RUN: diff %t.out1 %t.out2
// RUN: FileCheck %s --check-prefix=OUT < %t.out1
#include <stdio.h>
#include <stdlib.h>

// NOPLUGIN-LABEL: define {{.*}} @dirty_sums(
// NOPLUGIN: call {{.*}}@calloc(i64 noundef 16, i64 noundef 4)

// The slot is in the entry block, the memset in the loop body (after the
// loop's phi), and no calloc/free is left.
// IR-LABEL: define {{.*}} @dirty_sums(
// IR-NEXT: [[SLOT:%[0-9]+]] = alloca [64 x i8], align 16
// IR-NOT: @calloc(
// IR: phi
// IR: call void @llvm.memset.p0.i64(ptr {{.*}}[[SLOT]], i8 0, i64 64, i1 false)
// IR-NOT: @calloc(
// IR-NOT: @free(
// IR: {{^}}}
__attribute__((noinline)) unsigned dirty_sums(int n) {
  unsigned total = 0;
  for (int i = 0; i < n; i++) {
    unsigned *z = calloc(16, sizeof *z); // @calloc
    unsigned seen = 0;
    for (int k = 0; k < 16; k++)
      seen += z[(k * 5 + i) & 15]; // must be 0 on every iteration
    total += seen;
    z[i & 15] = (unsigned)i + 1;   // dirty the slot for the next iteration
    z[(i * 7) & 15] += 3;
    total += z[(i * 3) & 15];
    free(z); // @free
  }
  return total;
}
// REMARK: calloc-loop.c:[[@LINE-12]]:19: remark: moved to stack: 64-byte calloc (align 16) [-Rpass=heap2stack]
// REMARK-NOT: remark:

int main(int argc, char **argv) {
  (void)argv;
  unsigned n = 1000 + (unsigned)argc;
  // OUT: total {{[0-9]+}}
  printf("total %u\n", dirty_sums((int)n));
  return 0;
}
