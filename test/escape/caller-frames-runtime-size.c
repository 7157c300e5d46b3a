// Makers of a run-time size (pass/caller_frames.c, size_policy.c): when the
// caller can compute the made allocation's size from the call's arguments
// (the maker's parameters, and integer arithmetic on them that cannot
// trap: `str_new(s, len)` allocates len + 1 bytes), the call gets the
// guarded rewrite: where the size fits the stack buffer, the maker's copy
// fills the buffer; otherwise the maker itself runs and allocates, and the
// caller's free frees only that heap case.  Sizes the caller cannot compute
// (a division, a strlen inside the maker) and fillers keep the heap.
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clang -O2 %s -o %t.o2
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.ref > %t.out.ref
// RUN: %t.o2 > %t.out.o2
// RUN: diff %t.out.ref %t.out.o2
// The sizes that do not fit take the heap: the same output at sizes above
// the buffer (argv[1]), and ASan sees no use of a dead frame.
// RUN: %t.ref 2000 > %t.big.ref
// RUN: %t.o2 2000 > %t.big.o2
// RUN: diff %t.big.ref %t.big.o2
// RUN: %clang -O2 -g -fsanitize=address -fsanitize-address-use-after-return=always %s -o %t.asan
// RUN: env ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=1 %t.asan > %t.out.asan
// RUN: diff %t.out.ref %t.out.asan
// RUN: env ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=1 %t.asan 2000 > %t.big.asan
// RUN: diff %t.big.ref %t.big.asan
// The opt module pass on mem2reg'd IR decides the same.
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack -S %t.o0.ll -o %t.m2r.ll 2>%t.m2r.err
// RUN: FileCheck %s --check-prefix=M2R < %t.m2r.err
// RUN: %clang-noplugin -O0 %t.m2r.ll -o %t.m2r
// RUN: %t.m2r > %t.out.m2r
// RUN: diff %t.out.ref %t.out.m2r
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

// len + 1 bytes: the caller computes len + 1 from its argument.
NOINLINE char *str_new(const char *s, size_t len) {
  char *p = malloc(len + 1); // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:13: remark: returned to the caller: moved to the caller's frame in 'use_str' (which calls the copy 'str_new.h2s', which uses its storage)
  if (!p)
    return NULL;
  memcpy(p, s, len);
  p[len] = 0;
  return p;
}

// n elements of 8 bytes, zeroed: the caller checks n * 8 for overflow.
NOINLINE long *zeros(size_t n) { return calloc(n, sizeof(long)); } // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:41: remark: returned to the caller: moved to the caller's frame in 'use_zeros'

// n / d + 1 bytes: a division, which may trap where the maker never
// divides (d == 0), stays in the maker.
NOINLINE char *halves(const char *s, size_t n, size_t d) {
  if (!d)
    return NULL;
  char *p = malloc(n / d + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n / d);
  p[n / d] = 0;
  return p;
}

// n << k bytes, k checked first: a shift by k >= 64 would be poison where
// the maker never shifts, so the caller does not compute it.
NOINLINE char *shifted(size_t n, unsigned k) {
  if (k >= 8)
    return NULL;
  char *p = malloc(n << k);
  if (!p)
    return NULL;
  memset(p, 's', n << k);
  return p;
}

// strlen(s) + 1 bytes: the size comes from memory the maker reads.
NOINLINE char *copy_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (!p)
    return NULL;
  memcpy(p, s, n);
  return p;
}

struct buf {
  char *data;
  size_t len;
};

// A filler of a run-time size: its copy takes a slot of a known size only.
NOINLINE int buf_init(struct buf *b, size_t n) {
  b->data = malloc(n);
  if (!b->data)
    return -1;
  memset(b->data, 'b', n);
  b->len = n;
  return 0;
}

static char text[8192];

// IR-LABEL: define {{.*}}i64 @use_str(
// IR-SAME: i64 noundef %[[N:[0-9a-z.]+]])
// IR: %[[BUF:[0-9a-z.]+]] = alloca [256 x i8], align 16
// IR: %[[SIZE:[0-9a-z.]+]] = add i64 %[[N]], 1
// IR: %[[FITS:[0-9a-z.]+]] = icmp ult i64 %[[SIZE]], 257
// IR: br i1 %[[FITS]], label %[[STACK:[0-9a-z.]+]], label %[[HEAP:[0-9a-z.]+]]
// IR: [[STACK]]:
// IR: call {{.*}}ptr @str_new.h2s(ptr {{.*}}, i64 noundef %[[N]], ptr {{.*}}%[[BUF]])
// IR: [[HEAP]]:
// IR: call {{.*}}ptr @str_new(ptr {{.*}}, i64 noundef %[[N]]){{.*}}!heap2stack.guarded
// IR: %[[ONSTACK:[0-9a-z.]+]] = icmp eq ptr %{{.*}}, %[[BUF]]
// IR: select i1 %[[ONSTACK]], ptr null
// IR: call void @free(
// IR: ret i64
NOINLINE long use_str(size_t n) {
  char *p = str_new(text, n); // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:13: remark: moved to stack when it fits: object made by 'str_new' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
  if (!p)
    return -1;
  long r = (long)strlen(p) + p[0];
  free(p);
  return r;
}

// The size is n * 8 bytes, checked for overflow (n below 2^61), and the
// copy zeroes the buffer.
// IR-LABEL: define {{.*}}i64 @use_zeros(
// IR-SAME: i64 noundef %[[Z:[0-9a-z.]+]])
// IR: shl i64 %[[Z]], 3
// IR: icmp ult i64 %[[Z]], 2305843009213693952
// IR: call {{.*}}ptr @zeros.h2s(
// IR: call {{.*}}ptr @zeros(
// IR: ret i64
NOINLINE long use_zeros(size_t n) {
  long *z = zeros(n); // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:13: remark: moved to stack when it fits: object made by 'zeros' of a run-time size
  if (!z)
    return -1;
  z[n - 1] += 7;
  long r = z[0] + z[n - 1];
  free(z);
  return r;
}

// IR-LABEL: define {{.*}}i64 @use_halves(
// IR-NOT: .h2s(
// IR: ret i64
NOINLINE long use_halves(size_t n, size_t d) {
  char *p = halves(text, n, d); // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:13: remark: size not known at compile time: object made by 'halves' of a run-time value, and no guarded rewrite: the function that makes the object computes its size in a way the caller cannot
  if (!p)
    return -1;
  long r = (long)strlen(p);
  free(p);
  return r;
}

// IR-LABEL: define {{.*}}i64 @use_shifted(
// IR-NOT: .h2s(
// IR: ret i64
NOINLINE long use_shifted(size_t n, unsigned k) {
  char *p = shifted(n, k); // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:13: remark: size not known at compile time: object made by 'shifted' of a run-time value, and no guarded rewrite: the function that makes the object computes its size in a way the caller cannot
  if (!p)
    return -1;
  long r = p[0] + (long)(n << k);
  free(p);
  return r;
}

// IR-LABEL: define {{.*}}i64 @use_copy(
// IR-NOT: .h2s(
// IR: ret i64
NOINLINE long use_copy(size_t n) {
  char saved = text[n];
  text[n] = 0;
  char *p = copy_str(text); // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:13: remark: size not known at compile time: object made by 'copy_str' of a run-time value, and no guarded rewrite: the function that makes the object computes its size in a way the caller cannot
  text[n] = saved;
  if (!p)
    return -1;
  long r = (long)strlen(p);
  free(p);
  return r;
}

// IR-LABEL: define {{.*}}i64 @use_buf(
// IR-NOT: .h2s(
// IR: ret i64
NOINLINE long use_buf(size_t n) {
  struct buf b;
  if (buf_init(&b, n)) // REMARK-DAG: caller-frames-runtime-size.c:[[@LINE]]:7: remark: size not known at compile time: object made by 'buf_init' of a run-time value, and no guarded rewrite: the object is made by a function that stores it, whose copy takes a slot of a known size only
    return -1;
  long r = b.data[n - 1] + (long)b.len;
  free(b.data);
  return r;
}

// M2R-DAG: remark: {{.*}}moved to stack when it fits: object made by 'str_new' of a run-time size
// M2R-DAG: remark: {{.*}}moved to stack when it fits: object made by 'zeros' of a run-time size

int main(int argc, char **argv) {
  for (size_t i = 0; i < sizeof text - 1; i++)
    text[i] = (char)('a' + i % 26);
  size_t n = argc > 1 ? (size_t)atol(argv[1]) : 40;
  long s = 0;
  for (size_t k = 1; k <= 3; k++)
    s += use_str(n * k) + use_zeros(n * k) + use_halves(n * k, k + 1) + use_halves(n, 0) +
         use_shifted(n, (unsigned)k) + use_shifted(n, 99u) + use_copy(n * k) + use_buf(n * k);
  printf("%ld\n", s);
  return 0;
}
