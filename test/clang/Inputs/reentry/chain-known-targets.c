/* max-chain: a call through a constant table of known functions adds 0 to
   the chain, and (the targets being known) no function here reaches code
   heap2stack cannot see, so no slot is checked.  8 levels x 2 static
   4000-byte slots = 64 KB on a 64 KiB thread. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

volatile int sel; /* 0 at run time: the table index stays unknown */
typedef long (*fn)(long);
static long leaf(long x) { return x + 1; }

static long use(char *p, long x, fn next) {
  for (int i = 0; i < 4000; i++) p[i] = (char)(x + i);
  long r = next(x + p[x & 1023]);
  return r + p[(r & 2047) + 7];
}

/* b##k calls a##next through a table; a##k calls b##k directly */
#define LEVEL(k, next)                                                         \
  static const fn t##k[2] = {next, leaf};                                      \
  __attribute__((noinline)) static long b##k(long x) {                         \
    char *p = malloc(4000);                                                    \
    if (!p) abort();                                                           \
    long r = use(p, x, t##k[sel]);                                             \
    free(p);                                                                   \
    return r;                                                                  \
  }                                                                            \
  static long a##k(long x) {                                                   \
    char *p = malloc(4000);                                                    \
    if (!p) abort();                                                           \
    long r = use(p, x, b##k);                                                  \
    free(p);                                                                   \
    return r;                                                                  \
  }
LEVEL(7, leaf) LEVEL(6, a7) LEVEL(5, a6) LEVEL(4, a5)
LEVEL(3, a4) LEVEL(2, a3) LEVEL(1, a2) LEVEL(0, a1)

static void *run(void *arg) { return (void *)a0((long)arg); }

int main(void) {
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, 64 * 1024);
  pthread_t t;
  void *r;
  if (pthread_create(&t, &a, run, (void *)3))
    return 1;
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
