/* Same root cause as pointer-equality-search.c, through a callee: same(a, b)
   compares its two parameters for equality; its summary lets both through.
   Expected: hello from p   Actual (plugin): XXXXXXXXXXXX */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_found;
char *g_anchor;
volatile int g_bit4;

__attribute__((noinline)) int same(char *a, char *b) { return a == b; }
__attribute__((noinline)) void fill(char *p) { strcpy(p, "hello from p"); }

/* Finds p's address by equality comparisons against guesses, keeps it. */
__attribute__((noinline)) void find(void) {
  char near[16];
  char *p = malloc(32);
  fill(p);
  if ((uintptr_t)p & 16) /* exposes p's address: page bits, in the frame */
    g_bit4 = 1;
  uintptr_t found = 0;
  uintptr_t bases[3] = {(uintptr_t)g_anchor, (uintptr_t)__builtin_frame_address(0),
                        (uintptr_t)near};
  for (int b = 0; b < 3; b++)
    for (intptr_t off = -(1 << 20); off <= (1 << 20); off += 16)
      if (same((char *)(bases[b] + off), p))
        found = bases[b] + off;
  g_found = found; /* p is never freed: it lives on */
}

__attribute__((noinline)) void scribble(void) {
  volatile char big[4096];
  for (int i = 0; i < 4096; i++)
    big[i] = 'X';
}

int main(void) {
  g_anchor = malloc(32); /* a neighbour of p on the heap */
  find();
  scribble();
  if (!g_found) {
    puts("not found");
    return 0;
  }
  char buf[13];
  memcpy(buf, (char *)g_found, 12);
  buf[12] = 0;
  printf("%s\n", buf);
  return 0;
}
