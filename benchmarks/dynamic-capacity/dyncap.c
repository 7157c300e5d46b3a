/* The guarded rewrite's trade-off, for choosing its default capacity.
 *
 * scratch(n) allocates n bytes with malloc, writes them, reads two of them
 * back and frees them: the buffer never escapes, so heap2stack gives it an
 * entry-block buffer of `dynamic-capacity` bytes that is used when n fits,
 * and the heap otherwise.  Each variant calls scratch with sizes drawn from
 * one distribution (a fixed table of 4096 sizes, cycled):
 *
 *   small  uniform in 1..128 bytes
 *   real   the request sizes of real programs: drawn from the histogram in
 *          $DYNCAP_HISTOGRAM ("<bucket upper bound> <count>" lines, as
 *          malloc_sizes.so writes them), uniform inside a bucket, requests
 *          above 64 KiB left out; uniform in 1..128 without the file
 *   wide   log-uniform in 1..16384 bytes
 *
 * Built once per capacity (clang -O2 -fpass-plugin=heap2stack.so -mllvm
 * -heap2stack-dynamic-capacity=C); capacity 0 keeps every request on the
 * heap.  run prints ns/op, heap allocations per op (the share of requests
 * that did not fit) and scratch's stack frame. */
#include "../common/bench.h"

#include <math.h>

enum { TABLE = 4096 };
static size_t small_sizes[TABLE], real_sizes[TABLE], wide_sizes[TABLE];

/* xorshift64: the same sizes in every build. */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next_random(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static size_t uniform(size_t lo, size_t hi) { return lo + next_random() % (hi - lo + 1); }

static void fill_small(size_t *out) {
  for (int i = 0; i < TABLE; i++)
    out[i] = uniform(1, 128);
}

static void fill_wide(size_t *out) {
  for (int i = 0; i < TABLE; i++) {
    double u = (double)(next_random() % 1000000) / 1000000.0;
    out[i] = (size_t)exp(u * log(16384.0)); /* 1..16383 */
  }
}

/* Sizes drawn from a bucket histogram; false if the file is missing or empty. */
static int fill_real(size_t *out, const char *path) {
  unsigned long long bound[65], cnt[65], total = 0;
  int n = 0;
  FILE *f = path ? fopen(path, "r") : NULL;
  if (!f)
    return 0;
  char line[128];
  while (fgets(line, sizeof line, f) && n < 65) {
    unsigned long long b, c;
    if (sscanf(line, "%llu %llu", &b, &c) == 2 && b <= 65536 && c > 0) {
      int k = 0; /* merge the same bucket from several processes */
      while (k < n && bound[k] != b)
        k++;
      if (k == n) {
        bound[n] = b;
        cnt[n++] = 0;
      }
      cnt[k] += c;
      total += c;
    }
  }
  fclose(f);
  if (!total)
    return 0;
  for (int i = 0; i < TABLE; i++) {
    unsigned long long r = next_random() % total;
    int k = 0;
    while (r >= cnt[k]) {
      r -= cnt[k];
      k++;
    }
    size_t hi = (size_t)bound[k], lo = hi / 2 + 1;
    out[i] = hi <= 1 ? 1 : uniform(lo, hi);
  }
  return 1;
}

__attribute__((noinline)) static uint64_t scratch(size_t n, uint64_t salt) {
  unsigned char *p = malloc(n);
  if (!p)
    abort();
  memset(p, (int)(salt & 0xff), n);
  p[salt % n] ^= (unsigned char)n;
  uint64_t r = (uint64_t)p[0] + p[(salt >> 8) % n];
  free(p);
  return r;
}

static uint64_t run_table(const size_t *sizes, uint64_t iters) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < iters; i++)
    sum += scratch(sizes[i % TABLE], i);
  return sum;
}

static uint64_t bench_small(uint64_t iters) { return run_table(small_sizes, iters); }
static uint64_t bench_real(uint64_t iters) { return run_table(real_sizes, iters); }
static uint64_t bench_wide(uint64_t iters) { return run_table(wide_sizes, iters); }

int main(int argc, char **argv) {
  fill_small(small_sizes);
  fill_wide(wide_sizes);
  if (!fill_real(real_sizes, getenv("DYNCAP_HISTOGRAM")))
    fill_small(real_sizes);
  static const struct bench_variant variants[] = {
      {"small", bench_small},
      {"real", bench_real},
      {"wide", bench_wide},
  };
  return bench_main(argc, argv, variants, sizeof variants / sizeof variants[0]);
}
