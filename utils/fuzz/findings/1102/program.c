/* heap2stack fuzz program, seed 1102 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
#define NOINLINE __attribute__((noinline))
static u64 H = 1469598103934665603ULL;
static void fold(u64 v) { H ^= v; H *= 1099511628211ULL; H ^= H >> 29; }
struct holder { void *p; u32 nb; u32 tag; };
struct node { u32 v; u32 nb; u8 *buf; struct node *next; };
static void *g_keep[64];
static u32 g_keep_nb[64];
static u32 g_nkeep;
static volatile u32 RT[8] = { 48120u, 17286u, 54305u, 55205u, 21025u, 25568u, 37625u, 22107u };
static  void *h_alloc(u32 nb, u32 s) {
  u8 *q = malloc(nb);
  if (!q) abort();
  for (u32 i = 0; i < nb; i++) q[i] = (u8)(s + i * 7u);
  return q;
}
static NOINLINE void *h_id(void *p) { return p; }
static NOINLINE u64 h_list_sum(const struct node *n) {
  u64 s = 0;
  for (; n; n = n->next) {
    s = s * 7u + n->v;
    for (u32 i = 0; i < n->nb; i++) s += n->buf[i];
  }
  return s;
}
static  void *h_off(void *p, u32 off) { return (u8 *)p + off; }
static  u64 h_read_holder(const struct holder *h) {
  const u8 *b = h->p; u64 s = h->tag;
  for (u32 i = 0; i < h->nb; i++) s = s * 131u + b[i];
  return s;
}
static NOINLINE void *h_replace(struct holder *h, void *np) {
  void *old = h->p; h->p = np; return old;
}
static NOINLINE void h_set(void **slot, void *p) { *slot = p; }
static  u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
static NOINLINE void blk1(u32 r) {
  /* prev */
  u32 n2 = 5u;
  void *c3 = NULL;
  for (u32 it4 = 0; it4 < 2u; it4++) {
    u64 *prev5 = c3;
    u64 *cur6 = malloc((n2) * (u32)sizeof(u64));
    if (!cur6) abort();
    for (u32 j7 = 0; j7 < n2; j7++) cur6[j7] = (u64)((prev5 ? prev5[(j7 + 1u) % n2] : 0u) + j7 * 14u + it4);
    fold(h_sum(cur6, n2 * (u32)sizeof(u64)));
    for (u32 j8 = 0; j8 < n2; j8++) fold(cur6[j8]);
    if (prev5) free(prev5);
    h_set(&c3, cur6);
  }
  u64 *last9 = c3;
  { u64 s11 = 0; for (u32 j10 = 0; j10 < n2; j10++) s11 = s11 * 33u + last9[j10]; fold(s11); }
  free(last9);
  /* prev */
  u32 n12 = 224u;
  u64 *c13 = NULL;
  for (u32 it14 = 0; it14 < 6u; it14++) {
    u64 *prev15 = c13;
    u64 *cur16 = aligned_alloc(16, (((n12) * (u32)sizeof(u64)) + 15u) / 16u * 16u);
    if (!cur16) abort();
    for (u32 j17 = 0; j17 < n12; j17++) cur16[j17] = (u64)((prev15 ? prev15[(j17 + 1u) % n12] : 0u) + j17 * 13u + it14);
    { u64 s19 = 0; for (u32 j18 = 0; j18 < n12; j18++) s19 = s19 * 33u + cur16[j18]; fold(s19); }
    if ((it14 + r) % 2u != 0u) {
      if (prev15) free(prev15);
      c13 = cur16;
    } else {
    }
  }
  u64 *last20 = c13;
  if (last20) {
    for (u32 j21 = 0; j21 < n12; j21++) fold(last20[j21]);
  }
  /* list */
  struct node *head22 = NULL, *tail23 = NULL;
  for (u32 it24 = 0; it24 < 2u; it24++) {
    struct node *nd25 = calloc(1, sizeof *nd25);
    if (!nd25) abort();
    nd25->v = r * 4u + it24;
    nd25->nb = 2465u;
    nd25->buf = h_alloc(nd25->nb, it24);
    nd25->next = head22; head22 = nd25;
  }
  fold(h_list_sum(head22));
}
static  void blk26(u32 r) {
  /* ptrarray */
  u32 n28 = (RT[5] % 74u + 1u);
  u16 *arr27[3];
  for (u32 i29 = 0; i29 < 3u; i29++) {
    u16 *t30 = malloc((n28) * (u32)sizeof(u16));
    if (!t30) abort();
    for (u32 j31 = 0; j31 < n28; j31++) t30[j31] = (u16)(j31 * 103u + r + 415u);
    arr27[i29] = t30;
  }
  { u16 *tmp = arr27[0]; arr27[0] = arr27[2]; arr27[2] = tmp; }
  for (u32 i29 = 0; i29 < 3u; i29++) { arr27[i29][i29 % n28] += 1u; fold(arr27[i29][r % n28]); fold(arr27[i29][0]); }
  /* single */
  u32 n32 = (RT[7] % 30u + 1u);
  u32 *p33 = calloc(n32, sizeof(u32));
  if (!p33) abort();
  for (u32 j34 = 0; j34 < n32; j34++) p33[j34] = (u32)(j34 * 702u + r + 132u);
  p33[(r + 63u) % n32] ^= (u32)121u;
  fold(p33[(r + 63u) % n32]);
  u32 *o36 = malloc((n32) * (u32)sizeof(u32));
  if (!o36) abort();
  for (u32 j37 = 0; j37 < n32; j37++) o36[j37] = (u32)(j37 * 674u + r + 91u);
  struct holder hs35 = { p33, (n32 * (u32)sizeof(u32)), 1u };
  u32 *old37 = h_replace(&hs35, o36);
  fold(h_read_holder(&hs35));
  fold(old37[0]);
  free(o36);
  u32 *q38 = h_id(p33);
  q38[38u % n32] += 3u;
  { u64 s40 = 0; for (u32 j39 = 0; j39 < n32; j39++) s40 = s40 * 33u + q38[j39]; fold(s40); }
  { u32 off = 6u % (n32 * (u32)sizeof(u32)); u8 *q41 = h_off(p33, off);
    for (u32 k = 0; k + off < (n32 * (u32)sizeof(u32)); k++) fold(q41[k]); }
  struct holder hs42; hs42.p = p33; hs42.nb = (n32 * (u32)sizeof(u32)); hs42.tag = 1u;
  ((u32 *)hs42.p)[r % n32] = (u32)(hs42.tag + 5u);
  { u64 s45 = 0; for (u32 j44 = 0; j44 < n32; j44++) s45 = s45 * 33u + p33[j44]; fold(s45); }
}
static NOINLINE void blk46(u32 r) {
  /* prev */
  u32 n47 = (RT[4] % 6u + 1u);
  u32 *c48[2] = { NULL, NULL };
  for (u32 it49 = 0; it49 < 2u; it49++) {
    u32 *prev50 = c48[0];
    u32 *cur51 = calloc(n47, sizeof(u32));
    if (!cur51) abort();
    for (u32 j52 = 0; j52 < n47; j52++) cur51[j52] = (u32)((prev50 ? prev50[(j52 + 1u) % n47] : 0u) + j52 * 5u + it49);
    for (u32 j53 = 0; j53 < n47; j53++) fold(cur51[j53]);
    if (prev50) free(prev50);
    c48[1] = cur51; c48[0] = c48[1];
  }
  u32 *last54 = c48[0];
  { u64 s56 = 0; for (u32 j55 = 0; j55 < n47; j55++) s56 = s56 * 33u + last54[j55]; fold(s56); }
  free(last54);
}
int main(void) {
  blk1(RT[2] ^ 32907u);
  blk1(RT[6] ^ 44170u);
  blk26(RT[3] ^ 24992u);
  blk26(RT[2] ^ 30796u);
  blk46(RT[1] ^ 39617u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
