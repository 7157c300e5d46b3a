// __attribute__((annotate("heap2stack_off"))) leaves a function's
// allocations alone (with a remark saying so); other annotations do not.
// RUN: %clang -O2 -S -emit-llvm -fno-discard-value-names %s -o - \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
#include <stdlib.h>

/* leaf: calls no function of this file back, so nothing here is re-entered
   through it (pass/reentry.c) */
__attribute__((leaf)) void sink(int);

// CHECK-LABEL: define {{.*}} @opted_out(
// CHECK: call {{.*}} @malloc(i64 noundef 64)
// CHECK: call void @free(
__attribute__((annotate("heap2stack_off"))) void opted_out(int i) {
  int *p = malloc(64); // REMARK-DAG: opt-out-annotation.c:[[@LINE]]:12: remark: not analysed: the function is annotated heap2stack_off [-Rpass-missed=heap2stack]
  for (int k = 0; k < 16; k++)
    p[k] = k * i;
  sink(p[i & 15]);
  free(p);
}

// CHECK-LABEL: define {{.*}} @annotated_otherwise(
// CHECK-NOT: @malloc(
// CHECK-NOT: @free(
// CHECK: ret void
__attribute__((annotate("hot_path"))) void annotated_otherwise(int i) {
  int *p = malloc(64); // REMARK-DAG: opt-out-annotation.c:[[@LINE]]:12: remark: moved to stack: 64-byte malloc (align 16) [-Rpass=heap2stack]
  for (int k = 0; k < 16; k++)
    p[k] = k * i;
  sink(p[i & 15]);
  free(p);
}
