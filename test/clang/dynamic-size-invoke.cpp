// new T[n] of a run-time size in code that can throw: clang emits the
// allocation as an invoke (the RAII guard's destructor must run if new[]
// throws), and heap2stack guards it like a call.  A throw after the
// allocation reaches the landing pad, whose delete[] frees only the heap
// case.  The program prints the same with and without heap2stack, and under
// AddressSanitizer (stack-use-after-return detection on).  The buffer is
// also checked for room on the stack: __cxa_end_catch may run a caught
// exception's destructor, code heap2stack does not see (pass/reentry.c).
// RUN: %clangxx -O2 -fexceptions %s -o %t.h2s -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: %clangxx-noplugin -O2 -fexceptions %s -o %t.ref
// RUN: %t.h2s > %t.out.h2s
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.h2s
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out.h2s
// RUN: %clangxx -O2 -fexceptions -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %clangxx -O1 -g -fexceptions -fsanitize=address %s -o %t.asan
// RUN: env ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0 %t.asan > %t.out.asan
// RUN: diff %t.out.ref %t.out.asan
#include <cstdio>
#include <cstring>
#include <stdexcept>

struct Trace {
  const char *what;
  ~Trace() { std::printf("leaving %s\n", what); }
};

__attribute__((noinline)) void check(unsigned value, unsigned limit) {
  if (value > limit)
    throw std::runtime_error("over the limit");
}

// IR-LABEL: define {{.*}} @_Z5scorejj(
// IR: alloca [256 x i8], align 16
// IR: invoke {{.*}} @_Znam(
__attribute__((noinline)) unsigned score(unsigned n, unsigned limit) {
  Trace t{"score"};
  unsigned *v = new unsigned[n]; // REMARK: dynamic-size-invoke.cpp:[[@LINE]]:17: remark: moved to stack when it fits: 'new[]' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits and this thread's stack has room, the heap otherwise (the function may be called again before it returns: it calls '__cxa_end_catch', defined outside this module, and it can be called from outside this module)
  unsigned sum = 0;
  try {
    for (unsigned i = 0; i < n; i++)
      v[i] = i * 2654435761u;
    for (unsigned i = 0; i < n; i++) {
      sum += v[(i * 7) % n] >> 3;
      check(sum % 1000, limit);
    }
  } catch (...) {
    delete[] v;
    throw;
  }
  delete[] v;
  return sum;
}

int main() {
  // 4..64 elements fit the 256-byte buffer; 100 and 1000 do not.
  const unsigned sizes[] = {4, 64, 100, 1000};
  const unsigned limits[] = {1000, 900};
  for (unsigned n : sizes)
    for (unsigned limit : limits) {
      try {
        std::printf("n=%u limit=%u sum=%u\n", n, limit, score(n, limit));
      } catch (const std::exception &e) {
        std::printf("n=%u limit=%u threw: %s\n", n, limit, e.what());
      }
    }
}
// OUT: n=4 limit=1000 sum=
// OUT: threw: over the limit
