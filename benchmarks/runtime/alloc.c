/* More of the Go seed's Step 7 in C: small allocations made once per loop
 * iteration, as C programs write them.
 *
 * point_nc: point.c's 144-byte Point without the `if (!p) abort()` check
 *           (as in the Go seed, where `new` cannot fail).
 * scratch:  a 256-byte scratch buffer per iteration: the loop counter is
 *           written into it in decimal, then hashed.
 * list:     a local singly linked list of 8 malloc'ed nodes, summed and
 *           freed node by node.
 * dynbuf:   a buffer of a run-time size that is usually small: 16..215
 *           bytes, and 4096 bytes on one iteration in 64.
 * scratch8k: an 8 KiB scratch buffer in a noinline function called once
 *           per iteration, 16 bytes of it written and one read: above
 *           stack-check-above (4 KiB), so with the defaults heap2stack makes
 *           it a stack-checked move, and the check (made once per call of
 *           the function that holds the allocation) runs once per op.
 *
 * Built twice from this file:
 *   default       the heap version (malloc/free);
 *   -DSTACK_TWIN  the hand-written stack version: a local Point, a local
 *                 char[256], the 8 nodes in a local array, and for dynbuf
 *                 the usual small-buffer idiom (a local char[256] when the
 *                 size fits, malloc otherwise), a local char[8192] in the
 *                 same noinline function for scratch8k.
 * Reads use indices that depend on the loop counter, so clang -O2 cannot
 * forward the stores and delete the allocation by itself. */
#include "../common/bench.h"
#include "../common/point.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Node {
  uint64_t value;
  struct Node *next;
} Node;

/* Writes i in decimal at buf (at most 20 digits), returns the length. */
static size_t format_u64(char *buf, uint64_t i) {
  char tmp[20];
  size_t n = 0;
  do {
    tmp[n++] = (char)('0' + i % 10);
    i /= 10;
  } while (i);
  for (size_t k = 0; k < n; k++)
    buf[k] = tmp[n - 1 - k];
  return n;
}

static uint64_t hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603u;
  for (size_t k = 0; k < n; k++)
    h = (h ^ (unsigned char)s[k]) * 1099511628211u;
  return h;
}

static size_t dyn_size(uint64_t i) {
  return i % 64 == 63 ? 4096 : 16 + (size_t)(i * 37 % 200);
}

#define SCRATCH8K 8192

/* Writes 16 bytes of b, 512 apart from an offset that depends on i, and
 * reads one of them back. */
static uint64_t scratch8k_touch(unsigned char *b, uint64_t i) {
  size_t off = (size_t)(i & 511);
  for (size_t k = off; k < SCRATCH8K; k += 512)
    b[k] = (unsigned char)(i + k);
  return b[(size_t)(i * 7 % 16) * 512 + off];
}

#ifndef STACK_TWIN

__attribute__((noinline)) static uint64_t bench_point_nc(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point *p = malloc(sizeof *p);
    fill_point(p, i);
    sum += (uint64_t)p->data[i % 100];
    free(p);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t bench_scratch(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    char *buf = malloc(256);
    if (!buf) abort();
    size_t len = format_u64(buf, i);
    buf[len++] = ':';
    len += format_u64(buf + len, i * 7);
    sum += hash(buf, len);
    free(buf);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t bench_list(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Node *head = NULL;
    for (int k = 0; k < 8; k++) {
      Node *node = malloc(sizeof *node);
      if (!node) abort();
      node->value = i + (uint64_t)k;
      node->next = head;
      head = node;
    }
    for (Node *p = head; p; p = p->next)
      sum += p->value * (p->next ? 1 : 3);
    while (head) {
      Node *next = head->next;
      free(head);
      head = next;
    }
  }
  return sum;
}

__attribute__((noinline)) static uint64_t bench_dynbuf(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    size_t size = dyn_size(i);
    char *buf = malloc(size);
    if (!buf) abort();
    for (size_t k = 0; k < size; k++)
      buf[k] = (char)(i + k);
    sum += (uint64_t)buf[i % size];
    free(buf);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t scratch8k_once(uint64_t i) {
  unsigned char *b = malloc(SCRATCH8K);
  if (!b) abort();
  uint64_t r = scratch8k_touch(b, i);
  free(b);
  return r;
}

#else /* STACK_TWIN */

__attribute__((noinline)) static uint64_t bench_point_nc(uint64_t n) { return point_stack_loop(n); }

__attribute__((noinline)) static uint64_t bench_scratch(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    char buf[256];
    size_t len = format_u64(buf, i);
    buf[len++] = ':';
    len += format_u64(buf + len, i * 7);
    sum += hash(buf, len);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t bench_list(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Node nodes[8];
    Node *head = NULL;
    for (int k = 0; k < 8; k++) {
      Node *node = &nodes[k];
      node->value = i + (uint64_t)k;
      node->next = head;
      head = node;
    }
    for (Node *p = head; p; p = p->next)
      sum += p->value * (p->next ? 1 : 3);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t bench_dynbuf(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    size_t size = dyn_size(i);
    char small[256];
    char *buf = size <= sizeof small ? small : malloc(size);
    if (!buf) abort();
    for (size_t k = 0; k < size; k++)
      buf[k] = (char)(i + k);
    sum += (uint64_t)buf[i % size];
    if (buf != small) free(buf);
  }
  return sum;
}

__attribute__((noinline)) static uint64_t scratch8k_once(uint64_t i) {
  unsigned char b[SCRATCH8K];
  return scratch8k_touch(b, i);
}

#endif

__attribute__((noinline)) static uint64_t bench_scratch8k(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++)
    sum += scratch8k_once(i);
  return sum;
}

int main(int argc, char **argv) {
  static const struct bench_variant v[] = {
      {"point_nc", bench_point_nc},
      {"scratch", bench_scratch},
      {"list", bench_list},
      {"dynbuf", bench_dynbuf},
      {"scratch8k", bench_scratch8k},
  };
#ifdef BENCH_ONE /* only variant number BENCH_ONE: the others become dead code */
  return bench_main(argc, argv, &v[BENCH_ONE], 1);
#else
  return bench_main(argc, argv, v, sizeof v / sizeof v[0]);
#endif
}
