// p == q tells whether p is at q's address.  When q may be a guess, a
// pointer made from an integer (an inttoptr, a parameter, a pointer read
// from memory the function does not own), a loop of such comparisons finds
// p's address, which can then outlive the frame as an integer.  Before,
// every pointer equality was taken to leak nothing ("two live objects never
// share an address"): find() below moved p, and main read its dead frame
// (audit4, pointer-equality-search.c; stack-use-after-return under ASan).
// compare-and-swap compares too: __atomic_compare_exchange_n(&slot, &p, ...)
// says whether the slot held p's address.  Comparisons with null, with a
// global and with the frame's own objects still leak nothing, and those
// objects still move.
//
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %clang -O2 %s -o %t.o2 && %t.o2 | FileCheck %s --check-prefix=OUT
// RUN: %clang -O1 %s -o %t.o1 && %t.o1 | FileCheck %s --check-prefix=OUT
// RUN: %clang-noplugin -O0 -g -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.O0.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -disable-output %t.O0.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK
//
// REMARK-DAG: pointer-equality-guess.c:61:13: {{(remark: )?}}escapes: its address is compared for equality with a pointer that may have been made from an integer
// REMARK-DAG: pointer-equality-guess.c:77:13: {{(remark: )?}}escapes: passed to 'same'{{.*}}compares its address for equality with a pointer that may have been made from an integer
// (clang compares pointers in __atomic_compare_exchange_n as integers:
// escape/pointer-equality-cmpxchg.ll has the pointer form)
// REMARK-DAG: pointer-equality-guess.c:91:13: {{(remark: )?}}escapes: {{converted to an integer|read back from memory as an integer}}
// REMARK-DAG: pointer-equality-guess.c:110:13: {{(remark: )?}}moved to stack: 32-byte malloc
// REMARK-DAG: pointer-equality-guess.c:111:13: {{(remark: )?}}moved to stack: 32-byte malloc
//
// IR-LABEL: define {{.*}}@find(
// IR: call {{.*}}@malloc(i64 {{.*}}32)
// IR-LABEL: define {{.*}}@find_through_callee(
// IR: call {{.*}}@malloc(i64 {{.*}}32)
// IR-LABEL: define {{.*}}@find_cmpxchg(
// IR: call {{.*}}@malloc(i64 {{.*}}32)
// IR-LABEL: define {{.*}}@own_objects(
// IR-NOT: call {{.*}}@malloc(
// IR: ret i32
//
// OUT: hello from p
// OUT-NEXT: hello from q
// OUT-NEXT: hello from r
// OUT-NEXT: own 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_found[3];
char *g_slot;
char *g_anchor;
volatile int g_bit4;
char g_other[4];

__attribute__((noinline)) void fill(char *p, char c) { strcpy(p, "hello from p"); p[11] = c; }

__attribute__((noinline)) void find(void) {
  char near[16];
  char *p = malloc(32);
  fill(p, 'p');
  if ((uintptr_t)p & 16) // the address's page bits, in the frame: allowed
    g_bit4 = 1;
  uintptr_t bases[3] = {(uintptr_t)g_anchor, (uintptr_t)__builtin_frame_address(0),
                        (uintptr_t)near};
  for (int b = 0; b < 3; b++)
    for (intptr_t off = -(1 << 20); off <= (1 << 20); off += 16)
      if ((char *)(bases[b] + off) == p)
        g_found[0] = bases[b] + off; // p is never freed: it lives on
}

__attribute__((noinline)) int same(const char *a, const char *b) { return a == b; }

__attribute__((noinline)) void find_through_callee(void) {
  char near[16];
  char *p = malloc(32);
  fill(p, 'q');
  if ((uintptr_t)p & 16)
    g_bit4 = 1;
  uintptr_t bases[3] = {(uintptr_t)g_anchor, (uintptr_t)__builtin_frame_address(0),
                        (uintptr_t)near};
  for (int b = 0; b < 3; b++)
    for (intptr_t off = -(1 << 20); off <= (1 << 20); off += 16)
      if (same((char *)(bases[b] + off), p))
        g_found[1] = bases[b] + off;
}

__attribute__((noinline)) void find_cmpxchg(void) {
  char near[16];
  char *p = malloc(32);
  fill(p, 'r');
  if ((uintptr_t)p & 16)
    g_bit4 = 1;
  uintptr_t bases[3] = {(uintptr_t)g_anchor, (uintptr_t)__builtin_frame_address(0),
                        (uintptr_t)near};
  for (int b = 0; b < 3; b++)
    for (intptr_t off = -(1 << 20); off <= (1 << 20); off += 16) {
      char *expected = p;
      __atomic_store_n(&g_slot, (char *)(bases[b] + off), __ATOMIC_RELAXED);
      if (__atomic_compare_exchange_n(&g_slot, &expected, NULL, 0, __ATOMIC_SEQ_CST,
                                      __ATOMIC_SEQ_CST))
        g_found[2] = bases[b] + off;
    }
}

// Null, a global, a local array and another allocation of the frame.
__attribute__((noinline)) int own_objects(int n) {
  char local[8];
  char *p = malloc(32);
  char *q = malloc(32);
  if (!p || !q)
    return -1;
  char *r = n ? p : q;
  int k = (r != NULL) + (r == local) + (r == g_other) + (p == q);
  free(p);
  free(q);
  return k;
}

__attribute__((noinline)) void scribble(void) {
  volatile char big[4096];
  for (int i = 0; i < 4096; i++)
    big[i] = 'X';
}

int main(void) {
  g_anchor = malloc(32);
  find();
  find_through_callee();
  find_cmpxchg();
  scribble();
  for (int i = 0; i < 3; i++) {
    char buf[13] = "not found";
    if (g_found[i])
      memcpy(buf, (char *)g_found[i], 12);
    buf[12] = 0;
    printf("%s\n", buf);
  }
  printf("own %d\n", own_objects(1));
  return 0;
}
