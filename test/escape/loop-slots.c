// One slot per loop iteration (pass/loop_slots.c): an allocation in a loop
// whose objects are alive together (a list of 8 nodes) moves as an array
// [N x slot] indexed by an iteration counter when its loop runs at most N
// times, is entered at most once per call, runs the allocation at most once
// per iteration, and the N slots fit the budgets; otherwise it keeps the
// heap, and the LoopCarried remark says why there is no slot per iteration.
// The loops are kept rolled (unroll(disable)): an unrolled list is one
// site per node, the loop rule's business (loop-fresh-holders.c).
//
// The program runs at -O2 and as -O0 IR through mem2reg and opt, and must
// print what the build without the plugin prints: a slot shared by two
// live objects shows as a wrong sum.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack %s -o %t.o2 2>%t.o2.err
// RUN: FileCheck %s --check-prefix=O2 < %t.o2.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.ref > %t.out.ref
// RUN: %t.o2 > %t.out.o2
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -g -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-output=%t.yaml -S %t.m2r.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.opt.err
// RUN: FileCheck %s --check-prefix=IR < %t.h2s.ll
// RUN: FileCheck %s --check-prefix=YAML < %t.yaml
// RUN: %opt-noplugin -passes=verify -disable-output %t.h2s.ll
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt > %t.out.opt
// RUN: diff %t.out.ref %t.out.opt
#include <stdio.h>
#include <stdlib.h>

struct node { unsigned long v; struct node *next; };
struct big { unsigned long v; struct big *next; char pad[984]; };     /* 1000 bytes */
struct huge { unsigned long v; struct huge *next; char pad[9984]; };  /* 10000 bytes */
static volatile unsigned RT = 5;
struct node *kept_list;

static inline __attribute__((always_inline)) unsigned long walk_and_free(struct node *head) {
  unsigned long s = 0;
  for (struct node *p = head; p; p = p->next)
    s = s * 3 + p->v;
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
  return s;
}

// A list of 8 nodes built in a rolled loop, walked and freed: 8 slots.
// IR-LABEL: define {{.*}} @list8(
// IR: %[[SLOTS:[^ ]+]] = alloca [8 x [16 x i8]], align 16, !heap2stack.slot
// IR-NOT: @malloc(
// IR: call void @llvm.lifetime.start.p0({{(i64 128, )?}}ptr %[[SLOTS]])
// IR: %h2s.iter = phi i64 [ 0, %{{[^ ]+}} ], [ %h2s.iter.next, %{{[^ ]+}} ]
// IR: getelementptr inbounds [8 x [16 x i8]], ptr %[[SLOTS]], i64 0, i64 %h2s.iter
// IR: %h2s.iter.next = add nuw i64 %h2s.iter, 1
// IR-NOT: @free(
// IR: call void @llvm.lifetime.end.p0({{(i64 128, )?}}ptr %[[SLOTS]])
// IR-NEXT: ret i64
__attribute__((noinline)) unsigned long list8(void) {
  struct node *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 8; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+2]]:22: moved to stack: 8 slots of 16 bytes for a 16-byte malloc (align 16), one per iteration of the loop at {{.*}}loop-slots.c:[[@LINE-1]]:{{[0-9]+}} (at most 8 iterations; 128 bytes)
    // O2: loop-slots.c:[[@LINE+1]]:22: remark: moved to stack: 8 slots of 16 bytes for a 16-byte malloc (align 16), one per iteration of
    struct node *n = malloc(sizeof *n);
    n->v = i * RT;
    n->next = head;
    head = n;
  }
  return walk_and_free(head);
}

// The exit is at the bottom of the body: the header runs 8 times, and so
// does the allocation (an exit bounded at 7 trips does not come before it).
// IR-LABEL: define {{.*}} @list8_bottom_exit(
// IR: alloca [8 x [16 x i8]]
// IR-NOT: @malloc(
// IR: ret i64
__attribute__((noinline)) unsigned long list8_bottom_exit(void) {
  struct node *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0;; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:22: moved to stack: 8 slots of 16 bytes
    struct node *n = malloc(sizeof *n);
    n->v = i * RT + 1;
    n->next = head;
    head = n;
    if (i == 7)
      break;
  }
  return walk_and_free(head);
}

// A loop in the body before the allocation: its exit bounds the inner
// loop's trips (2), not the outer loop's: still 8 slots.
// IR-LABEL: define {{.*}} @inner_loop_first(
// IR: alloca [8 x [16 x i8]]
// IR: ret i64
__attribute__((noinline)) unsigned long inner_loop_first(void) {
  struct node *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 8; i++) {
    unsigned long w = 0;
#pragma clang loop unroll(disable)
    for (int j = 0; j < 2; j++)
      w = w * 5 + RT + j;
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:22: moved to stack: 8 slots of 16 bytes
    struct node *n = malloc(sizeof *n);
    n->v = i + w;
    n->next = head;
    head = n;
  }
  return walk_and_free(head);
}

// Guarded sites (run-time sizes) before the list's allocation, in the
// loop's preheader and in its latch: their rewrite splits those blocks, so
// the loop's slots are rewritten first (a crash before).
// IR-LABEL: define {{.*}} @guarded_neighbours(
// IR: alloca [8 x [16 x i8]]
// IR: ret i64
__attribute__((noinline)) unsigned long guarded_neighbours(void) {
  unsigned char *scratch = malloc(RT % 100 + 1);
  scratch[0] = (unsigned char)RT;
  struct node *head = NULL;
  int i = 0;
#pragma clang loop unroll(disable)
  do {
    unsigned char *tmp = malloc(RT % 50 + 1);
    tmp[0] = (unsigned char)(i + scratch[0]);
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:22: moved to stack: 8 slots of 16 bytes
    struct node *n = malloc(sizeof *n);
    n->v = tmp[0];
    n->next = head;
    head = n;
    free(tmp);
  } while (++i < 8);
  free(scratch);
  return walk_and_free(head);
}

// An unsigned counter below a run-time n: up to 2^32 iterations, more than
// ScalarEvolution's small constant bound holds, so no bound.
// IR-LABEL: define {{.*}} @list_n(
// IR-NOT: .h2s
// IR: call {{.*}}@malloc(
// IR: ret i64
__attribute__((noinline)) unsigned long list_n(unsigned n) {
  struct node *head = NULL;
  for (unsigned i = 0; i < n; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:23: carried across loop iterations: {{.*}}; no slot per iteration: its loop has no constant bound on its iterations
    struct node *nd = malloc(sizeof *nd);
    nd->v = i + 3;
    nd->next = head;
    head = nd;
  }
  return walk_and_free(head);
}

// The loop ends when a volatile says so: only the unsigned counter bounds
// it, at 4294967295 iterations, far too many slots.
__attribute__((noinline)) unsigned long list_until(void) {
  struct node *head = NULL;
  unsigned i = 0;
  do {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:23: carried across loop iterations: {{.*}}; no slot per iteration: its loop may run 4294967295 times, and that many slots of 16 bytes are 68719476720 bytes > max-size 65536
    struct node *nd = malloc(sizeof *nd);
    nd->v = ++i;
    nd->next = head;
    head = nd;
  } while (i < RT);
  return walk_and_free(head);
}

// The counted loop inside another loop: each round would reuse the slots.
__attribute__((noinline)) unsigned long nested(unsigned rounds) {
  unsigned long s = 0;
  for (unsigned r = 0; r < rounds; r++) {
    struct node *head = NULL;
#pragma clang loop unroll(disable)
    for (int i = 0; i < 4; i++) {
      // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:25: carried across loop iterations: {{.*}}; no slot per iteration: its loop is inside another loop or cycle, which would reuse the slots while earlier objects may be alive
      struct node *nd = malloc(sizeof *nd);
      nd->v = r * 10 + i;
      nd->next = head;
      head = nd;
    }
    s = s * 7 + walk_and_free(head);
  }
  return s;
}

// The first round's list is kept and read after the loop was entered again:
// with one array for both entries, the second round would overwrite it.
__attribute__((noinline)) unsigned long kept_across_entries(void) {
  struct node *keep = NULL, *head = NULL;
#pragma clang loop unroll(disable)
  for (int r = 0; r < 2; r++) {
    head = NULL;
#pragma clang loop unroll(disable)
    for (int i = 0; i < 4; i++) {
      // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:25: carried across loop iterations: {{.*}}; no slot per iteration: its loop is inside another loop or cycle
      struct node *nd = malloc(sizeof *nd);
      nd->v = r * 100 + i * RT;
      nd->next = head;
      head = nd;
    }
    if (!keep)
      keep = head;
  }
  unsigned long s = walk_and_free(keep);
  return s * 11 + walk_and_free(head);
}

// A cycle with two entries inside the counted loop: the allocation runs up
// to three times per iteration.
__attribute__((noinline)) unsigned long cycle_in_body(void) {
  struct node *head = NULL;
#pragma clang loop unroll(disable)
  for (int r = 0; r < 4; r++) {
    int k = 0;
    if (RT & r)
      goto count;
  make:;
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:23: carried across loop iterations: {{.*}}; no slot per iteration: the allocation may run more than once per iteration of its loop
    struct node *nd = malloc(sizeof *nd);
    nd->v = r * 10 + k;
    nd->next = head;
    head = nd;
  count:
    if (++k < 3)
      goto make;
  }
  return walk_and_free(head);
}

// 8 slots of 1008 bytes: above stack-check-above, and there is no checked
// rewrite for a loop's slots.
__attribute__((noinline)) unsigned long big_nodes(void) {
  struct big *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 8; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:21: too large for an unchecked stack slot: 8064 bytes (8 slots of 1008 bytes, one per loop iteration) > stack-check-above 4096, and no stack check: the checked rewrite makes one slot, not one per loop iteration
    struct big *b = malloc(sizeof *b);
    b->v = i * RT;
    b->pad[3] = (char)i;
    b->next = head;
    head = b;
  }
  unsigned long s = 0;
  while (head) {
    struct big *next = head->next;
    s = s * 5 + head->v + (unsigned long)head->pad[3];
    free(head);
    head = next;
  }
  return s;
}

// 8 slots of 10000 bytes: above max-size.
__attribute__((noinline)) unsigned long huge_nodes(void) {
  struct huge *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 8; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:22: carried across loop iterations: {{.*}}; no slot per iteration: its loop may run 8 times, and that many slots of 10000 bytes are 80000 bytes > max-size 65536
    struct huge *h = malloc(sizeof *h);
    h->v = i * RT;
    h->next = head;
    head = h;
  }
  unsigned long s = 0;
  while (head) {
    struct huge *next = head->next;
    s = s * 5 + head->v;
    free(head);
    head = next;
  }
  return s;
}

// The frame is nearly full already: all 8 slots count.
__attribute__((noinline)) unsigned long full_frame(void) {
  volatile char locals[131000];
  locals[RT] = 1;
  struct node *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 8; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:22: stack frame budget exceeded: 131000 bytes of locals + 0 bytes moved + 128 bytes (8 slots of 16 bytes, one per loop iteration) > max-frame 131072
    struct node *n = malloc(sizeof *n);
    n->v = i + locals[RT];
    n->next = head;
    head = n;
  }
  return walk_and_free(head);
}

// The list escapes: a global keeps it.
__attribute__((noinline)) unsigned long escaping_list(void) {
  struct node *head = NULL;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 8; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:22: escapes: stored to global 'kept_list'
    struct node *n = malloc(sizeof *n);
    n->v = i * RT;
    n->next = head;
    head = n;
  }
  kept_list = head;
  unsigned long s = 0;
  for (struct node *p = head; p; p = p->next)
    s = s * 3 + p->v;
  return s;
}

// A run-time size: the guarded buffer is one, not one per iteration.
__attribute__((noinline)) unsigned long runtime_size(void) {
  unsigned char *bufs[4];
#pragma clang loop unroll(disable)
  for (int i = 0; i < 4; i++) {
    // REMARK: remark: {{.*}}loop-slots.c:[[@LINE+1]]:15: carried across loop iterations: {{.*}}; no slot per iteration: its size is not a compile-time constant
    bufs[i] = malloc(RT % 32 + 1);
    bufs[i][0] = (unsigned char)(i * 9);
  }
  unsigned long s = 0;
  for (int i = 0; i < 4; i++) {
    s = s * 13 + bufs[i][0];
    free(bufs[i]);
  }
  return s;
}

// IR-LABEL: define {{.*}} @main(

// YAML: --- !Passed
// YAML-NEXT: Pass: heap2stack
// YAML-NEXT: Name: MovedPerIteration
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-slots.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: list8
// YAML-NEXT: Args:
// YAML-NEXT: - String: 'moved to stack: '
// YAML-NEXT: - Slots: '8'
// YAML-NEXT: - String: ' slots of '
// YAML-NEXT: - SlotSize: '16'
// YAML-NEXT: - String: ' bytes for a '
// YAML-NEXT: - Size: '16'
// YAML-NEXT: - String: '-byte '
// YAML-NEXT: - Allocator: malloc
// YAML-NEXT: - String: ' (align '
// YAML-NEXT: - Align: '16'
// YAML-NEXT: - String: '), one per iteration of '
// YAML-NEXT: - String: the loop
// YAML-NEXT: - String: ' at '
// YAML-NEXT: - Loop: {{.*}}
// YAML: - String: ' (at most '
// YAML-NEXT: - Iterations: '8'
// YAML-NEXT: - String: ' iterations; '
// YAML-NEXT: - Bytes: '128'
// YAML-NEXT: - String: ' bytes)'

int main(void) {
  printf("%lu %lu %lu %lu %lu %lu\n", list8(), list8_bottom_exit(), inner_loop_first(),
         guarded_neighbours(), list_n(RT), list_until());
  printf("%lu %lu %lu\n", nested(RT % 3 + 1), kept_across_entries(), cycle_in_body());
  printf("%lu %lu %lu\n", big_nodes(), huge_nodes(), full_frame());
  printf("%lu %lu\n", escaping_list(), runtime_size());
  return 0;
}
