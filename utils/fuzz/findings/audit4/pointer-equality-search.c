/*
 * heap2stack audit 4 (integers): pointer EQUALITY recovers the address.
 *
 * build_graph.c (visit_pointer_order) lets `icmp eq/ne ptr` through as
 * "equality leaks nothing: two live objects never share an address".  But
 * comparing p for equality against integer-made guesses ((char *)(base +
 * off)) finds p's exact address, which is kept as an integer in a global
 * and dereferenced after find() returned.  p is never freed, so with the
 * heap the read is fine; heap2stack moves p into find's frame and main
 * reads a dead frame (overwritten by scribble()).
 *
 * The search covers both places p can be (near a heap neighbour and near
 * find's frame), so p is found in both builds: the correct output,
 * "hello from p", does not depend on where malloc puts p.
 * `(uintptr_t)p & 16` exposes p's address (PNVI-ae-udi: the integer read
 * through (char *)g_found may then use p's provenance); to heap2stack it is
 * page bits deciding a branch, allowed.  Without it LLVM itself would treat
 * p as never captured and fold the comparisons.
 *
 * Expected (no plugin):  hello from p
 * Actual (plugin):       XXXXXXXXXXXX   (ASan: stack-use-after-return)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_found;
char *g_anchor;
volatile int g_bit4;

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
      if ((char *)(bases[b] + off) == p) /* pointer equality */
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
