/* A small struct made on the heap by a helper and freed by its caller.
 *
 * new_vec() returns its allocation, so on its own it escapes.  But new_vec()
 * is static and small: clang inlines it into length_squared() before
 * heap2stack runs, and there the 24-byte object is only written, read and
 * freed.  heap2stack moves that inlined copy, and SROA then turns the three
 * fields into registers: no memory is left at all.  Two remarks, one per
 * allocation call in the IR:
 *
 *   small_struct.c:26:20: remark: escapes: returned at small_struct.c:32:3
 *   small_struct.c:26:20: remark: moved to stack: 24-byte malloc (align 16)
 *
 * The first is about new_vec()'s own body (which is deleted afterwards: it
 * is static and no longer called); the second is the copy inlined into
 * length_squared().  Both point at the malloc inside new_vec(), the
 * allocation's own location, as LLVM's other remarks do for inlined code.
 * (Go prints the same pair: the helper's "escapes to heap" and, at the
 * inlined call, "does not escape".) */
#include <stdlib.h>

struct vec3 {
  double x, y, z;
};

static struct vec3 *new_vec(double x, double y, double z) {
  struct vec3 *v = malloc(sizeof *v);
  if (!v)
    abort();
  v->x = x;
  v->y = y;
  v->z = z;
  return v;
}

double length_squared(double x, double y, double z) {
  struct vec3 *v = new_vec(x, y, z);
  double r = v->x * v->x + v->y * v->y + v->z * v->z;
  free(v);
  return r;
}
