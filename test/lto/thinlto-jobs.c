// ThinLTO with four backend threads (--thinlto-jobs=4): nine modules, each
// backend builds its own pipeline with the plugin's callbacks at the same
// time as the others.  Each unitN's allocation escapes into helpers defined
// in another module until the backend imports and inlines them, then moves:
// eight Moved remarks, one per unit, from as many backends; the program
// prints what the plain build prints.  The link runs three times, so that
// backends overlap in different orders.
// REQUIRES: lld
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang-noplugin -O2 -flto=thin -DMAIN -c %s -o %t/u0.o
// RUN: for u in 1 2 3 4 5 6 7 8; do \
// RUN:   %clang-noplugin -O2 -flto=thin -DUNIT=$u -DPREV=$(( (u + 6) % 8 + 1 )) -c %s -o %t/u$u.o \
// RUN:   || exit 1; done
// RUN: %clang-noplugin -flto=thin -fuse-ld=lld %t/u?.o -o %t/ref
// RUN: %t/ref > %t/out.ref
// RUN: FileCheck %s --check-prefix=OUT < %t/out.ref
// RUN: for i in 1 2 3; do \
// RUN:   %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--thinlto-jobs=4 -Wl,--load-pass-plugin=%plugin \
// RUN:     -Wl,--plugin-opt=opt-remarks-filename=%t/r$i.yaml \
// RUN:     -Wl,--plugin-opt=opt-remarks-passes=heap2stack %t/u?.o -o %t/h2s$i || exit 1; \
// RUN:   %t/h2s$i > %t/out$i && diff %t/out.ref %t/out$i || exit 1; \
// RUN:   cat %t/r$i.yaml* > %t/r$i.all.yaml; \
// RUN:   FileCheck %s --check-prefix=LINK < %t/r$i.all.yaml || exit 1; \
// RUN:   grep -h 'Name: *Moved' %t/r$i.all.yaml | count 8 || exit 1; \
// RUN: done
// RUN: llvm-objdump -d %t/h2s1 | FileCheck %s --check-prefix=CODE
// RUN: llvm-objdump -d %t/ref | FileCheck %s --check-prefix=PLAIN
// OUT: 240256000
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit1{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit2{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit3{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit4{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit5{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit6{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit7{{$}}
// LINK-DAG: Name: Moved{{[[:space:]]+}}Function: unit8{{$}}
// CODE-LABEL: <unit1>:
// CODE-NOT: call{{.*}}<malloc
// CODE: ret
// PLAIN-LABEL: <unit1>:
// PLAIN: call{{.*}}<malloc
#include <stdio.h>
#include <stdlib.h>

#ifdef MAIN
long unit1(int), unit2(int), unit3(int), unit4(int);
long unit5(int), unit6(int), unit7(int), unit8(int);
int main(int argc, char **argv) {
  (void)argv;
  long total = 0;
  for (int k = 0; k < 1000 + argc; k++)
    total += unit1(k) + unit2(k) + unit3(k) + unit4(k) + unit5(k) + unit6(k) + unit7(k) +
             unit8(k);
  printf("%ld\n", total);
  return 0;
}
#else
#define CAT(a, b) a##b
#define NAME(a, n) CAT(a, n)
// This unit's helpers live in the next unit; it defines the previous one's.
void NAME(fill, UNIT)(int *p, int k);
int NAME(sum, UNIT)(const int *p, int k);

__attribute__((noinline)) long NAME(unit, UNIT)(int k) {
  int *buf = malloc(16 * sizeof *buf);
  NAME(fill, UNIT)(buf, k);
  long s = NAME(sum, UNIT)(buf, k);
  free(buf);
  return s;
}

void NAME(fill, PREV)(int *p, int k) {
  for (int i = 0; i < 16; i++)
    p[i] = i * k;
}
int NAME(sum, PREV)(const int *p, int k) { // reads at run-time offsets
  int s = 0;
  for (int i = 0; i < 16; i++)
    s += p[(i + k) & 15] * (i & 1);
  return s;
}
#endif
