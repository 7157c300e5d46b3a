/* Same root cause as pointer-equality-search.c, inside the frame: the address
   found by equality is turned back into a pointer and freed.  With the heap it
   is p (freed fine); moved, free() gets a stack address.
   Expected: "hello from p" then "done"; actual (plugin): SIGSEGV / "free(): invalid
   size" / ASan "attempting free on address which was not malloc()-ed". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *g_anchor;
volatile int g_bit4;

__attribute__((noinline)) void fill(char *p) { strcpy(p, "hello from p"); }

__attribute__((noinline)) void work(void) {
  char near[16];
  char *p = malloc(32);
  fill(p);
  if ((uintptr_t)p & 16) /* exposes p's address */
    g_bit4 = 1;
  uintptr_t found = 0;
  uintptr_t bases[3] = {(uintptr_t)g_anchor, (uintptr_t)__builtin_frame_address(0),
                        (uintptr_t)near};
  for (int b = 0; b < 3; b++)
    for (intptr_t off = -(1 << 20); off <= (1 << 20); off += 16)
      if ((char *)(bases[b] + off) == p)
        found = bases[b] + off;
  char *q = (char *)found; /* == p */
  printf("%s\n", q);
  free(q);
}

int main(void) {
  g_anchor = malloc(32);
  work();
  puts("done");
  return 0;
}
