// heap2stack_noheap also forbids the C library calls that hand the function
// new heap memory, which heap2stack cannot move because the library
// allocates it: strdup and strndup, asprintf, getline (glibc's inline form
// calls __getdelim), realloc, and realpath or getcwd with a buffer that is
// or may be null.  Each is a compile error; with a local buffer they
// allocate nothing and pass, and so does the same code outside an annotated
// function.  Before, all of these compiled silently.
// RUN: not %clang -O2 -g -fno-caret-diagnostics -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=error:
// RUN: not %clang -O2 -g -fno-caret-diagnostics -D_FORTIFY_SOURCE=2 -c %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FORTIFY
// RUN: %clang -O2 -g -c %s -o /dev/null -DFIXED 2>&1 | count 0
// RUN: %clang -O2 -g -c %s -o /dev/null -DFIXED -Rpass-missed=heap2stack 2>&1 | count 0
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#define NOHEAP __attribute__((annotate("heap2stack_noheap")))

#ifndef FIXED
NOHEAP int copies(const char *s, FILE *f, char *maybe) {
  char *d = strdup(s);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:13: error: heap allocation in a function annotated heap2stack_noheap: allocated inside the C library: 'strdup' returns a copy in new heap memory
  char *e = strndup(s, 3);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:13: error: {{.*}}: 'strndup' returns a copy in new heap memory
  char *text = NULL;
  int n = asprintf(&text, "%s-%s", d, e);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:11: error: {{.*}}: 'asprintf' stores a pointer to new heap memory through its first argument
  // FORTIFY: noheap-library-calls.c:[[@LINE-2]]:11: error: {{.*}}: '__asprintf_chk' stores a pointer to new heap memory through its first argument
  char *line = NULL;
  size_t cap = 0;
  n += (int)getline(&line, &cap, f);
  // CHECK: error: {{.*}}: '__getdelim' allocates or grows the buffer its first argument points to (inlined into 'copies')
  char *abs = realpath(s, NULL);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:15: error: {{.*}}: 'realpath' returns new heap memory when its second argument is null, as it is here
  char *other = realpath(s, maybe);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:17: error: {{.*}}: 'realpath' returns new heap memory when its second argument is null, as it may be here
  char *cwd = getcwd(NULL, 0);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:15: error: {{.*}}: 'getcwd' returns new heap memory when its first argument is null, as it is here
  char *grown = realloc(d, 100);
  // CHECK: noheap-library-calls.c:[[@LINE-1]]:17: error: {{.*}}: 'realloc' allocates heap memory (and may move the block there)
  n += grown[0] + text[0] + line[0] + abs[0] + other[0] + cwd[0];
  free(grown);
  free(e);
  free(text);
  free(line);
  free(abs);
  free(cwd);
  return n;
}
#endif

// Buffers the function owns: nothing is allocated.
NOHEAP int buffers(const char *s) {
  char path[PATH_MAX], dir[256];
  char *a = realpath(s, path);
  char *c = getcwd(dir, sizeof dir);
  return (a ? a[0] : 0) + (c ? c[0] : 0);
}

// Not annotated: no error, and no remark either.
int plain(const char *s) {
  char *d = strdup(s);
  int n = d[0];
  free(d);
  return n;
}
