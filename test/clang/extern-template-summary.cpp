// The C++ control of c99-inline-definition.c: an extern template's member
// is emitted here as available_externally too, but its name is mangled,
// and the ODR makes the definition that runs (the explicit instantiation
// in another file) the same as this one.  Its summary still speaks for the
// call: the buffer it only reads moves to the stack (with a stack check:
// fill calls a function defined elsewhere once the body is dropped).
// RUN: %clangxx -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack -S -emit-llvm %s -o %t.ll 2>%t.err
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
#include <cstdlib>
extern volatile int sink;
#define S4(k) sink = p[k]; sink = p[k] + 1; sink = p[k] * 3; sink = p[k] ^ 7;
#define S16(k) S4(k) S4(k + 1) S4(k + 2) S4(k + 3)
template <class T> struct reader {
  void keep(T *p) { S16(0) S16(4) S16(8) S16(12) }
};
extern template struct reader<int>;

__attribute__((noinline)) void fill(reader<int> &r, int n) {
  int *p = static_cast<int *>(malloc(16 * sizeof *p)); // CHECK: extern-template-summary.cpp:[[@LINE]]:31: remark: moved to stack: 64-byte malloc
  for (int i = 0; i < 16; i++)
    p[i] = i * n;
  r.keep(p);
  free(p);
}
// IR-LABEL: define {{.*}}@_Z4fillR6readerIiEi(
// IR: call void @_ZN6readerIiE4keepEPi(
// IR: declare void @_ZN6readerIiE4keepEPi(
