/*
 * heap2stack audit5 (printf formats): glibc lets a program redefine a
 * standard conversion (register_printf_specifier('s', ...); the glibc
 * manual: "You can redefine the standard output conversions").  The
 * handler receives the %s argument's address and may keep it.
 * pass/summaries.c reads `printf("<%s>", p)` as "reads p's bytes" and p
 * moves (a checked slot: the stack when the thread has room); main then
 * reads the kept pointer after show() returned.
 *
 *   clang-22 -O2 printf-redefined-conversion-keeps-arg.c && ./a.out                # <hello 42>|kept: hello 42
 *   clang-22 -O2 -fpass-plugin=P printf-redefined-conversion-keeps-arg.c && ./a.out # <hello 42>|kept: XXXXXXXXXXXX
 */
/* glibc lets a program redefine a standard conversion: register_printf_specifier('s', ...). */
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
