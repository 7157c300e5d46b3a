// glibc lets a program redefine even a standard conversion
// (register_printf_specifier('s', ...)), whose handler gets the argument's
// address and may keep it.  In a module that declares any register_printf_*
// function, no format is read: every pointer passed to a printf-like
// function escapes.  (audit5, printf-redefined-conversion-keeps-arg.c: p
// moved, main printed the dead frame through the kept pointer.)  A
// registration in another translation unit is not seen (doc/design.md).
//
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %t | FileCheck %s --check-prefix=OUT
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes='function(mem2reg),heap2stack' -S %t.ll -o - | FileCheck %s --check-prefix=IR
//
// REMARK: format-registered-conversions.c:37:13: remark: escapes: passed to 'printf' at {{.*}}, which formats it with a format heap2stack cannot read
// IR-LABEL: define {{.*}}@show(
// IR: call {{.*}}@malloc(i64 noundef 32)
// OUT: <hello 42>|kept: hello 42
#include <printf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *g_kept; /* the handler keeps the %s argument */
static int keep_s(FILE *f, const struct printf_info *info, const void *const *args) {
  const char *s = *(const char *const *)args[0];
  g_kept = s;
  size_t n = strlen(s);
  if (info->prec >= 0 && (size_t)info->prec < n) n = (size_t)info->prec;
  return fwrite(s, 1, n, f) == n ? (int)n : -1; /* not printf: the handler would call itself */
}
static int keep_s_arginfo(const struct printf_info *info, size_t n, int *argtypes, int *size) {
  if (n > 0) { argtypes[0] = PA_STRING; *size = sizeof(char *); }
  return 1;
}
__attribute__((noinline)) void show(int n) {
  char *p = malloc(32);
  snprintf(p, 32, "hello %d", n);
  printf("<%s>", p);
  /* p is never freed: the handler kept it */
}
__attribute__((noinline)) void scribble(void) { volatile char big[4096]; for (int i = 0; i < 4096; i++) big[i] = 'X'; }
int main(void) {
  register_printf_specifier('s', keep_s, keep_s_arginfo);
  show(42);
  scribble();
  printf("|kept: %.12s\n", g_kept ? g_kept : "(none)");
  return 0;
}
