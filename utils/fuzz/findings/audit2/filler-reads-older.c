#include <stdio.h>
#include <stdlib.h>
struct buf { char *data; };
static char seed[8] = "abcdefg";
__attribute__((noinline)) int buf_next(struct buf *b) {
  const char *old = b->data; /* the previous buffer, which the caller keeps */
  char *p = malloc(8);
  b->data = p;
  if (!p) return -1;
  for (int i = 0; i < 8; i++) p[i] = (char)(old[7 - i] + 1);
  return 0;
}
__attribute__((noinline)) unsigned f(int n) {
  struct buf b = {seed};
  unsigned s = 0;
  for (int i = 0; i < n; i++) {
    if (buf_next(&b)) abort();
    for (int j = 0; j < 8; j++) s = s * 31 + (unsigned char)b.data[j];
  }
  return s;
}
int main(int argc, char **argv) { printf("%u\n", f(argc + 3)); return 0; }
