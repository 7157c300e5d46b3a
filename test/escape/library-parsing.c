// The C library's parsing calls keep nothing of the buffer beyond pointers
// into it that they store where the caller says: fgets(buf, n, f) returns
// buf, strtol/strtod(buf, &end) store a pointer into buf in *end,
// strtok_r(buf, d, &save) cuts buf and keeps a pointer into it in *save.
// Where those land in the caller's locals, the buffer moves; where they
// land in a global (or the result does), it escapes.
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -S %t.ll -o %t.h2s.ll 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: %clang-noplugin -O0 %t.h2s.ll -o %t.opt && %t.opt | diff %t.out.ref -
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// OPT-DAG: moved to stack when the thread's stack has room: 128-byte malloc
// OPT-DAG: moved to stack: 64-byte malloc
// OPT-DAG: moved to stack: 40-byte malloc
// OPT-NOT: moved to stack: 32-byte
// OPT-NOT: moved to stack: 48-byte
// OPT-NOT: moved to stack: 56-byte
// OPT-NOT: moved to stack: 72-byte
// REMARK-NOT: moved to stack: 32-byte
// REMARK-NOT: moved to stack: 48-byte
// REMARK-NOT: moved to stack: 56-byte
// REMARK-NOT: moved to stack: 72-byte

__attribute__((noinline)) long sum_numbers(FILE *f) {
  char *line = malloc(128); // REMARK-DAG: library-parsing.c:[[@LINE]]:16: remark: moved to stack when the thread's stack has room: 128-byte malloc (align 16) {{.*}}[-Rpass=heap2stack]
  long total = 0;
  while (fgets(line, 128, f)) {
    char *p = line, *end;
    for (;;) {
      long v = strtol(p, &end, 10);
      if (end == p)
        break;
      total += v;
      p = end;
    }
  }
  free(line);
  return total;
}

__attribute__((noinline)) int count_words(const char *text) {
  char *copy = malloc(64); // REMARK-DAG: library-parsing.c:[[@LINE]]:16: remark: moved to stack: 64-byte malloc (align 16) [-Rpass=heap2stack]
  strncpy(copy, text, 63);
  copy[63] = 0;
  char *save = NULL;
  int words = 0;
  for (char *tok = strtok_r(copy, " ,", &save); tok; tok = strtok_r(NULL, " ,", &save))
    words += tok[0] != 0;
  free(copy);
  return words;
}

__attribute__((noinline)) double parse_double(const char *s) {
  char *buf = malloc(40); // REMARK-DAG: library-parsing.c:[[@LINE]]:15: remark: moved to stack: 40-byte malloc (align 16) [-Rpass=heap2stack]
  strncpy(buf, s, 39);
  buf[39] = 0;
  char *end;
  double d = strtod(buf, &end);
  d += *end == 'x';
  free(buf);
  return d;
}

char *last_end, *saved_token, *global_save, *last_line;

__attribute__((noinline)) double end_in_global(const char *s) {
  char *buf = malloc(32); // REMARK-DAG: library-parsing.c:[[@LINE]]:15: remark: escapes: stored to memory the function does not own at {{.*}}library-parsing.c:[[@LINE+3]]:10
  strncpy(buf, s, 31);
  buf[31] = 0;
  return strtod(buf, &last_end); // leaked: last_end points into it
}

__attribute__((noinline)) int token_in_global(const char *s) {
  char *c = malloc(48); // REMARK-DAG: library-parsing.c:[[@LINE]]:13: remark: escapes: stored to global 'saved_token'
  strncpy(c, s, 47);
  c[47] = 0;
  char *save;
  saved_token = strtok_r(c, " ", &save);
  return saved_token != NULL;
}

__attribute__((noinline)) int save_in_global(const char *s) {
  char *c = malloc(56); // REMARK-DAG: library-parsing.c:[[@LINE]]:13: remark: escapes: stored to memory the function does not own at {{.*}}library-parsing.c:[[@LINE+3]]:10
  strncpy(c, s, 55);
  c[55] = 0;
  return strtok_r(c, " ", &global_save) != NULL;
}

__attribute__((noinline)) int line_in_global(FILE *f) {
  char *line = malloc(72); // REMARK-DAG: library-parsing.c:[[@LINE]]:16: remark: escapes: stored to global 'last_line'
  last_line = fgets(line, 72, f);
  return last_line != NULL;
}

int main(void) {
  static const char numbers[] = "1 2 3\n40 50\n600\n";
  FILE *f = fmemopen((void *)numbers, sizeof numbers - 1, "r");
  long total = sum_numbers(f);
  fclose(f);
  FILE *g = fmemopen((void *)numbers, sizeof numbers - 1, "r");
  int got = line_in_global(g);
  fclose(g);
  printf("%ld %d %.2f %.2f %d %d %d %s|%s|%s", total, count_words("a bc, d,,e fgh"),
         parse_double("2.5xyz"), end_in_global("7.25 rest"), token_in_global("first second"),
         save_in_global("one two"), got, last_end, saved_token, last_line);
  printf("|%s\n", global_save);
  return 0;
}

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 37 above is
// checked ("when the thread's stack has room"): its function calls 'fgets', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
