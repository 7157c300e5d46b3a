/* heap2stack fuzz program, seed 6 */
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
static volatile u32 RT[8] = { 10560u, 63574u, 34291u, 4826u, 59u, 19081u, 61637u, 48910u };
static NOINLINE u64 f_re2_0(u32 d, u32 r); static NOINLINE u64 f_re2_1(u32 d, u32 r); static NOINLINE u64 f_re2_2(u32 d, u32 r); static NOINLINE u64 f_re2_leaf(u32 d, u32 r);
static u64 (*volatile g_re2_fp)(u32 d, u32 r);
struct g_re5_cb { u64 (*fn)(const struct g_re5_cb *, u32, u32); u32 tag; };
static NOINLINE u64 f_re5_0(const struct g_re5_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re5_leaf(const struct g_re5_cb *cb, u32 d, u32 r);
static NOINLINE u64 f_re6_0(u32 d, u32 r); static NOINLINE u64 f_re6_1(u32 d, u32 r); static NOINLINE u64 f_re6_leaf(u32 d, u32 r);
static u32 g_re6_pend, g_re6_r; static u64 g_re6_ret; static void *volatile g_re6_pend_pin __attribute__((used)) = (void *)&g_re6_pend;
static NOINLINE u64 f_re7_0(u32 d, u32 r); static NOINLINE u64 f_re7_1(u32 d, u32 r); static NOINLINE u64 f_re7_leaf(u32 d, u32 r);
static u32 g_re7_pend, g_re7_r; static u64 g_re7_ret; static void *volatile g_re7_pend_pin __attribute__((used)) = (void *)&g_re7_pend;
static NOINLINE u64 f_re9_0(u32 d, u32 r); static NOINLINE u64 f_re9_leaf(u32 d, u32 r);
static u32 g_re9_pend, g_re9_r; static u64 g_re9_ret; static void *volatile g_re9_pend_pin __attribute__((used)) = (void *)&g_re9_pend;
struct g_re10_cb { u64 (*fn)(const struct g_re10_cb *, u32, u32); u32 tag; };
static NOINLINE u64 f_re10_0(const struct g_re10_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re10_1(const struct g_re10_cb *cb, u32 d, u32 r); static NOINLINE u64 f_re10_leaf(const struct g_re10_cb *cb, u32 d, u32 r);
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
/* fam:reenter */
static NOINLINE u64 f_re2_leaf(u32 d, u32 r) { return (u64)d * 679u + r; }
static NOINLINE u64 f_re2_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3228u, 1);
  if (!b) abort();
  b[(d * 55u + r) % 3228u] ^= (u8)(d + 171u);
  s += f_re2_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 3228u] + b[3227u];
  free(b);
  return s;
}
static NOINLINE u64 f_re2_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(1409u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 1409u);
  b[(d * 53u + r) % 1409u] ^= (u8)(d + 128u);
  s += f_re2_2(d, r * 3u + 1u);
  s = s * 31u + b[(r + d) % 1409u] + b[1408u];
  free(b);
  return s;
}
static NOINLINE u64 f_re2_2(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3291u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 2u), 3291u);
  b[(d * 26u + r) % 3291u] ^= (u8)(d + 149u);
  if (1) s += g_re2_fp(d, r);
  s = s * 31u + b[(r + d) % 3291u] + b[3290u];
  free(b);
  return s;
}
static  void blk1(u32 r) {
  /* fam:reenter */
  for (u32 it3 = 0; it3 < 20u; it3++) fold(f_re2_0(17u, r + it3));
}
/* fam:reenter */
static NOINLINE u64 f_re5_leaf(const struct g_re5_cb *cb, u32 d, u32 r) { return (u64)d * 914u + r + cb->tag; }
static NOINLINE u64 f_re5_0(const struct g_re5_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3664u, 1);
  if (!b) abort();
  b[(d * 4u + r) % 3664u] ^= (u8)(d + 185u);
  if (d > 0u) s += cb->fn(cb, d - 1u, r);
  s = s * 31u + b[(r + d) % 3664u] + b[3663u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re6_leaf(u32 d, u32 r) { return (u64)d * 636u + r; }
static int f_re6_cmp(const void *a, const void *b) {
  if (g_re6_pend) { u32 dd = g_re6_pend; g_re6_pend = 0; g_re6_ret = f_re6_0(dd - 1u, g_re6_r); }
  u32 x = *(const u32 *)a, y = *(const u32 *)b;
  return (x > y) - (x < y);
}
static NOINLINE u64 f_re6_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 4000u);
  b[(d * 49u + r) % 4000u] ^= (u8)(d + 199u);
  s += f_re6_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
static NOINLINE u64 f_re6_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 4000u);
  b[(d * 87u + r) % 4000u] ^= (u8)(d + 250u);
  u32 arr[3] = { 5u, d % 5u, 2u };
  g_re6_pend = d; g_re6_r = r; g_re6_ret = 0;
  qsort(arr, 3, sizeof arr[0], f_re6_cmp);
  s += g_re6_ret + arr[0] * 3u + arr[2];
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re7_leaf(u32 d, u32 r) { return (u64)d * 390u + r; }
static int f_re7_cmp(const void *a, const void *b) {
  if (g_re7_pend) { u32 dd = g_re7_pend; g_re7_pend = 0; g_re7_ret = f_re7_0(dd - 1u, g_re7_r); }
  u32 x = *(const u32 *)a, y = *(const u32 *)b;
  return (x > y) - (x < y);
}
static NOINLINE u64 f_re7_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2831u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 2831u);
  b[(d * 67u + r) % 2831u] ^= (u8)(d + 218u);
  s += f_re7_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 2831u] + b[2830u];
  free(b);
  return s;
}
static NOINLINE u64 f_re7_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2803u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 2803u);
  b[(d * 91u + r) % 2803u] ^= (u8)(d + 209u);
  u32 arr[3] = { 1u, 5u, 9u }, key = 1u;
  g_re7_pend = d; g_re7_r = r; g_re7_ret = 0;
  const u32 *hit = bsearch(&key, arr, 3, sizeof arr[0], f_re7_cmp);
  s += g_re7_ret + (hit ? *hit : 77u);
  g_re7_pend = 0;
  s = s * 31u + b[(r + d) % 2803u] + b[2802u];
  free(b);
  return s;
}
static  void blk4(u32 r) {
  /* fam:reenter */
  struct g_re5_cb cb5 = { f_re5_0, 7u };
  fold(f_re5_0(&cb5, 3274u, r));
  /* fam:reenter */
  fold(f_re6_0(1483u, r));
  /* fam:reenter */
  fold(f_re7_0(2060u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re9_leaf(u32 d, u32 r) { return (u64)d * 370u + r; }
static int f_re9_cmp(const void *a, const void *b) {
  if (g_re9_pend) { u32 dd = g_re9_pend; g_re9_pend = 0; g_re9_ret = f_re9_0(dd - 1u, g_re9_r); }
  u32 x = *(const u32 *)a, y = *(const u32 *)b;
  return (x > y) - (x < y);
}
static NOINLINE u64 f_re9_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 4000u);
  b[(d * 33u + r) % 4000u] ^= (u8)(d + 231u);
  u32 arr[3] = { 1u, 5u, 9u }, key = 9u;
  g_re9_pend = d; g_re9_r = r; g_re9_ret = 0;
  const u32 *hit = bsearch(&key, arr, 3, sizeof arr[0], f_re9_cmp);
  s += g_re9_ret + (hit ? *hit : 77u);
  g_re9_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  h_free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re10_leaf(const struct g_re10_cb *cb, u32 d, u32 r) { return (u64)d * 387u + r + cb->tag; }
static NOINLINE u64 f_re10_0(const struct g_re10_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2121u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 2121u);
  b[(d * 40u + r) % 2121u] ^= (u8)(d + 239u);
  s += f_re10_1(cb, d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 2121u] + b[2120u];
  free(b);
  return s;
}
static NOINLINE u64 f_re10_1(const struct g_re10_cb *cb, u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2531u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 2531u);
  b[(d * 85u + r) % 2531u] ^= (u8)(d + 83u);
  if (d > 0u) s += cb->fn(cb, d - 1u, r);
  s = s * 31u + b[(r + d) % 2531u] + b[2530u];
  h_free(b);
  return s;
}
static  void blk8(u32 r) {
  /* fam:reenter */
  fold(f_re9_0(2800u, r));
  /* fam:reenter */
  struct g_re10_cb cb10 = { f_re10_0, 7u };
  fold(f_re10_0(&cb10, 2206u, r));
}
/* fam:driver */
int main(void) {
  g_re2_fp = f_re2_leaf;
  blk1(RT[7] ^ 20733u);
  blk1(RT[4] ^ 811u);
  blk4(RT[0] ^ 23930u);
  blk4(RT[0] ^ 14698u);
  blk8(RT[5] ^ 65200u);
  blk8(RT[0] ^ 25248u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
