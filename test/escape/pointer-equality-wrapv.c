// -fno-strict-overflow (and -fwrapv-pointer) make pointer arithmetic wrap:
// clang's GEPs lose inbounds, and `near + (guess - (uintptr_t)near)` is a
// pointer at the guessed address that the graph still sees as `near`.  So
// in a module with such GEPs, p == q holds only when both point into one
// object (audit5, pointer-equality-wrapv-gep.c: p moved and main read the
// dead frame).
// RUN: %clang -O2 -fno-strict-overflow -fno-caret-diagnostics -Rpass=heap2stack \
// RUN:   -Rpass-missed=heap2stack %s -o %t 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %t | FileCheck %s --check-prefix=OUT
// RUN: %clang -O2 -fno-strict-overflow -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// REMARK: pointer-equality-wrapv.c:42:13: remark: escapes: its address is compared for equality with a pointer that may have been made from an integer
// IR-LABEL: define {{.*}}@find(
// IR: call {{.*}}@malloc(i64 {{.*}}32)
// OUT: hello from p
/*
 * heap2stack audit5 (equality pairs): a guess made by pointer arithmetic
 * from one of the frame's own objects counts as an own object.
 *
 * q = n + (guess - (uintptr_t)n), n = near (an alloca, read back through a
 * volatile local so LLVM cannot fold the comparison), is a pointer whose
 * address is the integer guess.  With -fwrapv-pointer / -fno-strict-overflow
 * clang emits a GEP without inbounds: defined wrapping arithmetic.  The GEP
 * copies n's points-to set, so integer_flow.c only_own_objects(q) holds and
 * `q == p` (visit_pointer_order) is an equality pair that "holds": p moves.
 * The search then finds p's address (audit4 pointer-equality-search.c),
 * keeps it as an integer in a global, and main reads p after find returned.
 *
 *   clang-22 -O2 -fwrapv-pointer eq.c && ./a.out                    # hello from p
 *   clang-22 -O2 -fwrapv-pointer -fpass-plugin=P eq.c && ./a.out    # XXXXXXXXXXXX
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
uintptr_t g_found;
char *g_anchor;
volatile int g_bit4;
__attribute__((noinline)) void fill(char *p) { strcpy(p, "hello from p"); }
__attribute__((noinline)) void find(void) {
  char near[16];
  char *p = malloc(32);
  fill(p);
  if ((uintptr_t)p & 16) g_bit4 = 1;
  uintptr_t found = 0; char *volatile vnear = near;
  uintptr_t bases[3] = {(uintptr_t)g_anchor, (uintptr_t)__builtin_frame_address(0), (uintptr_t)near};
  for (int b = 0; b < 3; b++)
    for (intptr_t off = -(1 << 20); off <= (1 << 20); off += 16) {
      char *n = vnear; char *q = n + (intptr_t)(bases[b] + off - (uintptr_t)n); 
      if (q == p) found = bases[b] + off;
    }
  g_found = found;
}
__attribute__((noinline)) void scribble(void) { volatile char big[4096]; for (int i = 0; i < 4096; i++) big[i] = 'X'; }
int main(void) {
  g_anchor = malloc(32);
  find(); scribble();
  if (!g_found) { puts("not found"); return 0; }
  char buf[13]; memcpy(buf, (char *)g_found, 12); buf[12] = 0; printf("%s\n", buf);
  return 0;
}
