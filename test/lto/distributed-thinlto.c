// Distributed ThinLTO, as distributed build systems run it: compile with
// -flto=thin, link with --thinlto-index-only (one x.o.thinlto.bc per
// module), run each module's backend as `clang -fthinlto-index=... -x ir x.o
// -c`, link the native objects.  clang's backend builds its pipeline without
// the -fpass-plugin plugins: heap2stack does not run there, says so when it
// is loaded (clang 22; clang 19 with -fplugin), and the malloc stays.  The
// recipe that runs it: the backend writes bitcode (-emit-llvm), and clang
// compiles that with the plugin: remarks on stderr (-Rpass), a record
// (-fsave-optimization-record), and the malloc moved once fill and pick are
// imported and inlined.  At compile time it escapes into them.
// REQUIRES: lld
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %clang -O2 -g -flto=thin -c %s -o a.o -Rpass-missed=heap2stack 2>&1 | FileCheck %s --check-prefix=COMPILE
// RUN: %clang-noplugin -O2 -g -flto=thin -c %S/Inputs/distributed-helpers.c -o b.o
// RUN: %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--thinlto-index-only a.o b.o -o prog
// RUN: ls | FileCheck %s --check-prefix=INDEX
// INDEX: a.o.thinlto.bc
// INDEX: b.o.thinlto.bc
//
// RUN: %clang -O2 -fthinlto-index=a.o.thinlto.bc -x ir a.o -c -o a.direct.o \
// RUN:   -Rpass=heap2stack -fsave-optimization-record 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WARN --implicit-check-not=remark
// WARN: heap2stack: warning: clang's ThinLTO backend (-fthinlto-index=) runs no pass plugin: heap2stack neither moves nor reports anything in it; compile the backend's -emit-llvm output with -fpass-plugin instead
// RUN: FileCheck %s --check-prefix=OTHERS < a.direct.opt.yaml
// OTHERS: Pass: inline
// RUN: not grep -q 'Pass: *heap2stack' a.direct.opt.yaml
// RUN: %clang-noplugin -O2 -fthinlto-index=b.o.thinlto.bc -x ir b.o -c -o b.direct.o
// RUN: %clang-noplugin -fuse-ld=lld a.direct.o b.direct.o -o direct
// RUN: ./direct | FileCheck %s --check-prefix=OUT
// RUN: llvm-objdump -d direct | FileCheck %s --check-prefix=HEAP
//
// RUN: %clang-noplugin -O2 -fthinlto-index=a.o.thinlto.bc -x ir a.o -c -emit-llvm -o a.thin.bc
// RUN: %clang-noplugin -O2 -fthinlto-index=b.o.thinlto.bc -x ir b.o -c -emit-llvm -o b.thin.bc
// RUN: %clang -O2 -x ir a.thin.bc -c -o a.native.o -Rpass=heap2stack -fsave-optimization-record \
// RUN:   2>&1 | FileCheck %s --check-prefix=BACKEND
// RUN: FileCheck %s --check-prefix=RECORD < a.native.opt.yaml
// RUN: %clang -O2 -x ir b.thin.bc -c -o b.native.o
// RUN: %clang-noplugin -fuse-ld=lld a.native.o b.native.o -o prog
// RUN: ./prog | FileCheck %s --check-prefix=OUT
// RUN: llvm-objdump -d prog | FileCheck %s --check-prefix=STACK
#include <stdio.h>
#include <stdlib.h>
void fill(int *p, int n, int k);
int pick(const int *p, int n, int k);

int main(int argc, char **argv) {
  (void)argv;
  int *buf = malloc(16 * sizeof *buf);
  // COMPILE: distributed-thinlto.c:[[#@LINE-1]]:14: remark: escapes: passed to 'fill'
  // BACKEND: remark: {{.*}}distributed-thinlto.c:[[#@LINE-2]]:14: moved to stack when the thread's stack has room: 64-byte malloc (align 16) {{.*}}[-Rpass=heap2stack]
  // RECORD: --- !Passed
  // RECORD-NEXT: Pass: heap2stack
  // RECORD-NEXT: Name: Moved
  // RECORD-NEXT: DebugLoc: { File: '{{.*}}distributed-thinlto.c',{{[[:space:]]+}}Line: [[#@LINE-6]],{{[[:space:]]+}}Column: 14 }
  fill(buf, 16, argc);
  int r = pick(buf, 16, argc * 7);
  free(buf);
  printf("%d\n", r);
  return 0;
}
// OUT: 7
// HEAP-LABEL: <main>:
// HEAP: call{{.*}}<malloc
// STACK-LABEL: <main>:
// (the stack build: a checked slot, whose heap fallback still calls malloc)
// STACK: ret

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 50 above is
// checked ("when the thread's stack has room"): its function calls 'printf', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
