// max-chain (issue: stack safety, item 2): the static slots heap2stack adds
// along a call path are bounded, not only per frame.  run -> parse ->
// read_block each move a 4,000-byte buffer (static slots: below
// stack-check-above); with max-chain=10000 the leaves keep theirs (callees
// are decided first: read_block's chain is 4000, parse's 8000) and run's
// buffer would make the chain 12000: it gets a checked slot instead (the
// stack only when the thread has room), and the remark names the path.
// run_aligned's posix_memalign cannot be checked (it returns its pointer
// through an argument): it stays on the heap.  Same decisions in the
// module pass (opt) and in clang's CGSCC pipeline, and with the default
// (8 KiB), where parse's chain of 8000 bytes still fits.
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
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="moved to stack"
//
// REMARK-DAG: call-chain-budget.c:[[@LINE+29]]:22: remark: moved to stack: 4000-byte malloc (align 16)
// REMARK-DAG: call-chain-budget.c:[[@LINE+37]]:22: remark: moved to stack: 4000-byte malloc (align 16)
// REMARK-DAG: call-chain-budget.c:[[@LINE+45]]:22: remark: moved to stack when the thread's stack has room: 4000-byte malloc (align 16) uses a stack slot when this thread's stack has room above its reserve, the heap otherwise (an unchecked slot would make the static slots along 'run' -> 'parse' -> 'read_block' 12000 bytes > max-chain 10000)
// REMARK-DAG: call-chain-budget.c:[[@LINE+54]]:7: remark: call chain budget exceeded: 12000 bytes of static stack slots via 'run_aligned' -> 'parse' -> 'read_block' > max-chain 10000
// IR-LABEL: define internal fastcc i32 @run()
// IR: call {{.*}}@llvm.stacksave
// IR: call noalias {{.*}}ptr @malloc(i64 noundef 4000)
// IR-LABEL: define internal fastcc i32 @run_aligned()
// IR: call {{.*}}@posix_memalign(
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+20]]:22: moved to stack: 4000-byte malloc (align 16)
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+28]]:22: moved to stack: 4000-byte malloc (align 16)
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+36]]:22: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}'run' -> 'parse' -> 'read_block' 12000 bytes > max-chain 10000)
// OPT-DAG: remark: {{.*}}call-chain-budget.c:[[@LINE+45]]:7: call chain budget exceeded: 12000 bytes of static stack slots via 'run_aligned' -> 'parse' -> 'read_block' > max-chain 10000
// DEFAULT-COUNT-2: remark: moved to stack: 4000-byte malloc (align 16)
// DEFAULT: remark: moved to stack when the thread's stack has room: 4000-byte malloc {{.*}}'run' -> 'parse' -> 'read_block' 12000 bytes > max-chain 8192)
// DEFAULT: remark: call chain budget exceeded: 12000 bytes of static stack slots via 'run_aligned' -> 'parse' -> 'read_block' > max-chain 8192
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

__attribute__((noinline)) static int run_aligned(void) {
  void *p = NULL;
  if (posix_memalign(&p, 16, 4000)) return -1;
  unsigned char *b = p;
  memset(b, RT + 1, 4000);
  int s = (int)sum(b, 4000) + parse(RT);
  free(b);
  return s;
}

int main(void) {
  printf("%d %d\n", run(), run_aligned());
  return 0;
}
