/* heap2stack fuzz program, seed 3 */
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
static volatile u32 RT[8] = { 31190u, 17094u, 48490u, 62135u, 8588u, 1725u, 61503u, 33994u };
static NOINLINE u64 f_re8_0(u32 d, u32 r); static NOINLINE u64 f_re8_1(u32 d, u32 r); static NOINLINE u64 f_re8_leaf(u32 d, u32 r);
static u32 g_re8_pend, g_re8_r; static u64 g_re8_ret, g_re8_sum; static FILE *g_re8_fp; static void *volatile g_re8_pend_pin __attribute__((used)) = (void *)&g_re8_pend;
static NOINLINE u64 f_re10_0(u32 d, u32 r); static NOINLINE u64 f_re10_1(u32 d, u32 r); static NOINLINE u64 f_re10_leaf(u32 d, u32 r);
static u64 (*g_re10_tab[2])(u32 d, u32 r) = { f_re10_0, f_re10_leaf }; static void *volatile g_re10_tab_pin __attribute__((used)) = (void *)&g_re10_tab;
static NOINLINE u64 f_re12_0(u32 d, u32 r); static NOINLINE u64 f_re12_1(u32 d, u32 r); static NOINLINE u64 f_re12_leaf(u32 d, u32 r);
static u32 g_re12_pend, g_re12_r; static u64 g_re12_ret, g_re12_sum; static FILE *g_re12_fp; static void *volatile g_re12_pend_pin __attribute__((used)) = (void *)&g_re12_pend;
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
/* fam:reenter */
static u64 f_re2_h(u32 d, u32 r) {
  u8 *b = calloc(776u, 1);
  if (!b) abort();
  memset(b, (int)(d + r), 776u);
  b[(d * 30u + r) % 776u] ^= (u8)(d + 77u);
  u64 s = b[(r + d) % 776u] * 7u + b[775u];
  free(b);
  return s;
}
static NOINLINE u64 f_re2_0(u32 d, u32 r) {
  u64 s = r;
  for (u32 i = 0; i < d; i++) s = (s * 3u + f_re2_h(i, r)) % 1000003u;
  return s;
}
static NOINLINE void blk1(u32 r) {
  /* fam:reenter */
  fold(f_re2_0(34u, r));
}
/* fam:reenter */
static u64 f_re4_h(u32 d, u32 r) {
  u8 *b = calloc(888u, 1);
  if (!b) abort();
  for (u32 i = 0; i < 888u; i++) b[i] = (u8)(i * 4u + d);
  b[(d * 61u + r) % 888u] ^= (u8)(d + 198u);
  u64 s = b[(r + d) % 888u] * 7u + b[887u];
  free(b);
  return s;
}
static NOINLINE u64 f_re4_0(u32 d, u32 r) {
  if (d == 0u) return r;
  u64 a = f_re4_h(d, r);
  return (f_re4_0(d - 1u, r + 7u) * 3u + a) % 1000003u;
}
static NOINLINE void blk3(u32 r) {
  /* fam:reenter */
  fold(f_re4_0(13110u, r));
}
/* fam:reenter */
static u64 f_re6_h(u32 d, u32 r) {
  u8 *b = malloc(569u);
  if (!b) abort();
  for (u32 i = 0; i < 569u; i++) b[i] = (u8)(i * 28u + d);
  b[(d * 87u + r) % 569u] ^= (u8)(d + 223u);
  u64 s = b[(r + d) % 569u] * 7u + b[568u];
  free(b);
  return s;
}
static NOINLINE u64 f_re6_0(u32 d, u32 r) {
  if (d == 0u) return r;
  u64 a = f_re6_h(d, r);
  return (f_re6_0(d - 1u, r + 5u) * 3u + a) % 1000003u;
}
static NOINLINE void blk5(u32 r) {
  /* fam:reenter */
  fold(f_re6_0(20579u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re8_leaf(u32 d, u32 r) { return (u64)d * 583u + r; }
static ssize_t f_re8_io(void *c, const char *buf, size_t n) {
  (void)c;
  g_re8_sum = g_re8_sum * 33u + (n ? (u8)buf[0] + (u8)buf[n - 1u] : 0u) + n;
  return (ssize_t)n;
}
static NOINLINE u64 f_re8_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 4000u);
  b[(d * 92u + r) % 4000u] ^= (u8)(d + 108u);
  s += f_re8_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  h_free(b);
  return s;
}
static NOINLINE u64 f_re8_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 4000u);
  b[(d * 16u + r) % 4000u] ^= (u8)(d + 32u);
  g_re8_pend = 0; g_re8_r = r; g_re8_ret = 0;
  if (fputs("pclzcneajny", g_re8_fp) < 0) abort();
  s += g_re8_ret + g_re8_sum;
  g_re8_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re10_leaf(u32 d, u32 r) { return (u64)d * 318u + r; }
static NOINLINE u64 f_re10_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2379u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 2379u);
  b[(d * 77u + r) % 2379u] ^= (u8)(d + 16u);
  s += f_re10_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 2379u] + b[2378u];
  free(b);
  return s;
}
static NOINLINE u64 f_re10_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2167u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 2167u);
  b[(d * 38u + r) % 2167u] ^= (u8)(d + 134u);
  s += f_re10_leaf(d, r);
  s = s * 31u + b[(r + d) % 2167u] + b[2166u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re12_leaf(u32 d, u32 r) { return (u64)d * 278u + r; }
static ssize_t f_re12_io(void *c, char *buf, size_t n) {
  (void)c;
  size_t m = n < 7u ? n : 1u;
  for (size_t i = 0; i < m; i++) buf[i] = (char)(65u + (g_re12_sum + i) % 26u);
  g_re12_sum = g_re12_sum * 33u + m;
  return (ssize_t)m;
}
static NOINLINE u64 f_re12_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  b[(d * 31u + r) % 4000u] ^= (u8)(d + 154u);
  s += f_re12_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
static NOINLINE u64 f_re12_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 4000u);
  b[(d * 67u + r) % 4000u] ^= (u8)(d + 155u);
  g_re12_pend = 0; g_re12_r = r; g_re12_ret = 0;
  u8 tmp[1]; clearerr(g_re12_fp); size_t got = fread(tmp, 1, 1u, g_re12_fp);
  for (size_t i = 0; i < got; i++) s = s * 3u + tmp[i];
  s += g_re12_ret + g_re12_sum;
  g_re12_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
static NOINLINE void blk7(u32 r) {
  /* fam:reenter */
  for (u32 it9 = 0; it9 < 3u; it9++) fold(f_re8_0(37u, r + it9));
  /* fam:reenter */
  for (u32 it11 = 0; it11 < 12u; it11++) fold(g_re10_tab[0](3u, r + it11));
  /* fam:reenter */
  for (u32 it13 = 0; it13 < 12u; it13++) fold(f_re12_0(33u, r + it13));
}
/* fam:driver */
int main(void) {
  { cookie_io_functions_t io = { 0 }; io.write = f_re8_io; g_re8_fp = fopencookie(NULL, "w", io); if (!g_re8_fp || setvbuf(g_re8_fp, NULL, _IONBF, 0)) abort(); }
  { cookie_io_functions_t io = { 0 }; io.read = f_re12_io; g_re12_fp = fopencookie(NULL, "r", io); if (!g_re12_fp || setvbuf(g_re12_fp, NULL, _IONBF, 0)) abort(); }
  blk1(RT[0] ^ 43574u);
  blk3(RT[5] ^ 46212u);
  blk3(RT[4] ^ 64160u);
  blk5(RT[0] ^ 2785u);
  blk7(RT[4] ^ 59809u);
  blk7(RT[4] ^ 41946u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
