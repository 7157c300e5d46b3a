// The C form of inlined-slot-may-unwind.cpp: built with -fexceptions (the
// default of some distributions), a C function that calls anything not
// known to be nounwind may be left by unwinding.  helper's 1000-byte
// malloc moves to a static slot, which the inliner copies into rec, a
// recursion through ext_check (defined in C++, where it may throw).
// Before the fix the frame re-check left it static (1000 bytes per level:
// the 256 KiB stack overflows); now it is checked, and since rec has no
// landing pad and no personality, its calls that may unwind unwind to a
// new cleanup landing pad with the C runtime's personality
// (__gcc_personality_v0), which frees the heap case and resumes: the C++
// exception thrown at the deepest level leaks nothing.  Without
// -fexceptions rec is nounwind and is demoted as before, with no landing
// pad.
//
// RUN: %clangxx-noplugin -O2 -c %S/Inputs/may-unwind-main.cpp -o %t.main.o
// RUN: %clang-noplugin -O2 -fexceptions -c %s -o %t.ref.o
// RUN: %clangxx-noplugin %t.ref.o %t.main.o -o %t.ref
// RUN: (ulimit -s 256 && env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 %t.ref > %t.out.ref)
// RUN: %clang -O2 -fexceptions -fno-discard-value-names -Rpass-missed=heap2stack -fno-caret-diagnostics \
// RUN:   -S -emit-llvm %s -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.ll
// RUN: %clang-noplugin -O2 -c %t.ll -o %t.h2s.o
// RUN: %clangxx-noplugin %t.h2s.o %t.main.o -o %t.h2s
// RUN: (ulimit -s 256 && env GLIBC_TUNABLES=glibc.malloc.tcache_count=0 %t.h2s > %t.out.h2s) && diff %t.out.ref %t.out.h2s
// RUN: FileCheck %s --check-prefix=OUT < %t.out.h2s
// RUN: %clang -O2 -fno-discard-value-names -Rpass-missed=heap2stack -fno-caret-diagnostics \
// RUN:   -S -emit-llvm %s -o %t.noexc.ll 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: FileCheck %s --check-prefix=NOEXC < %t.noexc.ll
//
// REMARK: remark: inlined into a function that may be called again before it returns ('rec': {{.*}}), so the 1000-byte slot of 'helper' at inlined-slot-may-unwind-c.c:[[@LINE+27]]:13 uses the stack only when the thread has room, the heap otherwise
// IR-LABEL: define {{.*}} @rec(
// IR-SAME: personality ptr @__gcc_personality_v0
// IR: %h2s.heap.owned = phi ptr
// IR: invoke void @ext_check(
// IR-NEXT: to label %{{.*}} unwind label %h2s.unwind
// IR: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: ret i64
// IR: h2s.unwind:
// IR-NEXT: %h2s.lp = landingpad { ptr, i32 }
// IR-NEXT: cleanup
// IR-NEXT: call void @free(ptr %h2s.heap.owned)
// IR-NEXT: resume { ptr, i32 } %h2s.lp
// OUT: caught at level 0
// OUT-NEXT: heap bytes leaked while unwinding: 0
// NOEXC-LABEL: define {{.*}} @rec(
// NOEXC-NOT: personality
// NOEXC: %h2s.heap.owned = phi ptr
// NOEXC-NOT: landingpad
// NOEXC: ret i64
#include <stdlib.h>
#include <string.h>

long sink;
void ext_check(long n); /* C++: may throw */

static void helper(long n) {
  char *b = malloc(1000);
  memset(b, (int)(n & 0x7f), 1000);
  sink += b[n % 1000];
  free(b);
}

__attribute__((noinline)) long rec(long n, long *out) {
  helper(n);
  ext_check(n);
  if (n == 0)
    return 0;
  long r = rec(n - 1, out);
  *out ^= r * 31 + n;
  return r + 1;
}
