// The module-vs-CGSCC oracle (utils/fuzz/oracle.py) on the -O0 IR of a call
// cycle and on its sroa/instcombine/simplifycfg simplification: `opt
// -passes=heap2stack` and `opt -passes='cgscc(heap2stack)'` must reach the
// same decision for every allocation site.
//
// F(p) allocates its own buffer, may call G(p) and stores p into a global; G
// calls F.  H passes a fresh malloc(16) to G and returns; main reads it
// through the global.  H's buffer escapes (F stores it), so it must stay on
// the heap.  The CGSCC run decided G's summary ("#0 does not escape") before
// F's was final and moved H's buffer (as clang -O2 does: main then reads a
// dead frame), while the module run kept it.  The fuzzer's `cycle` family
// builds such cycles (utils/fuzz/README.md).
//
// RUN: %clang-noplugin -O0 -gline-tables-only -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %python %h2s_src/utils/fuzz/oracle.py --opt %opt-noplugin --plugin %plugin --simplify \
// RUN:   --keep %t.dir %t.ll | FileCheck %s
// CHECK-NOT: / cgscc
// CHECK: oracle {{.*}}: 2 sites (0 moved by the module pass), 0 differ
// CHECK: oracle {{.*}}.simpl: 2 sites (0 moved by the module pass), 0 differ
//
// The program itself, at -O2 with the plugin, against -O0:
// RUN: %clang -O2 %s -o %t.plugin
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.plugin > %t.out.plugin
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.plugin
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define NI __attribute__((noinline))

static unsigned char *g;
static volatile unsigned RT = 3;

NI static unsigned G(unsigned char *q, unsigned d);

NI static unsigned F(unsigned char *p, unsigned d) {
  unsigned char *b = malloc(16);
  for (int i = 0; i < 16; i++)
    b[i] = p[i] + 1;
  unsigned s = b[3];
  if (d)
    s += G(p, d - 1);
  g = p;
  free(b);
  return s;
}

NI static unsigned G(unsigned char *q, unsigned d) { return F(q, d) + 1; }

NI static unsigned H(unsigned d) {
  unsigned char *p = malloc(16);
  memset(p, d + 7, 16);
  return G(p, d);
}

// Overwrites the stack where H's frame was.
NI static void clobber(void) {
  volatile char x[4096];
  for (int i = 0; i < 4096; i++)
    x[i] = (char)i;
}

int main(void) {
  unsigned s = H(RT);
  clobber();
  unsigned t = 0;
  for (int i = 0; i < 16; i++)
    t = t * 31 + g[i];
  printf("%u %u\n", s, t);
  return 0;
}
