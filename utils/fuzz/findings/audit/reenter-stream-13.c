/* heap2stack fuzz program, seed 13 */
/* families: reenter */
#define _GNU_SOURCE
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
static volatile u32 RT[8] = { 33948u, 38110u, 24343u, 30219u, 19288u, 29512u, 24559u, 17067u };
static NOINLINE u64 f_re2_0(u32 d, u32 r); static NOINLINE u64 f_re2_1(u32 d, u32 r); static NOINLINE u64 f_re2_leaf(u32 d, u32 r);
static u32 g_re2_pend, g_re2_r; static u64 g_re2_ret; static void *volatile g_re2_pend_pin __attribute__((used)) = (void *)&g_re2_pend;
static NOINLINE u64 f_re3_0(u32 d, u32 r); static NOINLINE u64 f_re3_leaf(u32 d, u32 r);
static u32 g_re3_pend, g_re3_r; static u64 g_re3_ret; static void *volatile g_re3_pend_pin __attribute__((used)) = (void *)&g_re3_pend;
static NOINLINE u64 f_re4_0(u32 d, u32 r); static NOINLINE u64 f_re4_1(u32 d, u32 r); static NOINLINE u64 f_re4_2(u32 d, u32 r); static NOINLINE u64 f_re4_leaf(u32 d, u32 r);
static u32 g_re4_pend, g_re4_r; static u64 g_re4_ret, g_re4_sum; static FILE *g_re4_fp; static void *volatile g_re4_pend_pin __attribute__((used)) = (void *)&g_re4_pend;
static NOINLINE u64 f_re6_0(u32 d, u32 r); static NOINLINE u64 f_re6_1(u32 d, u32 r); static NOINLINE u64 f_re6_2(u32 d, u32 r); static NOINLINE u64 f_re6_leaf(u32 d, u32 r);
static u32 g_re6_pend, g_re6_r; static u64 g_re6_ret, g_re6_sum; static FILE *g_re6_fp; static void *volatile g_re6_pend_pin __attribute__((used)) = (void *)&g_re6_pend;
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
/* fam:reenter */
static NOINLINE u64 f_re2_leaf(u32 d, u32 r) { return (u64)d * 448u + r; }
static int f_re2_cmp(const void *a, const void *b) {
  if (g_re2_pend) { u32 dd = g_re2_pend; g_re2_pend = 0; g_re2_ret = f_re2_0(dd - 1u, g_re2_r); }
  u32 x = *(const u32 *)a, y = *(const u32 *)b;
  return (x > y) - (x < y);
}
static NOINLINE u64 f_re2_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3278u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 3278u);
  b[(d * 33u + r) % 3278u] ^= (u8)(d + 182u);
  s += f_re2_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 3278u] + b[3277u];
  free(b);
  return s;
}
static NOINLINE u64 f_re2_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3216u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 3216u);
  b[(d * 97u + r) % 3216u] ^= (u8)(d + 219u);
  u32 arr[3] = { 1u, 5u, 9u }, key = 9u;
  g_re2_pend = d; g_re2_r = r; g_re2_ret = 0;
  const u32 *hit = bsearch(&key, arr, 3, sizeof arr[0], f_re2_cmp);
  s += g_re2_ret + (hit ? *hit : 77u);
  g_re2_pend = 0;
  s = s * 31u + b[(r + d) % 3216u] + b[3215u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re3_leaf(u32 d, u32 r) { return (u64)d * 626u + r; }
static int f_re3_cmp(const void *a, const void *b) {
  if (g_re3_pend) { u32 dd = g_re3_pend; g_re3_pend = 0; g_re3_ret = f_re3_0(dd - 1u, g_re3_r); }
  u32 x = *(const u32 *)a, y = *(const u32 *)b;
  return (x > y) - (x < y);
}
static NOINLINE u64 f_re3_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  b[(d * 57u + r) % 4000u] ^= (u8)(d + 227u);
  u32 arr[3] = { 1u, 5u, 9u }, key = 5u;
  g_re3_pend = d; g_re3_r = r; g_re3_ret = 0;
  const u32 *hit = bsearch(&key, arr, 3, sizeof arr[0], f_re3_cmp);
  s += g_re3_ret + (hit ? *hit : 77u);
  g_re3_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re4_leaf(u32 d, u32 r) { return (u64)d * 76u + r; }
static ssize_t f_re4_io(void *c, const char *buf, size_t n) {
  (void)c;
  g_re4_sum = g_re4_sum * 33u + (n ? (u8)buf[0] + (u8)buf[n - 1u] : 0u) + n;
  if (g_re4_pend) { u32 dd = g_re4_pend; g_re4_pend = 0; g_re4_ret = f_re4_0(dd - 1u, g_re4_r); }
  return (ssize_t)n;
}
static NOINLINE u64 f_re4_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 4000u);
  b[(d * 84u + r) % 4000u] ^= (u8)(d + 237u);
  s += f_re4_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
static NOINLINE u64 f_re4_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2171u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 2171u);
  b[(d * 93u + r) % 2171u] ^= (u8)(d + 217u);
  s += f_re4_2(d, r * 3u + 1u);
  s = s * 31u + b[(r + d) % 2171u] + b[2170u];
  free(b);
  return s;
}
static NOINLINE u64 f_re4_2(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 2u), 4000u);
  b[(d * 19u + r) % 4000u] ^= (u8)(d + 254u);
  g_re4_pend = d; g_re4_r = r; g_re4_ret = 0;
  s += (u32)fputc((int)(97u + (d + r) % 26u), g_re4_fp);
  s += g_re4_ret + g_re4_sum;
  g_re4_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
static  void blk1(u32 r) {
  /* fam:reenter */
  fold(f_re2_0(1680u, r));
  /* fam:reenter */
  fold(f_re3_0(2726u, r));
  /* fam:reenter */
  fold(f_re4_0(1055u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re6_leaf(u32 d, u32 r) { return (u64)d * 244u + r; }
static ssize_t f_re6_io(void *c, const char *buf, size_t n) {
  (void)c;
  g_re6_sum = g_re6_sum * 33u + (n ? (u8)buf[0] + (u8)buf[n - 1u] : 0u) + n;
  return (ssize_t)n;
}
static NOINLINE u64 f_re6_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(2460u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 2460u);
  b[(d * 80u + r) % 2460u] ^= (u8)(d + 21u);
  s += f_re6_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 2460u] + b[2459u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re6_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3606u, 1);
  if (!b) abort();
  b[(d * 46u + r) % 3606u] ^= (u8)(d + 174u);
  s += f_re6_2(d, r * 3u + 1u);
  s = s * 31u + b[(r + d) % 3606u] + b[3605u];
  free(b);
  return s;
}
static NOINLINE u64 f_re6_2(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3958u);
  if (!b) abort();
  memset(b, (int)(d + r + 2u), 3958u);
  b[(d * 25u + r) % 3958u] ^= (u8)(d + 84u);
  g_re6_pend = 0; g_re6_r = r; g_re6_ret = 0;
  s += (u32)fputc((int)(97u + (d + r) % 26u), g_re6_fp);
  s += g_re6_ret + g_re6_sum;
  g_re6_pend = 0;
  s = s * 31u + b[(r + d) % 3958u] + b[3957u];
  h_free(b);
  return s;
}
static NOINLINE void blk5(u32 r) {
  /* fam:reenter */
  fold(f_re6_0(39u, r));
}
/* fam:driver */
int main(void) {
  { cookie_io_functions_t io = { 0 }; io.write = f_re4_io; g_re4_fp = fopencookie(NULL, "w", io); if (!g_re4_fp || setvbuf(g_re4_fp, NULL, _IONBF, 0)) abort(); }
  { cookie_io_functions_t io = { 0 }; io.write = f_re6_io; g_re6_fp = fopencookie(NULL, "w", io); if (!g_re6_fp || setvbuf(g_re6_fp, NULL, _IONBF, 0)) abort(); }
  blk1(RT[7] ^ 44965u);
  blk5(RT[0] ^ 16578u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
