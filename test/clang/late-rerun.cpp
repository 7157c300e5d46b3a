// The late run (on by default; -heap2stack-late-rerun=false turns it off):
// in clang -O1..-O3, allocations the first run keeps are decided once more
// when the optimizer starts, on simplified functions.
// std::make_unique's and std::vector's pointers live in the container's
// stack object until SROA takes them out, and vector's deallocation size is
// pointer arithmetic until InstCombine folds it; the late run moves both.
// Each allocation still gets exactly one final remark: the first run holds
// back what it keeps, the late run reports it (here: moved), and the
// out-of-line make_unique/allocate bodies, deleted once inlined everywhere,
// get none.  The program prints the same with and without heap2stack.
// RUN: %clangxx -O2 -Rpass=heap2stack -Rpass-missed=heap2stack \
// RUN:   -fno-caret-diagnostics %s -o %t.late 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
// RUN: %clangxx-noplugin -O2 %s -o %t.ref
// RUN: %t.late > %t.out.late
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.late
// RUN: %clangxx -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// RUN: %clangxx -O2 -mllvm -heap2stack-late-rerun=true -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// Without it, the first run keeps both.
// RUN: %clangxx -O2 -mllvm -heap2stack-late-rerun=false -S -emit-llvm %s -o - | FileCheck %s --check-prefix=FIRST
// REMARK-DAG: remark: moved to stack: 128-byte new (align 16) (inlined into 'with_unique')
// REMARK-DAG: remark: moved to stack: 64-byte new (align 16) (inlined into 'with_vector')
// IR-LABEL: define {{.*}} @_Z11with_uniquem(
// IR-NOT: @_Znwm
// IR: ret i64
// IR-LABEL: define {{.*}} @_Z11with_vectorm(
// IR-NOT: @_Znwm
// IR: ret i64
// FIRST-LABEL: define {{.*}} @_Z11with_uniquem(
// FIRST: @_Znwm
// FIRST-LABEL: define {{.*}} @_Z11with_vectorm(
// FIRST: @_Znwm
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

struct Point {
  int64_t x, y, z;
  char data[100];
};

__attribute__((noinline)) uint64_t with_unique(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    auto p = std::make_unique<Point>();
    for (int k = 0; k < 100; k++)
      p->data[k] = (char)(i + k);
    sum += (uint64_t)p->data[i % 100];
  }
  return sum;
}

__attribute__((noinline)) uint64_t with_vector(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    std::vector<int> s(16);
    for (int k = 0; k < 16; k++)
      s[k] = (int)i + k;
    sum += (uint64_t)s[i % 16];
  }
  return sum;
}

int main() {
  std::printf("%llu %llu\n", (unsigned long long)with_unique(1000), (unsigned long long)with_vector(1000));
}
