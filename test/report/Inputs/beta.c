// Input for the report tests: a calloc that moves, a malloc that is returned.
#include <stdlib.h>

long *beta_make(unsigned n) {
  long *r = malloc(8 * sizeof *r);
  r[n % 8] = n;
  return r;
}

long beta_sum(unsigned i) {
  long *c = calloc(12, sizeof *c);
  for (unsigned k = 0; k < 12; k++)
    c[k] += k * i;
  long s = c[i % 12];
  free(c);
  return s;
}
