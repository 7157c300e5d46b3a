// Ten noinline functions f0..f9, each with helper() inlined (a 3500-byte
// malloc moved to a static slot in helper before inlining) and a call that
// may throw: 35000 bytes of static slots along one call chain, far above
// max-chain (8192), because the frame re-check does not demote slots in
// functions that may unwind.  On a 32 KiB pthread stack the heap version
// runs; the plugin build overflows (SIGSEGV).  Replace the throw with
// `sink++` (nounwind) and the plugin demotes 8 of the slots to checked ones.
#include <pthread.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
static long sink;
static void helper(long n) {
  char *b = (char *)malloc(3500);
  memset(b, (int)(n & 0x7f), 3500);
  sink += b[n % 3500];
  free(b);
}
__attribute__((noinline)) void check(long n) { if (n == -5) throw 1; }
#define LEVEL(i, next) \
  __attribute__((noinline)) long f##i(long n) { helper(n + i); check(n); long r = next(n + 1); sink ^= r; return r + 1; }
__attribute__((noinline)) long f10(long n) { check(n); return n; }
LEVEL(9, f10) LEVEL(8, f9) LEVEL(7, f8) LEVEL(6, f7) LEVEL(5, f6)
LEVEL(4, f5) LEVEL(3, f4) LEVEL(2, f3) LEVEL(1, f2) LEVEL(0, f1)
static void *body(void *) {
  try { sink += f0(1); } catch (int) {}
  return nullptr;
}
int main() {
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, 32768);
  pthread_t t;
  if (pthread_create(&t, &a, body, nullptr)) { puts("create failed"); return 1; }
  pthread_join(t, nullptr);
  printf("%ld\n", sink);
}
