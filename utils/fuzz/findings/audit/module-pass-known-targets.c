/* Found by `threadstack`'s known-target chains on 44798dd (the fix), in the
   `opt` config only: the module form of the pass (`opt -passes=heap2stack`
   on the -O0 IR) leaves all 16 slots unchecked (64 KB of slots on a 48 KiB
   thread: SIGSEGV), where `cgscc(heap2stack)` and clang -O1..-O3 check 14
   of them.  The module pass visits the SCCs of the legacy CallGraph
   (pass/plugin/plugin.cpp), which has direct calls only: a function called
   through a constant table (or a select / phi of functions) may be decided
   before its callee has recorded its chain, so the call adds 0 to the
   chain (call_chain.c).  The same with `(zero ? leaf : fN)(r + 1)` links.
     clang-22 -O0 -Xclang -disable-O0-optnone -S -emit-llvm module-pass-known-targets.c -o c.ll
     opt-22 -load-pass-plugin=h2s-22.so -passes=heap2stack c.ll -S -o h.ll
     clang-22 -O0 -pthread h.ll -o c && ./c      # SIGSEGV; without the plugin: 336
   LLVM 19: the same. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile unsigned zero; /* 0 at run time */
static unsigned long leaf(unsigned r) { return r + 1; }
static unsigned long f0(unsigned r); static unsigned long f1(unsigned r); static unsigned long f2(unsigned r); static unsigned long f3(unsigned r); static unsigned long f4(unsigned r); static unsigned long f5(unsigned r); static unsigned long f6(unsigned r); static unsigned long f7(unsigned r); static unsigned long f8(unsigned r); static unsigned long f9(unsigned r); static unsigned long f10(unsigned r); static unsigned long f11(unsigned r); static unsigned long f12(unsigned r); static unsigned long f13(unsigned r); static unsigned long f14(unsigned r); static unsigned long f15(unsigned r);
static unsigned long (*const t1[2])(unsigned) = { f1, leaf };
static unsigned long (*const t3[2])(unsigned) = { f3, leaf };
static unsigned long (*const t5[2])(unsigned) = { f5, leaf };
static unsigned long (*const t7[2])(unsigned) = { f7, leaf };
static unsigned long (*const t9[2])(unsigned) = { f9, leaf };
static unsigned long (*const t11[2])(unsigned) = { f11, leaf };
static unsigned long (*const t13[2])(unsigned) = { f13, leaf };
static unsigned long (*const t15[2])(unsigned) = { f15, leaf };
__attribute__((noinline)) static unsigned long f0(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t1[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f1(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f2(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f2(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t3[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f3(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f4(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f4(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t5[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f5(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f6(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f6(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t7[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f7(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f8(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f8(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t9[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f9(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f10(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f10(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t11[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f11(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f12(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f12(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t13[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f13(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += f14(r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f14(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += t15[zero](r + 1);
  s += b[3999];
  free(b);
  return s;
}
__attribute__((noinline)) static unsigned long f15(unsigned r) {
  char *b = malloc(4000);
  if (!b) abort();
  memset(b, (int)r, 4000);
  unsigned long s = b[r % 4000];
  s += b[3999];
  free(b);
  return s;
}
static void *run(void *a) { return (void *)f0((unsigned)(long)a); }
int main(void) {
  pthread_attr_t a; pthread_attr_init(&a); pthread_attr_setstacksize(&a, 48 * 1024);
  pthread_t t; void *r;
  if (pthread_create(&t, &a, run, (void *)3)) return 1;
  pthread_join(t, &r); printf("%ld\n", (long)r); return 0;
}
