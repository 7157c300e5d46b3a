// Stack safety (issue: stack safety, item 1): max-frame must hold in the
// frame that is finally emitted, whatever inlining does after heap2stack
// decided.  Here heap2stack first decides `inner` (50,000 bytes) and
// `outer` (60,000 bytes, alive across the call to inner) separately, both
// within max-frame=100000; then the inliner puts inner's slot into outer,
// where the two are alive together: 110,000 bytes, which overflows the
// 64 KiB stack this program runs on (ulimit -s 64; the build without the
// second check dies below).  heap2stack's next run on outer estimates the frame as stack
// colouring would pack it, finds it over budget, and turns the largest slot
// into a checked one (the stack only when the thread has room, else the
// heap), with a FrameAfterInlining remark naming the frame.  In clang's own
// pipeline inner is inlined before outer is decided, so outer's buffer is
// never moved (FrameBudget).  Slots are static here (stack-check-above
// raised, max-chain too), as the frame budget is about static slots.
//
// RUN: %clang-noplugin -O0 %s -o %t.ref && (ulimit -s 64 && %t.ref > %t.out.ref)
// RUN: %clang-noplugin -O1 -Xclang -disable-llvm-passes -g -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='heap2stack<max-frame=100000;stack-check-above=1000000;max-chain=1000000>,cgscc(inline),heap2stack<max-frame=100000;stack-check-above=1000000;max-chain=1000000>' \
// RUN:   -pass-remarks=heap2stack -pass-remarks-missed=heap2stack -S %t.ll -o %t.h2s.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.h2s.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.h2s.ll
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.rechecked
// RUN: (ulimit -s 64 && %t.rechecked > %t.out.rechecked) && diff %t.out.ref %t.out.rechecked
// Without the second run (no re-check), the same inlining overflows the stack
// (the main thread's stack cannot grow past its limit: a reliable SIGSEGV):
// RUN: %opt -passes='heap2stack<max-frame=100000;stack-check-above=1000000;max-chain=1000000>,cgscc(inline)' %t.ll -o %t.unchecked.bc
// RUN: %clang-noplugin -O0 %t.unchecked.bc -o %t.unchecked
// RUN: not --crash sh -c 'ulimit -s 64 && exec %t.unchecked'
// clang's pipeline: outer's buffer is never moved.
// RUN: %clang -O2 -mllvm -heap2stack-max-frame=100000 -mllvm -heap2stack-stack-check-above=1000000 -mllvm -heap2stack-max-chain=1000000 \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack -fno-caret-diagnostics %s -o %t.o2 2>%t.o2.err
// RUN: FileCheck %s --check-prefix=CLANG < %t.o2.err
// RUN: (ulimit -s 64 && %t.o2 > %t.out.o2) && diff %t.out.ref %t.out.o2
//
// REMARK: remark: {{.*}}frame-after-inlining.c:[[@LINE+29]]:22: moved to stack: 50000-byte malloc (align 16)
// REMARK: remark: {{.*}}frame-after-inlining.c:[[@LINE+36]]:22: moved to stack: 60000-byte malloc (align 16)
// REMARK: remark: {{.*}}frame-after-inlining.c:[[@LINE+34]]:0: frame over budget after inlining: 'outer' would hold 110044 bytes > max-frame 100000, so the 60000-byte slot of 'outer' at frame-after-inlining.c:[[@LINE+35]]:22 uses the stack only when the thread has room, the heap otherwise
// IR-LABEL: define internal i32 @outer()
// IR-NEXT: h2s.entry:
// IR-NEXT: %h2s.i = alloca [50000 x i8], align 16, !heap2stack.slot
// IR: h2s.stack:
// IR-NEXT: %h2s.checked.slot = alloca [60000 x i8], align 16
// IR: h2s.heap:
// IR-NEXT: %h2s.heap.slot = call ptr @malloc(i64 60000), !heap2stack.guarded
// IR: h2s.stack.anyway:
// IR-NEXT: %h2s.stack.slot = alloca [60000 x i8], align 16
// IR: h2s.checked:
// IR-NEXT: %h2s.slot = phi ptr [ %h2s.checked.slot, %h2s.stack ], [ %h2s.heap.slot, %h2s.heap ], [ %h2s.stack.slot, %h2s.stack.anyway ]
// IR-NEXT: %h2s.heap.owned = phi ptr [ null, %h2s.stack ], [ %h2s.heap.slot, %h2s.heap ], [ null, %h2s.stack.anyway ]
// IR: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: ret i32
// CLANG: frame-after-inlining.c:[[@LINE+12]]:22: remark: moved to stack: 50000-byte malloc (align 16)
// CLANG: frame-after-inlining.c:[[@LINE+19]]:22: remark: stack frame budget exceeded: 0 bytes of locals + 50000 bytes moved + 60000 bytes > max-frame 100000
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int RT = 3;
__attribute__((noinline)) static unsigned sum(const unsigned char *b, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i += 97) s += b[i];
  return s;
}
static int inner(int k) {
  unsigned char *b = malloc(50000);
  if (!b) return -1;
  memset(b, k, 50000);
  int s = (int)sum(b, 50000);
  free(b);
  return s;
}
__attribute__((noinline)) static int outer(void) {
  unsigned char *a = malloc(60000);
  if (!a) return -1;
  memset(a, RT, 60000);
  int s = inner(RT + 1) + (int)sum(a, 60000); /* a is alive across inner's buffer */
  free(a);
  return s;
}
int main(void) {
  printf("%d\n", outer()); /* run under ulimit -s 64: a 64 KiB main stack */
  return 0;
}
