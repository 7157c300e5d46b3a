// _FORTIFY_SOURCE=2 (Debian's builds, gnulib) turns a copy or a sprintf whose
// size is known only at run time into glibc's checked twin: memcpy into
// __memcpy_chk(d, s, n, dsize), sprintf into __sprintf_chk(d, flag, dsize,
// fmt, ...), and so on.  Each twin does what its plain function does (or
// aborts): the buffers passed to them move as they would with the plain
// names, and every byte channel stays as strong, so the negative cases below
// (an address copied into a global by __memcpy_chk, read as text by
// __sprintf_chk's "%s", printed by "%p", formatted by a format heap2stack
// cannot read) stay on the heap.  The program prints the same with and
// without the plugin.
//
// RUN: %clang -O2 -D_FORTIFY_SOURCE=2 -fno-caret-diagnostics -S -emit-llvm %s -o %t.ll \
// RUN:   -Rpass=heap2stack -Rpass-missed=heap2stack 2>%t.err
// RUN: FileCheck %s --check-prefix=IRM < %t.ll
// RUN: FileCheck %s --check-prefix=IRK < %t.ll
// RUN: FileCheck %s --check-prefix=MOVED < %t.err
// RUN: FileCheck %s --check-prefix=KEPT < %t.err
// RUN: FileCheck %s --check-prefix=WHY < %t.err
// The record:
// RUN: %clang -O2 -D_FORTIFY_SOURCE=2 -S -emit-llvm %s -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.yaml -foptimization-record-passes=heap2stack
// RUN: FileCheck %s --check-prefix=YAML < %t.yaml
// Run time, against the build without the plugin:
// RUN: %clang-noplugin -O2 -D_FORTIFY_SOURCE=2 %s -o %t.ref
// RUN: %clang -O2 -D_FORTIFY_SOURCE=2 %s -o %t.h2s
// RUN: %t.ref > %t.ref.out
// RUN: %t.h2s > %t.h2s.out
// RUN: diff %t.ref.out %t.h2s.out
// RUN: FileCheck %s --check-prefix=OUT < %t.h2s.out
//
// OUT: moves 1018
// OUT: kept global-bytes local-bytes text pointer-text unknown-format mempcpy
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile size_t run_time_eight = 8;
static volatile size_t run_time_sixteen = 16;

// ---- buffers that move: every copy and format goes through a _chk twin ----

// IRM-LABEL: define internal {{.*}}@copies(
// IRM-NOT: @malloc(
// IRM: call {{.*}}@__memcpy_chk(
// IRM: call {{.*}}@__strcpy_chk(
// IRM: call {{.*}}@__strcat_chk(
// IRM: call {{.*}}@__memset_chk(
// IRM-NOT: @malloc(
// IRM-NOT: @free(
// IRM: {{^}}}
// YAML: DebugLoc: { File: '{{.*}}fortify-source.c',{{[[:space:]]+}}Line: [[@LINE+5]],{{[[:space:]]+}}Column: 13 }
// YAML-NEXT: Function: copies
// YAML-NEXT: Args:
// YAML-NEXT: - String: 'moved to stack: '
__attribute__((noinline)) static int copies(const char *s, size_t n) {
  char *a = malloc(64);
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:13: remark: moved to stack: 64-byte malloc
  memcpy(a, s, n);
  a[n] = 0;
  char *b = malloc(64);
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:13: remark: moved to stack: 64-byte malloc
  strcpy(b, a);
  strcat(b, a);
  char *c = malloc(32);
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:13: remark: moved to stack: 32-byte malloc
  memset(c, 'x', n);
  c[n] = 0;
  int r = (int)strlen(b) * 100 + (int)strlen(c) + b[3];
  free(a);
  free(b);
  free(c);
  return r;
}

// IRM-LABEL: define internal {{.*}}@formats(
// IRM-NOT: @malloc(
// IRM: call {{.*}}@__sprintf_chk(
// IRM: call {{.*}}@__snprintf_chk(
// IRM-NOT: @malloc(
// IRM-NOT: @free(
// IRM: {{^}}}
__attribute__((noinline)) static int formats(const char *s, size_t n) {
  char *t = malloc(64);
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:13: remark: moved to stack: 64-byte malloc
  sprintf(t, "%s-%d", s, (int)n);
  char *u = malloc(64);
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:13: remark: moved to stack: 64-byte malloc
  snprintf(u, n, "<%s>", t);
  int r = (int)strlen(t) + (int)strlen(u);
  free(t);
  free(u);
  return r;
}

// A copy of the bytes of a local holder that keeps the address of `p`, into
// another local buffer: no byte leaves, both move.
// IRM-LABEL: define internal {{.*}}@copied_holder(
// IRM-NOT: @malloc(
// IRM: call {{.*}}@__memmove_chk(
// IRM-NOT: @malloc(
// IRM-NOT: @free(
// IRM: {{^}}}
__attribute__((noinline)) static int copied_holder(void) {
  char *p = malloc(16);
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:13: remark: moved to stack: 16-byte malloc
  strcpy(p, "held");
  char **h = malloc(2 * sizeof(char *));
  // MOVED-DAG: fortify-source.c:[[@LINE-1]]:14: remark: moved to stack: 16-byte malloc
  h[0] = p;
  h[1] = 0;
  char *q[2];
  memmove(q, h, run_time_eight);
  int r = q[0][0];
  free(h);
  free(p);
  return r;
}

// ---- buffers that stay: each leaves through a _chk twin's byte channel ----

char g_bytes[2 * sizeof(char *)];
char g_local_bytes[sizeof(char *)];
char g_text[64];
char g_ptext[64];
char g_unknown[64];
char g_mempcpy[2 * sizeof(char *)];
const char *volatile g_format = "%p";

// The address, stored in a heap holder, copied into a global by __memcpy_chk.
// IRK-LABEL: define {{.*}}@global_bytes(
// IRK: call {{.*}}@malloc(i64 noundef 16)
// IRK: call {{.*}}@__memcpy_chk(
// IRK: {{^}}}
__attribute__((noinline)) void global_bytes(void) {
  char *p = malloc(16);
  // KEPT-NOT: fortify-source.c:[[@LINE-1]]:{{.*}}moved to stack
  // WHY-DAG: fortify-source.c:[[@LINE-2]]:13: remark: escapes: stored to memory the function does not own at {{.*}}
  strcpy(p, "global-bytes");
  char **h = malloc(2 * sizeof(char *));
  h[0] = p;
  h[1] = 0;
  memcpy(g_bytes, h, run_time_sixteen);
  free(h);
}

// The address, in a local array, copied into a global by __memcpy_chk.
// IRK-LABEL: define {{.*}}@local_bytes(
// IRK: call {{.*}}@malloc(i64 noundef 16)
// IRK: call {{.*}}@__memcpy_chk(
// IRK: {{^}}}
__attribute__((noinline)) void local_bytes(void) {
  char *p = malloc(16);
  // KEPT-NOT: fortify-source.c:[[@LINE-1]]:{{.*}}moved to stack
  // WHY-DAG: fortify-source.c:[[@LINE-2]]:13: remark: escapes: stored to memory the function does not own at {{.*}}
  strcpy(p, "local-bytes");
  char *h[2] = {p, 0};
  memcpy(g_local_bytes, h, run_time_eight);
}

// The address's bytes read as text by __sprintf_chk's "%s".
// IRK-LABEL: define {{.*}}@text(
// IRK: call {{.*}}@malloc(i64 noundef 16)
// IRK: call {{.*}}@__sprintf_chk(
// IRK: {{^}}}
__attribute__((noinline)) void text(void) {
  char *p = malloc(16);
  // KEPT-NOT: fortify-source.c:[[@LINE-1]]:{{.*}}moved to stack
  // WHY-DAG: fortify-source.c:[[@LINE-2]]:13: remark: escapes: the bytes of memory holding it are read as data by '__sprintf_chk'
  strcpy(p, "text");
  char *h[2] = {p, 0};
  sprintf(g_text, "%s", (char *)h);
}

// "%p": the address leaves as text.
// IRK-LABEL: define {{.*}}@pointer_text(
// IRK: call {{.*}}@malloc(i64 noundef 16)
// IRK: call {{.*}}@__sprintf_chk(
// IRK: {{^}}}
__attribute__((noinline)) void pointer_text(void) {
  char *p = malloc(16);
  // KEPT-NOT: fortify-source.c:[[@LINE-1]]:{{.*}}moved to stack
  // WHY-DAG: fortify-source.c:[[@LINE-2]]:13: remark: escapes: passed to '__sprintf_chk' at {{.*}}, which formats its address as text ('%p')
  strcpy(p, "pointer-text");
  sprintf(g_ptext, "%p", (void *)p);
}

// A format heap2stack cannot read: the worst, as for snprintf.
// IRK-LABEL: define {{.*}}@unknown_format(
// IRK: call {{.*}}@malloc(i64 noundef 16)
// IRK: call {{.*}}@__snprintf_chk(
// IRK: {{^}}}
__attribute__((noinline)) void unknown_format(void) {
  char *p = malloc(16);
  // KEPT-NOT: fortify-source.c:[[@LINE-1]]:{{.*}}moved to stack
  // WHY-DAG: fortify-source.c:[[@LINE-2]]:13: remark: escapes: passed to '__snprintf_chk' at {{.*}}, which formats it with a format heap2stack cannot read
  strcpy(p, "unknown-format");
  snprintf(g_unknown, run_time_sixteen + 48, g_format, (void *)p);
}

// __mempcpy_chk: the holder's bytes land in a global.
// IRK-LABEL: define {{.*}}@mempcpy_out(
// IRK: call {{.*}}@malloc(i64 noundef 16)
// IRK: call {{.*}}@__mempcpy_chk(
// IRK: {{^}}}
__attribute__((noinline)) void mempcpy_out(void) {
  char *p = malloc(16);
  // KEPT-NOT: fortify-source.c:[[@LINE-1]]:{{.*}}moved to stack
  // WHY-DAG: fortify-source.c:[[@LINE-2]]:13: remark: escapes: stored to memory the function does not own at {{.*}}
  strcpy(p, "mempcpy");
  char *h[2] = {p, 0};
  char *end = mempcpy(g_mempcpy, h, run_time_eight);
  *end = 0;
}


__attribute__((noinline)) static void clobber(void) {
  volatile char x[2048];
  for (int i = 0; i < 2048; i++)
    x[i] = 'X';
}

int main(void) {
  int moves = copies("abcd", run_time_eight / 2) + formats("xy", run_time_eight) + copied_holder();
  printf("moves %d\n", moves);
  global_bytes();
  local_bytes();
  text();
  pointer_text();
  unknown_format();
  mempcpy_out();
  clobber();
  char *a, *b, *d;
  void *c, *e;
  memcpy(&a, g_bytes, sizeof a);
  memcpy(&b, g_local_bytes, sizeof b);
  char *t = "text"; // the address's bytes up to its first NUL: all of them, or not read back
  if (strlen(g_text) == 6)
    memcpy(&t, g_text, sizeof t);
  if (sscanf(g_ptext, "%p", &c) != 1 || sscanf(g_unknown, "%p", &e) != 1)
    return 1;
  memcpy(&d, g_mempcpy, sizeof d);
  printf("kept %s %s %s %s %s %s\n", a, b, t, (char *)c, (char *)e, d);
  return 0;
}
