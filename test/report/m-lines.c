// The -m lines for a file with known verdicts: one line per allocation
// site, `file:line:col: moved to stack: ...` or `... stays on heap: <reason>`,
// sorted by line although heap2stack emits callees first (bottom-up), so the
// record's order differs (checked on the YAML below).
// REQUIRES: python-yaml
// RUN: rm -rf %t.d && mkdir -p %t.d && cp %s %t.d/m-lines.c
// RUN: cd %t.d && %clang -O2 -g -c m-lines.c -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.yaml
// RUN: %report --no-summary %t.yaml > %t.out
// RUN: FileCheck %s --match-full-lines --strict-whitespace < %t.out
// The record itself is in another order: the moved sites first (the late
// run reports the sites the first run kept), the first one below the sites
// at the top of the file:
// RUN: grep -A1 'Pass: *heap2stack' %t.yaml | grep 'Name:' | head -2 \
// RUN:   | FileCheck %s --check-prefix=RECORD
// RECORD: Name: {{ *}}Moved
// RECORD-NEXT: Name: {{ *}}DeallocationRemoved
// Compiled by absolute path, the record holds absolute file names, and
// --strip-prefix removes the directory again:
// RUN: cd / && %clang -O2 -g -c %t.d/m-lines.c -o /dev/null -fsave-optimization-record \
// RUN:   -foptimization-record-file=%t.abs.yaml
// RUN: %report --no-summary %t.abs.yaml | FileCheck %s --check-prefix=FULL
// RUN: %report --no-summary --strip-prefix %t.d %t.abs.yaml | diff %t.out -
// FULL: {{^}}{{/.*}}.d/m-lines.c:{{[0-9]+}}:{{[0-9]+}}: stays on heap: escapes: stored to global 'last_seen' at {{/.*}}/m-lines.c:{{[0-9]+}}:{{[0-9]+}}{{$}}
// An -m line never appears twice, and no other pass's remark is shown:
// RUN: sort %t.out | uniq -d | count 0
// RUN: grep -c ': ' %t.out | FileCheck %s --check-prefix=COUNT
// COUNT: 6
#include <stdlib.h>
#include <string.h>

struct record {
  int id;
  char tag[28];
};

struct record *last_seen;
void consume(struct record *r);
void sink(int);
__attribute__((noinline)) static int table_lookup(unsigned i);

int remember(int id) {
  struct record *r = malloc(sizeof *r);
// CHECK:m-lines.c:[[@LINE-1]]:22: stays on heap: escapes: stored to global 'last_seen' at m-lines.c:[[@LINE+2]]:13
  r->id = id;
  last_seen = r;
  return table_lookup((unsigned)id);
}

struct record *make_record(int id) {
  struct record *r = malloc(sizeof *r);
// CHECK-NEXT:m-lines.c:[[@LINE-1]]:22: stays on heap: escapes: returned at m-lines.c:[[@LINE+3]]:3
  r->id = id;
  memset(r->tag, 0, sizeof r->tag);
  return r;
}

void hand_over(int id) {
  struct record *r = malloc(sizeof *r);
// CHECK-NEXT:m-lines.c:[[@LINE-1]]:22: stays on heap: escapes: passed to 'consume' at m-lines.c:[[@LINE+2]]:3
  r->id = id;
  consume(r);
}

int tag_byte(int id, unsigned i) {
  struct record *r = malloc(sizeof *r);
// CHECK-NEXT:m-lines.c:[[@LINE-1]]:22: moved to stack: 32-byte malloc (align 16)
  r->id = id;
  for (int k = 0; k < 28; k++)
    r->tag[k] = (char)(id + k);
  int v = r->tag[i % 28];
  free(r);
  return v;
}

int squares(unsigned n, unsigned i) {
  int *v = malloc(n * sizeof *v);
// CHECK-NEXT:m-lines.c:[[@LINE-1]]:12: moved to stack when it fits: 'malloc' of a run-time size uses a 256-byte stack buffer (align 16) when the size fits, the heap otherwise
  for (unsigned k = 0; k < n; k++)
    v[k] = (int)(k * k);
  int r = v[i % n];
  free(v);
  return r;
}

__attribute__((noinline)) static int table_lookup(unsigned i) {
  int *t = calloc(32768, sizeof *t);
// CHECK-NEXT:m-lines.c:[[@LINE-1]]:12: stays on heap: too large for stack: 131072 bytes > max-size 65536
  for (unsigned k = 0; k < 32768; k++)
    t[k] = (int)(k ^ i);
  int r = t[(i * 7) % 32768];
  free(t);
  return r;
}
// CHECK-NOT:{{.}}
