// Makers, fillers and destroyers defined in another file, under ThinLTO
// (pass/imported_bodies.c).  ThinLTO's backend imports point_new, buf_init
// and buf_fini as available_externally bodies; the inliner declines the
// first two (too large), and EliminateAvailableExternallyPass would make
// them declarations before the late run.  Their kept bodies let the late
// run give use_point and use_buf the storage and call the copies
// point_new.h2s and buf_init.h2s.  point_small is noinline, which ThinLTO
// never imports: use_small keeps the heap, unless the link imports
// everything (-force-import-all).  No kept body reaches the binary.
// REQUIRES: lld
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -g -flto=thin -c %s -o %t/a.o
// RUN: %clang -O2 -g -flto=thin -c %S/Inputs/lto-imported-makers.c -o %t/b.o
// RUN: %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,--plugin-opt=opt-remarks-filename=%t/thin.yaml -Wl,--plugin-opt=opt-remarks-passes=heap2stack \
// RUN:   %t/a.o %t/b.o -o %t/thin
// RUN: %clang-noplugin -O0 %s %S/Inputs/lto-imported-makers.c -o %t/ref
// RUN: %t/ref > %t/ref.out
// RUN: %t/thin | diff %t/ref.out -
// RUN: cat %t/thin.yaml* > %t/all.yaml
// RUN: FileCheck %s --check-prefix=LINK < %t/all.yaml
// RUN: grep -B3 'Function: *[a-z_]*\.h2s\.\(body\|inline\)' %t/all.yaml | grep 'Name:' | sort -u \
// RUN:   | FileCheck %s --check-prefix=BODY
// RUN: llvm-objdump -d %t/thin | FileCheck %s --check-prefix=CODE
// RUN: llvm-nm %t/thin | FileCheck %s --check-prefix=SYMS
//
// RUN: %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,-mllvm,-force-import-all %t/a.o %t/b.o -o %t/all 2>/dev/null
// RUN: %t/all | diff %t/ref.out -
// RUN: llvm-objdump -d %t/all | FileCheck %s --check-prefix=ALL
#include <stdio.h>
#include <stdlib.h>
struct point {
  long x, y, z[16];
};
struct buf {
  char *data;
  size_t len;
};
struct point *point_new(long v);
struct point *point_small(long v);
int buf_init(struct buf *b, long v);
void buf_fini(struct buf *b);

// LINK: --- !Passed
// LINK-NEXT: Pass: heap2stack
// LINK-NEXT: Name: Moved
// LINK-NEXT: DebugLoc: { File: {{.*}}caller-frames-imported.c
// LINK: Line: [[@LINE+9]],
// LINK: Function: use_point
// LINK: Maker: point_new{{$}}
// LINK: Name: MovedToCaller
// LINK-NEXT: DebugLoc: { File: {{.*}}lto-imported-makers.c
// LINK: Line: 16,
// LINK: Caller: use_point
// LINK: Copy: point_new.h2s{{$}}
__attribute__((noinline)) long use_point(long v) {
  struct point *p = point_new(v);
  if (!p)
    return 0;
  long r = p->x + p->y + p->z[3];
  free(p);
  return r;
}
// CODE-LABEL: <use_point>:
// CODE: call{{.*}}<point_new.h2s>
// CODE-NOT: call{{.*}}<free
// CODE: ret

__attribute__((noinline)) long use_small(long v) {
  struct point *p = point_small(v);
  if (!p)
    return 0;
  long r = p->x + p->y;
  free(p);
  return r;
}
// CODE-LABEL: <use_small>:
// CODE: call{{.*}}<point_small>
// CODE: call{{.*}}<free
// ALL-LABEL: <use_small>:
// ALL: call{{.*}}<point_small.h2s>
// ALL-NOT: call{{.*}}<free
// ALL: ret

// LINK: Name: Moved
// LINK-NEXT: DebugLoc: { File: {{.*}}caller-frames-imported.c
// LINK: Line: [[@LINE+5]],
// LINK: Function: use_buf
// LINK: Maker: buf_init{{$}}
__attribute__((noinline)) long use_buf(long v) {
  struct buf b;
  if (buf_init(&b, v))
    return 0;
  long r = b.data[0] + b.data[255] + (long)b.len;
  buf_fini(&b);
  return r;
}
// CODE-LABEL: <use_buf>:
// CODE: call{{.*}}<buf_init.h2s>
// CODE-NOT: call{{.*}}<free
// CODE: ret
// The kept bodies (and, since the fifth audit, the copies point_new.h2s.inline
// and buf_init.h2s.inline the calls call first: a C name's imported body may
// not be the one a call runs) report nothing of their own, only where their
// objects went.
// BODY: Name: MovedToCaller
// BODY-NOT: Name:
// SYMS-NOT: .h2s.body
// SYMS: point_new.h2s
// SYMS-NOT: .h2s.body

int main(void) {
  long s = 0;
  for (int i = 0; i < 10; i++)
    s += use_point(i) + use_small(i) + use_buf(i);
  printf("%ld\n", s);
  return 0;
}
