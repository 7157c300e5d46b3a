/* A buffer whose size is only known at run time (Go 1.25 does the same for
 * a non-escaping make([]T, n)).
 *
 * heap2stack cannot reserve n bytes of stack for an unknown n, so it gives
 * the allocation a fixed 256-byte stack buffer, used when n fits, and keeps
 * malloc for larger n; the free then only runs in the heap case:
 *
 *   dynamic_size.c:20:15: remark: moved to stack when it fits: 'malloc' of a
 *       run-time size uses a 256-byte stack buffer (align 16) when the size
 *       fits, the heap otherwise
 *
 * -Rpass-analysis=heap2stack adds a DeallocationGuarded remark for the free. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Reverses s[0..n) into a temporary and returns how many positions hold the
 * same character forwards and backwards. */
size_t palindromic_positions(const char *s, size_t n) {
  char *rev = malloc(n);
  if (!rev)
    return 0;
  for (size_t i = 0; i < n; i++)
    rev[i] = s[n - 1 - i];
  size_t same = 0;
  for (size_t i = 0; i < n; i++)
    same += rev[i] == s[i];
  free(rev);
  return same;
}
