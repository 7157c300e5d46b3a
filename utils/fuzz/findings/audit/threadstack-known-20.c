/* heap2stack fuzz program, seed 20 */
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
static volatile u32 RT[8] = { 19818u, 34056u, 13305u, 42916u, 22200u, 3536u, 53939u, 53312u };
static NOINLINE u64 f_ts2_0(u32 r); static NOINLINE u64 f_ts2_1(u32 r); static NOINLINE u64 f_ts2_2(u32 r); static NOINLINE u64 f_ts2_3(u32 r); static NOINLINE u64 f_ts2_4(u32 r); static NOINLINE u64 f_ts2_5(u32 r); static NOINLINE u64 f_ts2_6(u32 r); static NOINLINE u64 f_ts2_7(u32 r); static NOINLINE u64 f_ts2_8(u32 r); static NOINLINE u64 f_ts2_9(u32 r); static NOINLINE u64 f_ts2_10(u32 r); static NOINLINE u64 f_ts2_11(u32 r); static NOINLINE u64 f_ts2_12(u32 r); static NOINLINE u64 f_ts2_13(u32 r); static NOINLINE u64 f_ts2_14(u32 r); static NOINLINE u64 f_ts2_15(u32 r); static NOINLINE u64 f_ts2_16(u32 r); static NOINLINE u64 f_ts2_17(u32 r); static NOINLINE u64 f_ts2_18(u32 r);
static u64 (*volatile g_ts2_fp[19])(u32);
static u64 g_ts2_res; static void *volatile g_ts2_res_pin __attribute__((used)) = (void *)&g_ts2_res;
static NOINLINE u64 f_ts8_0(u32 r); static NOINLINE u64 f_ts8_1(u32 r); static NOINLINE u64 f_ts8_2(u32 r); static NOINLINE u64 f_ts8_3(u32 r); static NOINLINE u64 f_ts8_4(u32 r); static NOINLINE u64 f_ts8_5(u32 r); static NOINLINE u64 f_ts8_6(u32 r); static NOINLINE u64 f_ts8_7(u32 r); static NOINLINE u64 f_ts8_8(u32 r); static NOINLINE u64 f_ts8_9(u32 r); static NOINLINE u64 f_ts8_10(u32 r); static NOINLINE u64 f_ts8_11(u32 r); static NOINLINE u64 f_ts8_12(u32 r); static NOINLINE u64 f_ts8_13(u32 r); static NOINLINE u64 f_ts8_14(u32 r); static NOINLINE u64 f_ts8_15(u32 r); static NOINLINE u64 f_ts8_16(u32 r); static NOINLINE u64 f_ts8_17(u32 r); static NOINLINE u64 f_ts8_18(u32 r); static NOINLINE u64 f_ts8_leaf(u32 r);
static volatile u32 g_ts8_zero; /* 0 at run time: the index stays unknown */
static u64 (*const g_ts8_t4[2])(u32) = { f_ts8_4, f_ts8_leaf };
static u64 (*const g_ts8_t6[2])(u32) = { f_ts8_6, f_ts8_leaf };
static u64 (*const g_ts8_t12[2])(u32) = { f_ts8_12, f_ts8_leaf };
static u64 (*const g_ts8_t14[2])(u32) = { f_ts8_14, f_ts8_leaf };
static u64 g_ts8_res; static void *volatile g_ts8_res_pin __attribute__((used)) = (void *)&g_ts8_res;
static NOINLINE u64 f_ts13_0(u32 r); static NOINLINE u64 f_ts13_1(u32 r); static NOINLINE u64 f_ts13_2(u32 r); static NOINLINE u64 f_ts13_3(u32 r); static NOINLINE u64 f_ts13_4(u32 r); static NOINLINE u64 f_ts13_5(u32 r); static NOINLINE u64 f_ts13_6(u32 r); static NOINLINE u64 f_ts13_7(u32 r); static NOINLINE u64 f_ts13_8(u32 r); static NOINLINE u64 f_ts13_9(u32 r); static NOINLINE u64 f_ts13_10(u32 r); static NOINLINE u64 f_ts13_11(u32 r); static NOINLINE u64 f_ts13_12(u32 r); static NOINLINE u64 f_ts13_13(u32 r); static NOINLINE u64 f_ts13_14(u32 r); static NOINLINE u64 f_ts13_15(u32 r); static NOINLINE u64 f_ts13_16(u32 r); static NOINLINE u64 f_ts13_17(u32 r); static NOINLINE u64 f_ts13_18(u32 r); static NOINLINE u64 f_ts13_19(u32 r);
static u64 (*volatile g_ts13_fp[20])(u32);
static u64 g_ts13_res; static void *volatile g_ts13_res_pin __attribute__((used)) = (void *)&g_ts13_res;
/* fam:helper */
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
/* fam:threadstack */
static NOINLINE u64 f_ts2_0(u32 r) {
  u8 *b = calloc(3567u, 1);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3567u);
  b[r % 3567u] = (u8)(r * 3u);
  u64 s = r + b[(r >> 3) % 3567u];
  s = s * 7u + f_ts2_1(r * 5u + 0u);
  s += h_sum(b, 3567u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_1(u32 r) {
  u8 *b = calloc(3624u, 1);
  if (!b) abort();
  memset(b, (int)(r + 1u), 3624u);
  b[r % 3624u] = (u8)(r * 2u);
  u64 s = r + b[(r >> 3) % 3624u];
  s = s * 7u + f_ts2_2(r * 5u + 1u);
  s = s * 31u + b[3623u] + b[(r + 7u) % 3624u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_2(u32 r) {
  u8 *b = malloc(3686u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3686u);
  b[r % 3686u] = (u8)(r * 89u);
  u64 s = r + b[(r >> 3) % 3686u];
  s = s * 7u + f_ts2_3(r * 5u + 2u);
  s = s * 31u + b[3685u] + b[(r + 7u) % 3686u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_3(u32 r) {
  u8 *b = malloc(3858u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3858u);
  b[r % 3858u] = (u8)(r * 82u);
  u64 s = r + b[(r >> 3) % 3858u];
  s = s * 7u + f_ts2_4(r * 5u + 3u);
  s += h_sum(b, 3858u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_4(u32 r) {
  u8 *b = malloc(3560u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 3560u);
  b[r % 3560u] = (u8)(r * 52u);
  u64 s = r + b[(r >> 3) % 3560u];
  s = s * 7u + f_ts2_5(r * 5u + 4u);
  s = s * 31u + b[3559u] + b[(r + 7u) % 3560u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_5(u32 r) {
  u8 *b = calloc(3528u, 1);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3528u);
  b[r % 3528u] = (u8)(r * 29u);
  u64 s = r + b[(r >> 3) % 3528u];
  s = s * 7u + f_ts2_6(r * 5u + 5u);
  s += h_sum(b, 3528u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_6(u32 r) {
  u8 *b = malloc(3931u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3931u);
  b[r % 3931u] = (u8)(r * 56u);
  u64 s = r + b[(r >> 3) % 3931u];
  s = s * 7u + f_ts2_7(r * 5u + 6u);
  s += h_sum(b, 3931u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_7(u32 r) {
  u8 *b = malloc(3482u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3482u);
  b[r % 3482u] = (u8)(r * 38u);
  u64 s = r + b[(r >> 3) % 3482u];
  s = s * 7u + f_ts2_8(r * 5u + 7u);
  s += h_sum(b, 3482u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_8(u32 r) {
  u8 *b = calloc(3722u, 1);
  if (!b) abort();
  b[r % 3722u] = (u8)(r * 59u);
  u64 s = r + b[(r >> 3) % 3722u];
  s = s * 7u + g_ts2_fp[9](r * 5u + 8u);
  s = s * 31u + b[3721u] + b[(r + 7u) % 3722u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_9(u32 r) {
  u8 *b = calloc(3455u, 1);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3455u);
  b[r % 3455u] = (u8)(r * 59u);
  u64 s = r + b[(r >> 3) % 3455u];
  s = s * 7u + f_ts2_10(r * 5u + 9u);
  s = s * 31u + b[3454u] + b[(r + 7u) % 3455u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_10(u32 r) {
  u8 *b = calloc(3987u, 1);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3987u);
  b[r % 3987u] = (u8)(r * 43u);
  u64 s = r + b[(r >> 3) % 3987u];
  s = s * 7u + f_ts2_11(r * 5u + 10u);
  s += h_sum(b, 3987u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_11(u32 r) {
  u8 *b = calloc(3708u, 1);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3708u);
  b[r % 3708u] = (u8)(r * 4u);
  u64 s = r + b[(r >> 3) % 3708u];
  s = s * 7u + g_ts2_fp[12](r * 5u + 11u);
  s += h_sum(b, 3708u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_12(u32 r) {
  u8 *b = malloc(3412u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3412u);
  b[r % 3412u] = (u8)(r * 4u);
  u64 s = r + b[(r >> 3) % 3412u];
  s = s * 7u + f_ts2_13(r * 5u + 12u);
  s = s * 31u + b[3411u] + b[(r + 7u) % 3412u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_13(u32 r) {
  u8 *b = malloc(3538u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3538u);
  b[r % 3538u] = (u8)(r * 17u);
  u64 s = r + b[(r >> 3) % 3538u];
  s = s * 7u + g_ts2_fp[14](r * 5u + 13u);
  s = s * 31u + b[3537u] + b[(r + 7u) % 3538u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_14(u32 r) {
  u8 *b = malloc(3501u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 3501u);
  b[r % 3501u] = (u8)(r * 31u);
  u64 s = r + b[(r >> 3) % 3501u];
  s = s * 7u + f_ts2_15(r * 5u + 14u);
  s += h_sum(b, 3501u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_15(u32 r) {
  u8 *b = malloc(3708u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 3708u);
  b[r % 3708u] = (u8)(r * 72u);
  u64 s = r + b[(r >> 3) % 3708u];
  s = s * 7u + g_ts2_fp[16](r * 5u + 15u);
  s = s * 31u + b[3707u] + b[(r + 7u) % 3708u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_16(u32 r) {
  u8 *b = malloc(3484u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3484u);
  b[r % 3484u] = (u8)(r * 63u);
  u64 s = r + b[(r >> 3) % 3484u];
  s = s * 7u + f_ts2_17(r * 5u + 16u);
  s += h_sum(b, 3484u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_17(u32 r) {
  u8 *b = malloc(3718u);
  if (!b) abort();
  memset(b, (int)(r + 17u), 3718u);
  b[r % 3718u] = (u8)(r * 13u);
  u64 s = r + b[(r >> 3) % 3718u];
  s = s * 7u + f_ts2_18(r * 5u + 17u);
  s = s * 31u + b[3717u] + b[(r + 7u) % 3718u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_18(u32 r) {
  u8 *b = calloc(3773u, 1);
  if (!b) abort();
  memset(b, (int)(r + 18u), 3773u);
  b[r % 3773u] = (u8)(r * 87u);
  u64 s = r + b[(r >> 3) % 3773u];
  s = s * 31u + b[3772u] + b[(r + 7u) % 3773u];
  free(b);
  return s;
}
static void *f_ts2_thread(void *arg) { g_ts2_res = f_ts2_0(*(u32 *)arg); return NULL; }
static NOINLINE void blk1(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr3; pthread_t th4; u32 targ5 = r;
  if (pthread_attr_init(&attr3)) abort();
  u8 *stk6 = mmap(NULL, 126976u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stk6 == MAP_FAILED || mprotect(stk6, 65536u, PROT_NONE)) abort();
  if (pthread_attr_setstack(&attr3, stk6 + 65536u, 61440u)) abort();
  if (pthread_create(&th4, &attr3, f_ts2_thread, &targ5)) abort();
  if (pthread_join(th4, NULL)) abort();
  pthread_attr_destroy(&attr3);
  munmap(stk6, 126976u);
  fold(g_ts2_res);
}
/* fam:threadstack */
static NOINLINE u64 f_ts8_leaf(u32 r) { return (u64)r * 103u + 1u; }
static NOINLINE u64 f_ts8_0(u32 r) {
  u8 *b = malloc(3442u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3442u);
  b[r % 3442u] = (u8)(r * 96u);
  u64 s = r + b[(r >> 3) % 3442u];
  s = s * 7u + f_ts8_1(r * 5u + 0u);
  s += h_sum(b, 3442u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_1(u32 r) {
  u8 *b = calloc(4737u, 1);
  if (!b) abort();
  b[r % 4737u] = (u8)(r * 37u);
  u64 s = r + b[(r >> 3) % 4737u];
  s = s * 7u + f_ts8_2(r * 5u + 1u);
  s = s * 31u + b[4736u] + b[(r + 7u) % 4737u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_2(u32 r) {
  u8 *b = calloc(3541u, 1);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3541u);
  b[r % 3541u] = (u8)(r * 72u);
  u64 s = r + b[(r >> 3) % 3541u];
  s = s * 7u + f_ts8_3(r * 5u + 2u);
  s = s * 31u + b[3540u] + b[(r + 7u) % 3541u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_3(u32 r) {
  u8 *b = malloc(3869u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3869u);
  b[r % 3869u] = (u8)(r * 75u);
  u64 s = r + b[(r >> 3) % 3869u];
  s = s * 7u + g_ts8_t4[g_ts8_zero](r * 5u + 3u);
  s = s * 31u + b[3868u] + b[(r + 7u) % 3869u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_4(u32 r) {
  u8 *b = malloc(3605u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 3605u);
  b[r % 3605u] = (u8)(r * 58u);
  u64 s = r + b[(r >> 3) % 3605u];
  s = s * 7u + f_ts8_5(r * 5u + 4u);
  s = s * 31u + b[3604u] + b[(r + 7u) % 3605u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_5(u32 r) {
  u8 *b = calloc(3611u, 1);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3611u);
  b[r % 3611u] = (u8)(r * 18u);
  u64 s = r + b[(r >> 3) % 3611u];
  s = s * 7u + g_ts8_t6[g_ts8_zero](r * 5u + 5u);
  s = s * 31u + b[3610u] + b[(r + 7u) % 3611u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_6(u32 r) {
  u8 *b = malloc(3776u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3776u);
  b[r % 3776u] = (u8)(r * 98u);
  u64 s = r + b[(r >> 3) % 3776u];
  s = s * 7u + f_ts8_7(r * 5u + 6u);
  s += h_sum(b, 3776u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_7(u32 r) {
  u8 *b = malloc(3545u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3545u);
  b[r % 3545u] = (u8)(r * 94u);
  u64 s = r + b[(r >> 3) % 3545u];
  s = s * 7u + (g_ts8_zero ? f_ts8_leaf : f_ts8_8)(r * 5u + 7u);
  s += h_sum(b, 3545u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_8(u32 r) {
  u8 *b = malloc(3943u);
  if (!b) abort();
  memset(b, (int)(r + 8u), 3943u);
  b[r % 3943u] = (u8)(r * 3u);
  u64 s = r + b[(r >> 3) % 3943u];
  s = s * 7u + f_ts8_9(r * 5u + 8u);
  s += h_sum(b, 3943u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_9(u32 r) {
  u8 *b = malloc(3653u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3653u);
  b[r % 3653u] = (u8)(r * 50u);
  u64 s = r + b[(r >> 3) % 3653u];
  s = s * 7u + (g_ts8_zero == 0u ? f_ts8_10 : f_ts8_leaf)(r * 5u + 9u);
  s = s * 31u + b[3652u] + b[(r + 7u) % 3653u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_10(u32 r) {
  u8 *b = calloc(3703u, 1);
  if (!b) abort();
  b[r % 3703u] = (u8)(r * 11u);
  u64 s = r + b[(r >> 3) % 3703u];
  s = s * 7u + f_ts8_11(r * 5u + 10u);
  s = s * 31u + b[3702u] + b[(r + 7u) % 3703u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_11(u32 r) {
  u8 *b = malloc(3528u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3528u);
  b[r % 3528u] = (u8)(r * 85u);
  u64 s = r + b[(r >> 3) % 3528u];
  s = s * 7u + g_ts8_t12[g_ts8_zero](r * 5u + 11u);
  s = s * 31u + b[3527u] + b[(r + 7u) % 3528u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_12(u32 r) {
  u8 *b = malloc(3532u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3532u);
  b[r % 3532u] = (u8)(r * 42u);
  u64 s = r + b[(r >> 3) % 3532u];
  s = s * 7u + f_ts8_13(r * 5u + 12u);
  s = s * 31u + b[3531u] + b[(r + 7u) % 3532u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_13(u32 r) {
  u8 *b = malloc(3974u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3974u);
  b[r % 3974u] = (u8)(r * 82u);
  u64 s = r + b[(r >> 3) % 3974u];
  s = s * 7u + g_ts8_t14[g_ts8_zero](r * 5u + 13u);
  s = s * 31u + b[3973u] + b[(r + 7u) % 3974u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_14(u32 r) {
  u8 *b = malloc(3951u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 3951u);
  b[r % 3951u] = (u8)(r * 96u);
  u64 s = r + b[(r >> 3) % 3951u];
  s = s * 7u + f_ts8_15(r * 5u + 14u);
  s += h_sum(b, 3951u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_15(u32 r) {
  u8 *b = malloc(3594u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 3594u);
  b[r % 3594u] = (u8)(r * 51u);
  u64 s = r + b[(r >> 3) % 3594u];
  s = s * 7u + (g_ts8_zero ? f_ts8_leaf : f_ts8_16)(r * 5u + 15u);
  s = s * 31u + b[3593u] + b[(r + 7u) % 3594u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_16(u32 r) {
  u8 *b = calloc(3882u, 1);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3882u);
  b[r % 3882u] = (u8)(r * 18u);
  u64 s = r + b[(r >> 3) % 3882u];
  s = s * 7u + f_ts8_17(r * 5u + 16u);
  s += h_sum(b, 3882u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_17(u32 r) {
  u8 *b = calloc(3980u, 1);
  if (!b) abort();
  b[r % 3980u] = (u8)(r * 22u);
  u64 s = r + b[(r >> 3) % 3980u];
  s = s * 7u + f_ts8_18(r * 5u + 17u);
  s = s * 31u + b[3979u] + b[(r + 7u) % 3980u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_18(u32 r) {
  u8 *b = malloc(3725u);
  if (!b) abort();
  memset(b, (int)(r + 18u), 3725u);
  b[r % 3725u] = (u8)(r * 19u);
  u64 s = r + b[(r >> 3) % 3725u];
  s += h_sum(b, 3725u);
  free(b);
  return s;
}
static void *f_ts8_thread(void *arg) { g_ts8_res = f_ts8_0(*(u32 *)arg); return NULL; }
/* fam:threadstack */
static NOINLINE u64 f_ts13_0(u32 r) {
  u8 *b = malloc(3594u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3594u);
  b[r % 3594u] = (u8)(r * 52u);
  u64 s = r + b[(r >> 3) % 3594u];
  s = s * 7u + g_ts13_fp[1](r * 5u + 0u);
  s = s * 31u + b[3593u] + b[(r + 7u) % 3594u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_1(u32 r) {
  u8 *b = calloc(3713u, 1);
  if (!b) abort();
  b[r % 3713u] = (u8)(r * 28u);
  u64 s = r + b[(r >> 3) % 3713u];
  s = s * 7u + f_ts13_2(r * 5u + 1u);
  s = s * 31u + b[3712u] + b[(r + 7u) % 3713u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_2(u32 r) {
  u8 *b = calloc(3611u, 1);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3611u);
  b[r % 3611u] = (u8)(r * 27u);
  u64 s = r + b[(r >> 3) % 3611u];
  s = s * 7u + f_ts13_3(r * 5u + 2u);
  s = s * 31u + b[3610u] + b[(r + 7u) % 3611u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_3(u32 r) {
  u8 *b = malloc(7974u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 7974u);
  b[r % 7974u] = (u8)(r * 47u);
  u64 s = r + b[(r >> 3) % 7974u];
  s = s * 7u + f_ts13_4(r * 5u + 3u);
  s = s * 31u + b[7973u] + b[(r + 7u) % 7974u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_4(u32 r) {
  u8 *b = calloc(3588u, 1);
  if (!b) abort();
  b[r % 3588u] = (u8)(r * 38u);
  u64 s = r + b[(r >> 3) % 3588u];
  s = s * 7u + f_ts13_5(r * 5u + 4u);
  s += h_sum(b, 3588u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_5(u32 r) {
  u8 *b = malloc(3786u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3786u);
  b[r % 3786u] = (u8)(r * 37u);
  u64 s = r + b[(r >> 3) % 3786u];
  s = s * 7u + f_ts13_6(r * 5u + 5u);
  s = s * 31u + b[3785u] + b[(r + 7u) % 3786u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_6(u32 r) {
  u8 *b = calloc(3531u, 1);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3531u);
  b[r % 3531u] = (u8)(r * 77u);
  u64 s = r + b[(r >> 3) % 3531u];
  s = s * 7u + f_ts13_7(r * 5u + 6u);
  s = s * 31u + b[3530u] + b[(r + 7u) % 3531u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_7(u32 r) {
  u8 *b = malloc(3519u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3519u);
  b[r % 3519u] = (u8)(r * 54u);
  u64 s = r + b[(r >> 3) % 3519u];
  s = s * 7u + g_ts13_fp[8](r * 5u + 7u);
  s = s * 31u + b[3518u] + b[(r + 7u) % 3519u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_8(u32 r) {
  u8 *b = calloc(3596u, 1);
  if (!b) abort();
  b[r % 3596u] = (u8)(r * 88u);
  u64 s = r + b[(r >> 3) % 3596u];
  s = s * 7u + f_ts13_9(r * 5u + 8u);
  s = s * 31u + b[3595u] + b[(r + 7u) % 3596u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_9(u32 r) {
  u8 *b = calloc(3444u, 1);
  if (!b) abort();
  b[r % 3444u] = (u8)(r * 23u);
  u64 s = r + b[(r >> 3) % 3444u];
  s = s * 7u + f_ts13_10(r * 5u + 9u);
  s = s * 31u + b[3443u] + b[(r + 7u) % 3444u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_10(u32 r) {
  u8 *b = calloc(3977u, 1);
  if (!b) abort();
  b[r % 3977u] = (u8)(r * 21u);
  u64 s = r + b[(r >> 3) % 3977u];
  s = s * 7u + f_ts13_11(r * 5u + 10u);
  s += h_sum(b, 3977u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_11(u32 r) {
  u8 *b = malloc(3638u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3638u);
  b[r % 3638u] = (u8)(r * 13u);
  u64 s = r + b[(r >> 3) % 3638u];
  s = s * 7u + f_ts13_12(r * 5u + 11u);
  s = s * 31u + b[3637u] + b[(r + 7u) % 3638u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_12(u32 r) {
  u8 *b = malloc(3856u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3856u);
  b[r % 3856u] = (u8)(r * 43u);
  u64 s = r + b[(r >> 3) % 3856u];
  s = s * 7u + f_ts13_13(r * 5u + 12u);
  s = s * 31u + b[3855u] + b[(r + 7u) % 3856u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_13(u32 r) {
  u8 *b = calloc(3571u, 1);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3571u);
  b[r % 3571u] = (u8)(r * 12u);
  u64 s = r + b[(r >> 3) % 3571u];
  s = s * 7u + f_ts13_14(r * 5u + 13u);
  s = s * 31u + b[3570u] + b[(r + 7u) % 3571u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_14(u32 r) {
  u8 *b = malloc(3661u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 3661u);
  b[r % 3661u] = (u8)(r * 34u);
  u64 s = r + b[(r >> 3) % 3661u];
  s = s * 7u + f_ts13_15(r * 5u + 14u);
  s = s * 31u + b[3660u] + b[(r + 7u) % 3661u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_15(u32 r) {
  u8 *b = calloc(7392u, 1);
  if (!b) abort();
  b[r % 7392u] = (u8)(r * 87u);
  u64 s = r + b[(r >> 3) % 7392u];
  s = s * 7u + f_ts13_16(r * 5u + 15u);
  s += h_sum(b, 7392u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_16(u32 r) {
  u8 *b = malloc(3414u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3414u);
  b[r % 3414u] = (u8)(r * 74u);
  u64 s = r + b[(r >> 3) % 3414u];
  s = s * 7u + f_ts13_17(r * 5u + 16u);
  s = s * 31u + b[3413u] + b[(r + 7u) % 3414u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_17(u32 r) {
  u8 *b = malloc(3561u);
  if (!b) abort();
  memset(b, (int)(r + 17u), 3561u);
  b[r % 3561u] = (u8)(r * 82u);
  u64 s = r + b[(r >> 3) % 3561u];
  s = s * 7u + g_ts13_fp[18](r * 5u + 17u);
  s += h_sum(b, 3561u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_18(u32 r) {
  u8 *b = malloc(3443u);
  if (!b) abort();
  memset(b, (int)(r + 18u), 3443u);
  b[r % 3443u] = (u8)(r * 78u);
  u64 s = r + b[(r >> 3) % 3443u];
  s = s * 7u + f_ts13_19(r * 5u + 18u);
  s = s * 31u + b[3442u] + b[(r + 7u) % 3443u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_19(u32 r) {
  u8 *b = malloc(3974u);
  if (!b) abort();
  memset(b, (int)(r + 19u), 3974u);
  b[r % 3974u] = (u8)(r * 12u);
  u64 s = r + b[(r >> 3) % 3974u];
  s += h_sum(b, 3974u);
  free(b);
  return s;
}
static void *f_ts13_thread(void *arg) { g_ts13_res = f_ts13_0(*(u32 *)arg); return NULL; }
static NOINLINE void blk7(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr9; pthread_t th10; u32 targ11 = r;
  if (pthread_attr_init(&attr9)) abort();
  u8 *stk12 = mmap(NULL, 122880u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stk12 == MAP_FAILED || mprotect(stk12, 65536u, PROT_NONE)) abort();
  if (pthread_attr_setstack(&attr9, stk12 + 65536u, 57344u)) abort();
  if (pthread_create(&th10, &attr9, f_ts8_thread, &targ11)) abort();
  if (pthread_join(th10, NULL)) abort();
  pthread_attr_destroy(&attr9);
  munmap(stk12, 122880u);
  fold(g_ts8_res);
  /* fam:threadstack */
  pthread_attr_t attr14; pthread_t th15; u32 targ16 = r;
  if (pthread_attr_init(&attr14)) abort();
  if (pthread_attr_setstacksize(&attr14, 49152u) || pthread_attr_setguardsize(&attr14, 65536u)) abort();
  if (pthread_create(&th15, &attr14, f_ts13_thread, &targ16)) abort();
  if (pthread_join(th15, NULL)) abort();
  pthread_attr_destroy(&attr14);
  fold(g_ts13_res);
}
/* fam:driver */
int main(void) {
  g_ts2_fp[9] = f_ts2_9; g_ts2_fp[12] = f_ts2_12; g_ts2_fp[14] = f_ts2_14; g_ts2_fp[16] = f_ts2_16;
  g_ts13_fp[1] = f_ts13_1; g_ts13_fp[8] = f_ts13_8; g_ts13_fp[18] = f_ts13_18;
  blk1(RT[5] ^ 13731u);
  blk1(RT[7] ^ 24766u);
  blk7(RT[1] ^ 4513u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
