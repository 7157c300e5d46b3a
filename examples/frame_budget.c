/* Each allocation fits, together they do not: the frame budget.
 *
 * max-frame (128 KiB by default, Go's limit for a frame) counts the
 * function's own locals plus every byte heap2stack has already moved into
 * it.  Here the function already has a 40000-byte local array; the first
 * 60000-byte buffer is moved (40000 + 60000 <= 131072), the second one would
 * bring the frame to 160000 bytes and stays on the heap:
 *
 *   frame_budget.c:25:22: remark: moved to stack when the thread's stack has
 *                         room: 60000-byte malloc (align 16) uses a stack slot
 *                         when this thread's stack has room above its reserve,
 *                         the heap otherwise (size > stack-check-above)
 *   frame_budget.c:26:22: remark: stack frame budget exceeded: 40000 bytes of
 *                         locals + 60000 bytes moved + 60000 bytes > max-frame 131072
 *
 * Allocations are admitted in program order, so the result is reproducible.
 * A buffer this large (above stack-check-above, 4 KiB) is checked at run
 * time: the stack when the running thread has room for it above half its
 * stack, the heap otherwise, so a small thread stack (musl: 128 KiB) is
 * safe; lower max-frame too to keep small static slots in check there. */
#include <stdlib.h>
#include <string.h>

void fill(unsigned char *p, unsigned n);   /* reads and writes p[0..n) */

int compare_blocks(unsigned i, unsigned j) {
  unsigned char local[40000];
  fill(local, sizeof local);

  unsigned char *a = malloc(60000);
  unsigned char *b = malloc(60000);
  if (!a || !b)
    abort();
  memcpy(a, local, sizeof local);
  memcpy(b, local + 1, sizeof local - 1);
  int r = a[i % 40000] - b[j % 39999];
  free(a);
  free(b);
  return r;
}
