#include <stdio.h>
#include <stdlib.h>
/* C99 inline definition: an alternative to the external one in tu2.c,
   which may differ (C11 6.7.4p7: unspecified which one a call uses). */
extern volatile int sink;
#define S4(k) sink = p[k]; sink = p[k] + 1; sink = p[k] * 3; sink = p[k] ^ 7;
#define S16(k) S4(k) S4(k + 1) S4(k + 2) S4(k + 3)
inline void keep(int *p) { S16(0) S16(4) S16(8) S16(12) }
extern int *saved;

__attribute__((noinline)) void fill(int n) {
  int *p = malloc(16 * sizeof *p);
  for (int i = 0; i < 16; i++) p[i] = i * n;
  keep(p);
}
__attribute__((noinline)) void clobber(int n) {
  volatile int big[64];
  for (int i = 0; i < 64; i++) big[i] = -n;
}
int main(int argc, char **argv) {
  fill(argc + 6);
  clobber(argc);
  if (saved) { printf("%d\n", saved[5]); free(saved); }
  else puts("none");
  return 0;
}
