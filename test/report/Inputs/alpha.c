// Input for the report tests: two sites, the second (in a callee defined
// below its caller) reported first by heap2stack, which works bottom-up.
#include <stdlib.h>

int *kept;
__attribute__((noinline)) static int alpha_late(unsigned i);

int alpha_first(unsigned i) {
  int *p = malloc(64);
  for (unsigned k = 0; k < 16; k++)
    p[k] = (int)(k * i);
  int v = p[i % 16];
  free(p);
  return v + alpha_late(i);
}

__attribute__((noinline)) static int alpha_late(unsigned i) {
  int *q = malloc(40);
  q[i % 10] = 1;
  kept = q;
  return 0;
}
