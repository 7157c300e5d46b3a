// The loop rule on C code, at -O0 (pointers in allocas: an old iteration's
// pointer comes back through a load) and mem2reg'd (it comes back through
// a phi).  An allocation inside a loop moves to ONE entry-block slot only
// if no pointer to one iteration's object is used after the allocation
// runs again:
//   list_in_loop     a linked list built in a loop       -> heap (LoopCarried)
//   previous_buffer  the previous iteration's buffer     -> heap (LoopCarried)
//   scratch          allocated and freed per iteration   -> one entry slot
//   pointer_array    filled in one loop, freed in another -> heap (LoopCarried)
//   irreducible      a loop with two entries (goto): the carried object q
//                    stays, the per-iteration scratch t moves
// Both forms must reach the same verdicts (the blocker they name differs:
// a load at -O0, a phi after mem2reg).  In the YAML record a DebugLoc may
// fold onto a second line after any comma (a long file name).
//
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.o0.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.o0.yaml -S %t.o0.ll -o %t.o0.out.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefix=IR < %t.o0.out.ll
// RUN: FileCheck %s --check-prefixes=REMARK,O0 < %t.o0.err
// RUN: FileCheck %s --check-prefix=YAML < %t.o0.yaml
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -pass-remarks-output=%t.m2r.yaml -S %t.m2r.ll -o %t.m2r.out.ll 2>%t.m2r.err
// RUN: FileCheck %s --check-prefix=IR < %t.m2r.out.ll
// RUN: FileCheck %s --check-prefixes=REMARK,M2R < %t.m2r.err
// RUN: FileCheck %s --check-prefix=YAML < %t.m2r.yaml
// RUN: %opt-noplugin -passes=verify -disable-output %t.o0.out.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.m2r.out.ll
//
// Same final verdicts, once the blocker's description is cut off.
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.o0.ll 2>&1 | sed -e 's/\(carried across loop iterations\):.*/\1/' > %t.o0.final
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.m2r.ll 2>&1 | sed -e 's/\(carried across loop iterations\):.*/\1/' > %t.m2r.final
// RUN: diff %t.o0.final %t.m2r.final
// RUN: FileCheck %s --check-prefix=FINAL --implicit-check-not=remark: < %t.o0.final
#include <stdlib.h>

struct node { int v; struct node *next; };

// IR-LABEL: define {{.*}}i32 @list_in_loop(
// IR-NOT: alloca [16 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 16)
// IR: call void @free(
// IR: ret i32
int list_in_loop(int n) {
  struct node *head = 0;
  for (int i = 0; i < n; i++) {
    // O0: remark: {{.*}}loop-carried.c:[[@LINE+4]]:23: carried across loop iterations: a pointer loaded from memory at {{.*}}loop-carried.c:[[@LINE+6]]:16 may hold an earlier iteration's object when the allocation runs again (loop at {{.*}}loop-carried.c:[[@LINE-1]]:{{[0-9]+}})
    // M2R: remark: {{.*}}loop-carried.c:[[@LINE+3]]:23: carried across loop iterations: variable 'head', a pointer carried around the loop, may hold an earlier iteration's object when the allocation runs again (loop at {{.*}}loop-carried.c:[[@LINE-2]]:{{[0-9]+}})
    // REMARK-NOT: :[[@LINE+2]]:23: moved
    // FINAL: remark: {{.*}}:[[@LINE+1]]:23: carried across loop iterations
    struct node *nd = malloc(sizeof *nd);
    nd->v = i;
    nd->next = head;
    head = nd;
  }
  int s = 0;
  while (head) {
    struct node *next = head->next;
    s += head->v;
    free(head);
    head = next;
  }
  return s;
}

// IR-LABEL: define {{.*}}i32 @previous_buffer(
// IR-NOT: alloca [4 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 4)
// IR: ret i32
int previous_buffer(int n) {
  int *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++) {
    // O0: remark: {{.*}}:[[@LINE+3]]:16: carried across loop iterations: a pointer loaded from memory at {{.*}}:[[@LINE+5]]:9 may hold an earlier iteration's object when the allocation runs again (loop at {{.*}}:[[@LINE-1]]:{{[0-9]+}})
    // M2R: remark: {{.*}}:[[@LINE+2]]:16: carried across loop iterations: variable 'prev', a pointer carried around the loop, may hold an earlier iteration's object when the allocation runs again (loop at {{.*}}:[[@LINE-2]]:{{[0-9]+}})
    // FINAL: remark: {{.*}}:[[@LINE+1]]:16: carried across loop iterations
    int *buf = malloc(sizeof *buf);
    *buf = i;
    if (prev) {
      s += *prev;
      free(prev);
    }
    prev = buf;
  }
  free(prev);
  return s;
}

// SUM is not checked here; consume only reads.
__attribute__((noinline)) void consume(const int *p) { (void)*(volatile const int *)p; }

// One slot in the entry block, lifetime markers inside the loop, no malloc.
// IR-LABEL: define {{.*}}i32 @scratch(
// IR-NOT: {{^[0-9a-z.]+:}}
// IR: [[SLOT:%[0-9a-z.]+]] = alloca [16 x i8], align 16
// IR-NOT: alloca [16 x i8]
// IR: call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr [[SLOT]])
// IR: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr [[SLOT]])
// IR-NOT: @malloc(
// IR: ret i32
int scratch(int n) {
  int s = 0;
  for (int i = 0; i < n; i++) {
    // REMARK: remark: {{.*}}:[[@LINE+2]]:16: moved to stack: 16-byte malloc (align 16)
    // FINAL: remark: {{.*}}:[[@LINE+1]]:16: moved to stack: 16-byte malloc (align 16)
    int *tmp = malloc(4 * sizeof *tmp);
    tmp[0] = i;
    tmp[3] = i * 2;
    consume(tmp);
    s += tmp[0] + tmp[3];
    free(tmp);
  }
  return s;
}

// IR-LABEL: define {{.*}}i32 @pointer_array(
// IR-NOT: alloca [4 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 4)
// IR: call void @free(
// IR: ret i32
int pointer_array(int n) { /* n <= 64; a constant count would give each
                              iteration its own slot (pass/loop_slots.c) */
  int *arr[64];
  for (int i = 0; i < n; i++) {
    // REMARK: remark: {{.*}}:[[@LINE+2]]:14: carried across loop iterations: a pointer loaded from memory at {{.*}} may hold an earlier iteration's object when the allocation runs again (loop at {{.*}}:[[@LINE-1]]:{{[0-9]+}})
    // FINAL: remark: {{.*}}:[[@LINE+1]]:14: carried across loop iterations
    arr[i] = malloc(sizeof(int));
    *arr[i] = i;
  }
  int s = 0;
  for (int i = 0; i < n; i++) {
    s += *arr[i];
    free(arr[i]);
  }
  return s;
}

// Two ways into the a/b cycle (no natural loop): q is carried in keep from
// one round to the next and stays; t dies in its round and moves.
// IR-LABEL: define {{.*}}i32 @irreducible(
// IR-NOT: {{^[0-9a-z.]+:}}
// IR: alloca [4 x i8], align 16
// IR-NOT: alloca [4 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 4)
// IR-NOT: @malloc(
// IR: ret i32
int irreducible(int c, int n) {
  int *keep = 0;
  int s = 0, i = 0;
  if (c)
    goto b;
a:
  {
    // O0: remark: {{.*}}:[[@LINE+3]]:14: carried across loop iterations: a pointer loaded from memory at {{.*}}:[[@LINE+5]]:9 may hold an earlier iteration's object when the allocation runs again; no slot per iteration: the allocation is on a cycle that is not a natural loop{{$}}
    // M2R: remark: {{.*}}:[[@LINE+2]]:14: carried across loop iterations: a pointer carried by a phi at {{.*}} may hold an earlier iteration's object when the allocation runs again; no slot per iteration: the allocation is on a cycle that is not a natural loop{{$}}
    // FINAL: remark: {{.*}}:[[@LINE+1]]:14: carried across loop iterations
    int *q = malloc(sizeof *q);
    *q = i;
    if (keep) {
      s += *keep;
      free(keep);
    }
    keep = q;
  }
b:
  {
    // REMARK: remark: {{.*}}:[[@LINE+2]]:14: moved to stack: 4-byte malloc (align 16)
    // FINAL: remark: {{.*}}:[[@LINE+1]]:14: moved to stack: 4-byte malloc (align 16)
    int *t = malloc(sizeof *t);
    *t = i * 3;
    s += *t;
    free(t);
  }
  if (++i < n)
    goto a;
  free(keep);
  return s;
}

// YAML: Name: LoopCarried
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-carried.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: list_in_loop
// YAML: Name: LoopCarried
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-carried.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: previous_buffer
// YAML: Name: Moved
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-carried.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: scratch
// YAML: Name: LoopCarried
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-carried.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: pointer_array
// YAML: Name: LoopCarried
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-carried.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: irreducible
// YAML: Name: Moved
// YAML-NEXT: DebugLoc: { File: {{.*}}loop-carried.c{{'?}},{{[[:space:]]+}}Line: {{[0-9]+}},{{[[:space:]]+}}Column: {{[0-9]+}} }
// YAML-NEXT: Function: irreducible
