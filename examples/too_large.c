/* Too large for the stack: a 128 KiB table of counters.
 *
 * The table does not escape, but it is bigger than max-size (64 KiB by
 * default, Go's limit for implicit allocations), so it stays on the heap:
 *
 *   too_large.c:18:20: remark: too large for stack: 131072 bytes > max-size 65536
 *
 * Raise the limit with -mllvm -heap2stack-max-size=N (clang 19 also needs
 * -fplugin=<plugin>) if you know the code runs on a big enough stack. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define NBUCKETS 16384 /* 16384 * 8 bytes = 128 KiB */

/* The most frequent value of the low 14 bits of v[0..n). */
size_t most_common_bucket(const uint16_t *v, size_t n) {
  size_t *counts = calloc(NBUCKETS, sizeof(size_t));
  if (!counts)
    return 0;
  for (size_t i = 0; i < n; i++)
    counts[v[i] % NBUCKETS]++;
  size_t best = 0;
  for (size_t k = 1; k < NBUCKETS; k++)
    if (counts[k] > counts[best])
      best = k;
  free(counts);
  return best;
}
