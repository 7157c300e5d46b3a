/* heap2stack fuzz program, seed 18 */
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
static volatile u32 RT[8] = { 23758u, 16097u, 58828u, 43851u, 31391u, 25944u, 64161u, 64754u };
static NOINLINE u64 f_re2_0(u32 d, u32 r); static NOINLINE u64 f_re2_leaf(u32 d, u32 r);
struct g_re2_ops { u32 scale; u64 (*enter)(u32 d, u32 r); u64 (*leaf)(u32 d, u32 r); };
static struct g_re2_ops g_re2_o = { 3u, f_re2_0, f_re2_leaf }; static void *volatile g_re2_o_pin __attribute__((used)) = (void *)&g_re2_o;
static NOINLINE u64 f_re3_0(u32 d, u32 r); static NOINLINE u64 f_re3_1(u32 d, u32 r); static NOINLINE u64 f_re3_leaf(u32 d, u32 r);
static u32 g_re3_pend, g_re3_r; static u64 g_re3_ret, g_re3_sum; static FILE *g_re3_fp; static void *volatile g_re3_pend_pin __attribute__((used)) = (void *)&g_re3_pend;
/* fam:helper */
static NOINLINE void h_free(void *p) { free(p); }
/* fam:reenter */
static NOINLINE u64 f_re2_leaf(u32 d, u32 r) { return (u64)d * 535u + r; }
static NOINLINE u64 f_re2_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = malloc(3857u);
  if (!b) abort();
  memset(b, (int)(d + r + 0u), 3857u);
  b[(d * 22u + r) % 3857u] ^= (u8)(d + 121u);
  s += g_re2_o.scale * (d > 0u ? g_re2_o.enter(d - 1u, r) : g_re2_o.leaf(d, r));
  s = s * 31u + b[(r + d) % 3857u] + b[3856u];
  free(b);
  return s;
}
/* fam:reenter */
static NOINLINE u64 f_re3_leaf(u32 d, u32 r) { return (u64)d * 149u + r; }
static ssize_t f_re3_io(void *c, char *buf, size_t n) {
  (void)c;
  size_t m = n < 8u ? n : 1u;
  for (size_t i = 0; i < m; i++) buf[i] = (char)(65u + (g_re3_sum + i) % 26u);
  g_re3_sum = g_re3_sum * 33u + m;
  return (ssize_t)m;
}
static NOINLINE u64 f_re3_0(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  b[(d * 21u + r) % 4000u] ^= (u8)(d + 97u);
  s += f_re3_1(d, r * 3u + 0u);
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  free(b);
  return s;
}
static NOINLINE u64 f_re3_1(u32 d, u32 r) {
  u64 s = d;
  u8 *b = calloc(4000u, 1);
  if (!b) abort();
  b[(d * 56u + r) % 4000u] ^= (u8)(d + 67u);
  g_re3_pend = 0; g_re3_r = r; g_re3_ret = 0;
  u8 tmp[8]; clearerr(g_re3_fp); size_t got = fread(tmp, 1, 8u, g_re3_fp);
  for (size_t i = 0; i < got; i++) s = s * 3u + tmp[i];
  s += g_re3_ret + g_re3_sum;
  g_re3_pend = 0;
  s = s * 31u + b[(r + d) % 4000u] + b[3999u];
  h_free(b);
  return s;
}
static  void blk1(u32 r) {
  /* fam:reenter */
  fold(f_re2_0(2647u, r));
  /* fam:reenter */
  fold(f_re3_0(33u, r));
}
/* fam:reenter */
static u64 f_re5_h(u32 d, u32 r) {
  u8 *b = calloc(904u, 1);
  if (!b) abort();
  b[(d * 12u + r) % 904u] ^= (u8)(d + 251u);
  u64 s = b[(r + d) % 904u] * 7u + b[903u];
  free(b);
  return s;
}
static NOINLINE u64 f_re5_0(u32 d, u32 r) {
  u64 s = r;
  for (u32 i = 0; i < d; i++) s = (s * 3u + f_re5_h(i, r)) % 1000003u;
  return s;
}
/* fam:reenter */
static u64 f_re6_h(u32 d, u32 r) {
  u8 *b = calloc(627u, 1);
  if (!b) abort();
  memset(b, (int)(d + r), 627u);
  b[(d * 81u + r) % 627u] ^= (u8)(d + 201u);
  u64 s = b[(r + d) % 627u] * 7u + b[626u];
  free(b);
  return s;
}
static NOINLINE u64 f_re6_0(u32 d, u32 r) {
  if (d == 0u) return r;
  u64 t = f_re6_0(d - 1u, r + 1u);
  return (t * 3u + f_re6_h(d, r ^ (u32)t)) % 1000003u;
}
/* fam:reenter */
static u64 f_re7_h(u32 d, u32 r) {
  u8 *b = malloc(744u);
  if (!b) abort();
  memset(b, (int)(d + r), 744u);
  b[(d * 50u + r) % 744u] ^= (u8)(d + 213u);
  u64 s = b[(r + d) % 744u] * 7u + b[743u];
  free(b);
  return s;
}
static NOINLINE u64 f_re7_0(u32 d, u32 r) {
  u64 s = r;
  for (u32 i = 0; i < d; i++) s = (s * 3u + f_re7_h(i, r)) % 1000003u;
  return s;
}
static NOINLINE void blk4(u32 r) {
  /* fam:reenter */
  fold(f_re5_0(10u, r));
  /* fam:reenter */
  fold(f_re6_0(16333u, r));
  /* fam:reenter */
  fold(f_re7_0(9u, r));
}
/* fam:driver */
int main(void) {
  { cookie_io_functions_t io = { 0 }; io.read = f_re3_io; g_re3_fp = fopencookie(NULL, "r", io); if (!g_re3_fp || setvbuf(g_re3_fp, NULL, _IONBF, 0)) abort(); }
  blk1(RT[2] ^ 43986u);
  blk1(RT[5] ^ 39506u);
  blk4(RT[6] ^ 2375u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
