// In a -g build, remarks and report lines name places and values in source
// terms, never in IR: an instruction LLVM merged from several lines (line 0)
// is placed by the block it sits in, a phi by its function, and a flow step
// says what the instruction does, with the variable it works on.  Before,
// they read "stored to global 'g' at 'store ptr %8, ptr @g, align 8'" and
// "from '%6 = ptrtoint ptr %2 to i64' (ptrtoint)".  Without -g, clang's
// -Rpass keeps line tables but no blocks: the function is named.  Only IR
// without any debug information still quotes the instruction (test/ir).
// REQUIRES: python-yaml
// RUN: rm -rf %t.d && mkdir -p %t.d && cp %s %t.d/places.c && cd %t.d
// RUN: %clang -O2 -g -c places.c -o /dev/null -fno-caret-diagnostics \
// RUN:   -Rpass-missed=heap2stack -Rpass-analysis=heap2stack 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CHECK --implicit-check-not="'%"
// RUN: %clang -O2 -g -c places.c -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.yaml
// RUN: %report -v --no-summary %t.yaml | FileCheck %s --implicit-check-not="'%"
// RUN: FileCheck %s --check-prefix=RECORD < %t.yaml
// RUN: %clang -O2 -c places.c -o /dev/null -Rpass-missed=heap2stack 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NODEBUG
#include <stdint.h>
#include <stdlib.h>

char *g;
uintptr_t g_key;
void use(char *);

int merged_store(int k) {
  char *p = malloc(16);
  // CHECK: places.c:[[@LINE-1]]:13: {{remark: escapes|stays on heap: escapes}}: stored to global 'g' in the block at places.c:[[@LINE+2]]:7
  p[k & 15] = 1;
  if (k > 3)
    g = p + 1;
  else
    g = p + 2;
  return p[3];
}
// RECORD: Name: Escapes
// RECORD: Function: merged_store
// RECORD: - Blocker: 'places.c:[[#@LINE-8]]:7'
// RECORD-NEXT: DebugLoc: { File: places.c, Line: [[#@LINE-9]], Column: 7 }
// NODEBUG: places.c:[[#@LINE-13]]:13: remark: escapes: stored to global 'g' in 'merged_store' at places.c:[[#@LINE-14]]:0

int merged_call(int k) {
  char *p = malloc(16);
  // CHECK: places.c:[[@LINE-1]]:13: {{remark: escapes|stays on heap: escapes}}: passed to 'use' in the block at places.c:[[@LINE+2]]:7
  p[k & 15] = 1;
  if (k > 3) {
    p[1] = 7;
    use(p);
  } else {
    p[2] = 9;
    use(p);
  }
  return p[3];
}

int as_integer(int k) {
  char *p = malloc(16);
  // CHECK: places.c:[[@LINE-1]]:13: {{remark: escapes|stays on heap: escapes}}: converted to an integer at places.c:[[@LINE+3]]:11
  // CHECK: places.c:[[@LINE-2]]:13:{{( remark:)?}} from conversion of 'p' to an integer (ptrtoint) at places.c:[[@LINE+2]]:11
  p[k & 15] = 1;
  g_key = (uintptr_t)p + k;
  int r = p[3];
  free(p);
  return r;
}

int compared(char *other, int k) {
  char *p = malloc(16);
  // CHECK: places.c:[[@LINE-1]]:13:{{( remark:)?}} from a comparison of 'p' (ptrtoint) at places.c:[[@LINE+2]]:13
  p[k & 15] = 2;
  int r = p < other;
  r += p[3];
  free(p);
  return r;
}

int phied(int k, int n) {
  // CHECK: places.c:[[@LINE+1]]:13:{{( remark:)?}} from a value merged where control flow joins (assign) in 'phied' at places.c:[[@LINE-1]]:0
  char *p = malloc(64);
  p[k & 63] = 1;
  char *q = p;
  for (int i = 0; i < n; i++)
    q += p[i & 63];
  g = q;
  return p[3];
}
