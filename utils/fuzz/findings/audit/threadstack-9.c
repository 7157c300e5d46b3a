/* heap2stack fuzz program, seed 9 */
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
static volatile u32 RT[8] = { 60687u, 48930u, 35013u, 18158u, 24398u, 843u, 44345u, 60780u };
static NOINLINE u64 f_ts2_0(u32 r); static NOINLINE u64 f_ts2_1(u32 r); static NOINLINE u64 f_ts2_2(u32 r); static NOINLINE u64 f_ts2_3(u32 r); static NOINLINE u64 f_ts2_4(u32 r); static NOINLINE u64 f_ts2_5(u32 r); static NOINLINE u64 f_ts2_6(u32 r); static NOINLINE u64 f_ts2_7(u32 r); static NOINLINE u64 f_ts2_8(u32 r); static NOINLINE u64 f_ts2_9(u32 r); static NOINLINE u64 f_ts2_10(u32 r); static NOINLINE u64 f_ts2_11(u32 r); static NOINLINE u64 f_ts2_12(u32 r); static NOINLINE u64 f_ts2_13(u32 r);
static u64 (*volatile g_ts2_fp[14])(u32);
static u64 g_ts2_res; static void *volatile g_ts2_res_pin __attribute__((used)) = (void *)&g_ts2_res;
static NOINLINE u64 f_ts8_0(u32 r); static NOINLINE u64 f_ts8_1(u32 r); static NOINLINE u64 f_ts8_2(u32 r); static NOINLINE u64 f_ts8_3(u32 r); static NOINLINE u64 f_ts8_4(u32 r); static NOINLINE u64 f_ts8_5(u32 r); static NOINLINE u64 f_ts8_6(u32 r); static NOINLINE u64 f_ts8_7(u32 r); static NOINLINE u64 f_ts8_8(u32 r); static NOINLINE u64 f_ts8_9(u32 r); static NOINLINE u64 f_ts8_10(u32 r); static NOINLINE u64 f_ts8_11(u32 r); static NOINLINE u64 f_ts8_12(u32 r); static NOINLINE u64 f_ts8_13(u32 r); static NOINLINE u64 f_ts8_14(u32 r); static NOINLINE u64 f_ts8_15(u32 r); static NOINLINE u64 f_ts8_16(u32 r); static NOINLINE u64 f_ts8_17(u32 r); static NOINLINE u64 f_ts8_18(u32 r); static NOINLINE u64 f_ts8_19(u32 r);
static u64 (*g_ts8_fp[20])(u32) = { 0, 0, 0, 0, f_ts8_4, 0, f_ts8_6, 0, 0, 0, 0, 0, 0, 0, f_ts8_14, 0, 0, 0, 0, 0 }; static void *volatile g_ts8_fp_pin __attribute__((used)) = (void *)&g_ts8_fp;
static u64 g_ts8_res; static void *volatile g_ts8_res_pin __attribute__((used)) = (void *)&g_ts8_res;
static NOINLINE u64 f_ts13_0(u32 r); static NOINLINE u64 f_ts13_1(u32 r); static NOINLINE u64 f_ts13_2(u32 r); static NOINLINE u64 f_ts13_3(u32 r); static NOINLINE u64 f_ts13_4(u32 r); static NOINLINE u64 f_ts13_5(u32 r); static NOINLINE u64 f_ts13_6(u32 r); static NOINLINE u64 f_ts13_7(u32 r); static NOINLINE u64 f_ts13_8(u32 r); static NOINLINE u64 f_ts13_9(u32 r); static NOINLINE u64 f_ts13_10(u32 r); static NOINLINE u64 f_ts13_11(u32 r); static NOINLINE u64 f_ts13_12(u32 r); static NOINLINE u64 f_ts13_13(u32 r); static NOINLINE u64 f_ts13_14(u32 r); static NOINLINE u64 f_ts13_15(u32 r);
static u64 (*volatile g_ts13_fp[16])(u32);
static u64 g_ts13_res; static void *volatile g_ts13_res_pin __attribute__((used)) = (void *)&g_ts13_res;
static NOINLINE u64 f_ts17_0(u32 r); static NOINLINE u64 f_ts17_1(u32 r); static NOINLINE u64 f_ts17_2(u32 r); static NOINLINE u64 f_ts17_3(u32 r); static NOINLINE u64 f_ts17_4(u32 r); static NOINLINE u64 f_ts17_5(u32 r); static NOINLINE u64 f_ts17_6(u32 r); static NOINLINE u64 f_ts17_7(u32 r); static NOINLINE u64 f_ts17_8(u32 r); static NOINLINE u64 f_ts17_9(u32 r); static NOINLINE u64 f_ts17_10(u32 r); static NOINLINE u64 f_ts17_11(u32 r); static NOINLINE u64 f_ts17_12(u32 r); static NOINLINE u64 f_ts17_13(u32 r); static NOINLINE u64 f_ts17_14(u32 r); static NOINLINE u64 f_ts17_15(u32 r);
static u64 (*g_ts17_fp[16])(u32) = { 0, 0, 0, 0, 0, 0, 0, 0, f_ts17_8, 0, 0, 0, f_ts17_12, 0, 0, 0 }; static void *volatile g_ts17_fp_pin __attribute__((used)) = (void *)&g_ts17_fp;
static u64 g_ts17_res; static void *volatile g_ts17_res_pin __attribute__((used)) = (void *)&g_ts17_res;
static NOINLINE u64 f_ts22_0(u32 r); static NOINLINE u64 f_ts22_1(u32 r); static NOINLINE u64 f_ts22_2(u32 r); static NOINLINE u64 f_ts22_3(u32 r); static NOINLINE u64 f_ts22_4(u32 r); static NOINLINE u64 f_ts22_5(u32 r); static NOINLINE u64 f_ts22_6(u32 r); static NOINLINE u64 f_ts22_7(u32 r); static NOINLINE u64 f_ts22_8(u32 r); static NOINLINE u64 f_ts22_9(u32 r); static NOINLINE u64 f_ts22_10(u32 r); static NOINLINE u64 f_ts22_11(u32 r); static NOINLINE u64 f_ts22_12(u32 r); static NOINLINE u64 f_ts22_13(u32 r); static NOINLINE u64 f_ts22_14(u32 r); static NOINLINE u64 f_ts22_15(u32 r); static NOINLINE u64 f_ts22_16(u32 r); static NOINLINE u64 f_ts22_17(u32 r);
static u64 (*g_ts22_fp[18])(u32) = { 0, 0, 0, 0, f_ts22_4, 0, 0, 0, 0, 0, 0, f_ts22_11, 0, f_ts22_13, 0, 0, 0, 0 }; static void *volatile g_ts22_fp_pin __attribute__((used)) = (void *)&g_ts22_fp;
static u64 g_ts22_res; static void *volatile g_ts22_res_pin __attribute__((used)) = (void *)&g_ts22_res;
static NOINLINE u64 f_ts27_0(u32 r); static NOINLINE u64 f_ts27_1(u32 r); static NOINLINE u64 f_ts27_2(u32 r); static NOINLINE u64 f_ts27_3(u32 r); static NOINLINE u64 f_ts27_4(u32 r); static NOINLINE u64 f_ts27_5(u32 r); static NOINLINE u64 f_ts27_6(u32 r); static NOINLINE u64 f_ts27_7(u32 r); static NOINLINE u64 f_ts27_8(u32 r); static NOINLINE u64 f_ts27_9(u32 r); static NOINLINE u64 f_ts27_10(u32 r); static NOINLINE u64 f_ts27_11(u32 r); static NOINLINE u64 f_ts27_12(u32 r); static NOINLINE u64 f_ts27_13(u32 r); static NOINLINE u64 f_ts27_14(u32 r); static NOINLINE u64 f_ts27_15(u32 r);
static u64 (*g_ts27_fp[16])(u32) = { 0, f_ts27_1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, f_ts27_13, 0, f_ts27_15 }; static void *volatile g_ts27_fp_pin __attribute__((used)) = (void *)&g_ts27_fp;
static u64 g_ts27_res; static void *volatile g_ts27_res_pin __attribute__((used)) = (void *)&g_ts27_res;
static NOINLINE u64 f_ts31_0(u32 r); static NOINLINE u64 f_ts31_1(u32 r); static NOINLINE u64 f_ts31_2(u32 r); static NOINLINE u64 f_ts31_3(u32 r); static NOINLINE u64 f_ts31_4(u32 r); static NOINLINE u64 f_ts31_5(u32 r); static NOINLINE u64 f_ts31_6(u32 r); static NOINLINE u64 f_ts31_7(u32 r); static NOINLINE u64 f_ts31_8(u32 r); static NOINLINE u64 f_ts31_9(u32 r); static NOINLINE u64 f_ts31_10(u32 r); static NOINLINE u64 f_ts31_11(u32 r); static NOINLINE u64 f_ts31_12(u32 r); static NOINLINE u64 f_ts31_13(u32 r); static NOINLINE u64 f_ts31_14(u32 r); static NOINLINE u64 f_ts31_15(u32 r); static NOINLINE u64 f_ts31_16(u32 r); static NOINLINE u64 f_ts31_17(u32 r); static NOINLINE u64 f_ts31_18(u32 r); static NOINLINE u64 f_ts31_19(u32 r);
static u64 (*g_ts31_fp[20])(u32) = { 0, 0, 0, 0, 0, f_ts31_5, 0, 0, 0, 0, 0, f_ts31_11, 0, 0, 0, 0, 0, f_ts31_17, 0, 0 }; static void *volatile g_ts31_fp_pin __attribute__((used)) = (void *)&g_ts31_fp;
static u64 g_ts31_res; static void *volatile g_ts31_res_pin __attribute__((used)) = (void *)&g_ts31_res;
/* fam:helper */
static NOINLINE u64 h_sum(const void *p, u32 nb) {
  const u8 *b = p; u64 s = 0;
  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];
  return s;
}
/* fam:threadstack */
static NOINLINE u64 f_ts2_0(u32 r) {
  u8 *b = malloc(1440u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 1440u);
  b[r % 1440u] = (u8)(r * 27u);
  u64 s = r + b[(r >> 3) % 1440u];
  s = s * 7u + g_ts2_fp[1](r * 5u + 0u);
  s = s * 31u + b[1439u] + b[(r + 7u) % 1440u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_1(u32 r) {
  u8 *b = malloc(7552u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 7552u);
  b[r % 7552u] = (u8)(r * 35u);
  u64 s = r + b[(r >> 3) % 7552u];
  s = s * 7u + f_ts2_2(r * 5u + 1u);
  s = s * 31u + b[7551u] + b[(r + 7u) % 7552u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_2(u32 r) {
  u8 *b = malloc(2423u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 2423u);
  b[r % 2423u] = (u8)(r * 26u);
  u64 s = r + b[(r >> 3) % 2423u];
  s = s * 7u + f_ts2_3(r * 5u + 2u);
  s = s * 31u + b[2422u] + b[(r + 7u) % 2423u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_3(u32 r) {
  u8 *b = malloc(2708u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 2708u);
  b[r % 2708u] = (u8)(r * 49u);
  u64 s = r + b[(r >> 3) % 2708u];
  s = s * 7u + f_ts2_4(r * 5u + 3u);
  s = s * 31u + b[2707u] + b[(r + 7u) % 2708u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_4(u32 r) {
  u8 *b = malloc(1993u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 1993u);
  b[r % 1993u] = (u8)(r * 95u);
  u64 s = r + b[(r >> 3) % 1993u];
  s = s * 7u + f_ts2_5(r * 5u + 4u);
  s = s * 31u + b[1992u] + b[(r + 7u) % 1993u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_5(u32 r) {
  u8 *b = malloc(3468u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3468u);
  b[r % 3468u] = (u8)(r * 16u);
  u64 s = r + b[(r >> 3) % 3468u];
  s = s * 7u + g_ts2_fp[6](r * 5u + 5u);
  s = s * 31u + b[3467u] + b[(r + 7u) % 3468u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_6(u32 r) {
  u8 *b = malloc(1855u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 1855u);
  b[r % 1855u] = (u8)(r * 2u);
  u64 s = r + b[(r >> 3) % 1855u];
  s = s * 7u + f_ts2_7(r * 5u + 6u);
  s = s * 31u + b[1854u] + b[(r + 7u) % 1855u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_7(u32 r) {
  u8 *b = calloc(1095u, 1);
  if (!b) abort();
  memset(b, (int)(r + 7u), 1095u);
  b[r % 1095u] = (u8)(r * 64u);
  u64 s = r + b[(r >> 3) % 1095u];
  s = s * 7u + g_ts2_fp[8](r * 5u + 7u);
  s = s * 31u + b[1094u] + b[(r + 7u) % 1095u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_8(u32 r) {
  u8 *b = malloc(1305u);
  if (!b) abort();
  memset(b, (int)(r + 8u), 1305u);
  b[r % 1305u] = (u8)(r * 25u);
  u64 s = r + b[(r >> 3) % 1305u];
  s = s * 7u + f_ts2_9(r * 5u + 8u);
  s = s * 31u + b[1304u] + b[(r + 7u) % 1305u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_9(u32 r) {
  u8 *b = malloc(3398u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3398u);
  b[r % 3398u] = (u8)(r * 23u);
  u64 s = r + b[(r >> 3) % 3398u];
  s = s * 7u + g_ts2_fp[10](r * 5u + 9u);
  s = s * 31u + b[3397u] + b[(r + 7u) % 3398u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_10(u32 r) {
  u8 *b = malloc(4434u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 4434u);
  b[r % 4434u] = (u8)(r * 35u);
  u64 s = r + b[(r >> 3) % 4434u];
  s = s * 7u + f_ts2_11(r * 5u + 10u);
  s = s * 31u + b[4433u] + b[(r + 7u) % 4434u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_11(u32 r) {
  u8 *b = calloc(1635u, 1);
  if (!b) abort();
  memset(b, (int)(r + 11u), 1635u);
  b[r % 1635u] = (u8)(r * 74u);
  u64 s = r + b[(r >> 3) % 1635u];
  s = s * 7u + f_ts2_12(r * 5u + 11u);
  s = s * 31u + b[1634u] + b[(r + 7u) % 1635u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_12(u32 r) {
  u8 *b = malloc(3913u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3913u);
  b[r % 3913u] = (u8)(r * 31u);
  u64 s = r + b[(r >> 3) % 3913u];
  s = s * 7u + f_ts2_13(r * 5u + 12u);
  s += h_sum(b, 3913u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts2_13(u32 r) {
  u8 *b = calloc(2522u, 1);
  if (!b) abort();
  b[r % 2522u] = (u8)(r * 73u);
  u64 s = r + b[(r >> 3) % 2522u];
  s = s * 31u + b[2521u] + b[(r + 7u) % 2522u];
  free(b);
  return s;
}
static void *f_ts2_thread(void *arg) { g_ts2_res = f_ts2_0(*(u32 *)arg); return NULL; }
static NOINLINE void blk1(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr3; pthread_t th4; u32 targ5 = r;
  if (pthread_attr_init(&attr3)) abort();
  u8 *stk6 = mmap(NULL, 118784u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stk6 == MAP_FAILED || mprotect(stk6, 65536u, PROT_NONE)) abort();
  if (pthread_attr_setstack(&attr3, stk6 + 65536u, 53248u)) abort();
  if (pthread_create(&th4, &attr3, f_ts2_thread, &targ5)) abort();
  if (pthread_join(th4, NULL)) abort();
  pthread_attr_destroy(&attr3);
  munmap(stk6, 118784u);
  fold(g_ts2_res);
}
/* fam:threadstack */
static NOINLINE u64 f_ts8_0(u32 r) {
  u8 *b = malloc(3467u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3467u);
  b[r % 3467u] = (u8)(r * 83u);
  u64 s = r + b[(r >> 3) % 3467u];
  s = s * 7u + f_ts8_1(r * 5u + 0u);
  s += h_sum(b, 3467u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_1(u32 r) {
  u8 *b = calloc(7381u, 1);
  if (!b) abort();
  memset(b, (int)(r + 1u), 7381u);
  b[r % 7381u] = (u8)(r * 72u);
  u64 s = r + b[(r >> 3) % 7381u];
  s = s * 7u + f_ts8_2(r * 5u + 1u);
  s = s * 31u + b[7380u] + b[(r + 7u) % 7381u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_2(u32 r) {
  u8 *b = calloc(3575u, 1);
  if (!b) abort();
  b[r % 3575u] = (u8)(r * 34u);
  u64 s = r + b[(r >> 3) % 3575u];
  s = s * 7u + f_ts8_3(r * 5u + 2u);
  s += h_sum(b, 3575u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_3(u32 r) {
  u8 *b = malloc(5512u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 5512u);
  b[r % 5512u] = (u8)(r * 22u);
  u64 s = r + b[(r >> 3) % 5512u];
  s = s * 7u + g_ts8_fp[4](r * 5u + 3u);
  s = s * 31u + b[5511u] + b[(r + 7u) % 5512u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_4(u32 r) {
  u8 *b = malloc(3412u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 3412u);
  b[r % 3412u] = (u8)(r * 8u);
  u64 s = r + b[(r >> 3) % 3412u];
  s = s * 7u + f_ts8_5(r * 5u + 4u);
  s = s * 31u + b[3411u] + b[(r + 7u) % 3412u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_5(u32 r) {
  u8 *b = calloc(3701u, 1);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3701u);
  b[r % 3701u] = (u8)(r * 46u);
  u64 s = r + b[(r >> 3) % 3701u];
  s = s * 7u + g_ts8_fp[6](r * 5u + 5u);
  s += h_sum(b, 3701u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_6(u32 r) {
  u8 *b = malloc(3684u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3684u);
  b[r % 3684u] = (u8)(r * 12u);
  u64 s = r + b[(r >> 3) % 3684u];
  s = s * 7u + f_ts8_7(r * 5u + 6u);
  s = s * 31u + b[3683u] + b[(r + 7u) % 3684u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_7(u32 r) {
  u8 *b = malloc(3520u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3520u);
  b[r % 3520u] = (u8)(r * 54u);
  u64 s = r + b[(r >> 3) % 3520u];
  s = s * 7u + f_ts8_8(r * 5u + 7u);
  s = s * 31u + b[3519u] + b[(r + 7u) % 3520u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_8(u32 r) {
  u8 *b = calloc(3792u, 1);
  if (!b) abort();
  b[r % 3792u] = (u8)(r * 22u);
  u64 s = r + b[(r >> 3) % 3792u];
  s = s * 7u + f_ts8_9(r * 5u + 8u);
  s = s * 31u + b[3791u] + b[(r + 7u) % 3792u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_9(u32 r) {
  u8 *b = malloc(3906u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3906u);
  b[r % 3906u] = (u8)(r * 13u);
  u64 s = r + b[(r >> 3) % 3906u];
  s = s * 7u + f_ts8_10(r * 5u + 9u);
  s = s * 31u + b[3905u] + b[(r + 7u) % 3906u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_10(u32 r) {
  u8 *b = malloc(3531u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3531u);
  b[r % 3531u] = (u8)(r * 81u);
  u64 s = r + b[(r >> 3) % 3531u];
  s = s * 7u + f_ts8_11(r * 5u + 10u);
  s = s * 31u + b[3530u] + b[(r + 7u) % 3531u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_11(u32 r) {
  u8 *b = malloc(3627u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3627u);
  b[r % 3627u] = (u8)(r * 26u);
  u64 s = r + b[(r >> 3) % 3627u];
  s = s * 7u + f_ts8_12(r * 5u + 11u);
  s += h_sum(b, 3627u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_12(u32 r) {
  u8 *b = calloc(3972u, 1);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3972u);
  b[r % 3972u] = (u8)(r * 23u);
  u64 s = r + b[(r >> 3) % 3972u];
  s = s * 7u + f_ts8_13(r * 5u + 12u);
  s = s * 31u + b[3971u] + b[(r + 7u) % 3972u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_13(u32 r) {
  u8 *b = calloc(3668u, 1);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3668u);
  b[r % 3668u] = (u8)(r * 84u);
  u64 s = r + b[(r >> 3) % 3668u];
  s = s * 7u + g_ts8_fp[14](r * 5u + 13u);
  s += h_sum(b, 3668u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_14(u32 r) {
  u8 *b = calloc(7666u, 1);
  if (!b) abort();
  memset(b, (int)(r + 14u), 7666u);
  b[r % 7666u] = (u8)(r * 68u);
  u64 s = r + b[(r >> 3) % 7666u];
  s = s * 7u + f_ts8_15(r * 5u + 14u);
  s = s * 31u + b[7665u] + b[(r + 7u) % 7666u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_15(u32 r) {
  u8 *b = calloc(4634u, 1);
  if (!b) abort();
  b[r % 4634u] = (u8)(r * 39u);
  u64 s = r + b[(r >> 3) % 4634u];
  s = s * 7u + f_ts8_16(r * 5u + 15u);
  s += h_sum(b, 4634u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_16(u32 r) {
  u8 *b = malloc(3540u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3540u);
  b[r % 3540u] = (u8)(r * 13u);
  u64 s = r + b[(r >> 3) % 3540u];
  s = s * 7u + f_ts8_17(r * 5u + 16u);
  s = s * 31u + b[3539u] + b[(r + 7u) % 3540u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_17(u32 r) {
  u8 *b = calloc(3901u, 1);
  if (!b) abort();
  b[r % 3901u] = (u8)(r * 87u);
  u64 s = r + b[(r >> 3) % 3901u];
  s = s * 7u + f_ts8_18(r * 5u + 17u);
  s = s * 31u + b[3900u] + b[(r + 7u) % 3901u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_18(u32 r) {
  u8 *b = malloc(3869u);
  if (!b) abort();
  memset(b, (int)(r + 18u), 3869u);
  b[r % 3869u] = (u8)(r * 48u);
  u64 s = r + b[(r >> 3) % 3869u];
  s = s * 7u + f_ts8_19(r * 5u + 18u);
  s = s * 31u + b[3868u] + b[(r + 7u) % 3869u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts8_19(u32 r) {
  u8 *b = malloc(3907u);
  if (!b) abort();
  memset(b, (int)(r + 19u), 3907u);
  b[r % 3907u] = (u8)(r * 5u);
  u64 s = r + b[(r >> 3) % 3907u];
  s = s * 31u + b[3906u] + b[(r + 7u) % 3907u];
  free(b);
  return s;
}
static void *f_ts8_thread(void *arg) { g_ts8_res = f_ts8_0(*(u32 *)arg); return NULL; }
/* fam:threadstack */
static NOINLINE u64 f_ts13_0(u32 r) {
  u8 *b = malloc(5314u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 5314u);
  b[r % 5314u] = (u8)(r * 62u);
  u64 s = r + b[(r >> 3) % 5314u];
  s = s * 7u + g_ts13_fp[1](r * 5u + 0u);
  s = s * 31u + b[5313u] + b[(r + 7u) % 5314u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_1(u32 r) {
  u8 *b = calloc(3757u, 1);
  if (!b) abort();
  memset(b, (int)(r + 1u), 3757u);
  b[r % 3757u] = (u8)(r * 17u);
  u64 s = r + b[(r >> 3) % 3757u];
  s = s * 7u + f_ts13_2(r * 5u + 1u);
  s += h_sum(b, 3757u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_2(u32 r) {
  u8 *b = malloc(3513u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3513u);
  b[r % 3513u] = (u8)(r * 16u);
  u64 s = r + b[(r >> 3) % 3513u];
  s = s * 7u + f_ts13_3(r * 5u + 2u);
  s += h_sum(b, 3513u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_3(u32 r) {
  u8 *b = malloc(3484u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3484u);
  b[r % 3484u] = (u8)(r * 14u);
  u64 s = r + b[(r >> 3) % 3484u];
  s = s * 7u + g_ts13_fp[4](r * 5u + 3u);
  s = s * 31u + b[3483u] + b[(r + 7u) % 3484u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_4(u32 r) {
  u8 *b = malloc(3934u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 3934u);
  b[r % 3934u] = (u8)(r * 48u);
  u64 s = r + b[(r >> 3) % 3934u];
  s = s * 7u + f_ts13_5(r * 5u + 4u);
  s = s * 31u + b[3933u] + b[(r + 7u) % 3934u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_5(u32 r) {
  u8 *b = malloc(3405u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3405u);
  b[r % 3405u] = (u8)(r * 98u);
  u64 s = r + b[(r >> 3) % 3405u];
  s = s * 7u + g_ts13_fp[6](r * 5u + 5u);
  s = s * 31u + b[3404u] + b[(r + 7u) % 3405u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_6(u32 r) {
  u8 *b = malloc(3849u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3849u);
  b[r % 3849u] = (u8)(r * 79u);
  u64 s = r + b[(r >> 3) % 3849u];
  s = s * 7u + f_ts13_7(r * 5u + 6u);
  s += h_sum(b, 3849u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_7(u32 r) {
  u8 *b = malloc(3827u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3827u);
  b[r % 3827u] = (u8)(r * 33u);
  u64 s = r + b[(r >> 3) % 3827u];
  s = s * 7u + f_ts13_8(r * 5u + 7u);
  s = s * 31u + b[3826u] + b[(r + 7u) % 3827u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_8(u32 r) {
  u8 *b = calloc(3625u, 1);
  if (!b) abort();
  memset(b, (int)(r + 8u), 3625u);
  b[r % 3625u] = (u8)(r * 36u);
  u64 s = r + b[(r >> 3) % 3625u];
  s = s * 7u + f_ts13_9(r * 5u + 8u);
  s += h_sum(b, 3625u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_9(u32 r) {
  u8 *b = malloc(3591u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3591u);
  b[r % 3591u] = (u8)(r * 52u);
  u64 s = r + b[(r >> 3) % 3591u];
  s = s * 7u + f_ts13_10(r * 5u + 9u);
  s = s * 31u + b[3590u] + b[(r + 7u) % 3591u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_10(u32 r) {
  u8 *b = malloc(3709u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3709u);
  b[r % 3709u] = (u8)(r * 4u);
  u64 s = r + b[(r >> 3) % 3709u];
  s = s * 7u + g_ts13_fp[11](r * 5u + 10u);
  s = s * 31u + b[3708u] + b[(r + 7u) % 3709u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_11(u32 r) {
  u8 *b = malloc(3729u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3729u);
  b[r % 3729u] = (u8)(r * 73u);
  u64 s = r + b[(r >> 3) % 3729u];
  s = s * 7u + f_ts13_12(r * 5u + 11u);
  s = s * 31u + b[3728u] + b[(r + 7u) % 3729u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_12(u32 r) {
  u8 *b = malloc(3808u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3808u);
  b[r % 3808u] = (u8)(r * 27u);
  u64 s = r + b[(r >> 3) % 3808u];
  s = s * 7u + f_ts13_13(r * 5u + 12u);
  s += h_sum(b, 3808u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_13(u32 r) {
  u8 *b = calloc(3877u, 1);
  if (!b) abort();
  b[r % 3877u] = (u8)(r * 59u);
  u64 s = r + b[(r >> 3) % 3877u];
  s = s * 7u + f_ts13_14(r * 5u + 13u);
  s = s * 31u + b[3876u] + b[(r + 7u) % 3877u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_14(u32 r) {
  u8 *b = malloc(3811u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 3811u);
  b[r % 3811u] = (u8)(r * 42u);
  u64 s = r + b[(r >> 3) % 3811u];
  s = s * 7u + f_ts13_15(r * 5u + 14u);
  s += h_sum(b, 3811u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts13_15(u32 r) {
  u8 *b = malloc(3427u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 3427u);
  b[r % 3427u] = (u8)(r * 28u);
  u64 s = r + b[(r >> 3) % 3427u];
  s = s * 31u + b[3426u] + b[(r + 7u) % 3427u];
  free(b);
  return s;
}
static void *f_ts13_thread(void *arg) { g_ts13_res = f_ts13_0(*(u32 *)arg); return NULL; }
/* fam:threadstack */
static NOINLINE u64 f_ts17_0(u32 r) {
  u8 *b = calloc(2921u, 1);
  if (!b) abort();
  memset(b, (int)(r + 0u), 2921u);
  b[r % 2921u] = (u8)(r * 69u);
  u64 s = r + b[(r >> 3) % 2921u];
  s = s * 7u + f_ts17_1(r * 5u + 0u);
  s += h_sum(b, 2921u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_1(u32 r) {
  u8 *b = malloc(2312u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 2312u);
  b[r % 2312u] = (u8)(r * 12u);
  u64 s = r + b[(r >> 3) % 2312u];
  s = s * 7u + f_ts17_2(r * 5u + 1u);
  s += h_sum(b, 2312u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_2(u32 r) {
  u8 *b = calloc(1417u, 1);
  if (!b) abort();
  b[r % 1417u] = (u8)(r * 52u);
  u64 s = r + b[(r >> 3) % 1417u];
  s = s * 7u + f_ts17_3(r * 5u + 2u);
  s = s * 31u + b[1416u] + b[(r + 7u) % 1417u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_3(u32 r) {
  u8 *b = calloc(3426u, 1);
  if (!b) abort();
  b[r % 3426u] = (u8)(r * 66u);
  u64 s = r + b[(r >> 3) % 3426u];
  s = s * 7u + f_ts17_4(r * 5u + 3u);
  s = s * 31u + b[3425u] + b[(r + 7u) % 3426u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_4(u32 r) {
  u8 *b = malloc(2129u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 2129u);
  b[r % 2129u] = (u8)(r * 42u);
  u64 s = r + b[(r >> 3) % 2129u];
  s = s * 7u + f_ts17_5(r * 5u + 4u);
  s = s * 31u + b[2128u] + b[(r + 7u) % 2129u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_5(u32 r) {
  u8 *b = malloc(3532u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3532u);
  b[r % 3532u] = (u8)(r * 74u);
  u64 s = r + b[(r >> 3) % 3532u];
  s = s * 7u + f_ts17_6(r * 5u + 5u);
  s += h_sum(b, 3532u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_6(u32 r) {
  u8 *b = malloc(1106u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 1106u);
  b[r % 1106u] = (u8)(r * 62u);
  u64 s = r + b[(r >> 3) % 1106u];
  s = s * 7u + f_ts17_7(r * 5u + 6u);
  s = s * 31u + b[1105u] + b[(r + 7u) % 1106u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_7(u32 r) {
  u8 *b = malloc(7596u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 7596u);
  b[r % 7596u] = (u8)(r * 35u);
  u64 s = r + b[(r >> 3) % 7596u];
  s = s * 7u + g_ts17_fp[8](r * 5u + 7u);
  s += h_sum(b, 7596u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_8(u32 r) {
  u8 *b = calloc(2985u, 1);
  if (!b) abort();
  b[r % 2985u] = (u8)(r * 23u);
  u64 s = r + b[(r >> 3) % 2985u];
  s = s * 7u + f_ts17_9(r * 5u + 8u);
  s = s * 31u + b[2984u] + b[(r + 7u) % 2985u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_9(u32 r) {
  u8 *b = calloc(6944u, 1);
  if (!b) abort();
  b[r % 6944u] = (u8)(r * 70u);
  u64 s = r + b[(r >> 3) % 6944u];
  s = s * 7u + f_ts17_10(r * 5u + 9u);
  s += h_sum(b, 6944u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_10(u32 r) {
  u8 *b = malloc(3393u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3393u);
  b[r % 3393u] = (u8)(r * 69u);
  u64 s = r + b[(r >> 3) % 3393u];
  s = s * 7u + f_ts17_11(r * 5u + 10u);
  s = s * 31u + b[3392u] + b[(r + 7u) % 3393u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_11(u32 r) {
  u8 *b = malloc(1419u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 1419u);
  b[r % 1419u] = (u8)(r * 18u);
  u64 s = r + b[(r >> 3) % 1419u];
  s = s * 7u + g_ts17_fp[12](r * 5u + 11u);
  s = s * 31u + b[1418u] + b[(r + 7u) % 1419u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_12(u32 r) {
  u8 *b = malloc(5197u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 5197u);
  b[r % 5197u] = (u8)(r * 28u);
  u64 s = r + b[(r >> 3) % 5197u];
  s = s * 7u + f_ts17_13(r * 5u + 12u);
  s = s * 31u + b[5196u] + b[(r + 7u) % 5197u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_13(u32 r) {
  u8 *b = malloc(7563u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 7563u);
  b[r % 7563u] = (u8)(r * 72u);
  u64 s = r + b[(r >> 3) % 7563u];
  s = s * 7u + f_ts17_14(r * 5u + 13u);
  s = s * 31u + b[7562u] + b[(r + 7u) % 7563u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_14(u32 r) {
  u8 *b = malloc(7003u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 7003u);
  b[r % 7003u] = (u8)(r * 48u);
  u64 s = r + b[(r >> 3) % 7003u];
  s = s * 7u + f_ts17_15(r * 5u + 14u);
  s += h_sum(b, 7003u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts17_15(u32 r) {
  u8 *b = malloc(7361u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 7361u);
  b[r % 7361u] = (u8)(r * 56u);
  u64 s = r + b[(r >> 3) % 7361u];
  s = s * 31u + b[7360u] + b[(r + 7u) % 7361u];
  free(b);
  return s;
}
static void *f_ts17_thread(void *arg) { g_ts17_res = f_ts17_0(*(u32 *)arg); return NULL; }
static NOINLINE void blk7(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr9; pthread_t th10; u32 targ11 = r;
  if (pthread_attr_init(&attr9)) abort();
  u8 *stk12 = mmap(NULL, 118784u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (stk12 == MAP_FAILED || mprotect(stk12, 65536u, PROT_NONE)) abort();
  if (pthread_attr_setstack(&attr9, stk12 + 65536u, 53248u)) abort();
  if (pthread_create(&th10, &attr9, f_ts8_thread, &targ11)) abort();
  if (pthread_join(th10, NULL)) abort();
  pthread_attr_destroy(&attr9);
  munmap(stk12, 118784u);
  fold(g_ts8_res);
  /* fam:threadstack */
  pthread_attr_t attr14; pthread_t th15; u32 targ16 = r;
  if (pthread_attr_init(&attr14)) abort();
  if (pthread_attr_setstacksize(&attr14, 49152u) || pthread_attr_setguardsize(&attr14, 65536u)) abort();
  if (pthread_create(&th15, &attr14, f_ts13_thread, &targ16)) abort();
  if (pthread_join(th15, NULL)) abort();
  pthread_attr_destroy(&attr14);
  fold(g_ts13_res);
  /* fam:threadstack */
  pthread_attr_t attr18; pthread_t th19; u32 targ20 = r;
  if (pthread_attr_init(&attr18)) abort();
  if (pthread_attr_setstacksize(&attr18, 90112u) || pthread_attr_setguardsize(&attr18, 65536u)) abort();
  if (pthread_create(&th19, &attr18, f_ts17_thread, &targ20)) abort();
  if (pthread_join(th19, NULL)) abort();
  pthread_attr_destroy(&attr18);
  fold(g_ts17_res);
}
/* fam:threadstack */
static NOINLINE u64 f_ts22_0(u32 r) {
  u8 *b = malloc(3532u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3532u);
  b[r % 3532u] = (u8)(r * 39u);
  u64 s = r + b[(r >> 3) % 3532u];
  s = s * 7u + f_ts22_1(r * 5u + 0u);
  s = s * 31u + b[3531u] + b[(r + 7u) % 3532u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_1(u32 r) {
  u8 *b = malloc(3651u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 3651u);
  b[r % 3651u] = (u8)(r * 60u);
  u64 s = r + b[(r >> 3) % 3651u];
  s = s * 7u + f_ts22_2(r * 5u + 1u);
  s = s * 31u + b[3650u] + b[(r + 7u) % 3651u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_2(u32 r) {
  u8 *b = malloc(3577u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3577u);
  b[r % 3577u] = (u8)(r * 74u);
  u64 s = r + b[(r >> 3) % 3577u];
  s = s * 7u + f_ts22_3(r * 5u + 2u);
  s = s * 31u + b[3576u] + b[(r + 7u) % 3577u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_3(u32 r) {
  u8 *b = calloc(3935u, 1);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3935u);
  b[r % 3935u] = (u8)(r * 97u);
  u64 s = r + b[(r >> 3) % 3935u];
  s = s * 7u + g_ts22_fp[4](r * 5u + 3u);
  s = s * 31u + b[3934u] + b[(r + 7u) % 3935u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_4(u32 r) {
  u8 *b = malloc(5342u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 5342u);
  b[r % 5342u] = (u8)(r * 5u);
  u64 s = r + b[(r >> 3) % 5342u];
  s = s * 7u + f_ts22_5(r * 5u + 4u);
  s = s * 31u + b[5341u] + b[(r + 7u) % 5342u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_5(u32 r) {
  u8 *b = malloc(3692u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3692u);
  b[r % 3692u] = (u8)(r * 62u);
  u64 s = r + b[(r >> 3) % 3692u];
  s = s * 7u + f_ts22_6(r * 5u + 5u);
  s = s * 31u + b[3691u] + b[(r + 7u) % 3692u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_6(u32 r) {
  u8 *b = calloc(3496u, 1);
  if (!b) abort();
  b[r % 3496u] = (u8)(r * 67u);
  u64 s = r + b[(r >> 3) % 3496u];
  s = s * 7u + f_ts22_7(r * 5u + 6u);
  s += h_sum(b, 3496u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_7(u32 r) {
  u8 *b = calloc(3755u, 1);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3755u);
  b[r % 3755u] = (u8)(r * 26u);
  u64 s = r + b[(r >> 3) % 3755u];
  s = s * 7u + f_ts22_8(r * 5u + 7u);
  s = s * 31u + b[3754u] + b[(r + 7u) % 3755u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_8(u32 r) {
  u8 *b = malloc(3874u);
  if (!b) abort();
  memset(b, (int)(r + 8u), 3874u);
  b[r % 3874u] = (u8)(r * 14u);
  u64 s = r + b[(r >> 3) % 3874u];
  s = s * 7u + f_ts22_9(r * 5u + 8u);
  s += h_sum(b, 3874u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_9(u32 r) {
  u8 *b = calloc(3875u, 1);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3875u);
  b[r % 3875u] = (u8)(r * 40u);
  u64 s = r + b[(r >> 3) % 3875u];
  s = s * 7u + f_ts22_10(r * 5u + 9u);
  s += h_sum(b, 3875u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_10(u32 r) {
  u8 *b = malloc(3824u);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3824u);
  b[r % 3824u] = (u8)(r * 48u);
  u64 s = r + b[(r >> 3) % 3824u];
  s = s * 7u + g_ts22_fp[11](r * 5u + 10u);
  s = s * 31u + b[3823u] + b[(r + 7u) % 3824u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_11(u32 r) {
  u8 *b = malloc(3972u);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3972u);
  b[r % 3972u] = (u8)(r * 71u);
  u64 s = r + b[(r >> 3) % 3972u];
  s = s * 7u + f_ts22_12(r * 5u + 11u);
  s = s * 31u + b[3971u] + b[(r + 7u) % 3972u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_12(u32 r) {
  u8 *b = malloc(3614u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3614u);
  b[r % 3614u] = (u8)(r * 7u);
  u64 s = r + b[(r >> 3) % 3614u];
  s = s * 7u + g_ts22_fp[13](r * 5u + 12u);
  s += h_sum(b, 3614u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_13(u32 r) {
  u8 *b = malloc(3849u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3849u);
  b[r % 3849u] = (u8)(r * 46u);
  u64 s = r + b[(r >> 3) % 3849u];
  s = s * 7u + f_ts22_14(r * 5u + 13u);
  s = s * 31u + b[3848u] + b[(r + 7u) % 3849u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_14(u32 r) {
  u8 *b = malloc(3477u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 3477u);
  b[r % 3477u] = (u8)(r * 91u);
  u64 s = r + b[(r >> 3) % 3477u];
  s = s * 7u + f_ts22_15(r * 5u + 14u);
  s = s * 31u + b[3476u] + b[(r + 7u) % 3477u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_15(u32 r) {
  u8 *b = malloc(3580u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 3580u);
  b[r % 3580u] = (u8)(r * 32u);
  u64 s = r + b[(r >> 3) % 3580u];
  s = s * 7u + f_ts22_16(r * 5u + 15u);
  s = s * 31u + b[3579u] + b[(r + 7u) % 3580u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_16(u32 r) {
  u8 *b = malloc(3831u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3831u);
  b[r % 3831u] = (u8)(r * 90u);
  u64 s = r + b[(r >> 3) % 3831u];
  s = s * 7u + f_ts22_17(r * 5u + 16u);
  s = s * 31u + b[3830u] + b[(r + 7u) % 3831u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts22_17(u32 r) {
  u8 *b = calloc(3757u, 1);
  if (!b) abort();
  b[r % 3757u] = (u8)(r * 53u);
  u64 s = r + b[(r >> 3) % 3757u];
  s += h_sum(b, 3757u);
  free(b);
  return s;
}
static void *f_ts22_thread(void *arg) { g_ts22_res = f_ts22_0(*(u32 *)arg); return NULL; }
static NOINLINE void blk21(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr23; pthread_t th24; u32 targ25 = r;
  if (pthread_attr_init(&attr23)) abort();
  if (pthread_attr_setstacksize(&attr23, 57344u) || pthread_attr_setguardsize(&attr23, 65536u)) abort();
  if (pthread_create(&th24, &attr23, f_ts22_thread, &targ25)) abort();
  if (pthread_join(th24, NULL)) abort();
  pthread_attr_destroy(&attr23);
  fold(g_ts22_res);
}
/* fam:threadstack */
static NOINLINE u64 f_ts27_0(u32 r) {
  u8 *b = malloc(3906u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3906u);
  b[r % 3906u] = (u8)(r * 40u);
  u64 s = r + b[(r >> 3) % 3906u];
  s = s * 7u + g_ts27_fp[1](r * 5u + 0u);
  s = s * 31u + b[3905u] + b[(r + 7u) % 3906u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_1(u32 r) {
  u8 *b = calloc(3599u, 1);
  if (!b) abort();
  b[r % 3599u] = (u8)(r * 61u);
  u64 s = r + b[(r >> 3) % 3599u];
  s = s * 7u + f_ts27_2(r * 5u + 1u);
  s += h_sum(b, 3599u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_2(u32 r) {
  u8 *b = calloc(3699u, 1);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3699u);
  b[r % 3699u] = (u8)(r * 16u);
  u64 s = r + b[(r >> 3) % 3699u];
  s = s * 7u + f_ts27_3(r * 5u + 2u);
  s = s * 31u + b[3698u] + b[(r + 7u) % 3699u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_3(u32 r) {
  u8 *b = calloc(3851u, 1);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3851u);
  b[r % 3851u] = (u8)(r * 65u);
  u64 s = r + b[(r >> 3) % 3851u];
  s = s * 7u + f_ts27_4(r * 5u + 3u);
  s += h_sum(b, 3851u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_4(u32 r) {
  u8 *b = malloc(5622u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 5622u);
  b[r % 5622u] = (u8)(r * 68u);
  u64 s = r + b[(r >> 3) % 5622u];
  s = s * 7u + f_ts27_5(r * 5u + 4u);
  s = s * 31u + b[5621u] + b[(r + 7u) % 5622u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_5(u32 r) {
  u8 *b = malloc(3831u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3831u);
  b[r % 3831u] = (u8)(r * 26u);
  u64 s = r + b[(r >> 3) % 3831u];
  s = s * 7u + f_ts27_6(r * 5u + 5u);
  s = s * 31u + b[3830u] + b[(r + 7u) % 3831u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_6(u32 r) {
  u8 *b = calloc(3886u, 1);
  if (!b) abort();
  b[r % 3886u] = (u8)(r * 41u);
  u64 s = r + b[(r >> 3) % 3886u];
  s = s * 7u + f_ts27_7(r * 5u + 6u);
  s = s * 31u + b[3885u] + b[(r + 7u) % 3886u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_7(u32 r) {
  u8 *b = malloc(3874u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3874u);
  b[r % 3874u] = (u8)(r * 76u);
  u64 s = r + b[(r >> 3) % 3874u];
  s = s * 7u + f_ts27_8(r * 5u + 7u);
  s = s * 31u + b[3873u] + b[(r + 7u) % 3874u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_8(u32 r) {
  u8 *b = malloc(3490u);
  if (!b) abort();
  memset(b, (int)(r + 8u), 3490u);
  b[r % 3490u] = (u8)(r * 53u);
  u64 s = r + b[(r >> 3) % 3490u];
  s = s * 7u + f_ts27_9(r * 5u + 8u);
  s = s * 31u + b[3489u] + b[(r + 7u) % 3490u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_9(u32 r) {
  u8 *b = malloc(3745u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 3745u);
  b[r % 3745u] = (u8)(r * 62u);
  u64 s = r + b[(r >> 3) % 3745u];
  s = s * 7u + f_ts27_10(r * 5u + 9u);
  s += h_sum(b, 3745u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_10(u32 r) {
  u8 *b = calloc(5323u, 1);
  if (!b) abort();
  memset(b, (int)(r + 10u), 5323u);
  b[r % 5323u] = (u8)(r * 53u);
  u64 s = r + b[(r >> 3) % 5323u];
  s = s * 7u + f_ts27_11(r * 5u + 10u);
  s = s * 31u + b[5322u] + b[(r + 7u) % 5323u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_11(u32 r) {
  u8 *b = calloc(4197u, 1);
  if (!b) abort();
  memset(b, (int)(r + 11u), 4197u);
  b[r % 4197u] = (u8)(r * 90u);
  u64 s = r + b[(r >> 3) % 4197u];
  s = s * 7u + f_ts27_12(r * 5u + 11u);
  s = s * 31u + b[4196u] + b[(r + 7u) % 4197u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_12(u32 r) {
  u8 *b = calloc(3983u, 1);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3983u);
  b[r % 3983u] = (u8)(r * 72u);
  u64 s = r + b[(r >> 3) % 3983u];
  s = s * 7u + g_ts27_fp[13](r * 5u + 12u);
  s += h_sum(b, 3983u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_13(u32 r) {
  u8 *b = calloc(3737u, 1);
  if (!b) abort();
  b[r % 3737u] = (u8)(r * 67u);
  u64 s = r + b[(r >> 3) % 3737u];
  s = s * 7u + f_ts27_14(r * 5u + 13u);
  s = s * 31u + b[3736u] + b[(r + 7u) % 3737u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_14(u32 r) {
  u8 *b = malloc(6751u);
  if (!b) abort();
  memset(b, (int)(r + 14u), 6751u);
  b[r % 6751u] = (u8)(r * 21u);
  u64 s = r + b[(r >> 3) % 6751u];
  s = s * 7u + g_ts27_fp[15](r * 5u + 14u);
  s = s * 31u + b[6750u] + b[(r + 7u) % 6751u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts27_15(u32 r) {
  u8 *b = malloc(3726u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 3726u);
  b[r % 3726u] = (u8)(r * 62u);
  u64 s = r + b[(r >> 3) % 3726u];
  s += h_sum(b, 3726u);
  free(b);
  return s;
}
static void *f_ts27_thread(void *arg) { g_ts27_res = f_ts27_0(*(u32 *)arg); return NULL; }
/* fam:threadstack */
static NOINLINE u64 f_ts31_0(u32 r) {
  u8 *b = malloc(3893u);
  if (!b) abort();
  memset(b, (int)(r + 0u), 3893u);
  b[r % 3893u] = (u8)(r * 7u);
  u64 s = r + b[(r >> 3) % 3893u];
  s = s * 7u + f_ts31_1(r * 5u + 0u);
  s = s * 31u + b[3892u] + b[(r + 7u) % 3893u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_1(u32 r) {
  u8 *b = malloc(3489u);
  if (!b) abort();
  memset(b, (int)(r + 1u), 3489u);
  b[r % 3489u] = (u8)(r * 13u);
  u64 s = r + b[(r >> 3) % 3489u];
  s = s * 7u + f_ts31_2(r * 5u + 1u);
  s += h_sum(b, 3489u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_2(u32 r) {
  u8 *b = malloc(3562u);
  if (!b) abort();
  memset(b, (int)(r + 2u), 3562u);
  b[r % 3562u] = (u8)(r * 81u);
  u64 s = r + b[(r >> 3) % 3562u];
  s = s * 7u + f_ts31_3(r * 5u + 2u);
  s = s * 31u + b[3561u] + b[(r + 7u) % 3562u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_3(u32 r) {
  u8 *b = malloc(3600u);
  if (!b) abort();
  memset(b, (int)(r + 3u), 3600u);
  b[r % 3600u] = (u8)(r * 73u);
  u64 s = r + b[(r >> 3) % 3600u];
  s = s * 7u + f_ts31_4(r * 5u + 3u);
  s = s * 31u + b[3599u] + b[(r + 7u) % 3600u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_4(u32 r) {
  u8 *b = malloc(3675u);
  if (!b) abort();
  memset(b, (int)(r + 4u), 3675u);
  b[r % 3675u] = (u8)(r * 32u);
  u64 s = r + b[(r >> 3) % 3675u];
  s = s * 7u + g_ts31_fp[5](r * 5u + 4u);
  s = s * 31u + b[3674u] + b[(r + 7u) % 3675u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_5(u32 r) {
  u8 *b = malloc(3673u);
  if (!b) abort();
  memset(b, (int)(r + 5u), 3673u);
  b[r % 3673u] = (u8)(r * 94u);
  u64 s = r + b[(r >> 3) % 3673u];
  s = s * 7u + f_ts31_6(r * 5u + 5u);
  s = s * 31u + b[3672u] + b[(r + 7u) % 3673u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_6(u32 r) {
  u8 *b = malloc(3790u);
  if (!b) abort();
  memset(b, (int)(r + 6u), 3790u);
  b[r % 3790u] = (u8)(r * 59u);
  u64 s = r + b[(r >> 3) % 3790u];
  s = s * 7u + f_ts31_7(r * 5u + 6u);
  s = s * 31u + b[3789u] + b[(r + 7u) % 3790u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_7(u32 r) {
  u8 *b = malloc(3797u);
  if (!b) abort();
  memset(b, (int)(r + 7u), 3797u);
  b[r % 3797u] = (u8)(r * 70u);
  u64 s = r + b[(r >> 3) % 3797u];
  s = s * 7u + f_ts31_8(r * 5u + 7u);
  s = s * 31u + b[3796u] + b[(r + 7u) % 3797u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_8(u32 r) {
  u8 *b = malloc(3626u);
  if (!b) abort();
  memset(b, (int)(r + 8u), 3626u);
  b[r % 3626u] = (u8)(r * 31u);
  u64 s = r + b[(r >> 3) % 3626u];
  s = s * 7u + f_ts31_9(r * 5u + 8u);
  s = s * 31u + b[3625u] + b[(r + 7u) % 3626u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_9(u32 r) {
  u8 *b = malloc(4785u);
  if (!b) abort();
  memset(b, (int)(r + 9u), 4785u);
  b[r % 4785u] = (u8)(r * 11u);
  u64 s = r + b[(r >> 3) % 4785u];
  s = s * 7u + f_ts31_10(r * 5u + 9u);
  s += h_sum(b, 4785u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_10(u32 r) {
  u8 *b = calloc(3776u, 1);
  if (!b) abort();
  memset(b, (int)(r + 10u), 3776u);
  b[r % 3776u] = (u8)(r * 58u);
  u64 s = r + b[(r >> 3) % 3776u];
  s = s * 7u + g_ts31_fp[11](r * 5u + 10u);
  s = s * 31u + b[3775u] + b[(r + 7u) % 3776u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_11(u32 r) {
  u8 *b = calloc(3406u, 1);
  if (!b) abort();
  memset(b, (int)(r + 11u), 3406u);
  b[r % 3406u] = (u8)(r * 88u);
  u64 s = r + b[(r >> 3) % 3406u];
  s = s * 7u + f_ts31_12(r * 5u + 11u);
  s = s * 31u + b[3405u] + b[(r + 7u) % 3406u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_12(u32 r) {
  u8 *b = malloc(3464u);
  if (!b) abort();
  memset(b, (int)(r + 12u), 3464u);
  b[r % 3464u] = (u8)(r * 27u);
  u64 s = r + b[(r >> 3) % 3464u];
  s = s * 7u + f_ts31_13(r * 5u + 12u);
  s += h_sum(b, 3464u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_13(u32 r) {
  u8 *b = malloc(3525u);
  if (!b) abort();
  memset(b, (int)(r + 13u), 3525u);
  b[r % 3525u] = (u8)(r * 31u);
  u64 s = r + b[(r >> 3) % 3525u];
  s = s * 7u + f_ts31_14(r * 5u + 13u);
  s = s * 31u + b[3524u] + b[(r + 7u) % 3525u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_14(u32 r) {
  u8 *b = calloc(3417u, 1);
  if (!b) abort();
  b[r % 3417u] = (u8)(r * 79u);
  u64 s = r + b[(r >> 3) % 3417u];
  s = s * 7u + f_ts31_15(r * 5u + 14u);
  s += h_sum(b, 3417u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_15(u32 r) {
  u8 *b = malloc(5149u);
  if (!b) abort();
  memset(b, (int)(r + 15u), 5149u);
  b[r % 5149u] = (u8)(r * 92u);
  u64 s = r + b[(r >> 3) % 5149u];
  s = s * 7u + f_ts31_16(r * 5u + 15u);
  s = s * 31u + b[5148u] + b[(r + 7u) % 5149u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_16(u32 r) {
  u8 *b = malloc(3890u);
  if (!b) abort();
  memset(b, (int)(r + 16u), 3890u);
  b[r % 3890u] = (u8)(r * 54u);
  u64 s = r + b[(r >> 3) % 3890u];
  s = s * 7u + g_ts31_fp[17](r * 5u + 16u);
  s += h_sum(b, 3890u);
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_17(u32 r) {
  u8 *b = malloc(3918u);
  if (!b) abort();
  memset(b, (int)(r + 17u), 3918u);
  b[r % 3918u] = (u8)(r * 19u);
  u64 s = r + b[(r >> 3) % 3918u];
  s = s * 7u + f_ts31_18(r * 5u + 17u);
  s = s * 31u + b[3917u] + b[(r + 7u) % 3918u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_18(u32 r) {
  u8 *b = malloc(3776u);
  if (!b) abort();
  memset(b, (int)(r + 18u), 3776u);
  b[r % 3776u] = (u8)(r * 73u);
  u64 s = r + b[(r >> 3) % 3776u];
  s = s * 7u + f_ts31_19(r * 5u + 18u);
  s = s * 31u + b[3775u] + b[(r + 7u) % 3776u];
  free(b);
  return s;
}
static NOINLINE u64 f_ts31_19(u32 r) {
  u8 *b = malloc(3520u);
  if (!b) abort();
  memset(b, (int)(r + 19u), 3520u);
  b[r % 3520u] = (u8)(r * 30u);
  u64 s = r + b[(r >> 3) % 3520u];
  s = s * 31u + b[3519u] + b[(r + 7u) % 3520u];
  free(b);
  return s;
}
static void *f_ts31_thread(void *arg) { g_ts31_res = f_ts31_0(*(u32 *)arg); return NULL; }
static  void blk26(u32 r) {
  /* fam:threadstack */
  pthread_attr_t attr28; pthread_t th29; u32 targ30 = r;
  if (pthread_attr_init(&attr28)) abort();
  if (pthread_attr_setstacksize(&attr28, 61440u) || pthread_attr_setguardsize(&attr28, 65536u)) abort();
  if (pthread_create(&th29, &attr28, f_ts27_thread, &targ30)) abort();
  if (pthread_join(th29, NULL)) abort();
  pthread_attr_destroy(&attr28);
  fold(g_ts27_res);
  /* fam:threadstack */
  pthread_attr_t attr32; pthread_t th33; u32 targ34 = r;
  if (pthread_attr_init(&attr32)) abort();
  if (pthread_attr_setstacksize(&attr32, 49152u) || pthread_attr_setguardsize(&attr32, 65536u)) abort();
  if (pthread_create(&th33, &attr32, f_ts31_thread, &targ34)) abort();
  if (pthread_join(th33, NULL)) abort();
  pthread_attr_destroy(&attr32);
  fold(g_ts31_res);
}
/* fam:driver */
int main(void) {
  g_ts2_fp[1] = f_ts2_1; g_ts2_fp[6] = f_ts2_6; g_ts2_fp[8] = f_ts2_8; g_ts2_fp[10] = f_ts2_10;
  g_ts13_fp[1] = f_ts13_1; g_ts13_fp[4] = f_ts13_4; g_ts13_fp[6] = f_ts13_6; g_ts13_fp[11] = f_ts13_11;
  blk1(RT[4] ^ 26074u);
  blk1(RT[2] ^ 44242u);
  blk7(RT[3] ^ 10825u);
  blk21(RT[0] ^ 52404u);
  blk26(RT[7] ^ 2716u);
  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }
  printf("%016llx\n", H);
  return 0;
}
