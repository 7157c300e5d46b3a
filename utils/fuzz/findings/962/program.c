/* heap2stack fuzz program, seed 962 */
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
static volatile u32 RT[8] = { 33190u, 57358u, 43968u, 17291u, 52584u, 26539u, 44576u, 34091u };
static  void *h_alloc(u32 nb, u32 s) {
  u8 *q = malloc(nb);
  if (!q) abort();
  for (u32 i = 0; i < nb; i++) q[i] = (u8)(s + i * 7u);
  return q;
}
static NOINLINE u64 h_byval(struct holder h) {
  const u8 *b = h.p; u64 s = h.tag;
  for (u32 i = 0; i < h.nb; i++) s += (u64)b[i] << (i % 40u);
  return s;
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
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
static NOINLINE void blk1(u32 r) {
  /* callee_alloc */
  u32 p2n = (RT[0] % 149u + 1u);
  u8 *p2 = h_alloc(p2n, r);
  fold(h_sum(p2, p2n));
  p2[r % p2n] = 9u;
  { u64 s4 = 0; for (u32 j3 = 0; j3 < p2n; j3++) s4 = s4 * 33u + p2[j3]; fold(s4); }
  free(p2);
  /* single */
  u32 n5 = 10u;
  u32 *p6 = malloc((n5) * (u32)sizeof(u32));
  if (!p6) abort();
  for (u32 j7 = 0; j7 < n5; j7++) p6[j7] = (u32)(j7 * 554u + r + 94u);
  u32 *q8 = h_id(p6);
  q8[20u % n5] += 3u;
  for (u32 j9 = 0; j9 < n5; j9++) fold(q8[j9]);
  struct holder hs10; hs10.p = p6; hs10.nb = (n5 * (u32)sizeof(u32)); hs10.tag = 8u;
  struct holder hs11; memcpy(&hs11, &hs10, sizeof hs10);
  ((u32 *)hs11.p)[r % n5] = (u32)(hs11.tag + 5u);
  for (u32 j12 = 0; j12 < n5; j12++) fold(p6[j12]);
  n5 = (RT[7] % 60u + 1u);
  u32 *q13 = realloc(p6, (n5 * (u32)sizeof(u32)));
  if (!q13) abort();
  p6 = q13;
  for (u32 j14 = 0; j14 < n5; j14++) p6[j14] = (u32)(j14 * 28u + r + 825u);
  n5 = 1010u;
  u32 *q15 = realloc(p6, (n5 * (u32)sizeof(u32)));
  if (!q15) abort();
  p6 = q15;
  for (u32 j16 = 0; j16 < n5; j16++) p6[j16] = (u32)(j16 * 988u + r + 320u);
  free(p6);
  /* list */
  struct node *head17 = NULL, *tail18 = NULL;
  for (u32 it19 = 0; it19 < 4u; it19++) {
    struct node *nd20 = calloc(1, sizeof *nd20);
    if (!nd20) abort();
    nd20->v = r * 18u + it19;
    nd20->nb = (RT[3] % 204u + 1u);
    nd20->buf = h_alloc(nd20->nb, it19);
    nd20->next = head17; head17 = nd20;
  }
  fold(h_list_sum(head17));
}
static NOINLINE void blk21(u32 r) {
  /* branch */
  u16 *p22; u32 n23;
  if (r & 1u) {
    n23 = 1131u;
    u16 *t24 = malloc((n23) * (u32)sizeof(u16));
    if (!t24) abort();
    p22 = t24;
  } else {
    n23 = (RT[0] % 153u + 1u);
    u16 *t25 = malloc((n23) * (u32)sizeof(u16));
    if (!t25) abort();
    p22 = t25;
  }
  for (u32 j26 = 0; j26 < n23; j26++) p22[j26] = (u16)(j26 * 344u + r + 846u);
  u16 *q27 = malloc((n23) * (u32)sizeof(u16));
  if (!q27) abort();
  for (u32 j28 = 0; j28 < n23; j28++) q27[j28] = (u16)(j28 * 491u + r + 397u);
  for (u32 j29 = 0; j29 < n23; j29++) fold(q27[j29]);
  u16 *q27x = (r & 8u) ? p22 : q27;
  u16 *q27y = (r & 8u) ? q27 : p22;
  for (u32 j30 = 0; j30 < n23; j30++) fold(p22[j30]);
  free(q27x);
  fold(q27y[r % n23]);
  free(q27y);
  /* loop_single */
  for (u32 it31 = 0; it31 < 5u; it31++) {
    r += it31;
    u32 n32 = 765u;
    u32 *p33 = malloc((n32) * (u32)sizeof(u32));
    if (!p33) abort();
    for (u32 j34 = 0; j34 < n32; j34++) p33[j34] = (u32)(j34 * 455u + r + 938u);
    struct holder hs35 = { p33, (n32 * (u32)sizeof(u32)), 7u };
    fold(h_byval(hs35));
    free(p33);
  }
  /* prev */
  u32 n36 = (RT[4] % 50u + 1u);
  u16 *c37[2] = { NULL, NULL };
  for (u32 it38 = 0; it38 < 3u; it38++) {
    u16 *prev39 = c37[0];
    u16 *cur40 = calloc(n36, sizeof(u16));
    if (!cur40) abort();
    for (u32 j41 = 0; j41 < n36; j41++) cur40[j41] = (u16)((prev39 ? prev39[(j41 + 1u) % n36] : 0u) + j41 * 68u + it38);
    for (u32 j42 = 0; j42 < n36; j42++) fold(cur40[j42]);
    if ((it38 + r) % 2u != 0u) {
      c37[1] = cur40; c37[0] = c37[1];
    } else {
      free(cur40);
    }
  }
  u16 *last43 = c37[0];
  if (last43) {
    { u64 s45 = 0; for (u32 j44 = 0; j44 < n36; j44++) s45 = s45 * 33u + last43[j44]; fold(s45); }
  }
  free(last43);
}
int main(void) {
  blk1(RT[3] ^ 21872u);
  blk21(RT[3] ^ 6574u);
  blk21(RT[1] ^ 27384u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
