/* heap2stack fuzz program (C++), seed 4 */
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
static volatile u32 RT[8] = { 30939u, 39753u, 13522u, 51912u, 62767u, 20312u, 11809u, 8718u };
enum { NOBJ = 1 };
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
static NOINLINE void f_obj_delete(Obj *o) { delete o; }
static  Obj *f_take(OHolder *h) { Obj *p = h->p; h->p = nullptr; return p; }
static NOINLINE u64 f_arr_sum(const u32 *a, u32 n) { u64 s = 0; for (u32 k = 0; k < n; k++) s = s * 17u + a[k]; return s; }
static  u64 f_vec_sum(const std::vector<u32> &v) { u64 s = v.size(); for (u32 x : v) s = s * 13u + x; return s; }
static NOINLINE u64 f_str_sum(const std::string &s) { u64 h = s.size(); for (char c : s) h = h * 131u + (u8)c; return h; }
static NOINLINE u64 f_call(const std::function<u64(u32)> &f, u32 r) { return f(r) + f(r + 1u); }
static NOINLINE void f_apply(const std::function<void(u32 *)> &f, u32 *q) { f(q); }
struct Base; static Base *g_kept_base; static void *volatile g_kept_base_pin __attribute__((used)) = (void *)&g_kept_base;
struct Base { virtual ~Base() {} virtual u64 get(u32 r) const = 0; virtual void put(u32 r) = 0; virtual bool keep() { return false; } };
struct D1 final : Base { u32 v[4] = {1, 2, 3, 4}; u64 get(u32 r) const override { return v[r % 4u]; } void put(u32 r) override { v[r % 4u] += r; } };
struct D2 : Base { std::vector<u32> v = std::vector<u32>(29u, 5u); u64 get(u32 r) const override { return f_vec_sum(v) + r; } void put(u32 r) override { v.push_back(r); } bool keep() override { if (g_kept_base) return false; g_kept_base = this; return true; } };
struct D3 final : Base { std::string s = std::string(27u, 'd'); u32 n = 0; u64 get(u32 r) const override { return f_str_sum(s) + n + r; } void put(u32 r) override { n += r; s += 'e'; } bool keep() override { if (g_kept_base || (n & 2u)) return false; g_kept_base = this; return true; } };
static NOINLINE Base *f_make_base(u32 r) { switch (r % 3u) { case 0: return new D1(); case 1: return new D2(); default: return new D3(); } }
static NOINLINE void f_base_delete(Base *b) { delete b; }
static NOINLINE u64 f_base_ref(const Base &b) { return b.get(7u); }
/* fam:globals */
/* fam:wrappers */
static NOINLINE void *f_wr2(size_t n) {
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr6(size_t n) {
  if (n > 3900u) throw std::runtime_error("quota exhausted");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr10(size_t n) {
  if (n > 2902u) throw std::out_of_range("mode");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
static NOINLINE void blk1(u32 r) {
  /* fam:wrappers */
  try {
    u8 *p3 = static_cast<u8 *>(f_wr2(185u));
    for (u32 k = 0; k < 185u; k++) p3[k] = (u8)(k * 34u + r);
    { u64 s = 0; for (u32 k = 0; k < 185u; k++) s = s * 33u + p3[k]; fold(s); }
    std::free(p3);
    u8 *p4 = static_cast<u8 *>(f_wr2(3652u));
    for (u32 k = 0; k < 3652u; k++) p4[k] = (u8)(k * 25u + r);
    { u64 s = 0; for (u32 k = 0; k < 3652u; k++) s = s * 33u + p4[k]; fold(s); }
    std::free(p4);
    if ((r >> 5) & 1u) {
      u8 *p5 = static_cast<u8 *>(f_wr2(2825u));
      for (u32 k = 0; k < 2825u; k++) p5[k] = (u8)(k * 86u + r);
      { u64 s = 0; for (u32 k = 0; k < 2825u; k++) s = s * 33u + p5[k]; fold(s); }
      std::free(p5);
    }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 255u);
  } catch (const Err &e) {
    fold(e.code * 183u);
  }
  /* fam:wrappers */
  try {
    u8 *p7 = static_cast<u8 *>(f_wr6(30u));
    for (u32 k = 0; k < 30u; k++) p7[k] = (u8)(k * 74u + r);
    { u64 s = 0; for (u32 k = 0; k < 30u; k++) s = s * 33u + p7[k]; fold(s); }
    std::free(p7);
    if ((r >> 6) & 1u) {
      u8 *p8 = static_cast<u8 *>(f_wr6(5983u));
      for (u32 k = 0; k < 5983u; k++) p8[k] = (u8)(k * 77u + r);
      { u64 s = 0; for (u32 k = 0; k < 5983u; k++) s = s * 33u + p8[k]; fold(s); }
      std::free(p8);
    }
    if ((r >> 4) & 1u) {
      u8 *p9 = static_cast<u8 *>(f_wr6(1849u));
      for (u32 k = 0; k < 1849u; k++) p9[k] = (u8)(k * 34u + r);
      { u64 s = 0; for (u32 k = 0; k < 1849u; k++) s = s * 33u + p9[k]; fold(s); }
      std::free(p9);
    }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 45u);
  } catch (const Err &e) {
    fold(e.code * 84u);
  }
  /* fam:wrappers */
  try {
    if ((r >> 6) & 1u) {
      u8 *p11 = static_cast<u8 *>(f_wr10(5662u));
      for (u32 k = 0; k < 5662u; k++) p11[k] = (u8)(k * 26u + r);
      { u64 s = 0; for (u32 k = 0; k < 5662u; k++) s = s * 33u + p11[k]; fold(s); }
      std::free(p11);
    }
    if ((r >> 5) & 1u) {
      u8 *p12 = static_cast<u8 *>(f_wr10(1807u));
      for (u32 k = 0; k < 1807u; k++) p12[k] = (u8)(k * 56u + r);
      { u64 s = 0; for (u32 k = 0; k < 1807u; k++) s = s * 33u + p12[k]; fold(s); }
      std::free(p12);
    }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 329u);
  } catch (const Err &e) {
    fold(e.code * 650u);
  }
}
/* fam:wrappers */
static NOINLINE void *f_wr14(size_t n) {
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr17(size_t n) {
  if (n > 3988u) throw Err{7u};
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
static  void blk13(u32 r) {
  /* fam:wrappers */
  try {
    u8 *p15 = static_cast<u8 *>(f_wr14(757u));
    for (u32 k = 0; k < 757u; k++) p15[k] = (u8)(k * 38u + r);
    { u64 s = 0; for (u32 k = 0; k < 757u; k++) s = s * 33u + p15[k]; fold(s); }
    std::free(p15);
    u8 *p16 = static_cast<u8 *>(f_wr14(22u));
    for (u32 k = 0; k < 22u; k++) p16[k] = (u8)(k * 37u + r);
    { u64 s = 0; for (u32 k = 0; k < 22u; k++) s = s * 33u + p16[k]; fold(s); }
    std::free(p16);
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 983u);
  } catch (const Err &e) {
    fold(e.code * 335u);
  }
  /* fam:wrappers */
  try {
    u8 *p18 = static_cast<u8 *>(f_wr17(1682u));
    for (u32 k = 0; k < 1682u; k++) p18[k] = (u8)(k * 80u + r);
    { u64 s = 0; for (u32 k = 0; k < 1682u; k++) s = s * 33u + p18[k]; fold(s); }
    std::free(p18);
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 80u);
  } catch (const Err &e) {
    fold(e.code * 301u);
  }
}
/* fam:wrappers */
static NOINLINE void *f_wr20(size_t n) {
  if (n > 2484u) throw std::out_of_range("mode");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
/* fam:wrappers */
static NOINLINE void *f_wr22(size_t n) {
  if (n > 1831u) throw std::runtime_error("quota exhausted");
  void *p = std::malloc(n);
  if (!p) throw std::bad_alloc();
  return p;
}
static  void blk19(u32 r) {
  /* fam:wrappers */
  try {
    u8 *p21 = static_cast<u8 *>(f_wr20(2523u));
    for (u32 k = 0; k < 2523u; k++) p21[k] = (u8)(k * 59u + r);
    { u64 s = 0; for (u32 k = 0; k < 2523u; k++) s = s * 33u + p21[k]; fold(s); }
    std::free(p21);
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 803u);
  } catch (const Err &e) {
    fold(e.code * 824u);
  }
  /* fam:wrappers */
  try {
    if ((r >> 0) & 1u) {
      u8 *p23 = static_cast<u8 *>(f_wr22(2683u));
      for (u32 k = 0; k < 2683u; k++) p23[k] = (u8)(k * 8u + r);
      { u64 s = 0; for (u32 k = 0; k < 2683u; k++) s = s * 33u + p23[k]; fold(s); }
      std::free(p23);
    }
  } catch (const std::exception &e) {
    fold(std::strlen(e.what()) + 610u);
  } catch (const Err &e) {
    fold(e.code * 694u);
  }
}
/* fam:driver */
static int pmain() {
  blk1(RT[3] ^ 65349u);
  blk1(RT[3] ^ 4148u);
  blk13(RT[4] ^ 33211u);
  blk19(RT[3] ^ 30338u);
  std::printf("%016llx\n", H);
  return 0;
}
int main() { return pmain(); }
