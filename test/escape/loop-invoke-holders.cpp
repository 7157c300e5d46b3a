// The loop rule and allocations made by `invoke` (operator new in a
// function with cleanups).  A node's holder is "made again on every way
// from the node to the load" only along the invoke's normal edge: where
// `new` throws, nothing new was made and the latest node is still the one
// from before, so the cleanup that walks the list reads no older node.
// A std::forward_list built and destroyed inside each iteration of an
// outer loop (benchmarks/runtime's `flist`) then moves, one slot per node,
// in clang's default pipeline (the late run, after unrolling).  A list that
// lives across the outer iterations keeps the heap.
// RUN: %clangxx -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clangxx -O2 -S -emit-llvm %s -o - 2>/dev/null | FileCheck %s --check-prefix=IR
// RUN: %clangxx-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
#include <cstdint>
#include <cstdio>
#include <forward_list>
#include <iterator>

// The eight nodes of each iteration's list move; no operator new is left.
// IR-LABEL: define {{.*}}@_Z9list_eachm(
// IR-NOT: @_Znwm
// IR: ret i64
__attribute__((noinline)) uint64_t list_each(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    std::forward_list<uint64_t> list;
    for (int k = 0; k < 8; k++)
      list.push_front(i + (uint64_t)k);
    for (auto it = list.begin(); it != list.end(); ++it)
      sum += *it * (std::next(it) != list.end() ? 1 : 3);
  }
  return sum;
}
// REMARK-COUNT-8: new_allocator.h:{{[0-9]+}}:{{[0-9]+}}: remark: moved to stack: 16-byte new (align 16) (inlined into 'list_each')
// REMARK-NOT: {{.*}}(inlined into 'list_each')

// One list across all iterations: its nodes are alive together, so the
// allocation (one site, run n times) stays on the heap.
// IR-LABEL: define {{.*}}@_Z9list_keptm(
// IR: @_Znwm
__attribute__((noinline)) uint64_t list_kept(uint64_t n) {
  std::forward_list<uint64_t> list;
  for (uint64_t i = 0; i < n; i++)
    list.push_front(i * 3);
  uint64_t sum = 0;
  for (uint64_t v : list)
    sum = sum * 7 + v;
  return sum;
}
// REMARK: remark: carried across loop iterations: {{.*}}(inlined into 'list_kept')

static volatile uint64_t N = 5;
int main() {
  std::printf("%llu %llu\n", (unsigned long long)list_each(N), (unsigned long long)list_kept(N));
  return 0;
}
