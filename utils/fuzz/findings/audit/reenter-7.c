/* heap2stack fuzz program, seed 7 */
/* families: reenter */
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
static volatile u32 RT[8] = { 42445u, 19772u, 51750u, 6328u, 9494u, 12337u, 47931u, 7602u };
struct g_re2_cb { u64 (*fn)(const struct g_re2_cb *, u32, u32); u32 tag; };
static NOINLINE u64 f_re2_0(const struct g_re2_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re2_1(const struct g_re2_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re2_leaf(const struct g_re2_cb *cb, u32 d, u32 r);
static NOINLINE u64 f_re4_0(u32 d, u32 r); static NOINLINE u64 f_re4_1(u32 d, u32 r); static NOINLINE u64 f_re4_2(u32 d, u32 r); static NOINLINE u64 f_re4_leaf(u32 d, u32 r);
static u32 g_re4_pend, g_re4_r; static u64 g_re4_ret; static void *volatile g_re4_pend_pin __attribute__((used)) = (void *)&g_re4_pend;
static NOINLINE u64 f_re6_0(u32 d, u32 r); static NOINLINE u64 f_re6_1(u32 d, u32 r); static NOINLINE u64 f_re6_2(u32 d, u32 r); static NOINLINE u64 f_re6_leaf(u32 d, u32 r);
struct g_re6_ops { u32 scale; u64 (*enter)(u32 d, u32 r); u64 (*leaf)(u32 d, u32 r); };
static struct g_re6_ops g_re6_o = { 6u, f_re6_0, f_re6_leaf }; static void *volatile g_re6_o_pin __attribute__((used)) = (void *)&g_re6_o;
struct g_re8_cb { u64 (*fn)(const struct g_re8_cb *, u32, u32); u32 tag; };
static NOINLINE u64 f_re8_0(const struct g_re8_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re8_leaf(const struct g_re8_cb *cb, u32 d, u32 r);
struct g_re10_cb { u64 (*fn)(const struct g_re10_cb *, u32, u32); u32 tag; };
static NOINLINE u64 f_re10_0(const struct g_re10_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re10_1(const struct g_re10_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re10_leaf(const struct g_re10_cb *cb, u32 d, u32 r);
struct g_re11_cb { u64 (*fn)(const struct g_re11_cb *, u32, u32); u32 tag; };
static NOINLINE u64 f_re11_0(const struct g_re11_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re11_1(const struct g_re11_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re11_2(const struct g_re11_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re11_leaf(const struct g_re11_cb *cb, u32 d, u32 r);
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
/* fam:reenter */
static NOINLINE u64 f_re2_leaf(const struct g_re2_cb *cb, u32 d, u32 r) { return (u64)d * 127u + r + cb->tag; }
static NOINLINE u64 f_re2_0(const struct g_re2_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(1395u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 1395u);
  b[(d * 81u + r) % 1395u] ^= (u8)(d + 31u);
  s += f_re2_1(cb, d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 1395u] + b[1394u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re2_1(const struct g_re2_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(1266u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 1266u);
  b[(d * 29u + r) % 1266u] ^= (u8)(d + 23u);
  if (d > 0u) s += cb->fn(cb, d - 1u, r);
  s = s * 31u + b[(r + d) % 1266u] + b[1265u];
  h_free(b);
  return s;
}
static NOINLINE void blk1(u32 r) {
  /* fam:reenter */
  struct g_re2_cb cb2 = { f_re2_0, 3u };
  fold(f_re2_0(&cb2, 4396u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re4_leaf(u32 d, u32 r) { return (u64)d * 65u + r; }
static int f_re4_cmp(const void *a, const void *b) {
  if (g_re4_pend) { u32 dd = g_re4_pend; g_re4_pend = 0; g_re4_ret = f_re4_0(dd - 1u, g_re4_r); }
  u32 x = *(const u32 *)a, y = *(const u32 *)b;
  return (x > y) - (x < y);
}
static NOINLINE u64 f_re4_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3817u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 3817u);
  b[(d * 27u + r) % 3817u] ^= (u8)(d + 254u);
  s += f_re4_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 3817u] + b[3816u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re4_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 4000u);
  b[(d * 41u + r) % 4000u] ^= (u8)(d + 238u);
  s += f_re4_2(d, r * 3u + 1u);
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re4_2(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(1793u);
  if (!b) abort();
  memset(b, (int)(d + r + 2u), 1793u);
  b[(d * 47u + r) % 1793u] ^= (u8)(d + 153u);
  u32 arr[3] = { 6u, d % 5u, 2u };
  g_re4_pend = d; g_re4_r = r; g_re4_ret = 0;
  qsort(arr, 3, sizeof arr[0], f_re4_cmp);
  s += g_re4_ret + arr[0] * 3u + arr[2];
  s = s * 31u + b[(r + d) % 1793u] + b[1792u];
  free(b);
  return s;
}
static  void blk3(u32 r) {
  /* fam:reenter */
  fold(f_re4_0(1157u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re6_leaf(u32 d, u32 r) { return (u64)d * 776u + r; }
static NOINLINE u64 f_re6_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3978u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 3978u);
  b[(d * 63u + r) % 3978u] ^= (u8)(d + 215u);
  s += f_re6_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 3978u] + b[3977u];
  free(b);
  return s;
}
static NOINLINE u64 f_re6_1(u32 d, u32 r) {
  u64 s = d;
  s += f_re6_2(d, r * 3u + 1u);
  return s;
}
static NOINLINE u64 f_re6_2(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(1323u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 2u), 1323u);
  b[(d * 72u + r) % 1323u] ^= (u8)(d + 160u);
  s += g_re6_o.scale * (d > 0u ? g_re6_o.enter(d - 1u, r) : g_re6_o.leaf(d, r));
  s = s * 31u + b[(r + d) % 1323u] + b[1322u];
  free(b);
  return s;
}
static  void blk5(u32 r) {
  /* fam:reenter */
  fold(f_re6_0(2045u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re8_leaf(const struct g_re8_cb *cb, u32 d, u32 r) { return (u64)d * 63u + r + cb->tag; }
static NOINLINE u64 f_re8_0(const struct g_re8_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(2129u, 1);
  if (!b) abort();
  b[(d * 83u + r) % 2129u] ^= (u8)(d + 228u);
  if (1) s += cb->fn(cb, d, r);
  s = s * 31u + b[(r + d) % 2129u] + b[2128u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re10_leaf(const struct g_re10_cb *cb, u32 d, u32 r) { return (u64)d * 133u + r + cb->tag; }
static NOINLINE u64 f_re10_0(const struct g_re10_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(1503u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 1503u);
  b[(d * 51u + r) % 1503u] ^= (u8)(d + 254u);
  s += f_re10_1(cb, d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 1503u] + b[1502u];
  free(b);
  return s;
}
static NOINLINE u64 f_re10_1(const struct g_re10_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(1917u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 1917u);
  b[(d * 58u + r) % 1917u] ^= (u8)(d + 205u);
  if (d > 0u) s += cb->fn(cb, d - 1u, r);
  s = s * 31u + b[(r + d) % 1917u] + b[1916u];
  h_free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re11_leaf(const struct g_re11_cb *cb, u32 d, u32 r) { return (u64)d * 85u + r + cb->tag; }
static NOINLINE u64 f_re11_0(const struct g_re11_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2725u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 2725u);
  b[(d * 20u + r) % 2725u] ^= (u8)(d + 118u);
  s += f_re11_1(cb, d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 2725u] + b[2724u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re11_1(const struct g_re11_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3485u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 3485u);
  b[(d * 2u + r) % 3485u] ^= (u8)(d + 248u);
  s += f_re11_2(cb, d, r * 3u + 1u);
  s = s * 31u + b[(r + d) % 3485u] + b[3484u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re11_2(const struct g_re11_cb *cb, u32 d, u32 r) {
  u64 s = d;
  if (d > 0u) s += cb->fn(cb, d - 1u, r);
  return s;
}
static NOINLINE void blk7(u32 r) {
  /* fam:reenter */
  struct g_re8_cb cb8 = { f_re8_leaf, 7u };
  for (u32 it9 = 0; it9 < 13u; it9++) fold(f_re8_0(&cb8, 5u, r + it9));
  /* fam:reenter */
  struct g_re10_cb cb10 = { f_re10_0, 5u };
  fold(f_re10_0(&cb10, 3384u, r));
  /* fam:reenter */
  struct g_re11_cb cb11 = { f_re11_0, 3u };
  fold(f_re11_0(&cb11, 1683u, r));
}
/* fam:driver */
int main(void) {
  blk1(RT[5] ^ 41761u);
  blk1(RT[2] ^ 7076u);
  blk3(RT[6] ^ 52175u);
  blk3(RT[6] ^ 51658u);
  blk5(RT[7] ^ 52486u);
  blk7(RT[3] ^ 8827u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
