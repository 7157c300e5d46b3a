#include <stdio.h>
#include <stdlib.h>
struct holder { const char *old; };
static char seed[8] = "abcdefg";
__attribute__((noinline)) char *mk_next(const struct holder *h) {
  char *p = malloc(8);
  if (!p) return NULL;
  for (int i = 0; i < 8; i++) p[i] = (char)(h->old[7 - i] + 1);
  return p;
}
__attribute__((noinline)) unsigned f(int n) {
  struct holder h = {seed};
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    char *p = mk_next(&h);
    if (!p) abort();
    for (int j = 0; j < 8; j++) s = s * 31 + (unsigned char)p[j];
    h.old = p;
  }
  return s;
}
int main(int argc, char **argv) { printf("%u\n", f(argc + 3)); return 0; }
