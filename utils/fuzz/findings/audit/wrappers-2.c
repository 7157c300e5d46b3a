/* heap2stack fuzz program, seed 2 */
/* families: wrappers */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <malloc.h>
#include <unistd.h>
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
#define NOINLINE __attribute__((noinline))
static u64 H = 1469598103934665603ULL;
static void fold(u64 v) { H ^= v; H *= 1099511628211ULL; H ^= H >> 29; }
struct holder { void *p; u32 nb; u32 tag; };
struct node { u32 v; u32 nb; u8 *buf; struct node *next; };
union pbits { u8 *p; uintptr_t i; u32 h[2]; u8 b[sizeof(u8 *)]; };
/* fam:prelude */
static NOINLINE void f_clobber(u32 s) { volatile u8 junk[4096]; for (u32 i = 0; i < 4096u; i++) junk[i] = (u8)(s + i); }
static void *g_keep[64];
static u32 g_keep_nb[64];
static u32 g_nkeep;
#include <setjmp.h>
static volatile u32 RT[8] = { 7412u, 12004u, 11124u, 47324u, 22162u, 40388u, 32975u, 27815u };
static jmp_buf g_jb;
static u32 g_wr14_mode; static void *volatile g_wr14_mode_pin __attribute__((used)) = (void *)&g_wr14_mode;
static u32 g_wr63_calls; static void *volatile g_wr63_calls_pin __attribute__((used)) = (void *)&g_wr63_calls;
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
/* fam:wrappers */
static NOINLINE void *f_wr2(size_t n, size_t sz) {
  void *p = calloc(n, sz);
  if ((uintptr_t)p == 0u) { fprintf(stderr, "wrapper: out of memory\n"); fold(8u); longjmp(g_jb, 8); }
  return p;
}
static NOINLINE void blk1(u32 r) {
  /* fam:wrappers */
  u8 *p3 = f_wr2(19u, 1u);
  for (u32 j4 = 0; j4 < 19u; j4++) fold(p3[j4]);
  if ((r >> 0) & 1u) {
    for (u32 it6 = 0; it6 < 2u; it6++) {
      u8 *p5 = f_wr2(91u, 1u);
      for (u32 j7 = 0; j7 < 91u; j7++) p5[j7] = (u8)(j7 * 131u + r + 92u);
      { u64 s9 = 0; for (u32 j8 = 0; j8 < 91u; j8++) s9 = s9 * 33u + p5[j8]; fold(s9); }
      free(p5);
    }
  }
  u8 *p10 = f_wr2(11398u, 1u);
  { u64 s12 = 0; for (u32 j11 = 0; j11 < 11398u; j11++) s12 = s12 * 33u + p10[j11]; fold(s12); }
  free(p10);
}
/* fam:wrappers */
static NOINLINE void *f_wr14(size_t n) {
  void *p = malloc(n);
  if ((uintptr_t)p == 0u) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  if (g_wr14_mode & 4u) { fprintf(stderr, "wrapper: checked mode\n"); printf("%016llx _exit 5\n", H); fflush(stdout); _exit(5); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr24(size_t n) {
  if (n > 3858u) { fprintf(stderr, "wrapper: too large\n"); printf("%016llx exit 9\n", H); exit(9); }
  void *p = malloc(n);
  if (!p) { fprintf(stderr, "wrapper: out of memory\n"); fold(9u); longjmp(g_jb, 9); }
  return p;
}
static NOINLINE void blk13(u32 r) {
  /* fam:wrappers */
  for (u32 it16 = 0; it16 < 3u; it16++) {
    u8 *p15 = f_wr14(234u);
    for (u32 j17 = 0; j17 < 234u; j17++) p15[j17] = (u8)(j17 * 209u + r + 179u);
    { u64 s19 = 0; for (u32 j18 = 0; j18 < 234u; j18++) s19 = s19 * 33u + p15[j18]; fold(s19); }
  }
  u8 *p20 = f_wr14(246u);
  for (u32 j21 = 0; j21 < 246u; j21++) p20[j21] = (u8)(j21 * 181u + r + 212u);
  { u64 s23 = 0; for (u32 j22 = 0; j22 < 246u; j22++) s23 = s23 * 33u + p20[j22]; fold(s23); }
  /* fam:wrappers */
  for (u32 it26 = 0; it26 < 4u; it26++) {
    u8 *p25 = f_wr24(784u);
    for (u32 j27 = 0; j27 < 784u; j27++) p25[j27] = (u8)(j27 * 168u + r + 12u);
    fold(h_sum(p25, 784u));
    free(p25);
  }
  u8 *p28 = f_wr24(3090u);
  for (u32 j29 = 0; j29 < 3090u; j29++) p28[j29] = (u8)(j29 * 63u + r + 211u);
  fold(h_sum(p28, 3090u));
  free(p28);
}
/* fam:wrappers */
static NOINLINE void *f_wr31(size_t n) {
  void *p = malloc(n);
  if (p == NULL) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx abort 7\n", H); fflush(stdout); abort(); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr41(size_t n) {
  void *p = malloc(n);
  if (p == NULL) { if (n > 3564u) { fprintf(stderr, "wrapper: too large\n"); printf("%016llx exit 6\n", H); exit(6); } fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr50(size_t n) {
  void *p = malloc(n + 16u);
  if (p == NULL) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  return p;
}
static NOINLINE void blk30(u32 r) {
  /* fam:wrappers */
  for (u32 it33 = 0; it33 < 4u; it33++) {
    u8 *p32 = f_wr31(59u);
    for (u32 j34 = 0; j34 < 59u; j34++) p32[j34] = (u8)(j34 * 236u + r + 5u);
    fold(h_sum(p32, 59u));
    free(p32);
  }
  u8 *p35 = f_wr31(900u);
  for (u32 j36 = 0; j36 < 900u; j36++) p35[j36] = (u8)(j36 * 1u + r + 98u);
  { u64 s38 = 0; for (u32 j37 = 0; j37 < 900u; j37++) s38 = s38 * 33u + p35[j37]; fold(s38); }
  free(p35);
  if ((r >> 1) & 1u) {
    u8 *p39 = f_wr31(19u);
    for (u32 j40 = 0; j40 < 19u; j40++) p39[j40] = (u8)(j40 * 126u + r + 7u);
    fold(h_sum(p39, 19u));
  }
  /* fam:wrappers */
  for (u32 it43 = 0; it43 < 3u; it43++) {
    u8 *p42 = f_wr41(6380u);
    for (u32 j44 = 0; j44 < 6380u; j44++) p42[j44] = (u8)(j44 * 202u + r + 223u);
    { u64 s46 = 0; for (u32 j45 = 0; j45 < 6380u; j45++) s46 = s46 * 33u + p42[j45]; fold(s46); }
    h_free(p42);
  }
  if ((r >> 5) & 1u) {
    u8 *p47 = f_wr41(1344u);
    for (u32 j48 = 0; j48 < 1344u; j48++) p47[j48] = (u8)(j48 * 156u + r + 248u);
    for (u32 j49 = 0; j49 < 1344u; j49++) fold(p47[j49]);
  }
  /* fam:wrappers */
  u8 *p51 = f_wr50(233u);
  for (u32 j52 = 0; j52 < 233u; j52++) p51[j52] = (u8)(j52 * 182u + r + 239u);
  fold(h_sum(p51, 233u));
  free(p51);
}
/* fam:wrappers */
static NOINLINE void *f_wr54(size_t n) {
  void *p = malloc(n);
  if (!p) { fprintf(stderr, "wrapper: out of memory\n"); fold(5u); longjmp(g_jb, 5); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr63(size_t n) {
  if (++g_wr63_calls == 3u) { fprintf(stderr, "wrapper: debug counter\n"); printf("%016llx exit 3\n", H); exit(3); }
  void *p = malloc(n);
  if (!p) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  return p;
}
static NOINLINE void blk53(u32 r) {
  /* fam:wrappers */
  if ((r >> 6) & 1u) {
    u8 *p55 = f_wr54(3u);
    for (u32 j56 = 0; j56 < 3u; j56++) p55[j56] = (u8)(j56 * 29u + r + 131u);
    for (u32 j57 = 0; j57 < 3u; j57++) fold(p55[j57]);
    free(p55);
  }
  if ((r >> 0) & 1u) {
    u8 *p58 = f_wr54(119u);
    for (u32 j59 = 0; j59 < 119u; j59++) p58[j59] = (u8)(j59 * 119u + r + 116u);
    fold(h_sum(p58, 119u));
    h_free(p58);
  }
  u8 *p60 = f_wr54(108u);
  for (u32 j61 = 0; j61 < 108u; j61++) p60[j61] = (u8)(j61 * 131u + r + 5u);
  for (u32 j62 = 0; j62 < 108u; j62++) fold(p60[j62]);
  h_free(p60);
  /* fam:wrappers */
  u8 *p64 = f_wr63(6039u);
  for (u32 j65 = 0; j65 < 6039u; j65++) p64[j65] = (u8)(j65 * 239u + r + 95u);
  fold(h_sum(p64, 6039u));
  h_free(p64);
  if ((r >> 0) & 1u) {
    u8 *p66 = f_wr63(157u);
    for (u32 j67 = 0; j67 < 157u; j67++) p66[j67] = (u8)(j67 * 16u + r + 105u);
    for (u32 j68 = 0; j68 < 157u; j68++) fold(p66[j68]);
  }
  if ((r >> 5) & 1u) {
    u8 *p69 = f_wr63(278u);
    for (u32 j70 = 0; j70 < 278u; j70++) p69[j70] = (u8)(j70 * 186u + r + 19u);
    fold(h_sum(p69, 278u));
    h_free(p69);
  }
}
/* fam:driver */
int main(void) {
  switch (setjmp(g_jb)) { case 0: break; default: printf("%016llx longjmp\n", H); return 0; }
  g_wr14_mode = RT[7] & 12u;
  blk1(RT[2] ^ 45211u);
  blk1(RT[6] ^ 15955u);
  blk13(RT[1] ^ 16116u);
  blk13(RT[1] ^ 43841u);
  blk30(RT[3] ^ 13815u);
  blk30(RT[0] ^ 61652u);
  blk53(RT[7] ^ 38109u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
