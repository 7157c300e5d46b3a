/* A scratch buffer in a loop: the classic C habit of malloc'ing a temporary.
 *
 * The 256-byte buffer never leaves checksum_lines(): it is written, read and
 * freed within one iteration, and no pointer to one iteration's buffer
 * survives into the next.  heap2stack gives it one stack slot in the entry
 * block, reused by every iteration (no stack growth per iteration):
 *
 *   scratch_buffer.c:22:17: remark: moved to stack: 256-byte malloc (align 16)
 *
 * Go would say nothing at all here: a non-escaping make([]byte, 256) simply
 * lives on the stack. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

unsigned checksum_lines(const char *const *lines, size_t n) {
  unsigned sum = 0;
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(lines[i]);
    if (len > 255)
      len = 255;
    char *buf = malloc(256);
    if (!buf)
      return 0;
    memcpy(buf, lines[i], len); /* copy, then transform in place */
    for (size_t k = 0; k < len; k++)
      buf[k] = (char)(buf[k] ^ 0x5a);
    for (size_t k = 0; k < len; k++)
      sum = sum * 31 + (unsigned char)buf[k];
    free(buf);
  }
  return sum;
}
