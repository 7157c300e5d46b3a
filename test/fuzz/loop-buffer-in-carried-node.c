// Fuzz finding (utils/fuzz/run.py --campaign, seeds 532 and 962; reduced by
// hand): a buffer allocated in a loop and stored into a node that is itself
// carried across iterations (a linked list) outlives its iteration, so the
// buffer must stay on the heap.  heap2stack keeps the node on the heap
// ("carried across loop iterations") but moves the buffer to ONE stack
// slot, so every node of the list points at the same memory and the list
// reads back the last iteration's bytes: the program prints a different
// checksum at -O1/-O2/-O3 (LLVM 19 and 22), and the mem2reg'd IR through
// opt shows the same wrong verdict.  The -O0 IR (pointers in allocas) is
// handled correctly.  What they share: the earlier iterations' pointers are
// read back only inside a noinline callee (sum, read_all), never by a load
// in the function that allocates, so the loop rule sees no stale value.
//
// Fixed: the loop rule now also counts a call that can reach, through
// memory, an object holding pointers to the allocation (pass/loop_carried.c).
//
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack \
// RUN:   %s -o %t.plugin 2>%t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.plugin > %t.out.plugin
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.plugin
// The loop rule is the first run's: in clang's default pipeline the late
// run sees the 4-iteration loops fully unrolled, four sites each, and moves
// the last iteration's node and buffer (the head of the list, whose fields
// 'sum' reads one by one), correctly, as the diff above shows.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack \
// RUN:   -mllvm -heap2stack-late-rerun=false %s -o %t.first 2>%t.first.err
// RUN: %t.first > %t.out.first
// RUN: diff %t.out.ref %t.out.first
// RUN: FileCheck %s --check-prefix=REMARK < %t.first.err
// RUN: FileCheck %s --check-prefix=SLOTS < %t.first.err
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.o0.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.m2r.ll 2>%t.m2r.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.m2r.err
// RUN: FileCheck %s --check-prefix=SLOTS < %t.m2r.err
//
// Nothing here may move to ONE slot: every object is still reachable after
// the allocation has run again.
// REMARK-NOT: moved to stack: {{[0-9]+}}-byte
// (Since the callees' summaries say which bytes they read as data, the
// buffers and nodes of the lists walked by 'sum' are kept for that reason
// instead: 'sum' reads the bytes of memory reachable from its parameter,
// which holds the buffers' addresses in the nodes.)
// REMARK-COUNT-4: escapes: the bytes of memory holding it are read as data by 'sum'
// REMARK-NOT: moved to stack: {{[0-9]+}}-byte
// The buffers of array_of_buffers may move as 4 slots, one per iteration
// of a loop that runs 4 times (pass/loop_slots.c), not as one.
// SLOTS: moved to stack: 4 slots of 16 bytes for a 16-byte malloc
#include <stdio.h>
#include <stdlib.h>

struct node { unsigned nb; unsigned char *buf; struct node *next; };
static volatile unsigned RT = 100;

__attribute__((noinline)) static unsigned long sum(const struct node *n) {
  unsigned long s = 0;
  for (; n; n = n->next)
    for (unsigned i = 0; i < n->nb; i++) s = s * 31 + n->buf[i];
  return s;
}

// Constant size: one 16-byte slot for every iteration's buffer.
__attribute__((noinline)) static unsigned long fixed_size(void) {
  struct node *head = NULL;
  for (unsigned it = 0; it < 4; it++) {
    struct node *nd = calloc(1, sizeof *nd);
    if (!nd) abort();
    nd->nb = 16;
    unsigned char *b = malloc(nd->nb);
    if (!b) abort();
    for (unsigned i = 0; i < nd->nb; i++) b[i] = (unsigned char)(it + i * 7);
    nd->buf = b;
    nd->next = head;
    head = nd;
  }
  return sum(head); // the nodes and buffers are leaked, as in the fuzz program
}

// Run-time size: the 256-byte guarded buffer, the same for every iteration.
__attribute__((noinline)) static unsigned long runtime_size(void) {
  struct node *head = NULL;
  for (unsigned it = 0; it < 4; it++) {
    struct node *nd = calloc(1, sizeof *nd);
    if (!nd) abort();
    nd->nb = RT % 200 + 1;
    unsigned char *b = malloc(nd->nb);
    if (!b) abort();
    for (unsigned i = 0; i < nd->nb; i++) b[i] = (unsigned char)(it + i * 7);
    nd->buf = b;
    nd->next = head;
    head = nd;
  }
  return sum(head);
}

// The same without a node: the loop keeps every buffer in a local array,
// which only a callee reads.  (Read in this function instead, through a load
// of bufs[k], the buffers are correctly "carried across loop iterations".)
__attribute__((noinline)) static unsigned long read_all(unsigned char **bufs, unsigned n) {
  unsigned long s = 0;
  for (unsigned k = 0; k < n; k++)
    for (unsigned i = 0; i < 16; i++) s = s * 31 + bufs[k][i];
  return s;
}

__attribute__((noinline)) static unsigned long array_of_buffers(void) {
  unsigned char *bufs[4];
  for (unsigned it = 0; it < 4; it++) {
    unsigned char *b = malloc(16);
    if (!b) abort();
    for (unsigned i = 0; i < 16; i++) b[i] = (unsigned char)(it + i * 7);
    bufs[it] = b;
  }
  return read_all(bufs, 4);
}

int main(void) {
  printf("%lx %lx %lx\n", fixed_size(), runtime_size(), array_of_buffers());
  return 0;
}
