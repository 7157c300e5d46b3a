// C++ allocation sites at -O2 with exceptions: new-expressions are
// `builtin` and move like malloc (delete / delete[] disappear with them),
// an `invoke` of a throwing constructor keeps its landing pad, a direct call
// of the replaceable ::operator new may not be elided, and memory from new
// freed with free() is a family mismatch.
// RUN: %clangxx -O2 -fexceptions -fcxx-exceptions -fno-caret-diagnostics -S -emit-llvm %s -o %t.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// The sites this test expects to stay on the heap really are on the heap
// without the plugin too, and the moved ones were there to move:
// RUN: %clangxx-noplugin -O2 -fexceptions -fcxx-exceptions -S -emit-llvm %s -o - \
// RUN:   | FileCheck %s --check-prefix=NOPLUGIN
#include <cstdlib>
#include <memory>
#include <new>

struct Small {
  int a, b;
  long c;
};
/* leaf: calls no function of this file back (pass/reentry.c) */
__attribute__((leaf)) int sink(int);

// new / delete of a 16-byte struct: moved, the delete removed.
// NOPLUGIN-LABEL: define {{.*}} @_Z10new_deletei(
// NOPLUGIN: call {{.*}}@_Znwm(i64 noundef 16)
// IR-LABEL: define {{.*}} @_Z10new_deletei(
// IR: alloca [16 x i8], align 16
// IR-NOT: @_Znwm(
// IR-NOT: @_ZdlPv
// IR: {{^}}}
int new_delete(int i) {
  Small *s = new Small{i, i + 1, 3}; // @nd
  int r = sink((&s->a)[i & 1]);
  delete s; // @nd_delete
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-5]]:14: remark: moved to stack: 16-byte new (align 16) [-Rpass=heap2stack]
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-4]]:3: remark: deallocation removed: 'delete' of the 16-byte new at {{.*}}cxx-new-delete.cpp:[[@LINE-6]]:14 [-Rpass-analysis=heap2stack]

// new T[n] with a constant n / delete[]: moved.
// NOPLUGIN-LABEL: define {{.*}} @_Z9new_arrayi(
// NOPLUGIN: call {{.*}}@_Znam(i64 noundef 32)
// IR-LABEL: define {{.*}} @_Z9new_arrayi(
// IR: alloca [32 x i8], align 16
// IR-NOT: @_Znam(
// IR-NOT: @_ZdaPv
// IR: {{^}}}
int new_array(int i) {
  int *a = new int[8]; // @na
  for (int k = 0; k < 8; k++)
    a[k] = k * i;
  int r = sink(a[i & 7]);
  delete[] a; // @na_delete
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-7]]:12: remark: moved to stack: 32-byte new[] (align 16) [-Rpass=heap2stack]
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-4]]:3: remark: deallocation removed: 'delete[]' of the 32-byte new[] at {{.*}}cxx-new-delete.cpp:[[@LINE-8]]:12 [-Rpass-analysis=heap2stack]

// std::unique_ptr<Small> via make_unique: after inlining, the new-expression
// inside make_unique is a site of unique_ptr_user and moves there (the
// remark is at the innermost location, in <bits/unique_ptr.h>, and names
// the function it was inlined into); the out-of-line make_unique copy is a
// site of its own, whose result escapes through its sret pointer.
// NOPLUGIN-LABEL: define {{.*}} @_Z15unique_ptr_useri(
// NOPLUGIN: call {{.*}}@_Znwm(i64 noundef 16)
// IR-LABEL: define {{.*}} @_Z15unique_ptr_useri(
// IR-NOT: @_Znwm(
// IR-NOT: @_ZdlPv
// IR: {{^}}}
int unique_ptr_user(int i) {
  auto p = std::make_unique<Small>();
  p->a = i;
  (&p->a)[i & 1] = 5;
  return sink(p->a + p->b);
}
// REMARK-DAG: unique_ptr.h:{{[0-9]+}}:{{[0-9]+}}: remark: moved to stack: 16-byte new (align 16) (inlined into 'unique_ptr_user') [-Rpass=heap2stack]

// A constructor that may throw: the new-expression is followed by an
// invoke whose landing pad calls operator delete.  The constructor's
// summary says `this` does not escape, so the object moves and both
// deletes (normal and unwind paths) go; the landing pad is then empty and
// the invoke becomes a call.
struct Throws {
  int v[4];
  Throws(int x);
};
__attribute__((noinline)) Throws::Throws(int x) { // @ctor
  if (x < 0)
    throw x;
  for (int k = 0; k < 4; k++)
    v[k] = x + k;
}
// NOPLUGIN-LABEL: define {{.*}} @_Z9may_throwi(
// NOPLUGIN: call {{.*}}@_Znwm(i64 noundef 16)
// NOPLUGIN: invoke void @_ZN6ThrowsC{{[12]}}Ei(
// NOPLUGIN: landingpad
// NOPLUGIN: call void @_ZdlPv
// IR-LABEL: define {{.*}} @_Z9may_throwi(
// IR: [[T:%[0-9]+]] = alloca [16 x i8], align 16
// IR-NOT: @_Znwm(
// IR: call void @_ZN6ThrowsC{{[12]}}Ei(ptr {{.*}}[[T]], i32
// IR-NOT: landingpad
// IR-NOT: @_ZdlPv
// IR: {{^}}}
int may_throw(int i) {
  Throws *t = new Throws(i); // @mt
  int r = sink(t->v[i & 3]);
  delete t;
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-5]]:15: remark: moved to stack: 16-byte new (align 16) [-Rpass=heap2stack]

// The same with a constructor defined elsewhere: `this` escapes into it.
struct Opaque {
  int v[4];
  Opaque(int x);
};
// IR-LABEL: define {{.*}} @_Z14opaque_ctor_ati(
// IR: call {{.*}}@_Znwm(i64 noundef 16)
// IR: invoke void @_ZN6OpaqueC1Ei(
int opaque_ctor_at(int i) {
  Opaque *o = new Opaque(i); // @oc
  int r = sink(o->v[i & 3]);
  delete o;
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-5]]:15: remark: escapes: passed to '_ZN6OpaqueC1Ei' at {{.*}}cxx-new-delete.cpp:[[@LINE-5]]:19 [-Rpass-missed=heap2stack]

// new (std::nothrow) int[4]: moved; the null check folds away.
// NOPLUGIN-LABEL: define {{.*}} @_Z11nothrow_newi(
// NOPLUGIN: call {{.*}}@_ZnamRKSt9nothrow_t(i64 noundef 16,
// IR-LABEL: define {{.*}} @_Z11nothrow_newi(
// IR-NOT: @_Znam
// IR-NOT: @_ZdaPv
// IR: {{^}}}
int nothrow_new(int i) {
  int *p = new (std::nothrow) int[4]; // @nt
  if (!p)
    return -1;
  p[i & 3] = i;
  int r = sink(p[(i + 1) & 3]);
  delete[] p;
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-8]]:12: remark: moved to stack: 16-byte new[] (align 16) [-Rpass=heap2stack]

// A direct ::operator new(16) call is not a new-expression: it may not be
// elided, so it stays, with a NotBuiltin remark.
// IR-LABEL: define {{.*}} @_Z19direct_operator_newi(
// IR: call {{.*}}@_Znwm(i64 noundef 16)
// IR: call void @_ZdlPv(
int direct_operator_new(int i) {
  int *p = static_cast<int *>(::operator new(16)); // @dn
  p[i & 3] = i;
  int r = sink(p[(i + 1) & 3]);
  ::operator delete(p);
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-6]]:31: remark: not analysed: a direct call of replaceable 'operator new' (not a new-expression) may not be elided [-Rpass-missed=heap2stack]

// free(new int): a family mismatch, the allocation stays.
// IR-LABEL: define {{.*}} @_Z10mismatchedi(
// IR: call {{.*}}@_Znwm(i64 noundef 4)
// IR: call void @free(
int mismatched(int i) {
  int *p = new int; // @mm
  *p = i;
  int r = sink(*p);
  free(p); // @mm_free
  return r;
}
// REMARK-DAG: cxx-new-delete.cpp:[[@LINE-6]]:12: remark: freed by a different family: 'free' cannot free memory from 'new' at {{.*}}cxx-new-delete.cpp:[[@LINE-3]]:3 [-Rpass-missed=heap2stack]
