// Regression (found by a review on unseen programs): a pointer stored to
// memory and read back as an integer escapes, as through ptrtoint.  In -O0
// IR a union member, a memcpy into a uintptr_t and clang's lowering of an
// atomic exchange on a pointer all read the pointer's bytes with an i64 load;
// heap2stack used to move those buffers, and the programs printed garbage or
// crashed in free().  The verdicts are now the same in -O0 IR, mem2reg'd IR
// and at -O2, and the outputs match the build without the plugin.
//
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.ref > %t.ref.out
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -S %t.o0.ll -o %t.o0.h2s.ll 2>%t.o0.err
// RUN: %clang-noplugin -O0 %t.o0.h2s.ll -o %t.o0 && %t.o0 > %t.o0.out
// RUN: diff %t.ref.out %t.o0.out
// RUN: FileCheck %s --check-prefix=O0 < %t.o0.err
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.o0.ll -o %t.m2r.h2s.ll 2>%t.m2r.err
// RUN: %clang-noplugin -O0 %t.m2r.h2s.ll -o %t.m2r && %t.m2r > %t.m2r.out
// RUN: diff %t.ref.out %t.m2r.out
// RUN: FileCheck %s --check-prefix=O0 < %t.m2r.err
// RUN: %clang -O2 %s -o %t.o2 && %t.o2 > %t.o2.out
// RUN: diff %t.ref.out %t.o2.out
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uintptr_t handle;
static char *current;

// O0: escapes: read back from memory as an integer at '{{.*}} = load i64
__attribute__((noinline)) static void through_union(int k) {
  char *p = malloc(32);
  snprintf(p, 32, "union-%d", k);
  union {
    char *p;
    uintptr_t u;
  } h;
  h.p = p;
  handle = h.u;
}

// O0: escapes: read back from memory as an integer at '{{.*}} = load i64
__attribute__((noinline)) static void through_memcpy(int k) {
  char *p = malloc(32);
  snprintf(p, 32, "memcpy-%d", k);
  uintptr_t u;
  memcpy(&u, &p, sizeof u);
  handle ^= u;
}

// O0: escapes: read back from memory as an integer at '{{.*}} = load i64
__attribute__((noinline)) static void through_atomic_exchange(int k) {
  char *p = malloc(32);
  snprintf(p, 32, "atomic-%d", k);
  char *old = __atomic_exchange_n(&current, p, __ATOMIC_SEQ_CST);
  free(old);
}

// A local scratch buffer whose pointer is never read as an integer still moves.
// O0: moved to stack: 16-byte malloc
__attribute__((noinline)) static unsigned still_moves(unsigned k) {
  unsigned char *b = malloc(16);
  for (unsigned i = 0; i < 16; i++)
    b[i] = (unsigned char)(k + i);
  unsigned s = b[k % 16];
  free(b);
  return s;
}

int main(void) {
  through_union(7);
  printf("%s\n", (char *)handle);
  uintptr_t before = handle;
  through_memcpy(8);
  printf("%s\n", (char *)(handle ^ before));
  through_atomic_exchange(1);
  through_atomic_exchange(2);
  printf("%s %u\n", current, still_moves(3));
  return 0;
}
