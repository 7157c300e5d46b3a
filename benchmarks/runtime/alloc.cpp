// The Go seed's Step 7 in C++: small allocations made once per loop
// iteration through the standard library, as C++ programs write them.
//
// unique:  std::make_unique<Point>() (the 144-byte Point of point.c).
// vector:  std::vector<int>(16), filled, one element read.
// flist:   a local std::forward_list<uint64_t> of 8 elements, summed.
// scratch: std::vector<char>(256) as a per-iteration scratch buffer: the
//          loop counter written into it in decimal, then hashed.
// dynbuf:  std::vector<char>(n) with a run-time n that is usually small
//          (16..215 bytes; 4096 on one iteration in 64).
//
// Built twice from this file:
//   default       the heap version;
//   -DSTACK_TWIN  the hand-written stack version: a local Point, a
//                 std::array<int, 16>, the 8 list nodes in a local array,
//                 a local char[256], and for dynbuf the small-buffer idiom
//                 (a local char[256] when the size fits, new[] otherwise).
#include "../common/bench.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <forward_list>
#include <memory>
#include <vector>

namespace {

struct Point {
  int64_t x, y, z;
  const char *name;
  size_t name_len;
  char data[100];
};
static_assert(sizeof(Point) == 144, "Point is 144 bytes on LP64");

void fill_point(Point &p, uint64_t i) {
  p.x = (int64_t)i;
  p.y = (int64_t)i + 1;
  p.z = (int64_t)i + 2;
  p.name = "point";
  p.name_len = 5;
  for (int k = 0; k < 100; k++)
    p.data[k] = (char)(i + (uint64_t)k);
}

size_t format_u64(char *buf, uint64_t i) {
  char tmp[20];
  size_t n = 0;
  do {
    tmp[n++] = (char)('0' + i % 10);
    i /= 10;
  } while (i);
  for (size_t k = 0; k < n; k++)
    buf[k] = tmp[n - 1 - k];
  return n;
}

uint64_t hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603u;
  for (size_t k = 0; k < n; k++)
    h = (h ^ (unsigned char)s[k]) * 1099511628211u;
  return h;
}

size_t dyn_size(uint64_t i) { return i % 64 == 63 ? 4096 : 16 + (size_t)(i * 37 % 200); }

#ifndef STACK_TWIN

__attribute__((noinline)) uint64_t bench_unique(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    auto p = std::make_unique<Point>();
    fill_point(*p, i);
    sum += (uint64_t)p->data[i % 100];
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_vector(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    std::vector<int> s(16);
    for (int k = 0; k < 16; k++)
      s[k] = (int)i + k;
    sum += (uint64_t)s[i % 16];
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_flist(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    std::forward_list<uint64_t> list;
    for (int k = 0; k < 8; k++)
      list.push_front(i + (uint64_t)k);
    for (auto it = list.begin(); it != list.end(); ++it)
      sum += *it * (std::next(it) != list.end() ? 1 : 3);
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_scratch(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    std::vector<char> buf(256);
    size_t len = format_u64(buf.data(), i);
    buf[len++] = ':';
    len += format_u64(buf.data() + len, i * 7);
    sum += hash(buf.data(), len);
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_dynbuf(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    size_t size = dyn_size(i);
    std::vector<char> buf(size);
    for (size_t k = 0; k < size; k++)
      buf[k] = (char)(i + k);
    sum += (uint64_t)buf[i % size];
  }
  return sum;
}

#else // STACK_TWIN

__attribute__((noinline)) uint64_t bench_unique(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Point p{};
    fill_point(p, i);
    sum += (uint64_t)p.data[i % 100];
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_vector(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    std::array<int, 16> s{};
    for (int k = 0; k < 16; k++)
      s[k] = (int)i + k;
    sum += (uint64_t)s[i % 16];
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_flist(uint64_t n) {
  struct Node {
    uint64_t value;
    Node *next;
  };
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    Node nodes[8];
    Node *head = nullptr;
    for (int k = 0; k < 8; k++) {
      nodes[k] = Node{i + (uint64_t)k, head};
      head = &nodes[k];
    }
    for (Node *p = head; p; p = p->next)
      sum += p->value * (p->next ? 1 : 3);
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_scratch(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    char buf[256] = {}; // std::vector<char>(256) zeroes its elements too
    size_t len = format_u64(buf, i);
    buf[len++] = ':';
    len += format_u64(buf + len, i * 7);
    sum += hash(buf, len);
  }
  return sum;
}

__attribute__((noinline)) uint64_t bench_dynbuf(uint64_t n) {
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; i++) {
    size_t size = dyn_size(i);
    char small[256];
    std::unique_ptr<char[]> big;
    char *buf = small;
    if (size > sizeof small) {
      big.reset(new char[size]);
      buf = big.get();
    }
    std::memset(buf, 0, size); // as std::vector<char>(size) does
    for (size_t k = 0; k < size; k++)
      buf[k] = (char)(i + k);
    sum += (uint64_t)buf[i % size];
  }
  return sum;
}

#endif

} // namespace

int main(int argc, char **argv) {
  static const bench_variant v[] = {
      {"unique", bench_unique}, {"vector", bench_vector}, {"flist", bench_flist},
      {"scratch++", bench_scratch}, {"dynbuf++", bench_dynbuf},
  };
#ifdef BENCH_ONE /* only variant number BENCH_ONE: the others become dead code */
  return bench_main(argc, argv, &v[BENCH_ONE], 1);
#else
  return bench_main(argc, argv, v, sizeof v / sizeof v[0]);
#endif
}
