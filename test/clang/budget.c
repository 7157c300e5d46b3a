// max-frame (default 131072) counts the function's own static allocas plus
// every byte heap2stack moves into it; sites are admitted in program order
// and the refused one shows the arithmetic.
// (stack-check-above and max-chain raised: these are static slots; the checked
// slot above 4 KiB has its own tests, stack-check-rewrite.ll and
// stack-checked-moves.c.)
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics -mllvm -heap2stack-stack-check-above=1000000 -mllvm -heap2stack-max-chain=1000000 %s -o %t.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// A larger budget lets every buffer move:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics -mllvm -heap2stack-stack-check-above=1000000 -mllvm -heap2stack-max-chain=1000000 %s -o %t.big.ll -mllvm -heap2stack-max-frame=200000 \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.big.err
// RUN: FileCheck %s --check-prefix=BIG < %t.big.err
// RUN: not grep "budget exceeded" %t.big.err
#include <stdlib.h>

/* leaf: calls no function of this file back, so nothing here is re-entered
   through it (pass/reentry.c) */
__attribute__((leaf)) void sink(int);
__attribute__((leaf)) void sink_buf(char *);

// Three 40000-byte buffers next to a 20000-byte local array: two move
// (20000 + 80000), the third would make 140000 > 131072.
// IR-LABEL: define {{.*}} @with_local_array(
// IR-DAG: alloca [20000 x i8]
// IR-DAG: alloca [40000 x i8], align 16
// IR-DAG: alloca [40000 x i8], align 16
// IR-NOT: alloca [40000 x i8]
// IR: call {{.*}}@malloc(i64 noundef 40000)
// IR-NOT: @malloc(
// IR: call void @free(
// IR-NOT: @free(
// IR: {{^}}}
void with_local_array(int i) {
  char local[20000];
  sink_buf(local);
  char *a = malloc(40000); // @a
  char *b = malloc(40000); // @b
  char *c = malloc(40000); // @c
  a[i % 40000] = 1;
  b[i % 40000] = 2;
  c[i % 40000] = 3;
  sink(a[(i * 3) % 40000] + b[(i * 5) % 40000] + c[(i * 7) % 40000] + local[i % 20000]);
  free(a);
  free(b);
  free(c);
}
// REMARK-DAG: budget.c:[[@LINE-11]]:13: remark: moved to stack: 40000-byte malloc (align 16) [-Rpass=heap2stack]
// REMARK-DAG: budget.c:[[@LINE-11]]:13: remark: moved to stack: 40000-byte malloc (align 16) [-Rpass=heap2stack]
// REMARK-DAG: budget.c:[[@LINE-11]]:13: remark: stack frame budget exceeded: 20000 bytes of locals + 80000 bytes moved + 40000 bytes > max-frame 131072 [-Rpass-missed=heap2stack]
// BIG: budget.c:[[@LINE-12]]:13: remark: moved to stack: 40000-byte malloc (align 16) [-Rpass=heap2stack]

// Four buffers and no locals: three move, the fourth is refused.
// IR-LABEL: define {{.*}} @four(
// IR: call {{.*}}@malloc(i64 noundef 40000)
// IR-NOT: @malloc(
// IR: {{^}}}
void four(int i) {
  char *a = malloc(40000); // @f1
  char *b = malloc(40000); // @f2
  char *c = malloc(40000); // @f3
  char *d = malloc(40000); // @f4
  a[i % 40000] = 1;
  b[i % 40000] = 2;
  c[i % 40000] = 3;
  d[i % 40000] = 4;
  sink(a[(i * 3) % 40000] + b[(i * 5) % 40000] + c[(i * 7) % 40000] + d[(i * 11) % 40000]);
  free(a);
  free(b);
  free(c);
  free(d);
}
// REMARK-DAG: budget.c:[[@LINE-14]]:13: remark: moved to stack: 40000-byte malloc
// REMARK-DAG: budget.c:[[@LINE-14]]:13: remark: moved to stack: 40000-byte malloc
// REMARK-DAG: budget.c:[[@LINE-14]]:13: remark: moved to stack: 40000-byte malloc
// REMARK-DAG: budget.c:[[@LINE-14]]:13: remark: stack frame budget exceeded: 0 bytes of locals + 120000 bytes moved + 40000 bytes > max-frame 131072 [-Rpass-missed=heap2stack]
// BIG: budget.c:[[@LINE-15]]:13: remark: moved to stack: 40000-byte malloc (align 16) [-Rpass=heap2stack]
