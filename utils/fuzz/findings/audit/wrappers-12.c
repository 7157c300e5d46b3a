/* heap2stack fuzz program, seed 12 */
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
static volatile u32 RT[8] = { 62202u, 35257u, 45847u, 18690u, 50022u, 1423u, 49119u, 63247u };
static jmp_buf g_jb;
static u32 g_wr9_mode; static void *volatile g_wr9_mode_pin __attribute__((used)) = (void *)&g_wr9_mode;
static u32 g_wr16_mode; static void *volatile g_wr16_mode_pin __attribute__((used)) = (void *)&g_wr16_mode;
static u32 g_wr48_mode; static void *volatile g_wr48_mode_pin __attribute__((used)) = (void *)&g_wr48_mode;
/* fam:helper */
static  void h_free(void *p) { free(p); }
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
/* fam:wrappers */
static NOINLINE void *f_wr2(size_t n) {
  void *p = malloc(n);
  if ((uintptr_t)p == 0u) { if (n > 2740u) { fprintf(stderr, "wrapper: too large\n"); fold(5u); longjmp(g_jb, 5); } fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr9(size_t n) {
  void *p = malloc(n);
  if ((uintptr_t)p == 0u) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx abort 7\n", H); fflush(stdout); abort(); }
  if (g_wr9_mode & 1u) { fprintf(stderr, "wrapper: checked mode\n"); printf("%016llx exit 7\n", H); exit(7); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr16(size_t n) {
  void *p = malloc(n);
  if (!p) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx abort 2\n", H); fflush(stdout); abort(); }
  if (g_wr16_mode & 8u) { fprintf(stderr, "wrapper: checked mode\n"); printf("%016llx exit 2\n", H); exit(2); }
  return p;
}
static NOINLINE void blk1(u32 r) {
  /* fam:wrappers */
  for (u32 it4 = 0; it4 < 4u; it4++) {
    u8 *p3 = f_wr2(241u);
    for (u32 j5 = 0; j5 < 241u; j5++) p3[j5] = (u8)(j5 * 176u + r + 209u);
    fold(h_sum(p3, 241u));
    h_free(p3);
  }
  u8 *p6 = f_wr2(2989u);
  for (u32 j7 = 0; j7 < 2989u; j7++) p6[j7] = (u8)(j7 * 58u + r + 23u);
  for (u32 j8 = 0; j8 < 2989u; j8++) fold(p6[j8]);
  h_free(p6);
  /* fam:wrappers */
  u8 *p10 = f_wr9(245u);
  for (u32 j11 = 0; j11 < 245u; j11++) p10[j11] = (u8)(j11 * 165u + r + 185u);
  fold(h_sum(p10, 245u));
  free(p10);
  if ((r >> 5) & 1u) {
    u8 *p12 = f_wr9(14969u);
    for (u32 j13 = 0; j13 < 14969u; j13++) p12[j13] = (u8)(j13 * 99u + r + 172u);
    fold(h_sum(p12, 14969u));
    free(p12);
  }
  u8 *p14 = f_wr9(187u);
  for (u32 j15 = 0; j15 < 187u; j15++) p14[j15] = (u8)(j15 * 196u + r + 128u);
  fold(h_sum(p14, 187u));
  h_free(p14);
  /* fam:wrappers */
  for (u32 it18 = 0; it18 < 3u; it18++) {
    u8 *p17 = f_wr16(40u);
    for (u32 j19 = 0; j19 < 40u; j19++) p17[j19] = (u8)(j19 * 128u + r + 88u);
    { u64 s21 = 0; for (u32 j20 = 0; j20 < 40u; j20++) s21 = s21 * 33u + p17[j20]; fold(s21); }
  }
  u8 *p22 = f_wr16(107u);
  for (u32 j23 = 0; j23 < 107u; j23++) p22[j23] = (u8)(j23 * 179u + r + 245u);
  for (u32 j24 = 0; j24 < 107u; j24++) fold(p22[j24]);
  free(p22);
  if ((r >> 3) & 1u) {
    u8 *p25 = f_wr16(187u);
    for (u32 j26 = 0; j26 < 187u; j26++) p25[j26] = (u8)(j26 * 2u + r + 242u);
    fold(h_sum(p25, 187u));
    free(p25);
  }
}
/* fam:wrappers */
static NOINLINE void *f_wr28(size_t n) {
  if (n > 2270u) { fprintf(stderr, "wrapper: too large\n"); fold(3u); longjmp(g_jb, 3); }
  void *p = malloc(n);
  if (!p) { fprintf(stderr, "wrapper: out of memory\n"); fold(3u); longjmp(g_jb, 3); }
  return p;
}
static  void blk27(u32 r) {
  /* fam:wrappers */
  for (u32 it30 = 0; it30 < 4u; it30++) {
    u8 *p29 = f_wr28(1145u);
    for (u32 j31 = 0; j31 < 1145u; j31++) p29[j31] = (u8)(j31 * 129u + r + 122u);
    for (u32 j32 = 0; j32 < 1145u; j32++) fold(p29[j32]);
    h_free(p29);
  }
  for (u32 it34 = 0; it34 < 3u; it34++) {
    u8 *p33 = f_wr28(3464u);
    for (u32 j35 = 0; j35 < 3464u; j35++) p33[j35] = (u8)(j35 * 242u + r + 220u);
    { u64 s37 = 0; for (u32 j36 = 0; j36 < 3464u; j36++) s37 = s37 * 33u + p33[j36]; fold(s37); }
    free(p33);
  }
}
/* fam:wrappers */
static NOINLINE void *f_wr39(size_t n) {
  void *p = malloc(n + 16u);
  if (!p) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx abort 2\n", H); fflush(stdout); abort(); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr48(size_t n) {
  void *p = malloc(n);
  if ((uintptr_t)p == 0u) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  if (g_wr48_mode & 2u) { fprintf(stderr, "wrapper: checked mode\n"); fold(4u); longjmp(g_jb, 4); }
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr55(size_t n) {
  void *p = malloc(n);
  if ((uintptr_t)p == 0u) { fprintf(stderr, "wrapper: out of memory\n"); printf("%016llx exit 1\n", H); exit(1); }
  return p;
}
static NOINLINE void blk38(u32 r) {
  /* fam:wrappers */
  u8 *p40 = f_wr39(103u);
  for (u32 j41 = 0; j41 < 103u; j41++) p40[j41] = (u8)(j41 * 144u + r + 145u);
  { u64 s43 = 0; for (u32 j42 = 0; j42 < 103u; j42++) s43 = s43 * 33u + p40[j42]; fold(s43); }
  free(p40);
  for (u32 it45 = 0; it45 < 3u; it45++) {
    u8 *p44 = f_wr39(1967u);
    for (u32 j46 = 0; j46 < 1967u; j46++) p44[j46] = (u8)(j46 * 203u + r + 50u);
    for (u32 j47 = 0; j47 < 1967u; j47++) fold(p44[j47]);
    free(p44);
  }
  /* fam:wrappers */
  u8 *p49 = f_wr48(195u);
  for (u32 j50 = 0; j50 < 195u; j50++) p49[j50] = (u8)(j50 * 49u + r + 79u);
  fold(h_sum(p49, 195u));
  if ((r >> 6) & 1u) {
    u8 *p51 = f_wr48(64u);
    for (u32 j52 = 0; j52 < 64u; j52++) p51[j52] = (u8)(j52 * 19u + r + 104u);
    fold(h_sum(p51, 64u));
    free(p51);
  }
  u8 *p53 = f_wr48(837u);
  for (u32 j54 = 0; j54 < 837u; j54++) p53[j54] = (u8)(j54 * 80u + r + 178u);
  fold(h_sum(p53, 837u));
  h_free(p53);
  /* fam:wrappers */
  u8 *p56 = f_wr55(175u);
  for (u32 j57 = 0; j57 < 175u; j57++) p56[j57] = (u8)(j57 * 25u + r + 241u);
  fold(h_sum(p56, 175u));
  free(p56);
}
/* fam:driver */
int main(void) {
  switch (setjmp(g_jb)) { case 0: break; default: printf("%016llx longjmp\n", H); return 0; }
  g_wr9_mode = RT[2] & 1u;
  g_wr16_mode = RT[0] & 24u;
  g_wr48_mode = RT[0] & 2u;
  blk1(RT[3] ^ 19227u);
  {
    g_wr16_mode ^= 8u;
  }
  blk1(RT[5] ^ 21279u);
  {
    g_wr16_mode ^= 8u;
  }
  blk27(RT[6] ^ 32751u);
  blk27(RT[7] ^ 60244u);
  blk38(RT[3] ^ 53416u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
