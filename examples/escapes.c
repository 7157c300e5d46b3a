/* Three allocations that outlive their function, and one that does not.
 * Like Go's "moved to heap" explanations, each remark names the instruction
 * that makes the object escape, with its line:
 *
 *   escapes.c:26:22: remark: escapes: stored to global 'last_seen' at escapes.c:28:13
 *   escapes.c:34:22: remark: escapes: returned at escapes.c:37:3
 *   escapes.c:42:22: remark: escapes: passed to 'consume' at escapes.c:44:3
 *   escapes.c:50:22: remark: moved to stack: 32-byte malloc (align 16)
 *
 * consume() is only declared here, so heap2stack cannot know that it does
 * not keep the pointer.  The last function does the same work as the first
 * three but keeps its pointer to itself. */
#include <stdlib.h>
#include <string.h>

struct record {
  int id;
  char tag[28];
};

struct record *last_seen;
void consume(struct record *r);

/* 1. Stored in a global: visible after the function returns. */
int remember(int id) {
  struct record *r = malloc(sizeof *r);
  r->id = id;
  last_seen = r;
  return id;
}

/* 2. Returned to the caller. */
struct record *make_record(int id) {
  struct record *r = malloc(sizeof *r);
  r->id = id;
  memset(r->tag, 0, sizeof r->tag);
  return r;
}

/* 3. Passed to a function heap2stack cannot see into. */
void hand_over(int id) {
  struct record *r = malloc(sizeof *r);
  r->id = id;
  consume(r);
}

/* 4. Does not escape: moved.  The index is only known at run time, so clang
 *    cannot fold the loads and delete the allocation by itself. */
int tag_byte(int id, unsigned i) {
  struct record *r = malloc(sizeof *r);
  r->id = id;
  for (int k = 0; k < 28; k++)
    r->tag[k] = (char)(id + k);
  int v = r->tag[i % 28];
  free(r);
  return v;
}
