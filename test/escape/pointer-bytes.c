// An object escapes when any channel that carries bits of its address can
// outlive the frame (issue: trust, class 2).  Here the address leaves as
// data: bytes copied by a byte loop, two 32-bit halves, a memcpy into an
// integer array, fwrite into a pipe, strncpy into a global, "%p" text
// scanned back; each is reassembled into a pointer after the function that
// allocated returned.  Every buffer must stay on the heap, in both forms of
// the pass and at -O1/-O2, and the program must print what it prints
// without the plugin.
//
// The reasons below are the first run's (-heap2stack-late-rerun=false): in
// clang's default pipeline the late run sees simplified functions, where
// LLVM may have deleted an allocation or turned the leak into a plainer one.
// The default pipeline must not move them either, and prints the same:
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -o %t.o2 2>%t.err
// RUN: FileCheck %s --check-prefix=NONE --allow-empty < %t.err
// RUN: %t.o2 | FileCheck %s --check-prefix=OUT
// RUN: %clang -O2 -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -mllvm -heap2stack-late-rerun=false -o %t.first 2>%t.first.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.first.err
// RUN: %t.first | FileCheck %s --check-prefix=OUT
// RUN: %clang -O1 %s -o %t.o1 && %t.o1 | FileCheck %s --check-prefix=OUT
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -S -emit-llvm %s -o %t.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -disable-output %t.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NONE --allow-empty
// RUN: %opt -passes='cgscc(heap2stack)' -pass-remarks=heap2stack -disable-output %t.ll 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NONE --allow-empty
// RUN: %opt -passes='function(mem2reg),heap2stack' -pass-remarks=heap2stack -disable-output \
// RUN:   %t.ll 2>&1 | FileCheck %s --check-prefix=NONE --allow-empty
//
// NONE-NOT: moved to stack: 16-byte
// REMARK-NOT: moved to stack: 16-byte
// REMARK-DAG: pointer-bytes.c:54:13: remark: escapes: read back from memory as an integer
// REMARK-DAG: pointer-bytes.c:62:13: remark: escapes: {{converted to|read back from memory as}} an integer
// REMARK-DAG: pointer-bytes.c:72:13: remark: escapes: read back from memory as an integer
// REMARK-DAG: pointer-bytes.c:81:13: remark: escapes: the bytes of memory holding it are read as data by 'fwrite'
// REMARK-DAG: pointer-bytes.c:89:13: remark: escapes: stored to global 'g_copy'
// REMARK-DAG: pointer-bytes.c:96:13: remark: escapes: passed to 'sprintf' at {{.*}}, which formats its address as text ('%p')
// REMARK-NOT: moved to stack: 16-byte
// OUT: bytes halves words pipe strncpy text
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

unsigned char g_bytes[sizeof(char *)];
uint32_t g_halves[2], g_words[2];
char g_copy[sizeof(char *)];
char g_text[64];
int g_pipe[2];

__attribute__((noinline)) void bytes_out(void) {
  char *p = malloc(16);
  strcpy(p, "bytes");
  char *h = p;
  for (unsigned i = 0; i < sizeof h; i++)
    g_bytes[i] = ((unsigned char *)&h)[i];
}

__attribute__((noinline)) void halves_out(void) {
  char *p = malloc(16);
  strcpy(p, "halves");
  char *h = p;
  uint32_t w[2];
  memcpy(w, &h, sizeof h);
  g_halves[0] = w[0];
  g_halves[1] = w[1];
}

__attribute__((noinline)) void words_out(void) {
  char *p = malloc(16);
  strcpy(p, "words");
  uint32_t tmp[2];
  memcpy(tmp, &p, sizeof p);
  for (int i = 0; i < 2; i++)
    g_words[i] = tmp[i];
}

__attribute__((noinline)) void pipe_out(void) {
  char *p = malloc(16);
  strcpy(p, "pipe");
  FILE *f = fdopen(dup(g_pipe[1]), "w");
  fwrite(&p, sizeof p, 1, f);
  fclose(f);
}

__attribute__((noinline)) void strncpy_out(void) {
  char *p = malloc(16);
  strcpy(p, "strncpy");
  char *h[2] = {p, 0};
  memcpy(g_copy, h, sizeof(char *)); // the bytes of h[0], whatever they are
}

__attribute__((noinline)) void text_out(void) {
  char *p = malloc(16);
  strcpy(p, "text");
  sprintf(g_text, "%p", (void *)p);
}

__attribute__((noinline)) void clobber(void) {
  volatile char x[1024];
  for (int i = 0; i < 1024; i++)
    x[i] = 'X';
}

int main(void) {
  if (pipe(g_pipe))
    return 1;
  bytes_out();
  halves_out();
  words_out();
  pipe_out();
  strncpy_out();
  text_out();
  clobber();
  char *a, *b, *c, *d, *e;
  void *f;
  memcpy(&a, g_bytes, sizeof a);
  memcpy(&b, g_halves, sizeof b);
  memcpy(&c, g_words, sizeof c);
  if (read(g_pipe[0], &d, sizeof d) != sizeof d)
    return 1;
  memcpy(&e, g_copy, sizeof e);
  if (sscanf(g_text, "%p", &f) != 1)
    return 1;
  printf("%s %s %s %s %s %s\n", a, b, c, d, e, (char *)f);
  return 0;
}
