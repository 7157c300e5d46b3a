// Run-time sizes on both sides of the dynamic-capacity buffer: the program
// prints the same with and without heap2stack, and the remarks say which
// sites were guarded.
// RUN: %clang -O2 %s -o %t.h2s -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: %clang-noplugin -O2 %s -o %t.ref
// RUN: %t.h2s > %t.out.h2s
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.h2s
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out.h2s
// RUN: %clang -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// IR-LABEL: define {{.*}} @checksum(
// IR: alloca [256 x i8], align 16
// IR: icmp ult i64 {{.*}}, 257
__attribute__((noinline)) unsigned checksum(size_t n, unsigned seed) {
  unsigned char *buf = malloc(n); // REMARK: dynamic-size-runtime.c:[[@LINE]]:24: remark: moved to stack when it fits: 'malloc' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
  if (!buf)
    return 0;
  for (size_t i = 0; i < n; i++)
    buf[i] = (unsigned char)(seed * 31 + i);
  unsigned h = 0;
  for (size_t i = 0; i < n; i++)
    h = h * 131 + buf[(i * 7) % n];
  free(buf);
  return h;
}

__attribute__((noinline)) unsigned zeroed(size_t count, size_t size) {
  int *z = calloc(count, size); // REMARK: dynamic-size-runtime.c:[[@LINE]]:12: remark: moved to stack when it fits: 'calloc' of a run-time size
  if (!z)
    return 1;
  unsigned nonzero = 0;
  for (size_t i = 0; i < count * size / sizeof *z; i++)
    nonzero += z[i] != 0;
  z[0] = 5; // dirty the buffer: the next call must see zeroes again
  free(z);
  return nonzero;
}

int main(void) {
  unsigned total = 0;
  for (size_t n = 1; n < 2000; n += 61)
    total ^= checksum(n, (unsigned)n);
  unsigned nz = 0;
  for (size_t c = 1; c < 300; c += 7)
    nz += zeroed(c, sizeof(int));
  // OUT: checksum {{[0-9]+}} nonzero 0
  printf("checksum %u nonzero %u\n", total, nz);
  return 0;
}
