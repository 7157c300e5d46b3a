// C++ factories (pass/caller_frames.c): `new T(v)` returned by a function
// that is not inlined, owned by a std::unique_ptr in the caller.  The
// constructor may throw: the factory's `new` is followed by an invoke whose
// cleanup deletes the object, a deallocation of exactly it that the copy
// drops.  The caller's call may itself be an invoke (inside try): the copy
// is invoked with the same landing pad.  A caller that may be re-entered
// through code not seen (here the C++ runtime's __cxa_end_catch) gets the
// checked slot: the copy when the stack has room, the factory otherwise.
// RUN: %clangxx -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clangxx -O2 %s -o %t.o2
// RUN: %clangxx-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
#include <cstdio>
#include <memory>
#include <stdexcept>

__attribute__((noinline)) long checked_double(long v) {
  if (v < 0)
    throw std::runtime_error("negative");
  return 2 * v;
}

struct Point {
  long x, y;
  explicit Point(long v) : x(v), y(checked_double(v)) {}
};

// REMARK-DAG: caller-frames.cpp:[[@LINE+2]]:62: remark: returned to the caller: moved to the caller's frame in 'use_owned' (which calls the copy '_Z10make_pointl.h2s', which uses its storage)
// REMARK-DAG: caller-frames.cpp:[[@LINE+1]]:62: remark: returned to the caller: moved to the caller's frame in 'use_caught'
__attribute__((noinline)) Point *make_point(long v) { return new Point(v); }

// IR-LABEL: define {{.*}} @_Z9use_ownedl(
// IR: alloca [16 x i8], align 16
// IR: call {{.*}}ptr @_Z10make_pointl.h2s(i64 {{.*}}, ptr
// IR-NOT: @_ZdlPv
// IR: {{^}}}
__attribute__((noinline)) long use_owned(long v) {
  std::unique_ptr<Point> p(make_point(v)); // REMARK-DAG: caller-frames.cpp:[[@LINE]]:28: remark: moved to stack: 16-byte object made by 'make_point' (align 16)
  return p->x + p->y;
}

// IR-LABEL: define {{.*}} @_Z10use_caughtl(
// IR: invoke {{.*}}ptr @_Z10make_pointl.h2s(i64 {{.*}}, ptr
// IR: invoke {{.*}}ptr @_Z10make_pointl(i64
__attribute__((noinline)) long use_caught(long v) {
  try {
    std::unique_ptr<Point> p(make_point(v)); // REMARK-DAG: caller-frames.cpp:[[@LINE]]:30: remark: moved to stack when the thread's stack has room: 16-byte object made by 'make_point' (align 16)
    return p->x * p->y;
  } catch (const std::exception &) {
    return -1;
  }
}

// The copy: new is gone, and so is the cleanup's delete.
// IR-LABEL: define internal {{.*}}ptr @_Z10make_pointl.h2s(i64 {{.*}}, ptr noundef nonnull
// IR-NOT: @_Znwm
// IR-NOT: @_ZdlPv
// IR: {{^}}}

Point *kept;
__attribute__((noinline)) long use_kept(long v) {
  Point *p = make_point(v); // REMARK-DAG: caller-frames.cpp:[[@LINE]]:14: remark: escapes: stored to global 'kept'
  delete kept;
  kept = p;
  return p->y;
}

int main() {
  long s = 0;
  for (long i = -3; i < 50; i++) {
    s += use_caught(i);
    if (i >= 0)
      s += use_owned(i) + use_kept(i);
  }
  delete kept;
  std::printf("%ld\n", s);
}
