// The seed's Step 6 (examples/collections.go) in C: slices as malloc'd
// arrays behind a {data, len, cap} header, maps as a small open-addressing
// hash table allocated with calloc.
//
// -O2 with the plugin in clang's pipeline:
// RUN: %clang -O2 -S -emit-llvm -fno-caret-diagnostics %s -o %t.o2.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>%t.o2.err
// RUN: FileCheck %s --check-prefixes=IR,O2IR < %t.o2.ll
// RUN: FileCheck %s --check-prefix=O2R < %t.o2.err
// RUN: FileCheck %s --check-prefix=O2N < %t.o2.err
//
// -O0 IR (every local in an alloca) through opt:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -gline-tables-only \
// RUN:   -fno-discard-value-names -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack %t.ll -S -o %t.o0.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefixes=IR,O0IR < %t.o0.ll
// RUN: FileCheck %s --check-prefix=O0R < %t.o0.err
#include <stdint.h>
#include <stdlib.h>

typedef struct { int64_t *data; size_t len, cap; } Slice;

// ---------- 1. Slices ----------

// 1-a SliceLocal: make([]int, 3) used locally.
// Go: "make([]int, 3) does not escape".  heap2stack: moved, at -O0 and -O2.
// IR-LABEL: define {{.*}} @slice_local(
// O0IR: %call.h2s = alloca [24 x i8], align 16
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: {{^}}}
int64_t slice_local(void) {
  int64_t *s = malloc(3 * sizeof *s); // @sl
  s[0] = 1;
  s[1] = 2;
  s[2] = 3;
  int64_t r = s[0] + s[1] + s[2];
  free(s); // @sl_free
  return r;
}
// O2R-DAG: seed-step6-collections.c:[[@LINE-8]]:16: remark: moved to stack: 24-byte malloc (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step6-collections.c:[[@LINE-4]]:3: remark: deallocation removed: 'free' of the 24-byte malloc at {{.*}}seed-step6-collections.c:[[@LINE-9]]:16 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-10]]:16: moved to stack: 24-byte malloc (align 16)
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-6]]:3: deallocation removed: 'free' of the 24-byte malloc at {{.*}}seed-step6-collections.c:[[@LINE-11]]:16

// 1-b SliceReturn: the same slice, returned.
// Go: "make([]int, 3) escapes to heap".  heap2stack: escapes, stored into
// the caller's sret result.
// IR-LABEL: define {{.*}} @slice_return(
// IR: call {{.*}}@calloc(i64 noundef 3, i64 noundef 8)
Slice slice_return(void) {
  Slice s = {calloc(3, sizeof(int64_t)), 3, 3}; // @sr
  return s;
}
// O2R-DAG: seed-step6-collections.c:[[@LINE-3]]:14: remark: escapes: stored {{.*}} at {{.*}}seed-step6-collections.c:[[@LINE-3]]:13 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step6-collections.c:[[@LINE-4]]:14: remark: flow: {heap} = &{storage for calloc}: [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-5]]:14: escapes: stored through parameter 'agg.result' at {{.*}}seed-step6-collections.c:[[@LINE-5]]:13

// 1-c SliceBig: make([]int, 20_000), 160000 bytes.
// Go: "make([]int, 20000) escapes to heap" (too large for stack).
// heap2stack -O0: too large.  -O2: clang deletes the unused allocation
// itself, no remark.
// IR-LABEL: define {{.*}} @slice_big(
// O0IR: call {{.*}}@calloc(i64 noundef 20000, i64 noundef 8)
// O2IR-NOT: @calloc(
// IR: {{^}}}
void slice_big(void) {
  int64_t *s = calloc(20000, sizeof *s); // @big
  free(s);
}
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-3]]:16: too large for stack: 160000 bytes > max-size 65536
// O2N-NOT: seed-step6-collections.c:[[@LINE-4]]:{{.*}} remark:

// The same, kept alive by a read at a variable index so that the decision
// is heap2stack's at -O2 too.
// IR-LABEL: define {{.*}} @slice_big_used(
// IR: call {{.*}}@calloc(i64 noundef 20000, i64 noundef 8)
int64_t slice_big_used(unsigned k) {
  int64_t *s = calloc(20000, sizeof *s); // @big_used
  s[k % 20000] = k;
  int64_t r = s[(k * 7) % 20000];
  free(s);
  return r;
}
// O2R-DAG: seed-step6-collections.c:[[@LINE-6]]:16: remark: too large for stack: 160000 bytes > max-size 65536 [-Rpass-missed=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-7]]:16: too large for stack: 160000 bytes > max-size 65536

// ---------- 2. Maps ----------

enum { BUCKETS = 8 };
typedef struct {
  size_t count, hint;
  int keys[BUCKETS];
  int vals[BUCKETS];
  unsigned char used[BUCKETS];
} IntMap; // 88 bytes on LP64

// m[k] = v, by linear probing.  Go: "m does not escape".
__attribute__((noinline)) void map_put(IntMap *m, int k, int v) { // @map_put
  unsigned h = (unsigned)k % BUCKETS;
  while (m->used[h] && m->keys[h] != k)
    h = (h + 1) % BUCKETS;
  if (!m->used[h]) {
    m->used[h] = 1;
    m->keys[h] = k;
    m->count++;
  }
  m->vals[h] = v;
}
// O2R-DAG: seed-step6-collections.c:[[@LINE-11]]:{{[0-9]+}}: remark: {{(#0|m)}} does not escape [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-12]]:{{[0-9]+}}: m does not escape

// 2-a SmallMapSum: a map that never grows past its first bucket.
// Go: "make(map[int]int) does not escape".  heap2stack: moved (calloc, so
// the slot is zeroed), at -O0 and -O2.
// IR-LABEL: define {{.*}} @small_map_sum(
// IR-NOT: @calloc(
// IR: call void @llvm.memset.p0.i64(ptr {{.*}}, i8 0, i64 88, i1 false)
// IR-NOT: @calloc(
// IR-NOT: @free(
// IR: {{^}}}
int small_map_sum(void) {
  IntMap *m = calloc(1, sizeof *m); // @map
  m->hint = 0;
  for (int i = 0; i < 5; i++)
    map_put(m, i, i);
  int sum = 0;
  for (int b = 0; b < BUCKETS; b++)
    if (m->used[b])
      sum += m->vals[b];
  free(m); // @map_free
  return sum;
}
// O2R-DAG: seed-step6-collections.c:[[@LINE-11]]:15: remark: moved to stack: 88-byte calloc (align 16) [-Rpass=heap2stack]
// O2R-DAG: seed-step6-collections.c:[[@LINE-4]]:3: remark: deallocation removed: 'free' of the 88-byte calloc at {{.*}}seed-step6-collections.c:[[@LINE-12]]:15 [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-13]]:15: moved to stack: 88-byte calloc (align 16)

// 2-b MapEscapes: make(map[int]int, 20), returned.
// Go: "make(map[int]int, 20) escapes to heap".  heap2stack: escapes (returned).
// IR-LABEL: define {{.*}} @map_escapes(
// IR: call {{.*}}@calloc(i64 noundef 1, i64 noundef 88)
IntMap *map_escapes(void) {
  IntMap *m = calloc(1, sizeof *m); // @me
  m->hint = 20;
  return m; // @me_ret
}
// O2R-DAG: seed-step6-collections.c:[[@LINE-4]]:15: remark: escapes: returned at {{.*}}seed-step6-collections.c:[[@LINE-2]]:3 [-Rpass-missed=heap2stack]
// O2R-DAG: seed-step6-collections.c:[[@LINE-5]]:15: remark: flow: ~r0 = &{storage for calloc}: [-Rpass-analysis=heap2stack]
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-6]]:15: escapes: returned at {{.*}}seed-step6-collections.c:[[@LINE-4]]:3
// O0R-DAG: remark: {{.*}}seed-step6-collections.c:[[@LINE-7]]:15:   from load from 'm' (load) at {{.*}}seed-step6-collections.c:[[@LINE-5]]:10

// ---------- 3. Array returned by value ----------

// SmallArray: [3]int{1, 2, 3} returned by value.  Go: no allocation; C:
// none either, and no heap2stack remark.
typedef struct { int a[3]; } Array3;
// IR-LABEL: define {{.*}} @small_array(
// IR-NOT: alloc(
// IR: {{^}}}
Array3 small_array(void) {
  Array3 r = {{1, 2, 3}}; // @sa
  return r;
}
// O2N-NOT: seed-step6-collections.c:[[@LINE-3]]:{{.*}} remark:
