/* The library: one scratch buffer that moves to the stack, one that stays. */
#include <stdlib.h>

static unsigned char *last;

int checksum(const unsigned char *data, int n, int k) {
  int *tmp = malloc(64 * sizeof *tmp); /* moved to stack: only read here */
  for (int i = 0; i < 64; i++)
    tmp[i] = i < n ? data[i] * k : 0;
  int r = tmp[k & 63] + tmp[(k + 1) & 63];
  free(tmp);
  return r;
}

int remember(const unsigned char *data, int n) {
  unsigned char *copy = malloc(16); /* stays on the heap: kept in 'last' */
  for (int i = 0; i < 16; i++)
    copy[i] = i < n ? data[i] : 0;
  free(last);
  last = copy;
  return copy[(n - 1) & 15];
}
