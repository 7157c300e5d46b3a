#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define NOINLINE __attribute__((noinline))
struct S { unsigned char *data; unsigned len; unsigned char *aux; };
unsigned char *g;
NOINLINE int init(struct S *b, size_t n) {
  unsigned char *p = malloc(n);
  if (!p) return -1;
  for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(i * 3);
  memcpy(p + 8, &p, sizeof p);
  b->data = p; b->len = n;
  return 0;
}
NOINLINE void clob(unsigned s) { volatile unsigned char junk[4096]; for (unsigned i = 0; i < 4096; i++) junk[i] = (unsigned char)(s + i); }
NOINLINE void f(unsigned r) {
  struct S b;
  if (init(&b, 64)) return;
  unsigned char *x;
  memcpy(&x, b.data + 8, sizeof x);
  g = x;
}
int main(int argc, char **argv) {
  f(argc);
  clob(3);
  unsigned s = 0;
  for (int i = 16; i < 24; i++) s = s * 31 + g[i];
  printf("%u\n", s);
  return 0;
}
