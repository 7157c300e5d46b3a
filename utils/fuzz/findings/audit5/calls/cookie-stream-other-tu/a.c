#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Writes one 4096-byte block of its depth's letter to out. */
void emit(int depth, FILE *out) {
  char *buf = malloc(4096);
  memset(buf, 'a' + depth % 26, 4096);
  fwrite(buf, 1, 4096, out);
  free(buf);
}
