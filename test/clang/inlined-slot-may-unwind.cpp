// Slots inlined into a function that may unwind (audit 4, CALLS 1a): the
// frame re-check (pass/frame_check.c) demotes them there too.  helper_plain
// moves a 1000-byte malloc to a static slot and helper_guard one freed by a
// destructor (its cleanup landing pad ends the slot's life); the inliner
// then copies each into a self-recursive function that may throw: 1000
// bytes per level of recursion.  Before the fix the re-check skipped
// functions that are not nounwind, and 1000 levels overflowed the 256 KiB
// stack this test runs on, where the heap version runs.  Now each inlined
// slot becomes a checked one (the stack when the thread has room, the
// heap otherwise) and its heap case is freed on every way out of the frame:
// the returns, the resumes of the landing pads, and a cleanup landing pad
// that the calls which could unwind straight out of the function now unwind
// to.  An exception thrown at the deepest level unwinds through the frames
// that took the heap: nothing leaks (mallinfo2, without the tcache, whose
// chunks it counts as in use) and nothing is freed twice.
//
// RUN: %clangxx-noplugin -O2 %s -o %t.ref
// RUN: (ulimit -s 256 && env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 %t.ref > %t.out.ref)
// RUN: %clangxx -O2 -Rpass=heap2stack -Rpass-missed=heap2stack -fno-caret-diagnostics %s -o %t.h2s 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: (ulimit -s 256 && env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 %t.h2s > %t.out.h2s) && diff %t.out.ref %t.out.h2s
// RUN: FileCheck %s --check-prefix=OUT < %t.out.h2s
// RUN: %clangxx -O2 -fno-discard-value-names -S -emit-llvm %s -o %t.ll
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.ll
// The same at -O1, and at -O3 without the late run:
// RUN: %clangxx -O1 -Rpass-missed=heap2stack -fno-caret-diagnostics %s -o %t.o1 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: (ulimit -s 256 && env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 %t.o1 > %t.out.o1) && diff %t.out.ref %t.out.o1
// RUN: %clangxx -O3 -mllvm -heap2stack-late-rerun=false %s -o %t.o3
// RUN: (ulimit -s 256 && env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 %t.o3 > %t.out.o3) && diff %t.out.ref %t.out.o3
//
// REMARK-DAG: remark: inlined into a function that may be called again before it returns ('rec_plain': it is part of a call cycle), so the 1000-byte slot of '_ZL12helper_plainl' at inlined-slot-may-unwind.cpp:[[@LINE+41]]:21 uses the stack only when the thread has room, the heap otherwise
// REMARK-DAG: remark: inlined into a function that may be called again before it returns ('rec_guard': it is part of a call cycle), so the 1000-byte slot of '_ZL12helper_guardl' at inlined-slot-may-unwind.cpp:[[@LINE+62]]:19 uses the stack only when the thread has room, the heap otherwise
// OUT: caught at level 0 of rec_plain
// OUT: caught at level 0 of rec_guard
// OUT: heap bytes leaked while unwinding: 0 0
// IR-LABEL: define {{.*}} @_Z9rec_plainlPl(
// IR: %h2s.heap.owned = phi ptr [ null, %h2s.stack ], [ %h2s.heap.slot, %h2s.heap ], [ null, %h2s.stack.anyway ]
// IR: invoke void @_Z5checkl(
// IR-NEXT: to label %{{.*}} unwind label %h2s.unwind
// IR: invoke noundef i64 @_Z9rec_plainlPl(
// IR-NEXT: to label %{{.*}} unwind label %h2s.unwind
// IR: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: ret i64
// IR: h2s.unwind:
// IR-NEXT: %h2s.lp = landingpad { ptr, i32 }
// IR-NEXT: cleanup
// IR-NEXT: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: resume { ptr, i32 } %h2s.lp
// IR-LABEL: define {{.*}} @_Z9rec_guardlPl(
// IR: %h2s.heap.owned = phi ptr
// IR: invoke void @_Z5checkl(
// IR: invoke noundef i64 @_Z9rec_guardlPl(
// IR: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: ret i64
// IR: landingpad
// IR-NEXT: cleanup
// IR-NEXT: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: resume
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

static long sink, throw_at = -1;

__attribute__((noinline)) void check(long n) {
  if (n == throw_at)
    throw n;
}

static void helper_plain(long n) {
  char *b = (char *)malloc(1000);
  memset(b, (int)(n & 0x7f), 1000);
  sink += b[n % 1000];
  free(b);
}

__attribute__((noinline)) long rec_plain(long n, long *out) {
  helper_plain(n);
  check(n); // may throw: rec_plain is not nounwind
  if (n == 0)
    return 0;
  long r = rec_plain(n - 1, out); // unwinds straight out of rec_plain
  *out ^= r * 31 + n;
  return r + 1;
}

struct Guard {
  char *p;
  ~Guard() { free(p); }
};

static void helper_guard(long n) {
  Guard g{(char *)malloc(1000)};
  memset(g.p, (int)(n & 0x7f), 1000);
  check(n); // an invoke: its landing pad frees g.p (the slot's life ends there)
  sink += g.p[n % 1000];
}

__attribute__((noinline)) long rec_guard(long n, long *out) {
  helper_guard(n);
  if (n == 0)
    return 0;
  long r = rec_guard(n - 1, out);
  *out ^= r * 31 + n;
  return r + 1;
}

static size_t in_use() { return mallinfo2().uordblks; }

int main(int argc, char **argv) {
  long depth = argc > 1 ? atol(argv[1]) : 1000, x = 0;
  throw_at = 1; // warm the unwinder up
  try { rec_plain(2, &x); } catch (long) {}
  try { rec_guard(2, &x); } catch (long) {}
  throw_at = 0; // unwind from the deepest level through every frame
  long caught[2] = {-1, -1};
  size_t leaked[2];
  size_t before = in_use();
  try { rec_plain(depth, &x); } catch (long level) { caught[0] = level; }
  leaked[0] = in_use() - before;
  before = in_use();
  try { rec_guard(depth, &x); } catch (long level) { caught[1] = level; }
  leaked[1] = in_use() - before;
  printf("caught at level %ld of rec_plain\n", caught[0]);
  printf("caught at level %ld of rec_guard\n", caught[1]);
  printf("heap bytes leaked while unwinding: %zu %zu\n", leaked[0], leaked[1]);
  throw_at = -1;
  printf("%ld %ld\n", rec_plain(depth, &x), rec_guard(depth, &x));
  printf("%ld %ld\n", sink, x);
}
