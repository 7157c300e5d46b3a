#include <stdio.h>
#include <stdlib.h>
static long g(long x) {
  char *p = malloc(900);
  if (!p) abort();
  for (int i = 0; i < 900; i++) p[i] = (char)(x + i);
  long r = p[x % 900] + p[(x * 7) % 900];
  free(p);
  return r;
}
__attribute__((noinline)) long f(long n) {
  if (n <= 0) return 0;
  long a = g(n);
  return a + f(n - 1) * 3 % 1000003;
}
int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 20000;
  printf("%ld\n", f(n));
  return 0;
}
