/* heap2stack fuzz program, seed 256 */
/* families: fillers */
/* fortify: -D_FORTIFY_SOURCE=2 */
#define _FORTIFY_SOURCE 2
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
static volatile u32 RT[8] = { 64074u, 40677u, 56657u, 47972u, 49158u, 5227u, 59926u, 56695u };
static u8 g_fl2_cell = 120u; static void *volatile g_fl2_cell_pin __attribute__((used)) = (void *)&g_fl2_cell;
static NOINLINE u64 f_flsum(const u8 *p, u32 nb) { u64 h = nb; for (u32 j = 0; j < nb; j++) if (j < 8u || j >= 16u) h = h * 131u + p[j]; return h; }
static u8 g_fl6_cell = 113u; static void *volatile g_fl6_cell_pin __attribute__((used)) = (void *)&g_fl6_cell;
static u8 *g_fl6_lk; static u32 g_fl6_lknb; static void *volatile g_fl6_lk_pin __attribute__((used)) = (void *)&g_fl6_lk;
static NOINLINE void f_mkclob(u32 s) { volatile u8 junk[16384]; for (u32 i = 0; i < 16384u; i++) junk[i] = (u8)(s + i * 3u); }
static u8 g_fl8_cell = 141u; static void *volatile g_fl8_cell_pin __attribute__((used)) = (void *)&g_fl8_cell;
static u8 g_fl8_fb[sizeof(void *)]; static u32 g_fl8_fbnb, g_fl8_fbh; static void *volatile g_fl8_fb_pin __attribute__((used)) = (void *)&g_fl8_fb;
static u8 g_fl13_cell = 59u; static void *volatile g_fl13_cell_pin __attribute__((used)) = (void *)&g_fl13_cell;
static u8 g_fl16_cell = 51u; static void *volatile g_fl16_cell_pin __attribute__((used)) = (void *)&g_fl16_cell;
static struct f_fl16_s g_fl16_cs; static void *volatile g_fl16_cs_pin __attribute__((used)) = (void *)&g_fl16_cs;
static uintptr_t g_fl16_ca; static u32 g_fl16_canb, g_fl16_cah; static void *volatile g_fl16_ca_pin __attribute__((used)) = (void *)&g_fl16_ca;
/* fam:helper */
/* fam:fillers */
struct f_fl2_s { u8 *data; u32 len; u32 tag; u8 *aux; struct f_fl2_in { u32 k; u8 *p; } in; u8 *slots[2]; uintptr_t cookie; u8 raw[sizeof(void *)]; void *other; };
static NOINLINE void *f_fl2_x(size_t n) { void *p = malloc(n); if (!p) abort(); return p; }
static  void f_fl2_init(struct f_fl2_s *b, size_t n, u32 s) {
  b->data = NULL;
  for (u32 it = 0; it <= (s & 3u); it++) {
    u8 *p = f_fl2_x(n);
    if (!p) abort();
    for (u32 i = 0; i < (u32)n; i++) p[i] = (u8)(s + it + i * 197u);
    free(b->data); b->data = p;
  }
  u8 *p = b->data;
  b->len = (u32)n;
}
/* fam:fillers */
static NOINLINE void f_fl2_fini_nonull(struct f_fl2_s *b) { free(b->data); }
/* fam:fillers */
static  void f_fl2_ds(struct f_fl2_s *b) { memcpy(b->data + 8, &b->data, sizeof(void *)); }
/* fam:fillers */
static NOINLINE void f_fl2_u3(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl2_s b; memset(&b, 0, sizeof b);
  f_fl2_init(&b, 100u, r + 1u);
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.data[j]);
  b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
  f_fl2_ds(&b);
  { u8 *x; memcpy(&x, b.data + 8, sizeof x); fold(x == b.data); fold(x[0]); }
  f_fl2_fini_nonull(&b); b.data = NULL;
  f_fl2_init(&b, 24u, r * 3u + 1u);
  fold(f_flsum(b.data, b.len));
  b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
  f_fl2_fini_nonull(&b); b.data = NULL;
}
/* fam:fillers */
static  void f_fl2_u4(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl2_s arr[2]; memset(arr, 0, sizeof arr);
  for (u32 it = 0; it < 2u; it++) {
    f_fl2_init(&arr[it], 16u, r + it * 37u);
  }
  for (u32 it = 0; it < 2u; it++) {
    if (!arr[it].data) continue;
    fold(f_flsum(arr[it].data, arr[it].len));
    arr[it].data[r % 8u] += 1u; if (arr[it].len > 16u) arr[it].data[16u + r % (arr[it].len - 16u)] ^= (u8)r;
    if (it > 0u && arr[it - 1u].data) fold(arr[it - 1u].data != arr[it].data);
  }
  for (u32 it = 0; it < 2u; it++) {
    if (!arr[it].data) continue;
    fold(f_flsum(arr[it].data, arr[it].len));
  }
}
/* fam:fillers */
static  void f_fl2_u5(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl2_s b; memset(&b, 0, sizeof b);
  f_fl2_init(&b, 48u, r + 27u);
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.data[j]);
  b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
}
/* fam:fillers */
struct f_fl6_s { u8 *data; u32 len; u32 tag; u8 *aux; struct f_fl6_in { u32 k; u8 *p; } in; u8 *slots[2]; uintptr_t cookie; u8 raw[sizeof(void *)]; void *other; };
static NOINLINE void *f_fl6_x(size_t n) { void *p = malloc(n); if (!p) abort(); return p; }
static NOINLINE int f_fl6_init(struct f_fl6_s *b, u32 s) {
  u8 *p = f_fl6_x(256u);
  if (!p) return -1;
  if (s % 4u == 2u) { free(p); return -1; }
  for (u32 i = 0; i < (u32)256u; i++) p[i] = (u8)(s + i * 3u);
  b->data = p;
  b->len = (u32)256u;
  memcpy(p + 8, &p, sizeof p);
  return 0;
}
/* fam:fillers */
static NOINLINE void f_fl6_fini_other_field(struct f_fl6_s *b) { free(b->aux); b->aux = NULL; }
/* fam:fillers */
static NOINLINE void f_fl6_so(struct f_fl6_s *b, void *q) { b->other = q; }
/* fam:fillers */
static  void f_fl6_u7(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl6_s b; memset(&b, 0, sizeof b);
  if (f_fl6_init(&b, r + 14u) != 0) { fold(1u); return; }
  fold(f_flsum(b.data, b.len));
  b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
  f_fl6_so(&b, &cell);
  fold(*(u8 *)b.other);
  { u8 *x; memcpy(&x, b.data + 8, sizeof x); g_fl6_lk = x; g_fl6_lknb = b.len; }
}
/* fam:fillers */
struct f_fl8_s { u8 *data; u32 len; u32 tag; u8 *aux; struct f_fl8_in { u32 k; u8 *p; } in; u8 *slots[2]; uintptr_t cookie; u8 raw[sizeof(void *)]; void *other; };
static NOINLINE int f_fl8_init(struct f_fl8_s *b, size_t n, u32 s) {
  u8 *p = calloc(n, 1);
  if (!p) abort();
  if (s % 6u == 2u) { free(p); return -1; }
  for (u32 i = 0; i < (u32)n; i++) p[i] += (u8)(s + i * 78u);
  b->aux = p;
  b->len = (u32)n;
  memcpy(g_fl8_fb, &b->aux, sizeof g_fl8_fb); g_fl8_fbh = 1u; g_fl8_fbnb = (u32)n;
  return 0;
}
/* fam:fillers */
static  void f_fl8_u9(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl8_s arr[4]; memset(arr, 0, sizeof arr);
  for (u32 it = 0; it < 4u; it++) {
    if (f_fl8_init(&arr[it], 400u, r + it * 30u) != 0) { fold(1u); continue; }
  }
  for (u32 it = 0; it < 4u; it++) {
    if (!arr[it].aux) continue;
    fold(f_flsum(arr[it].aux, arr[it].len));
    arr[it].aux[r % 8u] += 1u; if (arr[it].len > 16u) arr[it].aux[16u + r % (arr[it].len - 16u)] ^= (u8)r;
    if (it > 0u && arr[it - 1u].aux) fold(arr[it - 1u].aux != arr[it].aux);
  }
  for (u32 it = 0; it < 4u; it++) {
    if (!arr[it].aux) continue;
    for (u32 j = 0; j < arr[it].len; j++) if (j < 8u || j >= 16u) fold(arr[it].aux[j]);
  }
}
/* fam:fillers */
static NOINLINE void f_fl8_u10(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl8_s b; memset(&b, 0, sizeof b);
  for (u32 it = 0; it < 2u; it++) {
    if (f_fl8_init(&b, 32u, r + it * 10u) != 0) { fold(1u); continue; }
    for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.aux[j]);
    b.aux[r % 8u] += 1u; if (b.len > 16u) b.aux[16u + r % (b.len - 16u)] ^= (u8)r;
  }
}
/* fam:fillers */
static NOINLINE void f_fl8_u11(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl8_s b; memset(&b, 0, sizeof b);
  if (f_fl8_init(&b, 256u, r + 24u) != 0) { fold(1u); return; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.aux[j]);
  b.aux[r % 8u] += 1u; if (b.len > 16u) b.aux[16u + r % (b.len - 16u)] ^= (u8)r;
  if (f_fl8_init(&b, (RT[2] % 31u + 16u), r * 3u + 1u) != 0) { fold(1u); return; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.aux[j]);
  b.aux[r % 8u] += 1u; if (b.len > 16u) b.aux[16u + r % (b.len - 16u)] ^= (u8)r;
}
static NOINLINE void blk1(u32 r) {
  /* fam:fillers */
  f_fl2_u3(r + 697u);
  f_fl2_u3(r + 413u);
  f_fl2_u4(r + 715u);
  f_fl2_u4(r + 116u);
  f_fl2_u5(r + 439u);
  f_fl2_u5(r + 48u);
  /* fam:fillers */
  f_fl6_u7(r + 659u);
  /* fam:fillers */
  f_fl8_u9(r + 244u);
  f_fl8_u10(r + 673u);
  f_fl8_u11(r + 336u);
}
/* fam:fillers */
struct f_fl13_s { u8 *data; u32 len; u32 tag; u8 *aux; struct f_fl13_in { u32 k; u8 *p; } in; u8 *slots[2]; uintptr_t cookie; u8 raw[sizeof(void *)]; void *other; };
static NOINLINE int f_fl13_init(struct f_fl13_s *b, u32 s) {
  u8 *p = aligned_alloc(16, 256u);
  if (!p) abort();
  for (u32 i = 0; i < (u32)256u; i++) p[i] = (u8)(s + i * 189u);
  b->data = p;
  b->len = (u32)256u;
  if (s % 6u == 2u) { free(b->data); b->data = NULL; return -1; }
  { u8 *gp = &g_fl13_cell; memcpy(p + 8, &gp, sizeof gp); }
  return 0;
}
/* fam:fillers */
static NOINLINE void f_fl13_so(struct f_fl13_s *b, void *q) { b->other = q; }
/* fam:fillers */
static NOINLINE void f_fl13_ss(struct f_fl13_s *b) { b->other = b->data + 4; }
/* fam:fillers */
static NOINLINE void f_fl13_u14(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl13_s b; memset(&b, 0, sizeof b);
  if (f_fl13_init(&b, r + 58u) != 0) { fold(1u); return; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.data[j]);
  b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
  f_fl13_so(&b, &cell);
  fold(*(u8 *)b.other);
  f_fl13_ss(&b);
  fold(*(u8 *)b.other); fold((u8 *)b.other == b.data + 4);
  if (f_fl13_init(&b, r * 3u + 1u) != 0) { fold(1u); return; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.data[j]);
  b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
}
/* fam:fillers */
static  u64 f_fl13_rd(const struct f_fl13_s *b) { return f_flsum(b->data, b->len); }
/* fam:fillers */
static  void f_fl13_u15(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl13_s b; memset(&b, 0, sizeof b);
  for (u32 it = 0; it < 4u; it++) {
    if (f_fl13_init(&b, r + it * 41u) != 0) { fold(1u); continue; }
    fold(f_flsum(b.data, b.len));
    b.data[r % 8u] += 1u; if (b.len > 16u) b.data[16u + r % (b.len - 16u)] ^= (u8)r;
    fold(f_fl13_rd(&b));
    free(b.data); b.data = NULL;
  }
}
/* fam:fillers */
struct f_fl16_s { u8 *data; u32 len; u32 tag; u8 *aux; struct f_fl16_in { u32 k; u8 *p; } in; u8 *slots[2]; uintptr_t cookie; u8 raw[sizeof(void *)]; void *other; };
static  int f_fl16_init(struct f_fl16_s *b, u32 s) {
  b->in.p = aligned_alloc(16, 32u);
  if (!b->in.p) abort();
  u8 *p = b->in.p;
  for (u32 i = 0; i < (u32)32u; i++) p[i] = (u8)(s + i * 201u);
  b->len = (u32)32u;
  if (s % 3u == 2u) { free(b->in.p); b->in.p = NULL; return -1; }
  return 0;
}
/* fam:fillers */
static NOINLINE u32 f_fl16_fini_cond(struct f_fl16_s *b, u32 c) { if (c) { free(b->in.p); b->in.p = NULL; return 1u; } return 0u; }
/* fam:fillers */
static NOINLINE void f_fl16_so(struct f_fl16_s *b, void *q) { b->other = q; }
/* fam:fillers */
static  void f_fl16_ss(struct f_fl16_s *b) { b->other = b->in.p + 4; }
/* fam:fillers */
static NOINLINE void f_fl16_u17(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl16_s b; memset(&b, 0, sizeof b);
  if (f_fl16_init(&b, r + 0u) != 0) { fold(1u); return; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.in.p[j]);
  b.in.p[r % 8u] += 1u; if (b.len > 16u) b.in.p[16u + r % (b.len - 16u)] ^= (u8)r;
  f_fl16_so(&b, b.in.p + 4);
  fold(*(u8 *)b.other);
  f_fl16_ss(&b);
  fold(*(u8 *)b.other); fold((u8 *)b.other == b.in.p + 4);
  g_fl16_cs = b;
}
/* fam:fillers */
static NOINLINE struct f_fl16_s f_fl16_get19(u32 r) {
  u8 cell = (u8)r; (void)cell;
  struct f_fl16_s b; memset(&b, 0, sizeof b);
  if (f_fl16_init(&b, r + 16u) != 0) { fold(1u); return b; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.in.p[j]);
  return b;
}
/* fam:fillers */
static  void f_fl16_u18(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl16_s b = f_fl16_get19(r);
  f_mkclob(31496u);
  if (!b.in.p) return;
  fold(f_flsum(b.in.p, b.len));
  b.in.p[r % 8u] += 1u; if (b.len > 16u) b.in.p[16u + r % (b.len - 16u)] ^= (u8)r;
  free(b.in.p); b.in.p = NULL;
}
/* fam:fillers */
static NOINLINE void f_fl16_put(struct f_fl16_s *b, u32 s) { for (u32 j = 0; j < b->len; j++) if (j < 8u || j >= 16u) b->in.p[j] ^= (u8)(s + j); }
/* fam:fillers */
static  void f_fl16_dn(struct f_fl16_s *b, u32 s) { u8 *in = malloc(8); if (!in) abort();
  for (u32 j = 0; j < 8u; j++) in[j] = (u8)(s * 3u + j);
  memcpy(b->in.p + 8, &in, sizeof in); }
/* fam:fillers */
static NOINLINE void f_fl16_u20(u32 r) {
  u8 cell = (u8)(r * 7u + 1u); (void)cell;
  struct f_fl16_s b; memset(&b, 0, sizeof b);
  if (f_fl16_init(&b, r + 48u) != 0) { fold(1u); return; }
  for (u32 j = 0; j < b.len; j++) if (j < 8u || j >= 16u) fold(b.in.p[j]);
  b.in.p[r % 8u] += 1u; if (b.len > 16u) b.in.p[16u + r % (b.len - 16u)] ^= (u8)r;
  f_fl16_put(&b, r);
  f_fl16_dn(&b, r);
  { u8 *x; memcpy(&x, b.in.p + 8, sizeof x); for (u32 j = 0; j < 8u; j++) fold(x[j]); free(x); }
  { uintptr_t x; memcpy(&x, &b.in.p, sizeof x); g_fl16_ca = x ^ (uintptr_t)742920558u; g_fl16_cah = 1u; g_fl16_canb = b.len; }
}
static  void blk12(u32 r) {
  /* fam:fillers */
  f_fl13_u14(r + 168u);
  f_fl13_u15(r + 201u);
  f_fl13_u15(r + 407u);
  /* fam:fillers */
  f_fl16_u17(r + 679u);
  f_fl16_u18(r + 383u);
  f_fl16_u20(r + 792u);
  f_fl16_u20(r + 599u);
}
/* fam:driver */
int main(void) {
  blk1(RT[7] ^ 28957u);
  {
    f_mkclob(55798u);
    if (g_fl6_lk) {
      fold(f_flsum(g_fl6_lk, g_fl6_lknb));
      free(g_fl6_lk); g_fl6_lk = NULL; }
    f_mkclob(31820u);
    if (g_fl8_fbh) { u8 *q; memcpy(&q, g_fl8_fb, sizeof q); g_fl8_fbh = 0;
      for (u32 j = 0; j < g_fl8_fbnb; j++) if (j < 8u || j >= 16u) fold(q[j]);
      free(q); }
  }
  blk1(RT[3] ^ 4825u);
  {
    f_mkclob(55798u);
    if (g_fl6_lk) {
      fold(f_flsum(g_fl6_lk, g_fl6_lknb));
      free(g_fl6_lk); g_fl6_lk = NULL; }
    f_mkclob(31820u);
    if (g_fl8_fbh) { u8 *q; memcpy(&q, g_fl8_fb, sizeof q); g_fl8_fbh = 0;
      for (u32 j = 0; j < g_fl8_fbnb; j++) if (j < 8u || j >= 16u) fold(q[j]);
      free(q); }
  }
  blk12(RT[4] ^ 44387u);
  {
    f_mkclob(44603u);
    if (g_fl16_cs.in.p) { u8 *q = g_fl16_cs.in.p;
      for (u32 j = 0; j < g_fl16_cs.len; j++) if (j < 8u || j >= 16u) fold(q[j]);
      free(q); g_fl16_cs.in.p = NULL; }
    f_mkclob(42252u);
    if (g_fl16_cah) { u8 *q = (u8 *)(g_fl16_ca ^ (uintptr_t)742920558u); g_fl16_cah = 0;
      for (u32 j = 0; j < g_fl16_canb; j++) if (j < 8u || j >= 16u) fold(q[j]);
      free(q); }
  }
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
