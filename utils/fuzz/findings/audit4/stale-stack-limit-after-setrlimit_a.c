// f() has a 6000-byte malloc that gets a checked slot (f is visible and
// calls into another file, which calls it back: re-entry through unseen
// code).  main calls f once, so the thread-local stack limit is queried and
// cached with the 8 MiB RLIMIT_STACK; then main lowers RLIMIT_STACK to
// 1 MiB (the kernel enforces the new limit on stack growth) and recurses
// 300 levels.  The check still compares sp with the limit cached for an
// 8 MiB stack, takes 300 x 6000 bytes of slots and overflows; the heap
// version needs a few KiB per level less and runs 2000 levels.
// Build with stale-stack-limit-after-setrlimit_b.c (no LTO).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
void ext_walk(long n, long (*cb)(long));
long f(long n) {
  char *b = malloc(6000);
  memset(b, (int)(n & 0x7f), 6000);
  long r = b[n % 6000];
  if (n > 0) ext_walk(n - 1, f);
  free(b);
  return r;
}
int main(int argc, char **argv) {
  long depth = argc > 1 ? atol(argv[1]) : 300;
  f(1); /* first checked slot on this thread: the limit is cached */
  struct rlimit rl = {1 << 20, 1 << 20}; /* 1 MiB stack from now on */
  if (setrlimit(RLIMIT_STACK, &rl)) { perror("setrlimit"); return 1; }
  printf("%ld\n", f(depth));
  return 0;
}
