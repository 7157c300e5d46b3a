/* p minus p rounded down (llvm.ptrmask) is taken for an offset within p's
   object, yet it is all of p's address when the rounding clears it. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
typedef unsigned char u8;
static volatile uintptr_t RT[2] = {(uintptr_t)1 << 62, 7};
static uintptr_t g_addr;

__attribute__((noinline)) static void block(u8 r) {
  u8 *p = malloc(32);
  if (!p) abort();
  memset(p, r, 32);
  /* volatile: InstCombine would fold ptrtoint(ptrmask(p)) to an `and` */
  u8 *volatile base = __builtin_align_down(p, RT[0]);
  g_addr = (uintptr_t)p - (uintptr_t)base; /* == (uintptr_t)p */
  unsigned s = 0;
  for (int i = 0; i < 32; i++) s += p[i];
  printf("%u\n", s);
}

__attribute__((noinline)) static unsigned clobber(void) {
  volatile u8 big[4096];
  for (int i = 0; i < 4096; i++) big[i] = (u8)(i * 7);
  return big[100];
}

int main(void) {
  block((u8)RT[1]);
  clobber();
  u8 *q = (u8 *)g_addr;
  unsigned s = 0;
  for (int i = 0; i < 32; i++) s = s * 31 + q[i];
  printf("%u\n", s);
  free(q);
  return 0;
}
