#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *out;
static long total;
static int depth;
static void f(void);

static ssize_t wr(void *cookie, const char *buf, size_t n) {
  (void)cookie;
  total += buf[0];
  if (--depth > 0)
    f();
  return (ssize_t)n;
}

static void f(void) {
  char *p = malloc(4000);
  if (!p)
    abort();
  for (int i = 0; i < 4000; i++)
    p[i] = (char)(i * depth);
  fwrite(p + (depth & 63), 1, 64, out); /* unbuffered cookie stream: calls wr before returning */
  total += p[3999];
  free(p);
}

int main(int argc, char **argv) {
  depth = argc > 1 ? atoi(argv[1]) : 5000;
  cookie_io_functions_t io = {.write = wr};
  out = fopencookie(NULL, "w", io);
  setvbuf(out, NULL, _IONBF, 0);
  f();
  printf("%ld\n", total);
  return 0;
}
