// An address converted to an integer leaves the frame only if address bits
// can reach memory, a call, the result, inttoptr or (beyond the low 12
// bits) a branch (pass/integer_flow.c).  Offsets between two pointers into
// the same object carry no address at all; page bits may steer branches.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt | diff %t.out.ref -
// (The -O0 IR keeps every local in memory: its conversions are stored to
// allocas, an escape there; mem2reg first gives the SSA the walk follows.)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_addr, g_low, g_bits;
long g_gap;

// REMARK-DAG: moved to stack: 64-byte malloc
// REMARK-DAG: moved to stack: 80-byte malloc
// REMARK-DAG: moved to stack: 96-byte malloc
// REMARK-DAG: moved to stack: 112-byte malloc
// REMARK-NOT: moved to stack: 24-byte
// REMARK-NOT: moved to stack: 40-byte
// REMARK-NOT: moved to stack: 56-byte
// REMARK-NOT: moved to stack: 72-byte
// REMARK-NOT: moved to stack: 88-byte
// REMARK-NOT: moved to stack: 104-byte
// OPT-DAG: moved to stack: 64-byte malloc
// OPT-DAG: moved to stack: 80-byte malloc
// OPT-DAG: moved to stack: 96-byte malloc
// OPT-DAG: moved to stack: 112-byte malloc
// OPT-NOT: moved to stack: {{24|40|56|72|88|104}}-byte

/* end - buf: an offset. */
__attribute__((noinline)) long scan_length(const char *s) {
  char *buf = malloc(64); // @64
  strncpy(buf, s, 63);
  buf[63] = 0;
  char *end = buf;
  while (*end && *end != ',')
    end++;
  long n = (long)((uintptr_t)end - (uintptr_t)buf);
  free(buf);
  return n;
}

/* An alignment check: page bits steering a branch. */
__attribute__((noinline)) int aligned_sum(int k) {
  int *v = malloc(80); // @80
  for (int i = 0; i < 20; i++)
    v[i] = i * k;
  int s = 0;
  if (((uintptr_t)v & 3) == 0) /* always true: int-aligned */
    for (int i = 0; i < 20; i++)
      s += v[i];
  free(v);
  return s;
}

/* Comparisons of two addresses of one object, as integers. */
__attribute__((noinline)) int walk_until(int k) {
  unsigned char *b = malloc(96); // @96
  for (int i = 0; i < 96; i++)
    b[i] = (unsigned char)(i + k);
  int s = 0;
  for (unsigned char *p = b; (uintptr_t)p < (uintptr_t)(b + 96); p += 7)
    s += *p;
  free(b);
  return s;
}

/* Page bits mixed with arithmetic, then compared. */
__attribute__((noinline)) int low_bits_compared(int k) {
  char *b = malloc(112); // @112
  memset(b, k, 112);
  uintptr_t a = (uintptr_t)b * 5 + 3;
  int r = 0;
  if ((a % 64) < 200) /* page bits: may decide a branch, not reach the result */
    r = b[(k & 63)];
  free(b);
  return r;
}

/* Escapes: the whole address stored. */
__attribute__((noinline)) int address_stored(void) {
  char *b = malloc(24); // REMARK-DAG: integers-stay-home.c:[[@LINE]]:13: remark: escapes: converted to an integer
  b[0] = 1;
  g_addr = (uintptr_t)b ^ 0x5555;
  int r = b[0];
  free(b);
  return r;
}

/* Escapes: page bits stored to memory (text or memory: a channel). */
__attribute__((noinline)) int low_bits_stored(void) {
  char *b = malloc(40); // REMARK-DAG: integers-stay-home.c:[[@LINE]]:13: remark: escapes: converted to an integer
  b[0] = 2;
  g_low = (uintptr_t)b & 0xfff;
  int r = b[0];
  free(b);
  return r;
}

/* Escapes: the address copied bit by bit through branches. */
__attribute__((noinline)) int copied_by_branches(void) {
  char *b = malloc(56); // REMARK-DAG: integers-stay-home.c:[[@LINE]]:13: remark: escapes: converted to an integer
  b[0] = 3;
  uintptr_t bits = 0;
  for (int i = 0; i < 64; i++)
    if (((uintptr_t)b >> i) & 1)
      bits |= (uintptr_t)1 << i;
  g_bits = bits;
  int r = b[0];
  free(b);
  return r;
}

/* Escapes: the distance between two objects is an address difference. */
__attribute__((noinline)) int two_objects(void) {
  char *b = malloc(72); // REMARK-DAG: integers-stay-home.c:[[@LINE]]:13: remark: escapes: converted to an integer
  char *c = malloc(88); // REMARK-DAG: integers-stay-home.c:[[@LINE]]:13: remark: escapes: converted to an integer
  b[0] = 4;
  c[0] = 5;
  g_gap = (long)((uintptr_t)c - (uintptr_t)b);
  int r = b[0] + c[0];
  free(b);
  free(c);
  return r;
}

/* Escapes: high bits deciding a branch (at -O2 a pointer comparison). */
__attribute__((noinline)) int high_bits_branch(void) {
  char *b = malloc(104); // REMARK-DAG: integers-stay-home.c:[[@LINE]]:13: remark: escapes: {{converted to an integer|its address is compared for order with another object.s}}
  b[0] = 6;
  int r = b[0];
  if ((uintptr_t)b > ((uintptr_t)1 << 40))
    r += 0; /* a volatile side effect below keeps the branch */
  else
    g_addr = 1;
  free(b);
  return r;
}

int main(void) {
  printf("%ld %d %d %d\n", scan_length("abc,def"), aligned_sum(3), walk_until(2),
         low_bits_compared(1) > 0);
  printf("%d %d %d %d %d %d\n", address_stored(), low_bits_stored(), copied_by_branches(),
         two_objects(), high_bits_branch(), g_gap != 0);
  return 0;
}
