// The seed's Step 7 point benchmark in C: a 144-byte Point is malloc'd,
// filled, read at a variable index and freed inside a loop.  clang -O2 on its
// own keeps the malloc/free pair in the loop (it cannot prove the read at a
// variable index sees only the stores it forwards); with heap2stack the
// object becomes one entry-block slot and the allocator calls disappear.
//
// Without the plugin the allocation is still there, at every -O level:
// RUN: %clang-noplugin -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=HEAP
// RUN: %clang-noplugin -O1 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=HEAP
// RUN: %clang-noplugin -O3 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=HEAP
//
// With it, at -O1, -O2 and -O3:
// RUN: %clang -O2 -S -emit-llvm %s -o %t.o2.ll -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o2.err
// RUN: FileCheck %s --check-prefix=STACK < %t.o2.ll
// RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.o2.err
// RUN: %clang -O1 -S -emit-llvm %s -o %t.o1.ll -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o1.err
// RUN: FileCheck %s --check-prefix=STACK < %t.o1.ll
// RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.o1.err
// RUN: %clang -O3 -S -emit-llvm %s -o %t.o3.ll -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o3.err
// RUN: FileCheck %s --check-prefix=STACK < %t.o3.ll
// RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.o3.err
//
// At -O0 the pass is not in clang's pipeline: malloc stays and there is no
// heap2stack remark at all.
// RUN: %clang -O0 -S -emit-llvm %s -o %t.o0.ll -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o0.err
// RUN: FileCheck %s --check-prefix=HEAP < %t.o0.ll
// RUN: not grep heap2stack %t.o0.err
// RUN: count 0 < %t.o0.err
#include <stdint.h>
#include <stdlib.h>

typedef struct {
  int64_t x, y, z;
  const char *name;
  size_t name_len;
  char data[100];
} Point;

_Static_assert(sizeof(Point) == 144, "Point is the seed's 144 bytes");

// HEAP-LABEL: define {{.*}} @point_loop(
// HEAP: call {{.*}}@malloc(i64 noundef 144)
// HEAP: call {{.*}}@free(
// HEAP: br {{.*}}, !llvm.loop
// HEAP: {{^}}}

// STACK-LABEL: define {{.*}} @point_loop(
// STACK-NOT: @malloc(
// STACK-NOT: @free(
// STACK: {{^}}}
int64_t point_loop(int n) {
  int64_t sum = 0;
  for (int i = 0; i < n; i++) {
    Point *p = malloc(sizeof *p);
    // REMARK: point-o2.c:[[@LINE-1]]:16: remark: moved to stack: 144-byte malloc (align 16) [-Rpass=heap2stack]
    p->x = i;
    p->y = 2 * i;
    p->z = 3 * i;
    p->name = "point";
    p->name_len = 5;
    for (int k = 0; k < 100; k++)
      p->data[k] = (char)(i + k);
    sum += p->x + p->y + p->data[i % 100];
    free(p);
    // REMARK: point-o2.c:[[@LINE-1]]:5: remark: deallocation removed: 'free' of the 144-byte malloc at {{.*}}point-o2.c:[[@LINE-11]]:16 [-Rpass-analysis=heap2stack]
  }
  return sum;
}
// STACK-NOT: call {{.*}}@malloc(
// STACK-NOT: call {{.*}}@free(
