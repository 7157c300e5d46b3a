// -v: Go's -m=2 detail.  Under each site that stays on the heap, its flow
// trail (the EscapeFlow remarks); parameter summaries at the function's
// line; removed deallocations.  Without -v none of those appear.
// REQUIRES: python-yaml
// RUN: rm -rf %t.d && mkdir -p %t.d && cp %s %t.d/verbose.c && cd %t.d
// RUN: %clang -O2 -g -c verbose.c -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.o2.yaml
// RUN: %report -v --no-summary %t.o2.yaml \
// RUN:   | FileCheck %s --check-prefixes=CHECK --match-full-lines --strict-whitespace
// RUN: %report --no-summary %t.o2.yaml | FileCheck %s --check-prefix=PLAIN --match-full-lines
// -O0 IR through opt: the trail follows the pointer through the local variable.
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm verbose.c -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks-output=%t.o0.yaml -pass-remarks-filter=heap2stack \
// RUN:   %t.ll -o /dev/null
// RUN: %report -v --no-summary %t.o0.yaml \
// RUN:   | FileCheck %s --check-prefixes=CHECK,O0 --match-full-lines --strict-whitespace
#include <stdlib.h>

int *Leaked;

__attribute__((noinline)) void savePointer(int *p) { Leaked = p; }
// CHECK:verbose.c:[[@LINE-1]]:0: leaking param: p: stores it to global 'Leaked' at verbose.c:[[@LINE-1]]:61
__attribute__((noinline)) int peek(const int *p, unsigned i) { return p[i % 4]; }
// CHECK-NEXT:verbose.c:[[@LINE-1]]:0: p does not escape

int publish(int i) {
  int *p = malloc(4 * sizeof *p);
  p[i % 4] = i;
  savePointer(p);
  return 0;
}
// CHECK-NEXT:verbose.c:[[@LINE-5]]:12: stays on heap: escapes: passed to 'savePointer' at verbose.c:[[@LINE-3]]:3, which stores it to global 'Leaked' at verbose.c:[[@LINE-11]]:61
// CHECK-NEXT:verbose.c:[[@LINE-6]]:12:   flow: {heap} = &{storage for malloc}:
// O0-NEXT:verbose.c:[[@LINE-7]]:12:     from store to variable 'p' (store) at verbose.c:[[@LINE-7]]:8
// O0-NEXT:verbose.c:[[@LINE-8]]:12:     from load from variable 'p' (load) at verbose.c:[[@LINE-6]]:15
// CHECK-NEXT:verbose.c:[[@LINE-9]]:12:     from call to 'savePointer' (call parameter) at verbose.c:[[@LINE-7]]:3

int looks(unsigned i) {
  int *p = malloc(4 * sizeof *p);
  p[i % 4] = 7;
  int v = peek(p, i);
  free(p);
  return v;
}
// CHECK-NEXT:verbose.c:[[@LINE-6]]:12: moved to stack: 16-byte malloc (align 16)
// CHECK-NEXT:verbose.c:[[@LINE-4]]:3: deallocation removed: 'free' of the 16-byte malloc at verbose.c:[[@LINE-7]]:12
// CHECK-NOT:{{.}}

// PLAIN:verbose.c:{{[0-9]+}}:12: stays on heap: escapes: passed to 'savePointer' at {{.*}}
// PLAIN-NEXT:verbose.c:{{[0-9]+}}:12: moved to stack: 16-byte malloc (align 16)
// PLAIN-NOT:{{.}}
