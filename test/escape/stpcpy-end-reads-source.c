// stpcpy returns the end of what it copied, dst + strlen(src): where the
// first zero byte of the source is.  A source holding an object's address
// as bytes leaks that much of the address through the returned pointer
// (end - dst is an integer the frame can publish), so stpcpy reads its
// source as data, like strlen; strcpy, which returns dst, does not.
// (A guard: the same object is also kept through its bytes in `src`.)
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long published;

// IR-LABEL: define {{.*}} @end_of_copy(
// IR: call {{.*}}@malloc(
__attribute__((noinline)) void end_of_copy(void) {
  long *p = malloc(sizeof *p); // REMARK: stpcpy-end-reads-source.c:[[@LINE]]:13: remark: escapes:
  *p = 1;
  char src[sizeof p + 1], dst[sizeof p + 1];
  memcpy(src, &p, sizeof p);
  src[sizeof p] = 0;
  char *end = stpcpy(dst, src);
  published = end - dst; /* the index of p's first zero byte */
  free(p);
}

int main(void) {
  end_of_copy();
  printf("%d\n", published >= 0);
  return 0;
}
