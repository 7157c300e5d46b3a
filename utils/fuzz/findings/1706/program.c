/* heap2stack fuzz program, seed 1706 */
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
static volatile u32 RT[8] = { 59114u, 61917u, 631u, 39093u, 42213u, 61421u, 58825u, 55966u };
static  void *h_alloc(u32 nb, u32 s) {
  u8 *q = malloc(nb);
  if (!q) abort();
  for (u32 i = 0; i < nb; i++) q[i] = (u8)(s + i * 7u);
  return q;
}
static NOINLINE void h_fill(void *p, u32 nb, u32 s) {
  u8 *b = p;
  for (u32 i = 0; i < nb; i++) b[i] = (u8)(b[i] * 3u + s + i);
}
static NOINLINE void h_fill_holder(struct holder *h, u32 s) {
  u8 *b = h->p;
  for (u32 i = 0; i < h->nb; i++) b[i] ^= (u8)(s + i);
  h->tag += s;
}
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
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
static  void blk1(u32 r) {
  /* list */
  struct node *head2 = NULL, *tail3 = NULL;
  for (u32 it4 = 0; it4 < 1u; it4++) {
    struct node *nd5 = malloc(sizeof *nd5);
    if (!nd5) abort();
    nd5->v = r * 43u + it4;
    nd5->nb = (RT[5] % 1248u + 1u);
    nd5->buf = malloc(nd5->nb);
    if (!nd5->buf) abort();
    for (u32 k = 0; k < nd5->nb; k++) nd5->buf[k] = (u8)(k + it4);
    nd5->next = NULL;
    if (tail3) tail3->next = nd5; else head2 = nd5;
    tail3 = nd5;
  }
  for (struct node *w = head2; w; w = w->next) { fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }
  while (head2) { struct node *nx = head2->next; free(head2->buf); free(head2); head2 = nx; }
  /* callee_alloc */
  u32 p6n = (RT[4] % 101u + 1u);
  u8 *p6 = h_alloc(p6n, r);
  fold(h_sum(p6, p6n));
  p6[r % p6n] = 9u;
  for (u32 j7 = 0; j7 < p6n; j7++) fold(p6[j7]);
  free(p6);
  /* loop_single */
  for (u32 it8 = 0; it8 < 5u; it8++) {
    r += it8;
    u32 n9 = 370u;
    u32 *p10 = malloc((n9) * (u32)sizeof(u32));
    if (!p10) abort();
    for (u32 j11 = 0; j11 < n9; j11++) p10[j11] = (u32)(j11 * 574u + r + 486u);
    struct holder hs12; hs12.p = p10; hs12.nb = (n9 * (u32)sizeof(u32)); hs12.tag = 2u;
    h_fill_holder(&hs12, 52u);
    fold(h_read_holder(&hs12));
    struct holder *hb14 = malloc(sizeof *hb14);
    if (!hb14) abort();
    hb14->p = p10; hb14->nb = (n9 * (u32)sizeof(u32)); hb14->tag = r;
    fold(h_read_holder(hb14));
    ((u32 *)hb14->p)[0] += 1u;
    free(hb14);
    { u64 s16 = 0; for (u32 j15 = 0; j15 < n9; j15++) s16 = s16 * 33u + p10[j15]; fold(s16); }
    free(p10);
  }
}
static  void blk17(u32 r) {
  /* list */
  struct node *head18 = NULL, *tail19 = NULL;
  for (u32 it20 = 0; it20 < 5u; it20++) {
    struct node *nd21 = malloc(sizeof *nd21);
    if (!nd21) abort();
    nd21->v = r * 18u + it20;
    nd21->nb = (RT[7] % 186u + 1u);
    nd21->buf = h_alloc(nd21->nb, it20);
    nd21->next = NULL;
    if (tail19) tail19->next = nd21; else head18 = nd21;
    tail19 = nd21;
  }
  fold(h_list_sum(head18));
  /* loop_single */
  for (u32 it22 = 0; it22 < 1u; it22++) {
    r += it22;
    u32 n23 = (RT[3] % 35074u + 1u);
    u8 *p24 = malloc((n23) * (u32)sizeof(u8));
    if (!p24) abort();
    for (u32 j25 = 0; j25 < n23; j25++) p24[j25] = (u8)(j25 * 704u + r + 437u);
    n23 = 899u;
    u8 *q26 = realloc(p24, (n23 * (u32)sizeof(u8)));
    if (!q26) abort();
    p24 = q26;
    for (u32 j27 = 0; j27 < n23; j27++) p24[j27] = (u8)(j27 * 767u + r + 761u);
    h_fill(p24, (n23 * (u32)sizeof(u8)), r + 61u);
    h_fill(p24, (n23 * (u32)sizeof(u8)), r + 69u);
    if (g_nkeep < 64) { g_keep[g_nkeep] = p24; g_keep_nb[g_nkeep++] = (n23 * (u32)sizeof(u8)); }
  }
  /* ptrarray */
  u32 n29 = 71u;
  u64 **arr28 = malloc(4 * sizeof *arr28);
  if (!arr28) abort();
  for (u32 i30 = 0; i30 < 4u; i30++) {
    void *pm32;
    if (posix_memalign(&pm32, 16, (n29) * (u32)sizeof(u64))) abort();
    u64 *t31 = pm32;
    if (!t31) abort();
    for (u32 j33 = 0; j33 < n29; j33++) t31[j33] = (u64)(j33 * 266u + r + 665u);
    arr28[i30] = t31;
  }
  for (u32 i30 = 0; i30 < 4u; i30++) { arr28[i30][i30 % n29] += 1u; fold(arr28[i30][r % n29]); fold(arr28[i30][0]); }
  for (u32 i30 = 0; i30 < 4u; i30++) free(arr28[i30]);
  free(arr28);
}
static NOINLINE void blk34(u32 r) {
  /* ptrarray */
  u32 n36 = (RT[5] % 155u + 1u);
  u32 *arr35[2];
  for (u32 i37 = 0; i37 < 2u; i37++) {
    u32 *t38 = aligned_alloc(32, (((n36) * (u32)sizeof(u32)) + 31u) / 32u * 32u);
    if (!t38) abort();
    for (u32 j39 = 0; j39 < n36; j39++) t38[j39] = (u32)(j39 * 337u + r + 40u);
    arr35[i37] = t38;
  }
  for (u32 i37 = 0; i37 < 2u; i37++) { arr35[i37][i37 % n36] += 1u; fold(arr35[i37][r % n36]); fold(arr35[i37][0]); }
  for (u32 i37 = 0; i37 < 2u; i37++) free(arr35[i37]);
}
int main(void) {
  blk1(RT[0] ^ 60026u);
  blk1(RT[6] ^ 46510u);
  blk17(RT[4] ^ 63514u);
  blk17(RT[6] ^ 20405u);
  blk34(RT[7] ^ 17391u);
  blk34(RT[3] ^ 62764u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
