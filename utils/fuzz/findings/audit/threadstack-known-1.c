/* heap2stack fuzz program, seed 1 */
/* families: threadstack */
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
#include <pthread.h>
#include <sys/mman.h>
static volatile u32 RT[8] = { 17611u, 8271u, 33432u, 15455u, 64937u, 58915u, 61898u, 49756u };
static NOINLINE u64 f_ts2_0(u32 r); static NOINLINE u64 f_ts2_1(u32 r); static NOINLINE u64 f_ts2_2(u32 r); static NOINLINE u64 f_ts2_3(u32 r); static NOINLINE u64 f_ts2_4(u32 r); static NOINLINE u64 f_ts2_5(u32 r); static NOINLINE u64 f_ts2_6(u32 r); static NOINLINE u64 f_ts2_7(u32 r); static NOINLINE u64 f_ts2_8(u32 r); static NOINLINE u64 f_ts2_9(u32 r); static NOINLINE u64 f_ts2_10(u32 r); static NOINLINE u64 f_ts2_11(u32 r); static NOINLINE u64 f_ts2_12(u32 r); static NOINLINE u64 f_ts2_13(u32 r); static NOINLINE u64 f_ts2_14(u32 r); static NOINLINE u64 f_ts2_15(u32 r); static NOINLINE u64 f_ts2_16(u32 r); static NOINLINE u64 f_ts2_17(u32 r); static NOINLINE u64 f_ts2_18(u32 r); static NOINLINE u64 f_ts2_leaf(u32 r);
static volatile u32 g_ts2_zero; /* 0 at run time: the index stays unknown */
static u64 (*const g_ts2_t1[2])(u32) = { f_ts2_1, f_ts2_leaf };
static u64 (*const g_ts2_t3[2])(u32) = { f_ts2_3, f_ts2_leaf };
static u64 (*const g_ts2_t5[2])(u32) = { f_ts2_5, f_ts2_leaf };
static u64 (*const g_ts2_t7[2])(u32) = { f_ts2_7, f_ts2_leaf };
static u64 (*const g_ts2_t10[2])(u32) = { f_ts2_10, f_ts2_leaf };
static u64 (*const g_ts2_t12[2])(u32) = { f_ts2_12, f_ts2_leaf };
static u64 (*const g_ts2_t15[2])(u32) = { f_ts2_15, f_ts2_leaf };
static u64 g_ts2_res; static void *volatile g_ts2_res_pin __attribute__((used)) = (void *)&g_ts2_res;
static NOINLINE u64 f_ts7_0(u32 r); static NOINLINE u64 f_ts7_1(u32 r); static NOINLINE u64 f_ts7_2(u32 r); static NOINLINE u64 f_ts7_3(u32 r);
static u64 g_ts7_res; static void *volatile g_ts7_res_pin __attribute__((used)) = (void *)&g_ts7_res;
static NOINLINE u64 f_ts12_0(u32 r); static NOINLINE u64 f_ts12_1(u32 r); static NOINLINE u64 f_ts12_2(u32 r); static NOINLINE u64 f_ts12_3(u32 r); static NOINLINE u64 f_ts12_4(u32 r); static NOINLINE u64 f_ts12_5(u32 r); static NOINLINE u64 f_ts12_6(u32 r); static NOINLINE u64 f_ts12_7(u32 r); static NOINLINE u64 f_ts12_8(u32 r); static NOINLINE u64 f_ts12_9(u32 r); static NOINLINE u64 f_ts12_10(u32 r); static NOINLINE u64 f_ts12_11(u32 r); static NOINLINE u64 f_ts12_12(u32 r); static NOINLINE u64 f_ts12_13(u32 r); static NOINLINE u64 f_ts12_14(u32 r); static NOINLINE u64 f_ts12_15(u32 r); static NOINLINE u64 f_ts12_16(u32 r); static NOINLINE u64 f_ts12_17(u32 r); static NOINLINE u64 f_ts12_leaf(u32 r);
static volatile u32 g_ts12_zero; /* 0 at run time: the index stays unknown */
static u64 (*const g_ts12_t2[2])(u32) = { f_ts12_2, f_ts12_leaf };
static u64 (*const g_ts12_t5[2])(u32) = { f_ts12_5, f_ts12_leaf };
static u64 (*const g_ts12_t7[2])(u32) = { f_ts12_7, f_ts12_leaf };
static u64 g_ts12_res; static void *volatile g_ts12_res_pin __attribute__((used)) = (void *)&g_ts12_res;
/* fam:helper */
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
/* fam:threadstack */
static NOINLINE u64 f_ts2_leaf(u32 r) { return (u64)r * 228u + 1u; }
static NOINLINE u64 f_ts2_0(u32 r) {
  u8 *b = calloc(3907u, 1);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3907u);
  b[r % 3907u] = (u8)(r * 30u);
  u64 s = r + b[(r >> 3) % 3907u];
  s = s * 7u + g_ts2_t1[g_ts2_zero](r * 5u + 0u);
  s = s * 31u + b[3906u] + b[(r + 7u) % 3907u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_1(u32 r) {
  u8 *b = malloc(3696u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 3696u);
  b[r % 3696u] = (u8)(r * 54u);
  u64 s = r + b[(r >> 3) % 3696u];
  s = s * 7u + f_ts2_2(r * 5u + 1u);
  s = s * 31u + b[3695u] + b[(r + 7u) % 3696u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_2(u32 r) {
  u8 *b = malloc(3502u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3502u);
  b[r % 3502u] = (u8)(r * 81u);
  u64 s = r + b[(r >> 3) % 3502u];
  s = s * 7u + g_ts2_t3[g_ts2_zero](r * 5u + 2u);
  s = s * 31u + b[3501u] + b[(r + 7u) % 3502u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_3(u32 r) {
  u8 *b = calloc(3523u, 1);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3523u);
  b[r % 3523u] = (u8)(r * 93u);
  u64 s = r + b[(r >> 3) % 3523u];
  s = s * 7u + f_ts2_4(r * 5u + 3u);
  s = s * 31u + b[3522u] + b[(r + 7u) % 3523u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_4(u32 r) {
  u8 *b = calloc(3832u, 1);
  if (!b) abort();
  b[r % 3832u] = (u8)(r * 86u);
  u64 s = r + b[(r >> 3) % 3832u];
  s = s * 7u + g_ts2_t5[g_ts2_zero](r * 5u + 4u);
  s += h_sum(b, 3832u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_5(u32 r) {
  u8 *b = calloc(3911u, 1);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3911u);
  b[r % 3911u] = (u8)(r * 5u);
  u64 s = r + b[(r >> 3) % 3911u];
  s = s * 7u + f_ts2_6(r * 5u + 5u);
  s = s * 31u + b[3910u] + b[(r + 7u) % 3911u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_6(u32 r) {
  u8 *b = malloc(3813u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3813u);
  b[r % 3813u] = (u8)(r * 86u);
  u64 s = r + b[(r >> 3) % 3813u];
  s = s * 7u + g_ts2_t7[g_ts2_zero](r * 5u + 6u);
  s += h_sum(b, 3813u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_7(u32 r) {
  u8 *b = malloc(3783u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3783u);
  b[r % 3783u] = (u8)(r * 57u);
  u64 s = r + b[(r >> 3) % 3783u];
  s = s * 7u + f_ts2_8(r * 5u + 7u);
  s = s * 31u + b[3782u] + b[(r + 7u) % 3783u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_8(u32 r) {
  u8 *b = calloc(3567u, 1);
  if (!b) abort();
  b[r % 3567u] = (u8)(r * 48u);
  u64 s = r + b[(r >> 3) % 3567u];
  s = s * 7u + f_ts2_9(r * 5u + 8u);
  s = s * 31u + b[3566u] + b[(r + 7u) % 3567u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_9(u32 r) {
  u8 *b = malloc(3444u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3444u);
  b[r % 3444u] = (u8)(r * 91u);
  u64 s = r + b[(r >> 3) % 3444u];
  s = s * 7u + g_ts2_t10[g_ts2_zero](r * 5u + 9u);
  s = s * 31u + b[3443u] + b[(r + 7u) % 3444u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_10(u32 r) {
  u8 *b = malloc(3992u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3992u);
  b[r % 3992u] = (u8)(r * 83u);
  u64 s = r + b[(r >> 3) % 3992u];
  s = s * 7u + f_ts2_11(r * 5u + 10u);
  s += h_sum(b, 3992u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_11(u32 r) {
  u8 *b = malloc(3412u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3412u);
  b[r % 3412u] = (u8)(r * 70u);
  u64 s = r + b[(r >> 3) % 3412u];
  s = s * 7u + g_ts2_t12[g_ts2_zero](r * 5u + 11u);
  s = s * 31u + b[3411u] + b[(r + 7u) % 3412u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_12(u32 r) {
  u8 *b = calloc(3814u, 1);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3814u);
  b[r % 3814u] = (u8)(r * 74u);
  u64 s = r + b[(r >> 3) % 3814u];
  s = s * 7u + f_ts2_13(r * 5u + 12u);
  s = s * 31u + b[3813u] + b[(r + 7u) % 3814u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_13(u32 r) {
  u8 *b = malloc(4143u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 4143u);
  b[r % 4143u] = (u8)(r * 95u);
  u64 s = r + b[(r >> 3) % 4143u];
  s = s * 7u + f_ts2_14(r * 5u + 13u);
  s = s * 31u + b[4142u] + b[(r + 7u) % 4143u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_14(u32 r) {
  u8 *b = malloc(3974u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 3974u);
  b[r % 3974u] = (u8)(r * 55u);
  u64 s = r + b[(r >> 3) % 3974u];
  s = s * 7u + g_ts2_t15[g_ts2_zero](r * 5u + 14u);
  s = s * 31u + b[3973u] + b[(r + 7u) % 3974u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_15(u32 r) {
  u8 *b = calloc(3773u, 1);
  if (!b) abort();
  b[r % 3773u] = (u8)(r * 65u);
  u64 s = r + b[(r >> 3) % 3773u];
  s = s * 7u + f_ts2_16(r * 5u + 15u);
  s = s * 31u + b[3772u] + b[(r + 7u) % 3773u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_16(u32 r) {
  u8 *b = malloc(3824u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3824u);
  b[r % 3824u] = (u8)(r * 1u);
  u64 s = r + b[(r >> 3) % 3824u];
  s = s * 7u + f_ts2_17(r * 5u + 16u);
  s = s * 31u + b[3823u] + b[(r + 7u) % 3824u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_17(u32 r) {
  u8 *b = malloc(3739u);
  if (!b) abort();
  memset(b, (int)(r + 17u), 3739u);
  b[r % 3739u] = (u8)(r * 77u);
  u64 s = r + b[(r >> 3) % 3739u];
  s = s * 7u + (g_ts2_zero ? f_ts2_leaf : f_ts2_18)(r * 5u + 17u);
  s = s * 31u + b[3738u] + b[(r + 7u) % 3739u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_18(u32 r) {
  u8 *b = calloc(3963u, 1);
  if (!b) abort();
  memset(b, (int)(r + 18u), 3963u);
  b[r % 3963u] = (u8)(r * 12u);
  u64 s = r + b[(r >> 3) % 3963u];
  s = s * 31u + b[3962u] + b[(r + 7u) % 3963u];
  free(b);
  return s;
}
static void *f_ts2_thread(void *arg) { g_ts2_res = f_ts2_0(*(u32 *)arg); return NULL; }
static  void blk1(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr3; pthread_t th4; u32 targ5 = r;
  if (pthread_attr_init(&attr3)) abort();
  if (pthread_attr_setstacksize(&attr3, 61440u) || pthread_attr_setguardsize(&attr3, 65536u)) abort();
  if (pthread_create(&th4, &attr3, f_ts2_thread, &targ5)) abort();
  if (pthread_join(th4, NULL)) abort();
  pthread_attr_destroy(&attr3);
  fold(g_ts2_res);
}
/* fam:threadstack */
static NOINLINE u64 f_ts7_0(u32 r) {
  u8 *b = malloc(2124u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 2124u);
  b[r % 2124u] = (u8)(r * 80u);
  u64 s = r + b[(r >> 3) % 2124u];
  s = s * 7u + f_ts7_1(r * 5u + 0u);
  s += h_sum(b, 2124u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts7_1(u32 r) {
  u8 *b = malloc(1709u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 1709u);
  b[r % 1709u] = (u8)(r * 33u);
  u64 s = r + b[(r >> 3) % 1709u];
  s = s * 7u + f_ts7_2(r * 5u + 1u);
  s = s * 31u + b[1708u] + b[(r + 7u) % 1709u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts7_2(u32 r) {
  u8 *b = calloc(2141u, 1);
  if (!b) abort();
  b[r % 2141u] = (u8)(r * 59u);
  u64 s = r + b[(r >> 3) % 2141u];
  s = s * 7u + f_ts7_3(r * 5u + 2u);
  s = s * 31u + b[2140u] + b[(r + 7u) % 2141u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts7_3(u32 r) {
  u8 *b = malloc(1491u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 1491u);
  b[r % 1491u] = (u8)(r * 40u);
  u64 s = r + b[(r >> 3) % 1491u];
  s = s * 31u + b[1490u] + b[(r + 7u) % 1491u];
  free(b);
  return s;
}
static void *f_ts7_thread(void *arg) { g_ts7_res = f_ts7_0(*(u32 *)arg); return NULL; }
/* fam:threadstack */
static NOINLINE u64 f_ts12_leaf(u32 r) { return (u64)r * 646u + 1u; }
static NOINLINE u64 f_ts12_0(u32 r) {
  u8 *b = malloc(3928u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3928u);
  b[r % 3928u] = (u8)(r * 29u);
  u64 s = r + b[(r >> 3) % 3928u];
  s = s * 7u + f_ts12_1(r * 5u + 0u);
  s = s * 31u + b[3927u] + b[(r + 7u) % 3928u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_1(u32 r) {
  u8 *b = malloc(3989u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 3989u);
  b[r % 3989u] = (u8)(r * 85u);
  u64 s = r + b[(r >> 3) % 3989u];
  s = s * 7u + g_ts12_t2[g_ts12_zero](r * 5u + 1u);
  s = s * 31u + b[3988u] + b[(r + 7u) % 3989u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_2(u32 r) {
  u8 *b = malloc(3705u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3705u);
  b[r % 3705u] = (u8)(r * 28u);
  u64 s = r + b[(r >> 3) % 3705u];
  s = s * 7u + f_ts12_3(r * 5u + 2u);
  s = s * 31u + b[3704u] + b[(r + 7u) % 3705u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_3(u32 r) {
  u8 *b = malloc(3478u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3478u);
  b[r % 3478u] = (u8)(r * 39u);
  u64 s = r + b[(r >> 3) % 3478u];
  s = s * 7u + f_ts12_4(r * 5u + 3u);
  s = s * 31u + b[3477u] + b[(r + 7u) % 3478u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_4(u32 r) {
  u8 *b = malloc(3658u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 3658u);
  b[r % 3658u] = (u8)(r * 2u);
  u64 s = r + b[(r >> 3) % 3658u];
  s = s * 7u + g_ts12_t5[g_ts12_zero](r * 5u + 4u);
  s = s * 31u + b[3657u] + b[(r + 7u) % 3658u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_5(u32 r) {
  u8 *b = calloc(3622u, 1);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3622u);
  b[r % 3622u] = (u8)(r * 91u);
  u64 s = r + b[(r >> 3) % 3622u];
  s = s * 7u + f_ts12_6(r * 5u + 5u);
  s = s * 31u + b[3621u] + b[(r + 7u) % 3622u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_6(u32 r) {
  u8 *b = malloc(3605u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3605u);
  b[r % 3605u] = (u8)(r * 13u);
  u64 s = r + b[(r >> 3) % 3605u];
  s = s * 7u + g_ts12_t7[g_ts12_zero](r * 5u + 6u);
  s += h_sum(b, 3605u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_7(u32 r) {
  u8 *b = calloc(3843u, 1);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3843u);
  b[r % 3843u] = (u8)(r * 14u);
  u64 s = r + b[(r >> 3) % 3843u];
  s = s * 7u + f_ts12_8(r * 5u + 7u);
  s = s * 31u + b[3842u] + b[(r + 7u) % 3843u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_8(u32 r) {
  u8 *b = malloc(3916u);
  if (!b) abort();
  memset(b, (int)(r + 8u), 3916u);
  b[r % 3916u] = (u8)(r * 3u);
  u64 s = r + b[(r >> 3) % 3916u];
  s = s * 7u + (g_ts12_zero == 0u ? f_ts12_9 : f_ts12_leaf)(r * 5u + 8u);
  s = s * 31u + b[3915u] + b[(r + 7u) % 3916u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_9(u32 r) {
  u8 *b = malloc(3688u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3688u);
  b[r % 3688u] = (u8)(r * 21u);
  u64 s = r + b[(r >> 3) % 3688u];
  s = s * 7u + f_ts12_10(r * 5u + 9u);
  s += h_sum(b, 3688u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_10(u32 r) {
  u8 *b = malloc(3976u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3976u);
  b[r % 3976u] = (u8)(r * 44u);
  u64 s = r + b[(r >> 3) % 3976u];
  s = s * 7u + f_ts12_11(r * 5u + 10u);
  s = s * 31u + b[3975u] + b[(r + 7u) % 3976u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_11(u32 r) {
  u8 *b = malloc(3498u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3498u);
  b[r % 3498u] = (u8)(r * 71u);
  u64 s = r + b[(r >> 3) % 3498u];
  s = s * 7u + (g_ts12_zero == 0u ? f_ts12_12 : f_ts12_leaf)(r * 5u + 11u);
  s = s * 31u + b[3497u] + b[(r + 7u) % 3498u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_12(u32 r) {
  u8 *b = malloc(3947u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3947u);
  b[r % 3947u] = (u8)(r * 69u);
  u64 s = r + b[(r >> 3) % 3947u];
  s = s * 7u + f_ts12_13(r * 5u + 12u);
  s += h_sum(b, 3947u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_13(u32 r) {
  u8 *b = malloc(3486u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3486u);
  b[r % 3486u] = (u8)(r * 22u);
  u64 s = r + b[(r >> 3) % 3486u];
  s = s * 7u + (g_ts12_zero ? f_ts12_leaf : f_ts12_14)(r * 5u + 13u);
  s = s * 31u + b[3485u] + b[(r + 7u) % 3486u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_14(u32 r) {
  u8 *b = calloc(3740u, 1);
  if (!b) abort();
  b[r % 3740u] = (u8)(r * 33u);
  u64 s = r + b[(r >> 3) % 3740u];
  s = s * 7u + f_ts12_15(r * 5u + 14u);
  s = s * 31u + b[3739u] + b[(r + 7u) % 3740u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_15(u32 r) {
  u8 *b = malloc(3698u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 3698u);
  b[r % 3698u] = (u8)(r * 78u);
  u64 s = r + b[(r >> 3) % 3698u];
  s = s * 7u + f_ts12_16(r * 5u + 15u);
  s = s * 31u + b[3697u] + b[(r + 7u) % 3698u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_16(u32 r) {
  u8 *b = malloc(3900u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3900u);
  b[r % 3900u] = (u8)(r * 75u);
  u64 s = r + b[(r >> 3) % 3900u];
  s = s * 7u + f_ts12_17(r * 5u + 16u);
  s = s * 31u + b[3899u] + b[(r + 7u) % 3900u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts12_17(u32 r) {
  u8 *b = malloc(3440u);
  if (!b) abort();
  memset(b, (int)(r + 17u), 3440u);
  b[r % 3440u] = (u8)(r * 10u);
  u64 s = r + b[(r >> 3) % 3440u];
  s = s * 31u + b[3439u] + b[(r + 7u) % 3440u];
  free(b);
  return s;
}
static void *f_ts12_thread(void *arg) { g_ts12_res = f_ts12_0(*(u32 *)arg); return NULL; }
static NOINLINE void blk6(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr8; pthread_t th9; u32 targ10 = r;
  if (pthread_attr_init(&attr8)) abort();
  u8 *stk11 = mmap(NULL, 122880u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stk11 == MAP_FAILED || mprotect(stk11, 65536u, PROT_NONE)) abort();
  if (pthread_attr_setstack(&attr8, stk11 + 65536u, 57344u)) abort();
  if (pthread_create(&th9, &attr8, f_ts7_thread, &targ10)) abort();
  if (pthread_join(th9, NULL)) abort();
  pthread_attr_destroy(&attr8);
  munmap(stk11, 122880u);
  fold(g_ts7_res);
  /* fam:threadstack */
  pthread_attr_t attr13; pthread_t th14; u32 targ15 = r;
  if (pthread_attr_init(&attr13)) abort();
  if (pthread_attr_setstacksize(&attr13, 49152u) || pthread_attr_setguardsize(&attr13, 65536u)) abort();
  if (pthread_create(&th14, &attr13, f_ts12_thread, &targ15)) abort();
  if (pthread_join(th14, NULL)) abort();
  pthread_attr_destroy(&attr13);
  fold(g_ts12_res);
}
/* fam:driver */
int main(void) {
  blk1(RT[6] ^ 10046u);
  blk6(RT[1] ^ 34960u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
