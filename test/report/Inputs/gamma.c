// Input for the report tests: limits.  A table too large for the stack, a
// run-time size (a 256-byte buffer when it fits), and a frame budget.
#include <stdlib.h>

void sink(int);

int too_big(unsigned i) {
  char *t = malloc(100000);
  t[i % 100000] = 1;
  int v = t[(i * 3) % 100000];
  free(t);
  return v;
}

int run_time(unsigned n, unsigned i) {
  int *v = malloc(n * sizeof *v);
  for (unsigned k = 0; k < n; k++)
    v[k] = (int)k;
  int r = v[i % n];
  free(v);
  return r;
}

int budget(unsigned i) {
  char *a = malloc(60000);
  char *b = malloc(60000);
  char *c = malloc(60000);
  a[i % 60000] = 1;
  b[i % 60000] = 2;
  c[i % 60000] = 3;
  int v = a[(i * 7) % 60000] + b[(i * 5) % 60000] + c[(i * 3) % 60000];
  free(a);
  free(b);
  free(c);
  return v;
}
