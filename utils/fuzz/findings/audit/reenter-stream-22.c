/* heap2stack fuzz program, seed 22 */
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
static volatile u32 RT[8] = { 18398u, 31800u, 3095u, 58606u, 24150u, 15806u, 45304u, 10440u };
static NOINLINE u64 f_re2_0(u32 d, u32 r); static NOINLINE u64 f_re2_1(u32 d, u32 r); static NOINLINE u64 f_re2_2(u32 d, u32 r); static NOINLINE u64 f_re2_leaf(u32 d, u32 r);
struct g_re2_ops { u32 scale; u64 (*enter)(u32 d, u32 r); u64 (*leaf)(u32 d, u32 r); };
static struct g_re2_ops g_re2_o = { 1u, f_re2_0, f_re2_leaf }; static void *volatile g_re2_o_pin __attribute__((used)) = (void *)&g_re2_o;
static NOINLINE u64 f_re3_0(u32 d, u32 r); static NOINLINE u64 f_re3_1(u32 d, u32 r); static NOINLINE u64 f_re3_leaf(u32 d, u32 r);
struct g_re3_ops { u32 scale; u64 (*enter)(u32 d, u32 r); u64 (*leaf)(u32 d, u32 r); };
static struct g_re3_ops g_re3_o = { 5u, f_re3_0, f_re3_leaf }; static void *volatile g_re3_o_pin __attribute__((used)) = (void *)&g_re3_o;
static NOINLINE u64 f_re5_0(u32 d, u32 r); static NOINLINE u64 f_re5_1(u32 d, u32 r); static NOINLINE u64 f_re5_leaf(u32 d, u32 r);
static u32 g_re5_pend, g_re5_r; static u64 g_re5_ret, g_re5_sum; static FILE *g_re5_fp; static void *volatile g_re5_pend_pin __attribute__((used)) = (void *)&g_re5_pend;
static NOINLINE u64 f_re6_0(u32 d, u32 r); static NOINLINE u64 f_re6_leaf(u32 d, u32 r);
struct g_re6_ops { u32 scale; u64 (*enter)(u32 d, u32 r); u64 (*leaf)(u32 d, u32 r); };
static struct g_re6_ops g_re6_o = { 1u, f_re6_0, f_re6_leaf }; static void *volatile g_re6_o_pin __attribute__((used)) = (void *)&g_re6_o;
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
/* fam:reenter */
static NOINLINE u64 f_re2_leaf(u32 d, u32 r) { return (u64)d * 903u + r; }
static NOINLINE u64 f_re2_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3284u, 1);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 3284u);
  b[(d * 54u + r) % 3284u] ^= (u8)(d + 97u);
  s += f_re2_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 3284u] + b[3283u];
  free(b);
  return s;
}
static NOINLINE u64 f_re2_1(u32 d, u32 r) {
  u64 s = d;
  s += f_re2_2(d, r * 3u + 1u);
  return s;
}
static NOINLINE u64 f_re2_2(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3333u);
  if (!b) abort();
  memset(b, (int)(d + r + 2u), 3333u);
  b[(d * 75u + r) % 3333u] ^= (u8)(d + 31u);
  s += g_re2_o.scale * (d > 0u ? g_re2_o.enter(d - 1u, r) : g_re2_o.leaf(d, r));
  s = s * 31u + b[(r + d) % 3333u] + b[3332u];
  h_free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re3_leaf(u32 d, u32 r) { return (u64)d * 287u + r; }
static NOINLINE u64 f_re3_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(2634u, 1);
  if (!b) abort();
  b[(d * 56u + r) % 2634u] ^= (u8)(d + 25u);
  s += f_re3_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 2634u] + b[2633u];
  free(b);
  return s;
}
static NOINLINE u64 f_re3_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(3689u, 1);
  if (!b) abort();
  b[(d * 54u + r) % 3689u] ^= (u8)(d + 128u);
  s += g_re3_o.scale * (d > 0u ? g_re3_o.enter(d - 1u, r) : g_re3_o.leaf(d, r));
  s = s * 31u + b[(r + d) % 3689u] + b[3688u];
  h_free(b);
  return s;
}
static NOINLINE void blk1(u32 r) {
  /* fam:reenter */
  fold(f_re2_0(1521u, r));
  /* fam:reenter */
  fold(f_re3_0(1747u, r));
}
/* fam:reenter */
static NOINLINE u64 f_re5_leaf(u32 d, u32 r) { return (u64)d * 443u + r; }
static ssize_t f_re5_io(void *c, char *buf, size_t n) {
  (void)c;
  if (g_re5_pend) { u32 dd = g_re5_pend; g_re5_pend = 0; g_re5_ret = f_re5_0(dd - 1u, g_re5_r); g_re5_sum = g_re5_sum * 33u + n; return 0; }
  size_t m = n < 7u ? n : 1u;
  for (size_t i = 0; i < m; i++) buf[i] = (char)(65u + (g_re5_sum + i) % 26u);
  g_re5_sum = g_re5_sum * 33u + m;
  return (ssize_t)m;
}
static NOINLINE u64 f_re5_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3962u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 3962u);
  b[(d * 26u + r) % 3962u] ^= (u8)(d + 122u);
  s += f_re5_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 3962u] + b[3961u];
  free(b);
  return s;
}
static NOINLINE u64 f_re5_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(4000u);
  if (!b) abort();
  memset(b, (int)(d + r + 1u), 4000u);
  b[(d * 13u + r) % 4000u] ^= (u8)(d + 234u);
  g_re5_pend = d; g_re5_r = r; g_re5_ret = 0;
  u8 tmp[3]; clearerr(g_re5_fp); size_t got = fread(tmp, 1, 3u, g_re5_fp);
  for (size_t i = 0; i < got; i++) s = s * 3u + tmp[i];
  s += g_re5_ret + g_re5_sum;
  g_re5_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re6_leaf(u32 d, u32 r) { return (u64)d * 455u + r; }
static NOINLINE u64 f_re6_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(2487u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 2487u);
  b[(d * 69u + r) % 2487u] ^= (u8)(d + 68u);
  s += g_re6_o.scale * (d > 0u ? g_re6_o.enter(d - 1u, r) : g_re6_o.leaf(d, r));
  s = s * 31u + b[(r + d) % 2487u] + b[2486u];
  h_free(b);
  return s;
}
static  void blk4(u32 r) {
  /* fam:reenter */
  fold(f_re5_0(1345u, r));
  /* fam:reenter */
  fold(f_re6_0(4537u, r));
}
/* fam:driver */
int main(void) {
  { cookie_io_functions_t io = { 0 }; io.read = f_re5_io; g_re5_fp = fopencookie(NULL, "r", io); if (!g_re5_fp || setvbuf(g_re5_fp, NULL, _IONBF, 0)) abort(); }
  blk1(RT[0] ^ 25566u);
  blk4(RT[1] ^ 19342u);
  blk4(RT[7] ^ 5664u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
