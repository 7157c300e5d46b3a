// Allocator wrappers (pass/alloc_wrappers.c) that exit, abort or throw:
// a call can stand for the allocation only when the wrapper's paths that
// cannot return are entered where the allocation failed (`if (!p)`, or
// the allocation's own unwind edge).  A size limit checked before the
// allocation, or a mode checked after it, exits where the allocation did
// not fail: the caller's slot would never take that path.  (An audit's
// reproducers: the plugin build printed lines the heap build never
// reached, and exited 0 instead of 2 or 3.)
// The wrapper rules alone: without caller frames (caller_frames.c), which
// would move the objects of the wrappers refused here through copies of them.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -mllvm -heap2stack-caller-frames=false \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: not %t.o2 > %t.out.o2 2>&1
// RUN: not %t.ref > %t.out.ref 2>&1
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack<no-caller-frames>' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: FileCheck %s --check-prefix=IR < %t.h2s.ll
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt
// RUN: not %t.opt > %t.out.opt 2>&1
// RUN: diff %t.out.ref %t.out.opt
// With caller frames, the same output:
// RUN: %clang -O2 %s -o %t.cf
// RUN: not %t.cf > %t.out.cf 2>&1
// RUN: diff %t.out.ref %t.out.cf
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile unsigned RT = 1;
size_t limit = 4096;
int checked_mode;

/* Refuses large sizes before allocating. */
__attribute__((noinline)) void *limited_malloc(size_t n) {
  if (n > limit) {
    printf("limited_malloc: %zu bytes is too large\n", n);
    exit(2);
  }
  return malloc(n);
}
/* Exits after a successful allocation in a checked mode. */
__attribute__((noinline)) void *mode_malloc(size_t n) {
  void *p = malloc(n);
  if (checked_mode) {
    puts("mode_malloc: checked mode, exiting");
    exit(3);
  }
  return p;
}
/* Exits only when malloc failed: usable, either way round. */
__attribute__((noinline)) void *null_checked(size_t n) {
  void *p = malloc(n);
  if (p == NULL) {
    puts("out of memory");
    exit(1);
  }
  return p;
}
__attribute__((noinline)) void *ne_checked(size_t n) {
  void *p = malloc(n);
  if (p != NULL)
    return p;
  abort();
}

// IR-LABEL: define {{.*}}i32 @use(
// IR: call {{.*}}@limited_malloc(
// IR: call {{.*}}@mode_malloc(
// (checked slot since the fifth audit: its heap fallback still calls null_checked)
// (checked slot since the fifth audit: its heap fallback still calls ne_checked)
// IR: ret i32
__attribute__((noinline)) int use(int k, size_t big) {
  char *a = limited_malloc(big); // REMARK-DAG: wrapper-exits.c:[[@LINE]]:13: remark: allocated by 'limited_malloc', which returns a new allocation but cannot stand for it: it may exit, abort or throw where the allocation did not fail
  char *b = mode_malloc(32); // REMARK-DAG: wrapper-exits.c:[[@LINE]]:13: remark: allocated by 'mode_malloc', which returns a new allocation but cannot stand for it: it may exit, abort or throw where the allocation did not fail
  char *c = null_checked(48); // REMARK-DAG: wrapper-exits.c:[[@LINE]]:13: remark: moved to stack when the thread's stack has room: 48-byte null_checked (align 16)
  char *d = ne_checked(16); // REMARK-DAG: wrapper-exits.c:[[@LINE]]:13: remark: moved to stack when the thread's stack has room: 16-byte ne_checked (align 16)
  memset(a, k, big);
  memset(b, k + 1, 32);
  memset(c, k + 2, 48);
  memset(d, k + 3, 16);
  int r = a[big - 1] + b[31] + c[47] + d[15];
  free(a);
  free(b);
  free(c);
  free(d);
  return r;
}

// OPT-DAG: allocated by 'limited_malloc', which returns a new allocation but cannot stand for it: it may exit, abort or throw where the allocation did not fail
// OPT-DAG: allocated by 'mode_malloc', which returns a new allocation but cannot stand for it: it may exit, abort or throw where the allocation did not fail
// OPT-DAG: moved to stack when the thread's stack has room: 48-byte null_checked (align 16)
// OPT-DAG: moved to stack when the thread's stack has room: 16-byte ne_checked (align 16)

int main(void) {
  printf("%d\n", use(1, 100));
  checked_mode = (int)RT;
  printf("%d\n", use(2, 100));
  printf("%d\n", use(3, 5000));
  return 0;
}

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 81 above is
// checked ("when the thread's stack has room"): its function calls 'puts', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
