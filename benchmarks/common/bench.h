/* Tiny benchmark harness shared by the benchmarks: calibrates an iteration
 * count to a target time, times with clock_gettime(CLOCK_MONOTONIC), and
 * reads the LD_PRELOAD allocation counter (common/malloc_count.c) when it is
 * loaded.
 *
 * A benchmark binary prints one line per variant:
 *   <variant> <ns/op> ns/op <allocs/op|-> allocs/op <iterations> iters check=<sum>
 * where <sum> is the variant's result for exactly 100000 iterations, so the
 * heap, heap2stack and stack-twin builds can be checked to compute the same
 * thing.
 * The target time per variant is taken from BENCH_TIME_S (default 0.2).
 *
 * bench_main(argc, argv, variants): runs every variant, or only the one
 * named by argv[1] (so that a build that crashes in one variant does not
 * take the others down; benchmarks/run runs them one at a time).  Exits 2
 * on an unknown name.  A source built with -DBENCH_ONE=<index> passes only
 * that entry of its table, so the other variants' code is dead and deleted
 * at -O2 (benchmarks/runtime/run does this when an opt pipeline fails on
 * the whole file). */
#ifndef BENCH_H
#define BENCH_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef uint64_t (*bench_fn)(uint64_t iters);

/* Results are stored here so the work cannot be deleted. */
static volatile uint64_t bench_sink;

static double bench_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double bench_time_s(bench_fn f, uint64_t n) {
  double t0 = bench_now();
  bench_sink = f(n);
  return bench_now() - t0;
}

static void bench_run(const char *name, bench_fn f) {
  const char *e = getenv("BENCH_TIME_S");
  double target = e ? atof(e) : 0.2;
  if (!(target > 0)) target = 0.2;

  /* Calibrate: double until one run takes a tenth of the target. */
  uint64_t n = 1000;
  double t;
  while ((t = bench_time_s(f, n)) < target / 10 && n < (UINT64_C(1) << 40))
    n *= 2;
  n = (uint64_t)((double)n * target / (t > 0 ? t : 1e-9));
  if (n < 1) n = 1;

  size_t (*allocs)(void) = (size_t (*)(void))dlsym(RTLD_DEFAULT, "malloc_count_allocs");
  size_t a0 = allocs ? allocs() : 0;
  t = bench_time_s(f, n);
  size_t a1 = allocs ? allocs() : 0;

  printf("%-8s %10.3f ns/op ", name, t * 1e9 / (double)n);
  if (allocs)
    printf("%6.2f allocs/op", (double)(a1 - a0) / (double)n);
  else
    printf("%6s allocs/op", "-");
  printf(" %12llu iters check=%llu\n", (unsigned long long)n,
         (unsigned long long)f(100000));
  fflush(stdout);
}

struct bench_variant {
  const char *name;
  bench_fn fn;
};

static int bench_main(int argc, char **argv, const struct bench_variant *v, size_t n) {
  int found = 0;
  for (size_t i = 0; i < n; i++)
    if (argc < 2 || strcmp(argv[1], v[i].name) == 0) {
      bench_run(v[i].name, v[i].fn);
      found = 1;
    }
  if (!found) {
    fprintf(stderr, "unknown variant '%s'; variants:", argv[1]);
    for (size_t i = 0; i < n; i++)
      fprintf(stderr, " %s", v[i].name);
    fprintf(stderr, "\n");
    return 2;
  }
  return 0;
}

#endif
