// An indirect call whose possible targets are known uses the union of
// their summaries: a select or phi of functions, or a function loaded from
// a constant table (pass/summaries.c, h2s_indirect_targets).  A table that
// is not constant, or holds a function whose body may not be the one that
// runs (weak, a declaration) or of another type, keeps the call unknown.
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef long (*op_fn)(const char *, long);
char *kept;
long external_op(const char *, long);

__attribute__((noinline)) static long sum_op(const char *p, long n) {
  long s = 0;
  for (long i = 0; i < n; i++)
    s += p[i];
  return s;
}
__attribute__((noinline)) static long max_op(const char *p, long n) {
  long m = 0;
  for (long i = 0; i < n; i++)
    if (p[i] > m)
      m = p[i];
  return m;
}
__attribute__((noinline)) static long keep_op(const char *p, long n) {
  kept = (char *)p;
  return n;
}

static const op_fn table[] = {sum_op, max_op};
static const struct { const char *name; op_fn fn; } named[] = {{"sum", sum_op}, {"max", max_op}};
static const op_fn bad_table[] = {sum_op, keep_op};
static op_fn mutable_table[] = {sum_op, max_op};
static const op_fn external_table[] = {sum_op, external_op};

__attribute__((noinline)) long via_table(int k) {
  char *b = malloc(32); // REMARK-DAG: indirect-known-targets.c:[[@LINE]]:13: remark: moved to stack: 32-byte malloc
  memset(b, k, 32);
  long r = table[k & 1](b, 32);
  free(b);
  return r;
}

__attribute__((noinline)) long via_named(int k) {
  char *b = malloc(24); // REMARK-DAG: indirect-known-targets.c:[[@LINE]]:13: remark: moved to stack: 24-byte malloc
  memset(b, k, 24);
  long r = named[k & 1].fn(b, 24);
  free(b);
  return r;
}

__attribute__((noinline)) long via_choice(int k) {
  char *b = malloc(40); // REMARK-DAG: indirect-known-targets.c:[[@LINE]]:13: remark: moved to stack: 40-byte malloc
  memset(b, k, 40);
  op_fn f;
  switch (k) {
  case 0: f = sum_op; break;
  case 1: f = max_op; break;
  default: f = sum_op; break;
  }
  long r = f(b, 40);
  free(b);
  return r;
}

/* One target keeps it: escapes, with that target's reason. */
__attribute__((noinline)) long via_bad_table(int k) {
  char *b = malloc(48); // REMARK-DAG: indirect-known-targets.c:[[@LINE]]:13: remark: escapes: passed to an indirect call at {{.*}}, which stores it to global 'kept'
  memset(b, k, 48);
  return bad_table[k & 1](b, 48); /* leaked: kept may point to it */
}

/* A table the program may change: unknown. */
__attribute__((noinline)) long via_mutable(int k) {
  char *b = malloc(56); // REMARK-DAG: indirect-known-targets.c:[[@LINE]]:13: remark: escapes: passed to an indirect call
  memset(b, k, 56);
  long r = mutable_table[k & 1](b, 56);
  free(b);
  return r;
}

/* A target whose body may be replaced at link time: unknown. */
__attribute__((noinline)) long via_external(int k) {
  char *b = malloc(64); // REMARK-DAG: indirect-known-targets.c:[[@LINE]]:13: remark: escapes: passed to an indirect call
  memset(b, k, 64);
  long r = k >= 0 ? sum_op(b, 64) : external_table[k & 1](b, 64);
  free(b);
  return r;
}

/* Weak: the body that runs may be another one. */
__attribute__((weak)) long external_op(const char *p, long n) { return p[0] + n; }

// OPT-DAG: moved to stack: 32-byte malloc
// OPT-DAG: moved to stack: 24-byte malloc
// OPT-DAG: moved to stack: 40-byte malloc
// OPT-NOT: moved to stack: {{48|56|64}}-byte
// REMARK-NOT: moved to stack: {{48|56|64}}-byte

int main(void) {
  mutable_table[0] = max_op;
  printf("%ld %ld %ld %ld %ld %ld %d\n", via_table(3), via_named(1), via_choice(0),
         via_bad_table(1), via_mutable(2), via_external(5), kept != 0);
  return 0;
}
