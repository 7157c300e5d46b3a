// The C++ half of inlined-slot-may-unwind-c.c: ext_check throws through
// the C frames of rec (built with -fexceptions), main catches.
#include <cstdio>
#include <cstdlib>
#include <malloc.h>

extern "C" long rec(long n, long *out);
extern "C" long sink;
static long throw_at = -1;

extern "C" void ext_check(long n) {
  if (n == throw_at)
    throw n;
}

int main(int argc, char **argv) {
  long depth = argc > 1 ? atol(argv[1]) : 1000, x = 0, caught = -1;
  throw_at = 1; // warm the unwinder up
  try { rec(2, &x); } catch (long) {}
  throw_at = 0; // unwind from the deepest level through every frame
  size_t before = mallinfo2().uordblks;
  try { rec(depth, &x); } catch (long level) { caught = level; }
  size_t leaked = mallinfo2().uordblks - before;
  printf("caught at level %ld\nheap bytes leaked while unwinding: %zu\n", caught, leaked);
  throw_at = -1;
  printf("%ld\n%ld %ld\n", rec(depth, &x), sink, x);
}
