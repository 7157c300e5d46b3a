/* heap2stack fuzz program, seed 7725 */
/* families: bytes list loop_single prev */
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
static volatile u32 RT[8] = { 31402u, 2244u, 39566u, 10092u, 31959u, 37687u, 11482u, 527u };
static u16 g_st22[8 / sizeof(u16)]; static u32 g_st22_nb, g_st22_ok; static void *volatile g_st22_pin __attribute__((used)) = (void *)&g_st22;
/* fam:helper */
static NOINLINE u64 h_list_sum(const struct node *n) {
  u64 s = 0;
  for (; n; n = n->next) {
    s = s * 7u + n->v;
    for (u32 i = 0; i < n->nb; i++) s += n->buf[i];
  }
  return s;
}
static NOINLINE u64 h_read_holder(const struct holder *h) {
  const u8 *b = h->p; u64 s = h->tag;
  for (u32 i = 0; i < h->nb; i++) s = s * 131u + b[i];
  return s;
}
static NOINLINE void blk1(u32 r) {
  /* fam:list */
  struct node *head2 = NULL, *tail3 = NULL;
  for (u32 it4 = 0; it4 < 2u; it4++) {
    struct node *nd5 = calloc(1, sizeof *nd5);
    if (!nd5) abort();
    nd5->v = r * 18u + it4;
    nd5->nb = 0; nd5->buf = NULL;
    nd5->next = head2; head2 = nd5;
  }
  fold(h_list_sum(head2));
  while (head2) { struct node *nx = head2->next; free(head2->buf); free(head2); head2 = nx; }
  /* fam:prev */
  u32 n6 = (RT[1] % 29u + 1u);
  u64 *c7[4];
  u64 *c7p = NULL;
  for (u32 it8 = 0; it8 < 4u; it8++) {
    u64 *prev9 = c7p;
    u64 *cur10 = malloc((n6) * (u32)sizeof(u64));
    if (!cur10) abort();
    for (u32 j11 = 0; j11 < n6; j11++) cur10[j11] = (u64)((prev9 ? prev9[(j11 + 1u) % n6] : 0u) + j11 * 49u + it8);
    { u64 s13 = 0; for (u32 j12 = 0; j12 < n6; j12++) s13 = s13 * 33u + cur10[j12]; fold(s13); }
    c7[it8] = cur10;
    c7p = cur10;
  }
  u64 *last14 = c7p;
  { u64 s16 = 0; for (u32 j15 = 0; j15 < n6; j15++) s16 = s16 * 33u + last14[j15]; fold(s16); }
  for (u32 k17 = 0; k17 < 4u; k17++) { fold(c7[k17][r % n6]); free(c7[k17]); }
}
/* fam:bytes */
static  void f_enc23(u8 *p, u32 nb) {
  memcpy(g_st22, &p, sizeof p);
  g_st22_nb = nb; g_st22_ok = 1u;
}
static NOINLINE void blk18(u32 r) {
  /* fam:bytes */
  u32 n19 = 962u;
  u8 *p20 = calloc(n19, 1);
  if (!p20) abort();
  for (u32 j21 = 0; j21 < n19; j21++) p20[j21] = (u8)(j21 * 126u + r + 176u);
  f_enc23(p20, n19);
}
static  void blk24(u32 r) {
  /* fam:loop_single */
  for (u32 it25 = 0; it25 < 5u; it25++) {
    r += it25;
    u32 n26 = (RT[7] % 29185u + 1u);
    u16 *p27 = malloc((n26) * (u32)sizeof(u16));
    if (!p27) abort();
    for (u32 j28 = 0; j28 < n26; j28++) p27[j28] = (u16)(j28 * 165u + r + 128u);
    struct holder hs29; hs29.p = p27; hs29.nb = (n26 * (u32)sizeof(u16)); hs29.tag = 5u;
    struct holder hs30; memcpy(&hs30, &hs29, sizeof hs29);
    ((u16 *)hs30.p)[r % n26] = (u16)(hs30.tag + 5u);
    fold(h_read_holder(&hs30));
    u16 *q31 = malloc((n26) * (u32)sizeof(u16));
    if (!q31) abort();
    memcpy(q31, p27, (n26 * (u32)sizeof(u16)));
    q31[0] ^= 1u;
    for (u32 j32 = 0; j32 < n26; j32++) fold(q31[j32]);
    n26 = 1959u;
    u16 *q33 = realloc(p27, (n26 * (u32)sizeof(u16)));
    if (!q33) abort();
    p27 = q33;
    for (u32 j34 = 0; j34 < n26; j34++) p27[j34] = (u16)(j34 * 550u + r + 31u);
    if (r & 4u) free(p27); else fold(p27[r % n26]);
  }
}
/* fam:driver */
int main(void) {
  blk1(RT[0] ^ 6377u);
  blk1(RT[4] ^ 32180u);
  blk18(RT[0] ^ 27638u);
  {
    f_clobber(3685u);
    if (g_st22_ok) {
      g_st22_ok = 0u;
      u8 *q; memcpy(&q, g_st22, sizeof q);
      for (u32 k = 0; k < g_st22_nb; k++) fold(q[k]);
      q[0] += 1u; fold(q[0]);
      free(q);
    }
  }
  blk18(RT[6] ^ 10437u);
  {
    f_clobber(3685u);
    if (g_st22_ok) {
      g_st22_ok = 0u;
      u8 *q; memcpy(&q, g_st22, sizeof q);
      for (u32 k = 0; k < g_st22_nb; k++) fold(q[k]);
      q[0] += 1u; fold(q[0]);
      free(q);
    }
  }
  blk24(RT[4] ^ 15397u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
