/* heap2stack fuzz program (C++), seed 2 */
/* families: wrappers */
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cstdint>
#include <algorithm>
#include <forward_list>
#include <functional>
#include <list>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
#define NOINLINE __attribute__((noinline))
/* fam:prelude */
static u64 H = 1469598103934665603ULL;
static void fold(u64 v) { H ^= v; H *= 1099511628211ULL; H ^= H >> 29; }
static volatile u32 RT[8] = { 7412u, 12004u, 11124u, 47324u, 22162u, 40388u, 32975u, 27815u };
enum { NOBJ = 70 };
struct Obj { u32 a[NOBJ]; u32 tag; };
struct OHolder { Obj *p; u32 n; };
struct Err { u32 code; };
struct PErr { u8 *p; u32 n; };
struct LNode { u32 v; LNode *next; };
static NOINLINE void f_clobber(u32 s) { volatile u8 junk[4096]; for (u32 i = 0; i < 4096u; i++) junk[i] = (u8)(s + i); }
/* fam:helper */
static NOINLINE u64 f_obj_sum(const Obj *o) { u64 s = o->tag; for (u32 k = 0; k < NOBJ; k++) s = s * 31u + o->a[k]; return s; }
static NOINLINE u64 f_obj_ref(const Obj &o) { return o.a[0] * 7u + o.tag; }
static NOINLINE void f_obj_bump(Obj *o, u32 r) { o->a[r % NOBJ] += 3u; o->tag ^= r; }
static NOINLINE Obj *f_obj_id(Obj *o) { return o; }
static  void f_obj_delete(Obj *o) { delete o; }
static NOINLINE Obj *f_take(OHolder *h) { Obj *p = h->p; h->p = nullptr; return p; }
static NOINLINE u64 f_arr_sum(const u32 *a, u32 n) { u64 s = 0; for (u32 k = 0; k < n; k++) s = s * 17u + a[k]; return s; }
static NOINLINE u64 f_vec_sum(const std::vector<u32> &v) { u64 s = v.size(); for (u32 x : v) s = s * 13u + x; return s; }
static NOINLINE u64 f_str_sum(const std::string &s) { u64 h = s.size(); for (char c : s) h = h * 131u + (u8)c; return h; }
static NOINLINE u64 f_call(const std::function<u64(u32)> &f, u32 r) { return f(r) + f(r + 1u); }
static NOINLINE void f_apply(const std::function<void(u32 *)> &f, u32 *q) { f(q); }
struct Base; static Base *g_kept_base; static void *volatile g_kept_base_pin __attribute__((used)) = (void *)&g_kept_base;
struct Base { virtual ~Base() {} virtual u64 get(u32 r) const = 0; virtual void put(u32 r) = 0; virtual bool keep() { return false; } };
struct D1 final : Base { u32 v[4] = {1, 2, 3, 4}; u64 get(u32 r) const override { return v[r % 4u]; } void put(u32 r) override { v[r % 4u] += r; } };
struct D2 : Base { std::vector<u32> v = std::vector<u32>(22u, 5u); u64 get(u32 r) const override { return f_vec_sum(v) + r; } void put(u32 r) override { v.push_back(r); } bool keep() override { if (g_kept_base) return false; g_kept_base = this; return true; } };
struct D3 final : Base { std::string s = std::string(32u, 'd'); u32 n = 0; u64 get(u32 r) const override { return f_str_sum(s) + n + r; } void put(u32 r) override { n += r; s += 'e'; } bool keep() override { if (g_kept_base || (n & 1u)) return false; g_kept_base = this; return true; } };
static NOINLINE Base *f_make_base(u32 r) { switch (r % 3u) { case 0: return new D1(); case 1: return new D2(); default: return new D3(); } }
static NOINLINE void f_base_delete(Base *b) { delete b; }
static NOINLINE u64 f_base_ref(const Base &b) { return b.get(7u); }
/* fam:globals */
static u32 g_wr2_quota;
static u32 g_wr6_quota;
static u32 g_wr9_quota;
/* fam:wrappers */
static NOINLINE void *f_wr2(size_t n) {
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  if (g_wr2_quota == 0u) throw std::out_of_range("mode");
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr6(size_t n) {
  void *p = ::operator new(n);
  if (g_wr6_quota == 0u) throw std::length_error("too large");
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr9(size_t n) {
  if (g_wr9_quota == 0u) throw std::out_of_range("mode");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
static NOINLINE void blk1(u32 r) {
  /* fam:wrappers */
  try {
    u8 *p3 = static_cast<u8 *>(f_wr2(138u));
    for (u32 k = 0; k < 138u; k++) p3[k] = (u8)(k * 47u + r);
    { u64 s = 0; for (u32 k = 0; k < 138u; k++) s = s * 33u + p3[k]; fold(s); }
    std::free(p3);
    u8 *p4 = static_cast<u8 *>(f_wr2(3975u));
    for (u32 k = 0; k < 3975u; k++) p4[k] = (u8)(k * 68u + r);
    { u64 s = 0; for (u32 k = 0; k < 3975u; k++) s = s * 33u + p4[k]; fold(s); }
    std::free(p4);
    if ((r >> 5) & 1u) {
      u8 *p5 = static_cast<u8 *>(f_wr2(91u));
      for (u32 k = 0; k < 91u; k++) p5[k] = (u8)(k * 23u + r);
      { u64 s = 0; for (u32 k = 0; k < 91u; k++) s = s * 33u + p5[k]; fold(s); }
      std::free(p5);
    }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 523u);
  } catch (const Err &e) {
    fold(e.code * 369u);
  }
  /* fam:wrappers */
  try {
    if ((r >> 6) & 1u) {
      u8 *p7 = static_cast<u8 *>(f_wr6(1739u));
      for (u32 k = 0; k < 1739u; k++) p7[k] = (u8)(k * 92u + r);
      { u64 s = 0; for (u32 k = 0; k < 1739u; k++) s = s * 33u + p7[k]; fold(s); }
      ::operator delete(p7);
    }
    u8 *p8 = static_cast<u8 *>(f_wr6(2264u));
    for (u32 k = 0; k < 2264u; k++) p8[k] = (u8)(k * 65u + r);
    { u64 s = 0; for (u32 k = 0; k < 2264u; k++) s = s * 33u + p8[k]; fold(s); }
    ::operator delete(p8);
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 816u);
  } catch (const Err &e) {
    fold(e.code * 363u);
  }
  /* fam:wrappers */
  try {
    u8 *p10 = static_cast<u8 *>(f_wr9(234u));
    for (u32 k = 0; k < 234u; k++) p10[k] = (u8)(k * 90u + r);
    { u64 s = 0; for (u32 k = 0; k < 234u; k++) s = s * 33u + p10[k]; fold(s); }
    std::free(p10);
    u8 *p11 = static_cast<u8 *>(f_wr9(3423u));
    for (u32 k = 0; k < 3423u; k++) p11[k] = (u8)(k * 91u + r);
    { u64 s = 0; for (u32 k = 0; k < 3423u; k++) s = s * 33u + p11[k]; fold(s); }
    std::free(p11);
    u8 *p12 = static_cast<u8 *>(f_wr9(209u));
    for (u32 k = 0; k < 209u; k++) p12[k] = (u8)(k * 47u + r);
    { u64 s = 0; for (u32 k = 0; k < 209u; k++) s = s * 33u + p12[k]; fold(s); }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 639u);
  } catch (const Err &e) {
    fold(e.code * 904u);
  }
}
/* fam:wrappers */
static NOINLINE void *f_wr14(size_t n) {
  if (n > 272u) throw std::runtime_error("quota exhausted");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr18(size_t n) {
  if (n > 371u) throw std::runtime_error("quota exhausted");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
static NOINLINE void blk13(u32 r) {
  /* fam:wrappers */
  try {
    u8 *p15 = static_cast<u8 *>(f_wr14(140u));
    for (u32 k = 0; k < 140u; k++) p15[k] = (u8)(k * 88u + r);
    { u64 s = 0; for (u32 k = 0; k < 140u; k++) s = s * 33u + p15[k]; fold(s); }
    if ((r >> 4) & 1u) {
      u8 *p16 = static_cast<u8 *>(f_wr14(2412u));
      for (u32 k = 0; k < 2412u; k++) p16[k] = (u8)(k * 32u + r);
      { u64 s = 0; for (u32 k = 0; k < 2412u; k++) s = s * 33u + p16[k]; fold(s); }
      std::free(p16);
    }
    u8 *p17 = static_cast<u8 *>(f_wr14(31u));
    for (u32 k = 0; k < 31u; k++) p17[k] = (u8)(k * 92u + r);
    { u64 s = 0; for (u32 k = 0; k < 31u; k++) s = s * 33u + p17[k]; fold(s); }
    std::free(p17);
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 59u);
  } catch (const Err &e) {
    fold(e.code * 372u);
  }
  /* fam:wrappers */
  try {
    if ((r >> 0) & 1u) {
      u8 *p19 = static_cast<u8 *>(f_wr18(13u));
      for (u32 k = 0; k < 13u; k++) p19[k] = (u8)(k * 48u + r);
      { u64 s = 0; for (u32 k = 0; k < 13u; k++) s = s * 33u + p19[k]; fold(s); }
      std::free(p19);
    }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 833u);
  } catch (const Err &e) {
    fold(e.code * 959u);
  }
}
/* fam:driver */
static int pmain() {
  g_wr2_quota = RT[5] % 4u;
  g_wr6_quota = RT[7] % 3u;
  g_wr9_quota = RT[5] % 4u;
  blk1(RT[4] ^ 52671u);
  blk13(RT[7] ^ 29560u);
  std::printf("%016llx\n", H);
  return 0;
}
int main() { return pmain(); }
