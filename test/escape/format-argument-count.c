// A printf format is read the way glibc reads it, or not at all.  `%m`
// takes no argument, `%5%` prints '%' and takes none, an unknown conversion
// ("%y") takes none (or, registered with register_printf_specifier, any
// number); a length modifier in the wrong place ("%l5d") ends the
// conversion early.  heap2stack used to give each `%` one argument, so in
// `sprintf(t, "%m|%s|%p", "tag", b)` it took b for the `%s` (its bytes
// read) while glibc gives b to `%p`: b moved, its address reached t as
// text and was scanned back after the frame had gone (audit4,
// printf-m-shifts-args.c; stack-use-after-return under ASan).  Now the
// count stops at the first conversion it cannot read, and every later
// pointer escapes.  The shapes glibc reads like heap2stack still move.
//
// RUN: %clang-noplugin -O0 -g -Xclang -disable-O0-optnone -Wno-format -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack \
// RUN:   -pass-remarks-missed=heap2stack -S %t.ll -o %t.out.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.out.ll
// RUN: %clang -O2 -Wno-format -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -mllvm -heap2stack-late-rerun=false -o %t.first 2>%t.first.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.first.err
// RUN: %t.first | FileCheck %s --check-prefix=OUT
// RUN: %clang -O2 -Wno-format %s -o %t.o2 && %t.o2 | FileCheck %s --check-prefix=OUT
// RUN: %clang -O2 -D_FORTIFY_SOURCE=2 -Wno-format %s -o %t.fort && %t.fort | FileCheck %s --check-prefix=OUT
//
// REMARK-DAG: format-argument-count.c:60:13: {{(remark: )?}}escapes: passed to '{{.*}}sprintf{{.*}}' at {{.*}}, which formats its address as text ('%p')
// REMARK-DAG: format-argument-count.c:66:13: {{(remark: )?}}escapes: passed to '{{.*}}sprintf{{.*}}' at {{.*}}, which formats it with a format heap2stack cannot read
// REMARK-DAG: format-argument-count.c:71:13: {{(remark: )?}}escapes: passed to '{{.*}}sprintf{{.*}}' at {{.*}}, which formats it with a format heap2stack cannot read
// REMARK-DAG: format-argument-count.c:76:13: {{(remark: )?}}escapes: passed to '{{.*}}sprintf{{.*}}' at {{.*}}, which formats it with a format heap2stack cannot read
// REMARK-DAG: format-argument-count.c:81:13: {{(remark: )?}}escapes: passed to '{{.*}}sprintf{{.*}}' at {{.*}}, which formats it with a format heap2stack cannot read
// REMARK-DAG: format-argument-count.c:87:13: {{(remark: )?}}moved to stack when the thread's stack has room: 16-byte malloc
// REMARK-DAG: format-argument-count.c:95:13: {{(remark: )?}}moved to stack when the thread's stack has room: 16-byte malloc
//
// IR-LABEL: define {{.*}}@percent_m(
// IR: call {{.*}}@malloc(
// IR-LABEL: define {{.*}}@percent_after_width(
// IR: call {{.*}}@malloc(
// IR-LABEL: define {{.*}}@unknown_conversion(
// IR: call {{.*}}@malloc(
// IR-LABEL: define {{.*}}@modifier_misplaced(
// IR: call {{.*}}@malloc(
// IR-LABEL: define {{.*}}@digits_after_star(
// IR: call {{.*}}@malloc(
// IR-LABEL: define {{.*}}@read_alike(
// IR-NOT: call {{.*}}@malloc(
// IR: alloca [16 x i8]
// IR-LABEL: define {{.*}}@star_and_length(
// IR-NOT: call {{.*}}@malloc(
// IR: alloca [16 x i8]
// IR-LABEL: define {{.*}}@main(
//
// OUT: heap-object heap-object heap-object heap-object heap-object ok ok
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char text[5][128];

__attribute__((noinline)) void percent_m(void) {
  char *b = malloc(16);
  strcpy(b, "heap-object");
  errno = 0;
  sprintf(text[0], "%m|%s|%p", "tag", b);
}
__attribute__((noinline)) void percent_after_width(void) {
  char *b = malloc(16);
  strcpy(b, "heap-object");
  sprintf(text[1], "%5%|%s|%p", "tag", b);
}
__attribute__((noinline)) void unknown_conversion(void) {
  char *b = malloc(16);
  strcpy(b, "heap-object");
  sprintf(text[2], "%y|%s|%p", "tag", b);
}
__attribute__((noinline)) void modifier_misplaced(void) {
  char *b = malloc(16);
  strcpy(b, "heap-object");
  sprintf(text[3], "%l5d|%s|%p", "tag", b);
}
__attribute__((noinline)) void digits_after_star(void) {
  char *b = malloc(16);
  strcpy(b, "heap-object");
  sprintf(text[4], "%*5d|%s|%p", 1, "tag", b);
}
// glibc reads these as heap2stack does: b meets %s.
__attribute__((noinline)) int read_alike(int n) {
  char *b = malloc(16);
  strcpy(b, "ok");
  char t[64];
  snprintf(t, sizeof t, "%%|%-'5.3lld|%m|%hhx|%s", (long long)n, (unsigned char)n, b);
  free(b);
  return (int)strlen(t);
}
__attribute__((noinline)) int star_and_length(int n) {
  char *b = malloc(16);
  strcpy(b, "ok");
  char t[64];
  snprintf(t, sizeof t, "%*.*Lf|%zu|%.*s", n, n, (long double)n, (size_t)n, n, b);
  free(b);
  return (int)strlen(t);
}

__attribute__((noinline)) void clobber(void) {
  volatile char junk[512];
  for (int i = 0; i < 512; i++)
    junk[i] = 'Z';
}

int main(void) {
  percent_m();
  percent_after_width();
  unknown_conversion();
  modifier_misplaced();
  digits_after_star();
  clobber();
  for (int i = 0; i < 5; i++) {
    void *q = 0;
    sscanf(strrchr(text[i], '|') + 1, "%p", &q);
    printf("%.11s ", (char *)q);
  }
  printf("%s %s\n", read_alike(3) > 0 ? "ok" : "no", star_and_length(2) > 0 ? "ok" : "no");
  return 0;
}

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 30 above is
// checked ("when the thread's stack has room"): its function calls 'snprintf', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
