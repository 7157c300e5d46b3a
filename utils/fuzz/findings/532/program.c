/* heap2stack fuzz program, seed 532 */
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
static volatile u32 RT[8] = { 27483u, 19250u, 12282u, 63966u, 44378u, 1350u, 12329u, 18231u };
static  void *h_alloc(u32 nb, u32 s) {
  u8 *q = malloc(nb);
  if (!q) abort();
  for (u32 i = 0; i < nb; i++) q[i] = (u8)(s + i * 7u);
  return q;
}
static NOINLINE u64 h_list_sum(const struct node *n) {
  u64 s = 0;
  for (; n; n = n->next) {
    s = s * 7u + n->v;
    for (u32 i = 0; i < n->nb; i++) s += n->buf[i];
  }
  return s;
}
static  void h_push(struct node **head, struct node *n) { n->next = *head; *head = n; }
static  void blk1(u32 r) {
  /* ptrarray */
  u32 n3 = (RT[7] % 253u + 1u);
  u32 **arr2 = malloc(5 * sizeof *arr2);
  if (!arr2) abort();
  for (u32 i4 = 0; i4 < 5u; i4++) {
    u32 *t5 = malloc((n3) * (u32)sizeof(u32));
    if (!t5) abort();
    for (u32 j6 = 0; j6 < n3; j6++) t5[j6] = (u32)(j6 * 610u + r + 917u);
    arr2[i4] = t5;
  }
  for (u32 i4 = 0; i4 < 5u; i4++) { arr2[i4][i4 % n3] += 1u; fold(arr2[i4][r % n3]); fold(arr2[i4][0]); }
  for (u32 i4 = 0; i4 < 5u; i4++) free(arr2[i4]);
  free(arr2);
  /* list */
  struct node *head7 = NULL, *tail8 = NULL;
  for (u32 it9 = 0; it9 < 2u; it9++) {
    struct node *nd10 = malloc(sizeof *nd10);
    if (!nd10) abort();
    nd10->v = r * 48u + it9;
    nd10->nb = 40u;
    nd10->buf = h_alloc(nd10->nb, it9);
    nd10->next = NULL;
    if (tail8) tail8->next = nd10; else head7 = nd10;
    tail8 = nd10;
  }
  fold(h_list_sum(head7));
}
static NOINLINE void blk11(u32 r) {
  /* list */
  struct node *head12 = NULL, *tail13 = NULL;
  for (u32 it14 = 0; it14 < 1u; it14++) {
    struct node *nd15 = calloc(1, sizeof *nd15);
    if (!nd15) abort();
    nd15->v = r * 22u + it14;
    nd15->nb = 3269u;
    nd15->buf = malloc(nd15->nb);
    if (!nd15->buf) abort();
    for (u32 k = 0; k < nd15->nb; k++) nd15->buf[k] = (u8)(k + it14);
    h_push(&head12, nd15);
  }
  for (struct node *w = head12; w; w = w->next) { fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }
}
static  u64 rec21(u32 r, u32 d, const u32 *parent, u32 pn) {
  u32 n = (RT[1] % 9u + 1u);
  u32 *b = malloc((n) * (u32)sizeof(u32));
  if (!b) abort();
  for (u32 j = 0; j < n; j++) b[j] = (u32)((parent ? parent[j % pn] : 0u) + j + d);
  u64 s = d;
  if (d > 0) s += rec21(r, d - 1u, b, n);
  for (u32 j = 0; j < n; j++) s = s * 3u + b[j];
  return s;
}
static NOINLINE void blk16(u32 r) {
  /* list */
  struct node *head17 = NULL, *tail18 = NULL;
  for (u32 it19 = 0; it19 < 5u; it19++) {
    struct node *nd20 = malloc(sizeof *nd20);
    if (!nd20) abort();
    nd20->v = r * 8u + it19;
    nd20->nb = 3117u;
    nd20->buf = h_alloc(nd20->nb, it19);
    h_push(&head17, nd20);
  }
  for (struct node *w = head17; w; w = w->next) { fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }
  while (head17) { struct node *nx = head17->next; free(head17->buf); free(head17); head17 = nx; }
  /* recursion */
  fold(rec21(r, 3u, NULL, 0u));
}
int main(void) {
  blk1(RT[0] ^ 43953u);
  blk1(RT[5] ^ 3699u);
  blk11(RT[4] ^ 63034u);
  blk11(RT[3] ^ 42767u);
  blk16(RT[7] ^ 1007u);
  blk16(RT[7] ^ 12660u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
