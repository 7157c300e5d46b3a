// Regression (fifth audit, cookie-stream-other-tu): a call cycle through
// stdio whose callback stream is made in another file.  emit() writes a
// 4096-byte buffer with fwrite to a stream it is given; the other file
// (Inputs/calls/cookie-stream-maker.c) makes unbuffered fopencookie streams
// whose write function calls emit() again: emit -> fwrite -> wr -> emit.
// This file uses no fopencookie, funopen or register_printf_*, and
// pass/reentry.c counted stdio functions as calling back only in a module
// that does: emit's buffer became an unchecked slot (exactly
// stack-check-above), 4 KiB a level, and depth 1000 overflowed a 2 MiB
// stack the heap version runs 3000 levels deep in.  A stdio function that
// may run a stream's functions or a printf handler now calls back whatever
// the module holds: emit (external, so callable from what fwrite runs) gets
// a checked slot.
// RUN: %clang-noplugin -O2 %s %S/Inputs/calls/cookie-stream-maker.c -o %t.ref
// RUN: sh -c 'ulimit -s 2048 && exec %t.ref' > %t.out.ref
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack -c %s -o %t.a.o 2>%t.err
// RUN: FileCheck %s < %t.err
// RUN: %clang-noplugin -O2 %t.a.o %S/Inputs/calls/cookie-stream-maker.c -o %t.h2s
// RUN: sh -c 'ulimit -s 2048 && exec %t.h2s' > %t.out.h2s
// RUN: diff %t.out.ref %t.out.h2s
// RUN: %clang -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void emit(int depth, FILE *out) {
  char *buf = malloc(4096); // CHECK: stream-callback-other-file.c:[[@LINE]]:15: remark: moved to stack when the thread's stack has room: 4096-byte malloc (align 16) {{.*}}(the function may be called again before it returns: it calls 'fwrite', which may call back a function it is given, and it can be called from outside this module)
  memset(buf, 'a' + depth % 26, 4096);
  fwrite(buf, 1, 4096, out);
  free(buf);
}
// CHECK-NOT: remark: moved to stack: 4096
// IR-LABEL: define {{.*}}void @emit(
// IR: @malloc(i64 {{.*}}4096)
