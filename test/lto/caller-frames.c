// A maker defined in another file (pass/caller_frames.c): full LTO's
// link-time run sees both, gives the caller the storage and calls the
// maker's copy.  (The record's DebugLoc may fold after a comma when the
// file name is long.)  ThinLTO does not import a noinline function, so its
// backends see only a declaration and keep the heap (imported makers move:
// caller-frames-imported.c).
// REQUIRES: lld
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -g -flto=full -c %s -o %t/a.o
// RUN: %clang -O2 -g -flto=full -c %S/Inputs/lto-maker.c -o %t/b.o
// RUN: %clang-noplugin -flto=full -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,--plugin-opt=opt-remarks-filename=%t/full.yaml -Wl,--plugin-opt=opt-remarks-passes=heap2stack \
// RUN:   %t/a.o %t/b.o -o %t/full
// RUN: %t/full | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=LINK < %t/full.yaml
// RUN: llvm-objdump -d %t/full | FileCheck %s --check-prefix=CODE
//
// RUN: %clang -O2 -g -flto=thin -c %s -o %t/ta.o
// RUN: %clang -O2 -g -flto=thin -c %S/Inputs/lto-maker.c -o %t/tb.o
// RUN: %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   %t/ta.o %t/tb.o -o %t/thin
// RUN: %t/thin | FileCheck %s --check-prefix=OUT
// RUN: llvm-objdump -d %t/thin | FileCheck %s --check-prefix=THIN
#include <stdio.h>
#include <stdlib.h>
struct point {
  long x, y;
};
struct point *point_new(long v);

__attribute__((noinline)) long use_point(long v) {
  struct point *p = point_new(v);
  if (!p)
    return 0;
  long r = p->x + p->y;
  free(p);
  return r;
}
// LINK: --- !Passed
// LINK-NEXT: Pass: heap2stack
// LINK-NEXT: Name: Moved
// LINK: Line: 32, Column: 21 }
// LINK-NEXT: Function: use_point
// LINK: Maker: point_new
// LINK: Name: MovedToCaller
// LINK: Caller: use_point
// CODE-LABEL: <use_point>:
// CODE: call{{.*}}<point_new.h2s>
// CODE-NOT: call{{.*}}<free
// CODE: ret
// THIN-LABEL: <use_point>:
// THIN: call{{.*}}<point_new>
// THIN: call{{.*}}<free

int main(void) {
  long s = 0;
  for (int i = 0; i < 10; i++)
    s += use_point(i);
  printf("%ld\n", s);
  return 0;
}
// OUT: 180
