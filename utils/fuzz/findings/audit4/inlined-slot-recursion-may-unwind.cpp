// A 1000-byte malloc moved to a static slot in helper(); the CGSCC inliner
// then inlines helper into rec(), which is self-recursive and may unwind
// (check() can throw).  The frame re-check only demotes inlined slots in
// nounwind functions, so rec keeps an unchecked 1000-byte static slot per
// recursion level: 10000 levels overflow an 8 MiB stack; the heap version
// runs 100000 levels.
#include <cstdio>
#include <cstdlib>
#include <cstring>
static long sink;
static void helper(long n) {
  char *b = (char *)malloc(1000);
  memset(b, (int)(n & 0x7f), 1000);
  sink += b[n % 1000];
  free(b);
}
__attribute__((noinline)) void check(long n) {
  if (n == -5) throw 1;
}
__attribute__((noinline)) long rec(long n, long *out) {
  helper(n);
  check(n);
  if (n == 0) return 0;
  long r = rec(n - 1, out);
  *out ^= r * 31 + n;
  return r + 1;
}
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 10000;
  long x = 0;
  try { printf("%ld\n", rec(n, &x)); } catch (int) { puts("caught"); }
  printf("%ld %ld\n", sink, x);
}
