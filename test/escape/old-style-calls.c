// Calls through a function type other than the callee's: an unprototyped
// declaration (`long f();`) makes clang call through `i64 (ptr, i32, ...)`
// while the definition is `i64 (ptr, i64)`.  The callee's summary still
// speaks for an argument that arrives as the very parameter (same position,
// same type, passed the same way); a pointer the callee takes as an integer,
// is an escape (a result read as another type: old-style-calls.ll).
// RUN: %clang -std=gnu89 -w -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack \
// RUN:   %s -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -std=gnu89 -w -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -std=gnu89 -w -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: FileCheck %s --check-prefix=IR < %t.h2s.ll
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt | diff %t.out.ref -
#include <stdio.h>
#include <stdlib.h>

long count_nonzero();  /* no prototype: called through (ptr, i32, ...) */
long take_address();
void keep_old();

char *kept;
long saved_address;

/* Reads the bytes; the summary says so, and the buffer moves. */
// IR-LABEL: define {{.*}}i64 @count_buffer(
// IR-NOT: @malloc(
// IR: call i64 (ptr, i32, ...) @count_nonzero(
// IR-NOT: @free(
// IR: ret i64
__attribute__((noinline)) long count_buffer(int k) {
  char *b = malloc(64); // REMARK-DAG: old-style-calls.c:[[@LINE]]:13: remark: moved to stack: 64-byte malloc (align 16) [-Rpass=heap2stack]
  int i;
  for (i = 0; i < 64; i++)
    b[i] = (char)(i * k);
  long r = count_nonzero(b, 64);
  free(b);
  return r;
}
// OPT-DAG: remark: <unknown>:0:0: moved to stack: 64-byte malloc (align 16)
// OPT-DAG: remark: <unknown>:0:0: escapes: passed to 'take_address' called through a mismatched function type
// OPT-DAG: remark: <unknown>:0:0: escapes: passed to 'keep_old' called through a mismatched function type at {{.*}}, which stores it to global 'kept'

/* The callee takes the pointer as an integer (a long parameter) and keeps it. */
__attribute__((noinline)) long pass_as_integer(void) {
  char *b = malloc(32); // REMARK-DAG: old-style-calls.c:[[@LINE]]:13: remark: escapes: {{converted to an integer|passed to 'take_address' called through a mismatched function type}}
  b[0] = 1;
  long r = take_address(b);
  free(b);
  return r;
}

/* The callee stores it to a global: its summary says so. */
__attribute__((noinline)) int stored_by_callee(void) {
  char *b = malloc(24); // REMARK-DAG: old-style-calls.c:[[@LINE]]:13: remark: escapes: passed to 'keep_old'{{( called through a mismatched function type)?}} at {{.*}}, which stores it to global 'kept'
  b[0] = 3;
  keep_old(b, 1);
  return kept[0];
}

// OPT-NOT: moved to stack: 32-byte
// OPT-NOT: moved to stack: 24-byte
// REMARK-NOT: moved to stack: 32-byte
// REMARK-NOT: moved to stack: 24-byte

__attribute__((noinline)) long count_nonzero(const char *p, long n) {
  long c = 0, i;
  for (i = 0; i < n; i++)
    c += p[i] != 0;
  return c;
}
__attribute__((noinline)) long take_address(long v) {
  saved_address = v;
  return v & 1;
}
__attribute__((noinline)) void keep_old(p, n) char *p; long n; { kept = p + n - 1; }

int main(void) {
  long a = count_buffer(3);
  long b = pass_as_integer();
  int d = stored_by_callee();
  printf("%ld %ld %d %d\n", a, b * 0, d, saved_address != 0);
  return 0;
}
