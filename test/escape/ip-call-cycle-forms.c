// A call cycle in clang's pipeline (issue: trust, class 1).  F(p) allocates
// a buffer of its own, may call G(p), and stores p into a global; G(q)
// calls F(q), so F and G are one call cycle; H passes a fresh malloc(16)
// to G and returns; main reads the buffer through the global afterwards.
// The CGSCC form used to analyse F and G one at a time and keep a summary
// of G computed against F's unfinished one ("q does not escape"), so H's
// buffer moved to H's frame and the global pointed into a dead frame.  The
// summaries of a cycle are now solved as one unit by one solver, which both
// forms use: both keep the buffer on the heap and say why.
//
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.ll 2>&1 | FileCheck %s --check-prefix=FORM
// RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -disable-output %t.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FORM
// RUN: %opt -passes='cgscc(heap2stack)' -S %t.ll -o - | FileCheck %s --check-prefix=IR
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.plugin 2>%t.err
// RUN: FileCheck %s --check-prefix=O2 < %t.err
// RUN: %t.plugin | FileCheck %s --check-prefix=OUT
// RUN: %clang -O1 %s -o %t.o1 && %t.o1 | FileCheck %s --check-prefix=OUT
// RUN: %clang -O3 %s -o %t.o3 && %t.o3 | FileCheck %s --check-prefix=OUT
//
// F's own buffer is not part of the cycle's flow: it may move, but only
// within max-recursive-size (0 by default), so both forms keep it too.
// FORM-DAG: remark: {{.*}} in a recursive call cycle: 8 bytes > max-recursive-size 0
// FORM-DAG: remark: {{.*}} escapes: passed to 'G' at {{.*}}, which passes it to 'F'
// FORM-NOT: moved to stack: 16-byte
// IR-LABEL: define {{.*}}@H(
// IR: call {{.*}}@malloc(i64 noundef 16)
// IR-NOT: .h2s
// IR: ret void
// O2: ip-call-cycle-forms.c:[[@LINE+22]]:{{[0-9]+}}: remark: escapes: passed to 'G'
// O2-NOT: moved to stack: 16-byte
// OUT: hello
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *gp;
void G(char *q, int d);

__attribute__((noinline)) void F(char *p, int d) {
  char *own = malloc(8);
  own[0] = (char)d;
  if (d > 0)
    G(p, d - 1);
  gp = p;
  free(own);
}

__attribute__((noinline)) void G(char *q, int d) { F(q, d); }

__attribute__((noinline)) void H(void) {
  char *b = malloc(16);
  strcpy(b, "hello");
  G(b, 2);
}

__attribute__((noinline)) void clobber(void) {
  volatile char x[256];
  for (int i = 0; i < 256; i++)
    x[i] = 'X';
}

int main(void) {
  H();
  clobber();
  printf("%.5s\n", gp);
  return 0;
}
