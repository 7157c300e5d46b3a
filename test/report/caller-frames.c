// A maker's object moved to its caller's frame (pass/caller_frames.c):
// two sites, the maker's own allocation (stays on the heap: returned) and
// the call in the caller (moved: the object made by 'point_new').  The
// MovedToCaller remark at the maker's allocation is a note that joins them
// (-v), not a third site.
// REQUIRES: python-yaml
// RUN: rm -rf %t.d && mkdir -p %t.d && cp %s %t.d/caller-frames.c && cd %t.d
// RUN: %clang -O2 -g -c caller-frames.c -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.yaml
// RUN: %report %t.yaml > %t.out
// RUN: FileCheck %s < %t.out
// RUN: %report -v --no-summary %t.yaml | FileCheck %s --check-prefix=VERBOSE
// RUN: %report --json %t.yaml | FileCheck %s --check-prefix=JSON
#include <stdlib.h>

struct point {
  long x, y;
};

__attribute__((noinline)) struct point *point_new(long v) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    return NULL;
  p->x = v;
  p->y = v + 1;
  return p;
}

long use_point(long v) {
  struct point *p = point_new(v);
  if (!p)
    return 0;
  long r = p->x * p->y;
  free(p);
  return r;
}
// CHECK: caller-frames.c:21:21: stays on heap: escapes: returned at caller-frames.c:{{[0-9]+}}:{{[0-9]+}}
// CHECK: caller-frames.c:30:21: moved to stack: 16-byte object made by 'point_new' (align 16)
// CHECK-NOT: caller-frames.c:21:21: moved
// CHECK: 2 allocation sites
// VERBOSE: caller-frames.c:21:21: returned to the caller: moved to the caller's frame in 'use_point' (which calls the copy 'point_new.h2s', which uses its storage)
// JSON: "sites": [
// JSON-NOT: MovedToCaller
// JSON: "analysis"
