// The loop rule and bytes (issue: trust, class 2): four iterations' buffers
// are alive together in a local array, and the program compares their
// addresses only through unsigned char loads (memcmp of the pointer slots,
// and a byte loop).  On the heap they are four objects; one shared stack
// slot would make them one.  The pointers' bytes are read as data, so the
// buffers escape and stay on the heap.
//
// The reasons below are the first run's (-heap2stack-late-rerun=false): in
// clang's default pipeline the late run sees simplified functions, where
// LLVM may have deleted an allocation or turned the leak into a plainer one.
// The default pipeline must not move them either, and prints the same:
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=NONE --allow-empty < %t.err
// RUN: %t.o2 | FileCheck %s --check-prefix=OUT
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -mllvm -heap2stack-late-rerun=false -o %t.first 2>%t.first.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.first.err
// RUN: %t.first | FileCheck %s --check-prefix=OUT
// RUN: %clang -O1 %s -o %t.o1 && %t.o1 | FileCheck %s --check-prefix=OUT
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -disable-output %t.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NONE --allow-empty
// RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -disable-output %t.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NONE --allow-empty
//
// NONE-NOT: moved to stack
// REMARK-NOT: moved to stack
// REMARK: loop-compared-as-bytes.c:42:15: remark: escapes: read back from memory as an integer
// REMARK: loop-compared-as-bytes.c:54:19: remark: escapes: read back from memory as an integer
// REMARK-NOT: moved to stack
// OUT: memcmp 0 bytes 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int RT = 4;

__attribute__((noinline)) int same_by_memcmp(void) {
  char *bufs[4];
  for (int i = 0; i < 4; i++) {
    bufs[i] = malloc(16);
    bufs[i][0] = (char)i;
  }
  int same = 0;
  for (int i = 1; i < 4; i++)
    same += memcmp(&bufs[0], &bufs[i], sizeof(char *)) == 0;
  return same; // leaked, like a program that keeps them would
}

__attribute__((noinline)) int same_by_bytes(void) {
  char *bufs[4];
  for (int i = 0; i < RT; i++)
    bufs[i & 3] = malloc(24);
  int same = 0;
  for (int i = 1; i < 4; i++) {
    const unsigned char *a = (const unsigned char *)&bufs[0];
    const unsigned char *b = (const unsigned char *)&bufs[i];
    int eq = 1;
    for (unsigned k = 0; k < sizeof(char *); k++)
      eq &= a[k] == b[k];
    same += eq;
  }
  return same;
}

int main(void) {
  printf("memcmp %d bytes %d\n", same_by_memcmp(), same_by_bytes());
  return 0;
}
