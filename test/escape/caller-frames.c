// Objects a callee makes for its caller (pass/caller_frames.c): a function
// whose allocation goes to its result and nowhere else is a maker; a caller
// in which that object does not escape and dies gets the storage in its own
// frame and calls the maker's copy `maker.h2s(args..., storage)`.  Makers
// that let the object out any other way (a global, itself, an out
// parameter, its address as an integer or text, a loop, a call cycle) are
// not makers, and their callers keep the heap.
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clang -O2 %s -o %t.o2
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// Without caller frames, nothing of the kind moves:
// RUN: %clang -O2 -Rpass=heap2stack %s -mllvm -heap2stack-caller-frames=false -c -o /dev/null \
// RUN:   2>&1 | FileCheck %s --allow-empty --check-prefix=OFF
// OFF-NOT: object made by
// OFF-NOT: returned to the caller
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

struct point {
  long x, y;
  char tag[24];
};

// A maker: filled, returned, or null when malloc fails.
NOINLINE struct point *point_new(long v) {
  struct point *p = malloc(sizeof *p); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: returned to the caller: moved to the caller's frame in 'use_point' (which calls the copy 'point_new.h2s', which uses its storage)
  if (!p)
    return NULL;
  p->x = v;
  p->y = 2 * v;
  snprintf(p->tag, sizeof p->tag, "pt%ld", v);
  return p;
}

// IR-LABEL: define {{.*}}i64 @use_point(
// IR: alloca [40 x i8], align 16
// IR: call ptr @point_new.h2s(i64 {{.*}}, ptr
// (a checked slot since the fifth audit: the heap fallback still frees)
// IR: ret i64
NOINLINE long use_point(long v) {
  struct point *p = point_new(v); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: moved to stack when the thread's stack has room: 40-byte object made by 'point_new' (align 16)
  if (!p)
    return -1;
  long r = p->x + p->y + (long)strlen(p->tag);
  free(p);
  return r;
}

// The same maker, and a caller that keeps the object: the original stays.
struct point *kept;
NOINLINE long keeps_point(long v) {
  struct point *p = point_new(v); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: escapes: stored to global 'kept'
  free(kept);
  kept = p;
  return p->x;
}

// In a loop, freed each time: one slot serves every iteration.
// IR-LABEL: define {{.*}}i64 @points_in_loop(
// IR: call ptr @point_new.h2s(
// (a checked slot since the fifth audit: the heap fallback still frees)
// IR: {{^}}}
NOINLINE long points_in_loop(int n) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    struct point *p = point_new(i); // REMARK-DAG: caller-frames.c:[[@LINE]]:23: remark: moved to stack when the thread's stack has room: 40-byte object made by 'point_new' (align 16)
    s += p->y;
    free(p);
  }
  return s;
}

// A caller that may be re-entered (it calls through a pointer it cannot
// see, and is visible outside the module): the checked slot, filled by the
// copy when the stack has room; the maker itself otherwise.
// IR-LABEL: define {{.*}}i64 @use_point_reentrant(
// IR: call ptr @point_new.h2s(i64 {{.*}}, ptr
// IR: call ptr @point_new(i64
// IR: {{^}}}
static void show(long v) {
  if (v == 12345)
    puts("12345");
}
void (*volatile hook)(long) = show;
NOINLINE long use_point_reentrant(long v) {
  struct point *p = point_new(v); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: moved to stack when the thread's stack has room: 40-byte object made by 'point_new' (align 16)
  if (!p)
    return -1;
  hook(p->x);
  long r = p->y;
  free(p);
  return r;
}

// A size passed in, and calloc: the copy zeroes the caller's storage.
NOINLINE char *buf_new(size_t n) {
  char *b = calloc(n, 1);
  if (!b)
    return NULL;
  b[0] = 'x';
  return b;
}
// IR-LABEL: define {{.*}} @use_buf(
// IR: alloca [100 x i8]
// IR: call ptr @buf_new.h2s(i64 {{(noundef )?}}100, ptr
NOINLINE long use_buf(void) {
  char *b = buf_new(100); // REMARK-DAG: caller-frames.c:[[@LINE]]:13: remark: moved to stack: 100-byte object made by 'buf_new' (align 16)
  long r = b[0] + b[99] + b[50];
  free(b);
  return r;
}
// Failure paths that free the object and return null: the copy drops the free.
NOINLINE char *name_new(const char *s) {
  char *n = malloc(32);
  if (!n)
    return NULL;
  if (strlen(s) >= 32) {
    free(n);
    return NULL;
  }
  strcpy(n, s);
  return n;
}
NOINLINE long use_name(const char *s) {
  char *n = name_new(s); // REMARK-DAG: caller-frames.c:[[@LINE]]:13: remark: moved to stack: 32-byte object made by 'name_new' (align 16)
  if (!n)
    return 0;
  long r = (long)strlen(n);
  free(n);
  return r;
}

// A node that holds the caller's pointer: the node moves, what it holds
// escaped into the maker's object (the maker's summary says so).
struct node {
  struct node *next;
  long v;
};
NOINLINE struct node *node_new(struct node *next, long v) {
  struct node *n = malloc(sizeof *n);
  if (!n)
    abort();
  n->next = next;
  n->v = v;
  return n;
}
NOINLINE long use_nodes(long v) {
  struct node *tail = malloc(sizeof *tail); // REMARK-DAG: caller-frames.c:[[@LINE]]:23: remark: escapes: passed to 'node_new'
  tail->next = NULL;
  tail->v = v;
  struct node *head = node_new(tail, v + 1); // REMARK-DAG: caller-frames.c:[[@LINE]]:23: remark: moved to stack: 16-byte object made by 'node_new' (align 16)
  long r = head->v + head->next->v;
  free(head->next);
  free(head);
  return r;
}

// The maker's object holds a pointer to memory the caller does not own: a
// pointer the caller stores through it escapes (the object's memory holds
// unknown pointers).
long *published;
long shared_cell[4];
struct cell {
  long **slot;
  long pad;
};
NOINLINE struct cell *cell_new(void) {
  struct cell *c = malloc(sizeof *c);
  if (!c)
    abort();
  c->slot = &published;
  c->pad = 0;
  return c;
}
NOINLINE long use_cell(long v) {
  long *mine = malloc(sizeof *mine); // REMARK-DAG: caller-frames.c:[[@LINE]]:16: remark: escapes:
  *mine = v;
  struct cell *c = cell_new(); // REMARK-DAG: caller-frames.c:[[@LINE]]:20: remark: moved to stack: 16-byte object made by 'cell_new' (align 16)
  *c->slot = mine;
  free(c);
  return *published;
}

// The allocation through an allocator wrapper, returned through a call
// that returns its argument (LLVM's `returned`: memcpy's destination):
// gnulib's xmemdup.
NOINLINE void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}
NOINLINE void *xmemdup(const void *p, size_t n) { return memcpy(xmalloc(n), p, n); }
// IR-LABEL: define {{.*}}i64 @use_dup(
// IR: call ptr @xmemdup.h2s(
// IR-NOT: @free(
// IR: {{^}}}
NOINLINE long use_dup(long v) {
  long in[4] = {v, v + 1, v + 2, v + 3};
  long *d = xmemdup(in, sizeof in); // REMARK-DAG: caller-frames.c:[[@LINE]]:13: remark: moved to stack: 32-byte object made by 'xmemdup' (align 16)
  long r = d[0] + d[3];
  free(d);
  return r;
}

// Destroy functions (caller_frames.c: destroyers): one that frees exactly
// its parameter is a deallocation of the caller's object; the call goes to
// its copy, which frees what the object points to but not the object.
struct named {
  long v;
  char *name;
};
NOINLINE struct named *named_new(long v) {
  struct named *n = malloc(sizeof *n);
  if (!n)
    return NULL;
  n->v = v;
  n->name = malloc(16);
  if (n->name)
    snprintf(n->name, 16, "n%ld", v);
  return n;
}
NOINLINE void named_free(struct named *n) {
  if (!n)
    return;
  free(n->name);
  free(n);
}
// IR-LABEL: define {{.*}}i64 @use_named(
// IR: call ptr @named_new(
// IR: call void @named_free(
// IR-NOT: @free(
// IR: {{^}}}
NOINLINE long use_named(long v) {
  struct named *n = named_new(v); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: the function may be called again before it returns, so its slots need a stack check: {{.*}}and no stack check: it is freed by a destroy function, whose copy would not free the heap case
  if (!n)
    return 0;
  long r = n->v + (n->name ? (long)strlen(n->name) : 0);
  named_free(n);
  return r;
}
// A destroyer may free on some paths only: the caller goes on using the
// object on the others, so the slot's life does not end at the call (the
// fuzzer's seed 1 found the first version ending it there: ASan's
// stack-use-after-scope).
NOINLINE int maybe_release(struct named *n, long c) {
  if (c & 1) {
    free(n->name);
    free(n);
    return 1;
  }
  return 0;
}
// IR-LABEL: define {{.*}}i64 @use_maybe_released(
// IR: call {{.*}}i32 @maybe_release(
// IR-NOT: @llvm.lifetime.end
// IR: load i64
// IR: {{^}}}
NOINLINE long use_maybe_released(long v) {
  struct named *n = named_new(v); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: the function may be called again before it returns, so its slots need a stack check: {{.*}}and no stack check: it is freed by a destroy function, whose copy would not free the heap case
  if (!n)
    return 0;
  if (maybe_release(n, v))
    return 1;
  long r = n->v;
  named_free(n);
  return r;
}
// Not destroyers: one that also keeps its parameter, one that walks a
// list (it frees what the object points to with the same free).
struct named *last_named;
NOINLINE void named_retire(struct named *n) {
  last_named = n;
  free(n);
}
NOINLINE void nodes_free(struct node *n) {
  while (n) {
    struct node *next = n->next;
    free(n);
    n = next;
  }
}
NOINLINE long use_not_destroyers(long v) {
  struct named *n = named_new(v); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: escapes: passed to 'named_retire'
  long r = n->v;
  free(n->name);
  named_retire(n);
  struct node *list = node_new(NULL, v); // REMARK-DAG: caller-frames.c:[[@LINE]]:23: remark: freed by a callee: passed to 'nodes_free'
  r += list->v;
  nodes_free(list);
  return r + (last_named != NULL);
}

// ---- not makers: the object leaves them another way ---------------------

struct self {
  struct self *me;
  long v;
};
NOINLINE struct self *self_new(long v) {
  struct self *s = malloc(sizeof *s); // REMARK-DAG: caller-frames.c:[[@LINE]]:20: remark: escapes:
  if (!s)
    abort();
  s->me = s;
  s->v = v;
  return s;
}
struct self *last_self;
NOINLINE long use_self(long v) {
  struct self *s = self_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:20: remark: moved
  last_self = s->me;            // the object's own pointer, read back from it
  long r = s->v;
  return r;
}

struct point *registry[8];
NOINLINE struct point *registered_new(long v) {
  struct point *p = malloc(sizeof *p); // REMARK-DAG: caller-frames.c:[[@LINE]]:21: remark: escapes: stored to global 'registry'
  if (!p)
    abort();
  p->x = v;
  registry[v & 7] = p;
  return p;
}
NOINLINE long use_registered(long v) {
  struct point *p = registered_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  long r = p->x;
  free(p);
  registry[v & 7] = NULL;
  return r;
}

NOINLINE struct point *out_new(long v, struct point **out) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    abort();
  p->x = v;
  *out = p;
  return p;
}
struct point *out_cell;
NOINLINE long use_out(long v) {
  struct point *p = out_new(v, &out_cell); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  long r = p->x + out_cell->x;
  free(p);
  out_cell = NULL;
  return r;
}

uintptr_t last_address;
NOINLINE struct point *addressed_new(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    abort();
  p->x = v;
  last_address = (uintptr_t)p ^ 0x5a5a;
  return p;
}
NOINLINE long use_addressed(long v) {
  struct point *p = addressed_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  long r = p->x;
  free(p);
  return r + (((struct point *)(last_address ^ 0x5a5a)) == p);
}

char address_text[32];
NOINLINE struct point *printed_new(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    abort();
  p->x = v;
  snprintf(address_text, sizeof address_text, "%p", (void *)p);
  return p;
}
NOINLINE long use_printed(long v) {
  struct point *p = printed_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  void *q = NULL;
  sscanf(address_text, "%p", &q);
  long r = p->x + (q == p);
  free(p);
  return r;
}

unsigned char address_bytes[sizeof(void *)];
NOINLINE struct point *copied_new(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    abort();
  p->x = v;
  memcpy(address_bytes, &p, sizeof p);
  return p;
}
NOINLINE long use_copied(long v) {
  struct point *p = copied_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  struct point *q;
  memcpy(&q, address_bytes, sizeof q);
  long r = p->x + q->x;
  free(p);
  return r;
}

// The allocation runs in a loop: each iteration's object is freed but
// the last, so the call runs it more than once.
NOINLINE struct point *retry_new(long v) {
  struct point *p = NULL;
  for (long i = 0; i <= (v & 3); i++) {
    free(p);
    p = malloc(sizeof *p);
    if (!p)
      abort();
    p->x = v + i;
  }
  return p;
}
NOINLINE long use_retry(long v) {
  struct point *p = retry_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  long r = p->x;
  free(p);
  return r;
}

// Returns its object on one path and a global's on another.
struct point fallback;
NOINLINE struct point *maybe_new(long v) {
  if (v < 0)
    return &fallback;
  struct point *p = malloc(sizeof *p);
  if (!p)
    abort();
  p->x = v;
  return p;
}
NOINLINE long use_maybe(long v) {
  struct point *p = maybe_new(v); // REMARK-NOT: caller-frames.c:[[@LINE]]:21: remark: moved
  long r = p->x;
  if (p != &fallback)
    free(p);
  return r;
}

// A call cycle: a maker that calls itself is not one.
NOINLINE struct node *chain_new(long depth) {
  struct node *n = malloc(sizeof *n);
  if (!n)
    abort();
  n->v = depth;
  n->next = NULL;
  if (depth > 0) {
    struct node *below = chain_new(depth - 1);
    n->v += below->v;
    free(below);
  }
  return n;
}
NOINLINE long use_chain(long depth) {
  struct node *n = chain_new(depth); // REMARK-NOT: caller-frames.c:[[@LINE]]:20: remark: moved
  long r = n->v;
  free(n);
  return r;
}

int main(int argc, char **argv) {
  (void)argv;
  long s = 0;
  for (int i = 0; i < 100; i++) {
    s += use_point(i + argc) + keeps_point(i) + points_in_loop(i % 7) + use_buf();
    s += use_point_reentrant(i) + use_dup(i) + use_named(i) + use_not_destroyers(i) + use_maybe_released(i);
    s += use_name(i & 1 ? "short" : "a name that is far too long for its buffer");
    s += use_nodes(i) + use_cell(i) + use_self(i) + use_registered(i) + use_out(i);
    s += use_addressed(i) + use_printed(i) + use_copied(i) + use_retry(i) + use_maybe(i - 50);
    s += use_chain(i % 5);
    free(last_self);
  }
  free(kept);
  printf("%ld\n", s);
  return 0;
}

// The copies come after every function of the file.
// IR-LABEL: define internal {{.*}}ptr @buf_new.h2s(i64 {{.*}}, ptr noundef nonnull %
// IR: call void @llvm.memset
// IR-NOT: @calloc(
// IR: ret ptr
// named_free.h2s is no longer made (see the end): use_named and
// use_maybe_released keep the heap.
// IR-NOT: define internal void @named_free.h2s(
// IR-NOT: @maybe_release.h2s(

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 52 above is
// checked ("when the thread's stack has room"): its function calls 'snprintf', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
// The same reason moves two more decisions: use_named and use_maybe_released
// (their objects freed by the destroyers named_free and maybe_release) need a
// stack check, and a destroyer's copy cannot free the heap case, so their
// objects stay on the heap (the missed remarks at lines 246 and 271).
