// -fsave-optimization-record: heap2stack's remarks in the YAML record, with
// their stable names, locations and named arguments.  LLVM's YAML writer
// folds a flow mapping past column 70, so a long file name (a deep checkout,
// an out-of-tree build) puts Line or Column on a line of its own: the
// DebugLoc patterns allow a line break after each comma.
// RUN: %clang -O2 -S -emit-llvm %s -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.yaml -foptimization-record-passes=heap2stack
// RUN: FileCheck %s < %t.yaml
// Without the plugin the record has no heap2stack entry:
// RUN: %clang-noplugin -O2 -S -emit-llvm %s -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.noplugin.yaml
// RUN: not grep 'Pass: *heap2stack' %t.noplugin.yaml
#include <stdlib.h>

/* leaf: calls no function of this file back, so nothing here is re-entered
   through it (pass/reentry.c) */
__attribute__((leaf)) void sink(int);
int *leaked;

// CHECK-LABEL: --- !Passed
// CHECK-NEXT: Pass: heap2stack
// CHECK-NEXT: Name: Moved
// CHECK-NEXT: DebugLoc: { File: '{{.*}}yaml-record.c',{{[[:space:]]+}}Line: [[@LINE+12]],{{[[:space:]]+}}Column: 12 }
// CHECK-NEXT: Function: moved
// CHECK-NEXT: Args:
// CHECK-NEXT: - String: 'moved to stack: '
// CHECK-NEXT: - Size: '24'
// CHECK-NEXT: - String: '-byte '
// CHECK-NEXT: - Allocator: malloc
// CHECK-NEXT: - String: ' (align '
// CHECK-NEXT: - Align: '16'
// CHECK-NEXT: - String: ')'
// CHECK-NEXT: ...
void moved(int i) {
  int *p = malloc(24); // @moved
  p[i % 6] = i;
  sink(p[(i + 1) % 6]);
  free(p);
}

// CHECK-LABEL: --- !Missed
// CHECK-NEXT: Pass: heap2stack
// CHECK-NEXT: Name: Escapes
// CHECK-NEXT: DebugLoc: { File: '{{.*}}yaml-record.c',{{[[:space:]]+}}Line: [[@LINE+16]],{{[[:space:]]+}}Column: 12 }
// CHECK-NEXT: Function: escapes
// CHECK-NEXT: Args:
// CHECK-NEXT: - String: 'escapes: '
// CHECK-NEXT: - String: 'stored to global '''
// CHECK-NEXT: - Target: leaked
// CHECK-NEXT: - String: ''''
// CHECK-NEXT: - String: ' at '
// CHECK-NEXT: - Blocker: '{{.*}}yaml-record.c:[[@LINE+10]]:10'
// CHECK-NEXT: DebugLoc: { File: '{{.*}}yaml-record.c',{{[[:space:]]+}}Line: [[@LINE+9]],{{[[:space:]]+}}Column: 10 }
// CHECK-NEXT: ...
// CHECK: --- !Analysis
// CHECK-NEXT: Pass: heap2stack
// CHECK-NEXT: Name: EscapeFlow
// CHECK-NEXT: DebugLoc: { File: '{{.*}}yaml-record.c',{{[[:space:]]+}}Line: [[@LINE+2]],{{[[:space:]]+}}Column: 12 }
void escapes(int i) {
  int *p = malloc(24); // @escapes
  p[i % 6] = i;
  leaked = p; // @escapes_store
}

// CHECK-LABEL: --- !Missed
// CHECK-NEXT: Pass: heap2stack
// CHECK-NEXT: Name: TooLarge
// CHECK-NEXT: DebugLoc: { File: '{{.*}}yaml-record.c',{{[[:space:]]+}}Line: [[@LINE+9]],{{[[:space:]]+}}Column: 13 }
// CHECK-NEXT: Function: too_large
// CHECK-NEXT: Args:
// CHECK-NEXT: - String: 'too large for stack: '
// CHECK-NEXT: - Size: '100000'
// CHECK-NEXT: - String: ' bytes > max-size '
// CHECK-NEXT: - Limit: '65536'
// CHECK-NEXT: ...
void too_large(int i) {
  char *p = malloc(100000); // @too_large
  p[i % 100000] = 1;
  sink(p[(i * 3) % 100000]);
  free(p);
}
