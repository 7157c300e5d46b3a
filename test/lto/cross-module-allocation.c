// An allocation whose only uses live in another file: at compile time it
// escapes (the callees are declarations), at link time, after cross-module
// inlining, heap2stack moves it.  Full and Thin LTO, with ld.lld's
// --load-pass-plugin.  The YAML record's DebugLoc may fold after a comma
// (LLVM's YAML writer, past column 70: a long file name).
// REQUIRES: lld
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -O2 -g -flto=thin -c %s -o %t/a.o -Rpass-missed=heap2stack 2>&1 | FileCheck %s --check-prefix=COMPILE
// RUN: %clang-noplugin -O2 -g -flto=thin -c %S/Inputs/lto-helpers.c -o %t/b.o
// RUN: %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,--plugin-opt=opt-remarks-filename=%t/thin.yaml -Wl,--plugin-opt=opt-remarks-passes=heap2stack \
// RUN:   %t/a.o %t/b.o -o %t/thin
// RUN: %t/thin | FileCheck %s --check-prefix=OUT
// RUN: cat %t/thin.yaml* | FileCheck %s --check-prefix=LINK
// RUN: llvm-objdump -d %t/thin | FileCheck %s --check-prefix=CODE
//
// RUN: %clang -O2 -g -flto=full -c %s -o %t/fa.o
// RUN: %clang-noplugin -O2 -g -flto=full -c %S/Inputs/lto-helpers.c -o %t/fb.o
// RUN: %clang-noplugin -flto=full -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,--plugin-opt=opt-remarks-filename=%t/full.yaml -Wl,--plugin-opt=opt-remarks-passes=heap2stack \
// RUN:   %t/fa.o %t/fb.o -o %t/full
// RUN: %t/full | FileCheck %s --check-prefix=OUT
// RUN: FileCheck %s --check-prefix=LINK < %t/full.yaml
// RUN: llvm-objdump -d %t/full | FileCheck %s --check-prefix=CODE
//
// Without the plugin at link time the allocation stays.
// RUN: %clang-noplugin -flto=full -fuse-ld=lld %t/fa.o %t/fb.o -o %t/plain
// RUN: llvm-objdump -d %t/plain | FileCheck %s --check-prefix=PLAIN
#include <stdio.h>
#include <stdlib.h>
int sum16(const int *p);
void fill16(int *p, int k);

int main(int argc, char **argv) {
  (void)argv;
  int total = 0;
  for (int k = 0; k < 1000 + argc; k++) {
    int *buf = malloc(16 * sizeof *buf);
    // COMPILE: cross-module-allocation.c:[[@LINE-1]]:16: remark: escapes: passed to 'fill16'
    // LINK: --- !Passed
    // LINK-NEXT: Pass: heap2stack
    // LINK-NEXT: Name: Moved
    // LINK-NEXT: DebugLoc: { File: '{{.*}}cross-module-allocation.c',{{[[:space:]]+}}Line: [[#@LINE-5]],{{[[:space:]]+}}Column: 16 }
    fill16(buf, k);
    total += sum16(buf);
    free(buf);
  }
  // OUT: 60060000
  printf("%d\n", total);
  return 0;
}
// CODE-LABEL: <main>:
// CODE: ret
// PLAIN-LABEL: <main>:
// PLAIN: call{{.*}}<malloc

// Since the fifth audit (cookie-stream-other-tu), main's slot is checked: main
// calls printf, which may run a cookie stream's code made in any file
// (pass/reentry.c).  The heap fallback's malloc stays in main's code, so CODE no
// longer says it is gone; the LINK remark says the buffer moved.
