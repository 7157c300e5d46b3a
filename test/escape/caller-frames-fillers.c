// Objects a callee stores into its caller's memory (pass/caller_frames.c):
// a *filler* (`buf_init(&b, n)`: b->data = malloc(n)) stores its one
// allocation through one of its parameters and lets it out no other way; a
// caller in which the object does not escape and dies gets the storage in
// its own frame and calls `buf_init.h2s(&b, n, storage)`.  A *field
// destroyer* (`buf_fini(&b)`: free(b->data)) frees the pointer it loads
// from one field of its parameter; a moved object's call goes to its copy
// without that free.  Fillers that also let the object out (a global, an
// integer, text, bytes, a copy of the structure), destroyers that keep the
// pointer, and callers that let the structure's contents out keep the heap.
// RUN: %clang -O2 -g -fno-caret-diagnostics -Rpass=heap2stack -Rpass-missed=heap2stack %s \
// RUN:   -S -emit-llvm -o %t.ll 2>%t.err
// RUN: FileCheck %s --check-prefix=REMARK < %t.err
// RUN: FileCheck %s --check-prefix=IR < %t.ll
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: %clang -O2 %s -o %t.o2
// RUN: %clang-noplugin -O0 %s -o %t.ref
// RUN: %t.o2 > %t.out.o2
// RUN: %t.ref > %t.out.ref
// RUN: diff %t.out.ref %t.out.o2
// The opt module pass on mem2reg'd IR decides the same way:
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -emit-llvm -c %s -o %t.bc
// RUN: %opt-noplugin -passes=mem2reg %t.bc -o %t.m2r.bc
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack %t.m2r.bc -o %t.opt.bc 2>%t.opt.err
// RUN: FileCheck %s --check-prefix=OPT < %t.opt.err
// RUN: %clang-noplugin %t.opt.bc -o %t.opt
// RUN: %t.opt > %t.out.opt
// RUN: diff %t.out.ref %t.out.opt
// Without caller frames, nothing of the kind moves:
// RUN: %clang -O2 -Rpass=heap2stack %s -mllvm -heap2stack-caller-frames=false -c -o /dev/null \
// RUN:   2>&1 | FileCheck %s --allow-empty --check-prefix=OFF
// OFF-NOT: object made by
// OFF-NOT: for the caller
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

struct buf {
  char *data;
  size_t len, cap;
};

struct buf g_buf;
char *g_ptr;
uintptr_t g_int;
char g_text[64];
unsigned char g_bytes[sizeof(char *)];

// A filler: the object goes into b->data, an int says whether it worked.
NOINLINE int buf_init(struct buf *b, size_t n) {
  b->data = malloc(n); // REMARK-DAG: caller-frames-fillers.c:[[@LINE]]:13: remark: stored through parameter 1 for the caller: moved to the caller's frame in 'use_buf' (which calls the copy 'buf_init.h2s', which uses its storage)
  if (!b->data)
    return -1;
  b->len = 0;
  b->cap = n;
  return 0;
}

// A field destroyer: frees what b->data holds.
NOINLINE void buf_fini(struct buf *b) {
  free(b->data);
  b->data = NULL;
}

// Writes into the object, not into the structure (WRITTEN_DEEP at most).
NOINLINE void buf_put(struct buf *b, const char *s) {
  size_t n = strlen(s);
  if (b->len + n < b->cap) {
    memcpy(b->data + b->len, s, n);
    b->len += n;
  }
}

// IR-LABEL: define {{.*}}@use_buf(
// IR: %[[SLOT:.*]] = alloca [128 x i8], align 16, !heap2stack.slot
// IR: call {{.*}}i32 @buf_init.h2s(ptr {{.*}}, i64 noundef 128, ptr %[[SLOT]])
// IR-NOT: @malloc
// IR: call void @buf_fini.h2s(
// IR-NOT: @free(
// IR: ret i64
long use_buf(const char *s) {
  struct buf b;
  if (buf_init(&b, 128)) // REMARK-DAG: caller-frames-fillers.c:[[@LINE]]:7: remark: moved to stack: 128-byte object made by 'buf_init' (align 16)
    return -1;
  buf_put(&b, s);
  buf_put(&b, s);
  long r = (long)b.len + b.data[0];
  buf_fini(&b);
  return r;
}

// IR-LABEL: define {{.*}}@use_buf_free(
// IR: alloca [64 x i8]
// IR: call {{.*}}i32 @buf_init.h2s(
// IR-NOT: @free(
// IR: ret i64
long use_buf_free(const char *s) {
  struct buf b;
  if (buf_init(&b, 64)) // REMARK-DAG: caller-frames-fillers.c:[[@LINE]]:7: remark: moved to stack: 64-byte object made by 'buf_init' (align 16)
    return -1;
  buf_put(&b, s);
  long r = (long)b.len;
  free(b.data);
  return r;
}


// A structure returned by value (through the caller's sret memory) that
// holds the object: a filler of that hidden parameter.
struct big {
  char *data;
  long a, b, c, d;
};
NOINLINE struct big make_big(long n) {
  struct big r;
  r.data = malloc(64); // REMARK-DAG: caller-frames-fillers.c:[[@LINE]]:12: remark: returned in a structure to the caller: moved to the caller's frame in 'use_big'
  memset(r.data, 'x', 64);
  r.a = n;
  r.b = r.c = r.d = 0;
  return r;
}
// IR-LABEL: define {{.*}}@use_big(
// IR: call void @make_big.h2s(ptr {{.*}}sret(%struct.big)
// IR-NOT: @free(
// IR: ret i64
long use_big(long n) {
  struct big b = make_big(n); // REMARK-DAG: caller-frames-fillers.c:[[@LINE]]:18: remark: moved to stack: 64-byte object made by 'make_big' (align 16)
  long s = b.a + b.data[3];
  free(b.data);
  return s;
}

// Fillers that let the object out another way: not fillers.
NOINLINE int init_global(struct buf *b, size_t n) {
  b->data = malloc(n); // REMARK-DAG: caller-frames-fillers.c:[[@LINE]]:13: remark: escapes: stored through parameter 'b'
  g_ptr = b->data;
  return 0;
}
NOINLINE int init_int(struct buf *b, size_t n) {
  b->data = malloc(n);
  g_int = (uintptr_t)b->data;
  return 0;
}
NOINLINE int init_text(struct buf *b, size_t n) {
  b->data = malloc(n);
  snprintf(g_text, sizeof g_text, "%p", (void *)b->data);
  return 0;
}
NOINLINE int init_bytes(struct buf *b, size_t n) {
  b->data = malloc(n);
  memcpy(g_bytes, b, sizeof g_bytes);
  return 0;
}
NOINLINE int init_copy(struct buf *b, size_t n) {
  b->data = malloc(n);
  g_buf = *b;
  return 0;
}
// A destroyer that keeps the pointer before freeing it: not a destroyer.
NOINLINE void fini_keep(struct buf *b) {
  g_ptr = b->data;
  free(b->data);
}
NOINLINE void leak_content(struct buf *b) { g_ptr = b->data; }
NOINLINE void text_content(struct buf *b) {
  snprintf(g_text, sizeof g_text, "%p", (void *)b->data);
}

long t_global(void) { struct buf b; init_global(&b, 32); b.data[0] = 1; return b.data[0]; }
long t_int(void) { struct buf b; init_int(&b, 32); b.data[0] = 2; return b.data[0]; }
long t_text(void) { struct buf b; init_text(&b, 32); b.data[0] = 3; return b.data[0]; }
long t_bytes(void) { struct buf b; init_bytes(&b, 32); b.data[0] = 4; return b.data[0]; }
long t_copy(void) { struct buf b; init_copy(&b, 32); b.data[0] = 5; return b.data[0]; }
long t_fini_keep(void) { struct buf b; buf_init(&b, 32); b.data[0] = 6; long r = b.data[0]; fini_keep(&b); return r; }
long t_leak(void) { struct buf b; buf_init(&b, 32); b.data[0] = 7; leak_content(&b); return b.data[0]; }
long t_caller_text(void) { struct buf b; buf_init(&b, 32); b.data[0] = 8; text_content(&b); return b.data[0]; }
long t_caller_global(void) { struct buf b; buf_init(&b, 32); b.data[0] = 9; g_buf = b; return b.data[0]; }
long t_caller_int(void) {
  struct buf b;
  buf_init(&b, 32);
  b.data[0] = 10;
  uintptr_t x;
  memcpy(&x, &b, sizeof x); // the structure's pointer bytes read as an integer
  g_int = x;
  return b.data[0];
}
// None of these callers moves anything: their objects are used after.
// IR-LABEL: define {{.*}}@t_global(
// IR-NOT: .h2s
// IR: ret i64
// IR-LABEL: define {{.*}}@t_fini_keep(
// IR-NOT: .h2s
// IR: ret i64
// IR-LABEL: define {{.*}}@t_leak(
// IR-NOT: .h2s
// IR: ret i64
// IR-LABEL: define {{.*}}@t_caller_int(
// IR-NOT: .h2s
// IR: ret i64

// The copies: the storage instead of malloc; no free in the destroyer's.
// IR-LABEL: define internal {{.*}}i32 @buf_init.h2s(ptr {{.*}}%0, i64 {{.*}}%1, ptr noundef nonnull %2)
// IR-NOT: @malloc
// IR: store ptr %2, ptr %0
// IR: ret i32
// IR-LABEL: define internal void @buf_fini.h2s(
// IR-NOT: @free(
// IR: store ptr null
// IR: ret void

// OPT-DAG: moved to stack: 128-byte object made by 'buf_init' (align 16)
// OPT-DAG: moved to stack: 64-byte object made by 'buf_init' (align 16)
// OPT-DAG: stored through parameter 1 for the caller: moved to the caller's frame in 'use_buf'

int main(int argc, char **argv) {
  (void)argv;
  long s = use_buf(argc > 5 ? "x" : "hello") + use_buf_free("abc") + use_big(argc);
  s += t_global() + t_int() + t_text() + t_bytes() + t_copy() + t_fini_keep() + t_leak() +
       t_caller_text() + t_caller_global() + t_caller_int();
  // Every object that left a frame above is read after the frames are gone.
  char *p = NULL;
  sscanf(g_text, "%p", (void **)&p);
  char *q;
  memcpy(&q, g_bytes, sizeof q);
  printf("%ld %d %d %d %d %d\n", s, g_ptr[0], g_buf.data[0], ((char *)g_int)[0], p[0], q[0]);
  return 0;
}
