// max-chain (issue: stack safety, item 2): the static slots heap2stack adds
// along a call path are bounded, not only per frame.  run -> parse ->
// read_block each move a 4,000-byte buffer (static slots: below
// stack-check-above); with max-chain=10000 the leaves keep theirs (callees
// are decided first: read_block's chain is 4000, parse's 8000) and run's
// buffer would make the chain 12000: it stays on the heap, and the remark
// names the path.  Same decisions in the module pass (opt) and in clang's
// CGSCC pipeline; the default (64 KiB) moves all three.
//
// RUN: %clang-noplugin -O0 %s -o %t.ref && %t.ref > %t.out.ref
// RUN: %clang -O2 -mllvm -heap2stack-max-chain=10000 -Rpass=heap2stack -Rpass-missed=heap2stack \
// RUN:   -fno-caret-diagnostics -S -emit-llvm %s -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %clang-noplugin -O0 %t.ll -o %t.o2 && %t.o2 > %t.out.o2 && diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt -passes='heap2stack<max-chain=10000>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.o0.ll 2>&1 | FileCheck %s --check-prefix=OPT
// RUN: %clang -O2 -Rpass=heap2stack -Rpass-missed=heap2stack -fno-caret-diagnostics -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not=exceeded
//
// REMARK-DAG: call-chain-budget.c:[[@LINE+22]]:22: remark: moved to stack: 4000-byte malloc (align 16)
// REMARK-DAG: call-chain-budget.c:[[@LINE+30]]:22: remark: moved to stack: 4000-byte malloc (align 16)
// REMARK-DAG: call-chain-budget.c:[[@LINE+38]]:22: remark: call chain budget exceeded: 12000 bytes of static stack slots via 'run' -> 'parse' -> 'read_block' > max-chain 10000
// IR-LABEL: define internal fastcc i32 @run()
// IR: call noalias {{.*}}ptr @malloc(i64 noundef 4000)
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+17]]:22: moved to stack: 4000-byte malloc (align 16)
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+25]]:22: moved to stack: 4000-byte malloc (align 16)
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+33]]:22: call chain budget exceeded: 12000 bytes of static stack slots via 'run' -> 'parse' -> 'read_block' > max-chain 10000
// DEFAULT-COUNT-3: remark: moved to stack: 4000-byte malloc (align 16)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int RT = 3;

__attribute__((noinline)) static unsigned sum(const unsigned char *b, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i += 7) s += b[i];
  return s;
}

__attribute__((noinline)) static int read_block(int k) {
  unsigned char *b = malloc(4000);
  if (!b) return -1;
  memset(b, k, 4000);
  int s = (int)sum(b, 4000);
  free(b);
  return s;
}

__attribute__((noinline)) static int parse(int k) {
  unsigned char *b = malloc(4000);
  if (!b) return -1;
  memset(b, k, 4000);
  int s = (int)sum(b, 4000) + read_block(k + 1);
  free(b);
  return s;
}

__attribute__((noinline)) static int run(void) {
  unsigned char *b = malloc(4000);
  if (!b) return -1;
  memset(b, RT, 4000);
  int s = (int)sum(b, 4000) + parse(RT);
  free(b);
  return s;
}

int main(void) {
  printf("%d\n", run());
  return 0;
}
