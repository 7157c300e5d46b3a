// C++: new-expressions are allocation sites just like malloc.
//
//   new_delete.cpp:28:17: remark: moved to stack: 56-byte new (align 16)
//   new_delete.cpp:37:12: remark: moved to stack: 64-byte new[] (align 16)
//   .../bits/unique_ptr.h:1065:30: remark: escapes: stored to memory at .../bits/unique_ptr.h:168:56
//   .../bits/unique_ptr.h:1065:30: remark: escapes: stored to memory at .../bits/unique_ptr.h:168:56
//   new_delete.cpp:52:31: remark: not analysed: a direct call of replaceable
//                         'operator new' (not a new-expression) may not be elided
//
// * particle_coord() and squares(): a new/delete (new[]/delete[]) pair in one
//   function is moved, like malloc/free.
// * with_unique_ptr(): std::make_unique stores the pointer into the
//   unique_ptr object, itself a local that SROA has not yet dissolved when
//   heap2stack runs.  heap2stack does not yet follow pointers through local
//   memory, so this stays on the heap (a missed opportunity, not a rule).
//   There are two remarks because make_unique<Particle> exists twice in the
//   IR: its own (inline, later discarded) definition and the copy inlined
//   into with_unique_ptr().  Both point into the libstdc++ header.
// * raw_operator_new(): calling ::operator new directly is not a
//   new-expression; C++ only allows eliding new-expressions, so it is left
//   alone.
#include <memory>
#include <new>

struct Particle { double pos[3], vel[3]; int id; };

double particle_coord(int id, unsigned i) {
  Particle *p = new Particle{};
  p->id = id;
  for (int k = 0; k < 3; k++) p->pos[k] = id + k;
  double r = p->pos[i % 3];  // run-time index: clang cannot fold the loads
  delete p;
  return r;
}

int squares(unsigned i) {
  int *a = new int[16];
  for (int k = 0; k < 16; k++) a[k] = k * k;
  int r = a[i % 16];
  delete[] a;
  return r;
}

double with_unique_ptr(int id, unsigned i) {
  auto p = std::make_unique<Particle>();
  p->id = id;
  for (int k = 0; k < 3; k++) p->pos[k] = id + k;
  return p->pos[i % 3];
}

int raw_operator_new(unsigned i) {
  int *a = static_cast<int *>(::operator new(16 * sizeof(int)));
  for (int k = 0; k < 16; k++) a[k] = k * k;
  int r = a[i % 16];
  ::operator delete(a);
  return r;
}
