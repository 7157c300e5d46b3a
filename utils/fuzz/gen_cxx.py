#!/usr/bin/env python3
"""Random, well-defined C++ programs full of heap-allocation patterns.

    utils/fuzz/gen_cxx.py SEED [-o FILE] [--families a,b]
    (or utils/fuzz/gen.py --cxx SEED)

The C++ counterpart of gen.py, with the same guarantees (no undefined
behaviour, every index reduced modulo its bound, no object used after it is
deleted or deleted twice, recursion bounded, output never depends on an
address) and the same checksum printed at the end.  Families:

  new_delete   new / new() / new[] / new[]() of structs and arrays, constant
               and run-time counts, read by noinline helpers, deleted
               (always, conditionally, by a helper) or leaked or kept
  unique       std::unique_ptr / make_unique (objects and arrays), passed
               by reference, moved into a sink, released, reset, returned
               from a factory
  vector       std::vector (constant and run-time sizes), push_back,
               reserve, resize, sort, copies, moves, returned by value,
               vectors of vectors and of unique_ptrs, a copy kept globally
  string       std::string, short (in-place) and long, +=, append,
               to_string, substr, passed by reference, built in loops
  exc          an exception thrown (and caught) while a heap object is
               live: raw pointers deleted in a handler, unique_ptr / vector /
               string destroyed by unwinding, an exception carrying a heap
               pointer out of its frame, catch and rethrow
  virt         virtual calls on heap objects (three derived classes), virtual
               destructors, a virtual method that keeps `this` in a global
  func         callbacks: std::function capturing heap pointers, std::sort
               with a lambda over a vector of pointers, a lambda storing
               the pointers it is given into a captured vector
  holder_null  a struct's owning pointer moved out and the field set to
               nullptr (or another object) before `delete holder.p`
  wrappers     (opt-in) noinline allocation wrappers that throw where the
               allocation failed (may move) or also on a size limit or a
               quota flag (must stay); the block catches and folds

Programs are meant to be compiled with clang++ -std=c++17.
"""
import argparse
import random
import sys

PRELUDE_SHARED = r"""#include <cstdio>
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
"""

FAMILY_WEIGHTS = {"new_delete": 4, "unique": 3, "vector": 3, "string": 2, "exc": 3,
                  "virt": 3, "func": 2, "holder_null": 2, "lists": 3, "wrappers": 2}
FAMILIES = list(FAMILY_WEIGHTS)
# opt-in (--cxx-families wrappers): the default mix, and so every earlier
# seed's program, is the families before it
DEFAULT_FAMILIES = [f for f in FAMILIES if f != "wrappers"]


class Gen:
    def __init__(self, seed, families=None):
        self.seed = seed
        self.r = random.Random(seed)
        self.counter = 0
        self.funcs = []
        self.globals = []
        self.after = {}
        self.after_cur = []
        self.families = []
        self.cur_fam = None
        self.allowed = DEFAULT_FAMILIES if families is None else families
        self.main_pre = []     # statements at the start of pmain()
        self.rt = [self.r.randrange(0, 1 << 16) for _ in range(8)]
        r = self.r
        self.nobj = r.choice([1, 2, 3, 4, 8, 12, 16, 24, 60, 70, 100])

    # ---- utilities -------------------------------------------------------
    def fresh(self, base):
        self.counter += 1
        return f"{base}{self.counter}"

    def chance(self, p):
        return self.r.random() < p

    def attr(self, p=0.7):
        return "NOINLINE" if self.chance(p) else ""

    def rt_expr(self):
        return f"RT[{self.r.randrange(8)}]"

    def count(self, lo=1):
        """An element count: small or larger constants, or a run-time count."""
        r = self.r
        k = r.random()
        if k < 0.5:
            return f"{r.randint(lo, 16)}u"
        if k < 0.65:
            return f"{r.randint(65, 600)}u"
        if k < 0.92:
            return f"({self.rt_expr()} % {r.randint(4, 64)}u + {lo}u)"
        return f"({self.rt_expr()} % {r.randint(64, 2000)}u + {lo}u)"

    def add_func(self, src):
        self.funcs.append(f"/* fam:{self.cur_fam} */\n{src}")

    def fill_obj(self, lines, ind, p):
        lines.append(f"{ind}for (u32 k = 0; k < NOBJ; k++) {p}->a[k] = k * {self.r.randrange(1, 99)}u + r;")
        lines.append(f"{ind}{p}->tag = r ^ {self.r.randrange(1 << 16)}u;")

    def read_obj(self, lines, ind, p):
        if self.chance(0.5):
            lines.append(f"{ind}fold(f_obj_sum({p}));")
        else:
            lines.append(f"{ind}fold({p}->a[r % NOBJ] + {p}->tag);")

    def fill_arr(self, lines, ind, a, n):
        lines.append(f"{ind}for (u32 k = 0; k < {n}; k++) {a}[k] = k * {self.r.randrange(1, 99)}u + r;")

    def read_arr(self, lines, ind, a, n):
        if self.chance(0.5):
            lines.append(f"{ind}fold(f_arr_sum({a}, {n}));")
        else:
            lines.append(f"{ind}{{ u64 s = 0; for (u32 k = 0; k < {n}; k++) s = s * 33u + {a}[k]; fold(s); }}")

    def after_obj(self, g, free_it):
        a = self.after_cur
        a.append(f"f_clobber({self.r.randrange(1 << 16)}u);")
        a.append(f"if ({g}) {{ fold(f_obj_sum({g}));" + (f" delete {g}; {g} = nullptr;" if free_it else "") + " }")

    # ---- families --------------------------------------------------------
    def fam_new_delete(self, lines, ind):
        r = self.r
        v = r.choice(["obj", "obj", "arr", "loop", "cond"])
        if v in ("obj", "loop", "cond"):
            p = self.fresh("p")
            i2 = ind
            if v == "loop":
                it = self.fresh("it")
                lines.append(f"{ind}for (u32 {it} = 0; {it} < {r.randint(2, 5)}u; {it}++) {{")
                i2 = ind + "  "
            lines.append(f"{i2}Obj *{p} = {r.choice(['new Obj', 'new Obj()', 'new Obj{}'])};")
            self.fill_obj(lines, i2, p)
            for _ in range(r.randint(1, 3)):
                op = r.choice(["read", "write", "id", "keep_cond"])
                if op == "read":
                    self.read_obj(lines, i2, p)
                elif op == "write":
                    lines.append(f"{i2}f_obj_bump({p}, r);")
                elif op == "id":
                    lines.append(f"{i2}fold(f_obj_id({p})->a[0]);")
            end = r.choice(["delete", "delete", "helper", "cond", "leak", "keep"])
            if end == "delete":
                lines.append(f"{i2}delete {p};")
            elif end == "helper":
                lines.append(f"{i2}f_obj_delete({p});")
            elif end == "cond":
                lines.append(f"{i2}if (r & {1 << r.randrange(4)}u) delete {p}; else {{ fold({p}->tag); delete {p}; }}")
            elif end == "keep":
                g = "g_" + self.fresh("ko")
                self.globals.append(f"static Obj *{g}; static void *volatile {g}_pin __attribute__((used)) = (void *)&{g};")
                lines.append(f"{i2}{g} = {p};")
                self.after_obj(g, self.chance(0.5))
            if v == "loop":
                lines.append(f"{ind}}}")
            return
        a, n = self.fresh("a"), self.fresh("n")
        lines.append(f"{ind}u32 {n} = {self.count()};")
        lines.append(f"{ind}u32 *{a} = {r.choice([f'new u32[{n}]', f'new u32[{n}]()'])};")
        self.fill_arr(lines, ind, a, n)
        self.read_arr(lines, ind, a, n)
        if self.chance(0.8):
            lines.append(f"{ind}delete[] {a};")

    def fam_unique(self, lines, ind):
        r = self.r
        v = r.choice(["obj", "obj", "arr", "sink", "release", "reset", "factory"])
        p = self.fresh("up")
        if v == "arr":
            n = self.fresh("n")
            lines.append(f"{ind}u32 {n} = {self.count()};")
            mk = r.choice([f"std::make_unique<u32[]>({n})", f"std::unique_ptr<u32[]>(new u32[{n}]())"])
            lines.append(f"{ind}auto {p} = {mk};")
            self.fill_arr(lines, ind, f"{p}", n)
            self.read_arr(lines, ind, f"{p}.get()", n)
            if self.chance(0.3):
                lines.append(f"{ind}{p}.reset();")
            return
        if v == "factory":
            fn = self.fresh("f_make")
            self.add_func(f"static {self.attr()} std::unique_ptr<Obj> {fn}(u32 r) {{\n"
                          "  auto p = std::make_unique<Obj>();\n"
                          "  for (u32 k = 0; k < NOBJ; k++) p->a[k] = k + r;\n"
                          "  p->tag = r;\n  return p;\n}")
            lines.append(f"{ind}std::unique_ptr<Obj> {p} = {fn}(r);")
        else:
            lines.append(f"{ind}auto {p} = std::make_unique<Obj>();")
            self.fill_obj(lines, ind, f"{p}")
        self.read_obj(lines, ind, f"{p}.get()")
        lines.append(f"{ind}fold(f_obj_ref(*{p}));")
        if v == "sink":
            fn = self.fresh("f_sink")
            g = "g_" + self.fresh("ks")
            self.globals.append(f"static Obj *{g}; static void *volatile {g}_pin __attribute__((used)) = (void *)&{g};")
            self.add_func(f"static {self.attr()} u64 {fn}(std::unique_ptr<Obj> q, u32 r) {{\n"
                          "  u64 s = f_obj_sum(q.get());\n"
                          f"  if (r % {r.randint(2, 4)}u == 0u) {g} = q.release();\n"
                          "  return s;\n}")
            lines.append(f"{ind}fold({fn}(std::move({p}), r));")
            self.after_obj(g, self.chance(0.5))
        elif v == "release":
            raw = self.fresh("raw")
            lines.append(f"{ind}Obj *{raw} = {p}.release();")
            lines.append(f"{ind}{raw}->a[r % NOBJ] += 1u;")
            self.read_obj(lines, ind, raw)
            lines.append(f"{ind}{r.choice(['delete ' + raw + ';', 'f_obj_delete(' + raw + ');', ''])}")
        elif v == "reset":
            lines.append(f"{ind}{p}.reset(new Obj());")
            self.fill_obj(lines, ind, f"{p}")
            self.read_obj(lines, ind, f"{p}.get()")

    def fam_vector(self, lines, ind):
        r = self.r
        v = r.choice(["sized", "push", "copy", "move", "ret", "nested", "uptrs", "keep"])
        x, n = self.fresh("v"), self.fresh("n")
        lines.append(f"{ind}u32 {n} = {self.count()};")
        if v == "ret":
            fn = self.fresh("f_vmake")
            self.add_func(f"static {self.attr()} std::vector<u32> {fn}(u32 n, u32 r) {{\n"
                          "  std::vector<u32> v(n);\n  for (u32 k = 0; k < n; k++) v[k] = k * 3u + r;\n  return v;\n}")
            lines.append(f"{ind}std::vector<u32> {x} = {fn}({n}, r);")
        elif v == "push":
            lines.append(f"{ind}std::vector<u32> {x};")
            if self.chance(0.5):
                lines.append(f"{ind}{x}.reserve({r.choice([n, str(r.randint(1, 8)) + 'u'])});")
            lines.append(f"{ind}for (u32 k = 0; k < {n}; k++) {x}.push_back(k ^ r);")
        elif v == "nested":
            lines.append(f"{ind}std::vector<std::vector<u32>> {x}w({r.randint(1, 4)});")
            lines.append(f"{ind}for (u32 i = 0; i < {x}w.size(); i++) {{ {x}w[i].resize({n} + i); for (u32 k = 0; k < {x}w[i].size(); k++) {x}w[i][k] = k + i + r; }}")
            lines.append(f"{ind}for (const auto &w : {x}w) fold(f_vec_sum(w));")
            return
        elif v == "uptrs":
            k = r.randint(1, 5)
            lines.append(f"{ind}std::vector<std::unique_ptr<Obj>> {x}u;")
            lines.append(f"{ind}for (u32 i = 0; i < {k}u; i++) {{ {x}u.push_back(std::make_unique<Obj>()); for (u32 k = 0; k < NOBJ; k++) {x}u.back()->a[k] = k + i + r; {x}u.back()->tag = i; }}")
            lines.append(f"{ind}for (const auto &o : {x}u) fold(f_obj_sum(o.get()));")
            if self.chance(0.4):
                lines.append(f"{ind}{x}u.erase({x}u.begin());")
                lines.append(f"{ind}fold({x}u.size());")
            return
        else:
            lines.append(f"{ind}std::vector<u32> {x}({n}{r.choice(['', ', 7u'])});")
            lines.append(f"{ind}for (u32 k = 0; k < {n}; k++) {x}[k] += k * {r.randrange(1, 99)}u + r;")
        for _ in range(r.randint(1, 3)):
            op = r.choice(["sum", "sort", "resize", "push", "index"])
            if op == "sum":
                lines.append(f"{ind}fold(f_vec_sum({x}));")
            elif op == "sort":
                lines.append(f"{ind}std::sort({x}.begin(), {x}.end());")
            elif op == "resize":
                lines.append(f"{ind}{x}.resize({x}.size() + {r.randint(0, 40)}u, 3u);")
            elif op == "push":
                lines.append(f"{ind}{x}.push_back(r);")
            else:
                lines.append(f"{ind}if (!{x}.empty()) {{ {x}[r % {x}.size()] ^= 5u; fold({x}[(r + 1u) % {x}.size()]); }}")
        if v == "copy":
            lines.append(f"{ind}std::vector<u32> {x}c = {x};")
            lines.append(f"{ind}if (!{x}c.empty()) {x}c[0] += 1u;")
            lines.append(f"{ind}fold(f_vec_sum({x}c) + f_vec_sum({x}));")
        elif v == "move":
            lines.append(f"{ind}std::vector<u32> {x}m = std::move({x});")
            lines.append(f"{ind}fold(f_vec_sum({x}m));")
        elif v == "keep":
            g = "g_" + self.fresh("kv")
            self.globals.append(f"static std::vector<u32> *{g}; static void *volatile {g}_pin __attribute__((used)) = (void *)&{g};")
            lines.append(f"{ind}delete {g}; {g} = new std::vector<u32>({x});")
            self.after_cur.append(f"f_clobber({r.randrange(99)}u);")
            self.after_cur.append(f"if ({g}) fold(f_vec_sum(*{g}));")
        else:
            lines.append(f"{ind}fold({x}.size());")

    def fam_string(self, lines, ind):
        r = self.r
        s, n = self.fresh("s"), self.fresh("n")
        k = r.random()
        if k < 0.4:
            lines.append(f"{ind}u32 {n} = {r.randint(0, 15)}u;")
        elif k < 0.7:
            lines.append(f"{ind}u32 {n} = {r.randint(16, 300)}u;")
        else:
            lines.append(f"{ind}u32 {n} = {self.rt_expr()} % {r.randint(8, 400)}u;")
        lines.append(f"{ind}std::string {s}({n}, (char)('a' + r % 26u));")
        for _ in range(r.randint(1, 4)):
            op = r.choice(["cat", "tostr", "append", "substr", "sum", "loop", "index"])
            if op == "cat":
                lines.append(f"{ind}{s} += \"{'xyz' * r.randint(1, 8)}\";")
            elif op == "tostr":
                lines.append(f"{ind}{s} += std::to_string(r % {r.randint(10, 100000)}u);")
            elif op == "append":
                lines.append(f"{ind}{s}.append({r.randint(1, 40)}u, 'q');")
            elif op == "substr":
                t = self.fresh("t")
                lines.append(f"{ind}std::string {t} = {s}.substr({s}.size() / 2);")
                lines.append(f"{ind}fold(f_str_sum({t}));")
            elif op == "sum":
                lines.append(f"{ind}fold(f_str_sum({s}));")
            elif op == "loop":
                t = self.fresh("t")
                lines.append(f"{ind}std::string {t};")
                lines.append(f"{ind}for (u32 k = 0; k < {r.randint(1, 30)}u; k++) {t} += (char)('A' + (k + r) % 26u);")
                lines.append(f"{ind}{s} = {t} + {s};")
            else:
                lines.append(f"{ind}if (!{s}.empty()) {{ {s}[r % {s}.size()] = 'Z'; fold((u8){s}[(r + 1u) % {s}.size()]); }}")
        lines.append(f"{ind}fold(f_str_sum({s}) + {s}.size());")

    def thrower(self):
        fn = self.fresh("f_thr")
        r = self.r
        what = r.choice(["std::runtime_error(\"boom\")", "Err{r}", "std::out_of_range(\"oor\")"])
        self.add_func(f"static {self.attr(0.8)} u32 {fn}(u32 r) {{\n"
                      f"  if (r % {r.randint(2, 3)}u == 0u) throw {what};\n  return r + 1u;\n}}")
        return fn

    def fam_exc(self, lines, ind):
        r = self.r
        v = r.choice(["raw", "raw", "unique_inner", "vector_inner", "rethrow", "carry", "string_inner"])
        catch = "catch (const std::exception &e) { fold(std::strlen(e.what())); } catch (const Err &e) { fold(e.code); }"
        if v == "raw":
            thr = self.thrower()
            p = self.fresh("p")
            lines.append(f"{ind}Obj *{p} = new Obj();")
            self.fill_obj(lines, ind, p)
            lines.append(f"{ind}try {{ {p}->a[0] += {thr}(r); fold({p}->a[0]); }}")
            lines.append(f"{ind}{catch.replace('fold(e.code);', 'fold(e.code + ' + p + '->tag);')}")
            self.read_obj(lines, ind, p)
            lines.append(f"{ind}delete {p};")
            return
        if v in ("unique_inner", "vector_inner", "string_inner"):
            thr = self.thrower()
            fn = self.fresh("f_inner")
            if v == "unique_inner":
                body = ("  auto p = std::make_unique<Obj>();\n"
                        "  for (u32 k = 0; k < NOBJ; k++) p->a[k] = k + r;\n"
                        f"  p->a[0] += {thr}(r);\n  return f_obj_sum(p.get());")
            elif v == "vector_inner":
                body = (f"  std::vector<u32> v({self.count()});\n"
                        "  for (u32 k = 0; k < v.size(); k++) v[k] = k + r;\n"
                        f"  v.push_back({thr}(r));\n  return f_vec_sum(v);")
            else:
                body = (f"  std::string s({r.randint(1, 60)}u, 'k');\n"
                        f"  s += std::to_string({thr}(r));\n  return f_str_sum(s);")
            self.add_func(f"static {self.attr(0.8)} u64 {fn}(u32 r) {{\n{body}\n}}")
            lines.append(f"{ind}try {{ fold({fn}(r)); }} {catch}")
            return
        if v == "rethrow":
            thr = self.thrower()
            fn = self.fresh("f_rt")
            self.add_func(f"static {self.attr(0.8)} u64 {fn}(u32 r) {{\n"
                          "  Obj *p = new Obj();\n  for (u32 k = 0; k < NOBJ; k++) p->a[k] = k ^ r;\n"
                          f"  try {{ p->tag = {thr}(r); }} catch (...) {{ fold(p->a[0]); delete p; throw; }}\n"
                          "  u64 s = f_obj_sum(p);\n  delete p;\n  return s;\n}")
            lines.append(f"{ind}try {{ fold({fn}(r)); }} {catch}")
            return
        # carry: the exception carries a heap buffer out of the frame that allocated it
        fn = self.fresh("f_carry")
        self.add_func(f"static {self.attr(0.8)} u64 {fn}(u32 r, u32 n) {{\n"
                      "  u8 *b = new u8[n];\n  for (u32 k = 0; k < n; k++) b[k] = (u8)(k + r);\n"
                      f"  if (r % {r.randint(2, 3)}u == 0u) throw PErr{{b, n}};\n"
                      "  u64 s = 0; for (u32 k = 0; k < n; k++) s = s * 5u + b[k];\n"
                      "  delete[] b;\n  return s;\n}")
        lines.append(f"{ind}try {{ fold({fn}(r, {self.count()})); }} catch (const PErr &e) {{ "
                     "for (u32 k = 0; k < e.n; k++) fold(e.p[k]); delete[] e.p; }")

    def fam_virt(self, lines, ind):
        r = self.r
        v = r.choice(["one", "one", "array", "unique", "keep", "final", "final"])
        if v == "final":
            # the static type is a final class: clang calls the methods and
            # the destructor directly, and the object can stay in the frame
            b, t = self.fresh("b"), r.choice(["D1", "D3"])
            lines.append(f"{ind}{t} *{b} = new {t}();")
            lines.append(f"{ind}{b}->put(r);")
            lines.append(f"{ind}fold({b}->get(r) + {b}->get(r + 1u));")
            lines.append(f"{ind}{r.choice(['delete ' + b + ';', 'delete ' + b + ';', 'delete ' + b + ';', ''])}")
            return
        mk = "f_make_base(r)" if self.chance(0.5) else f"f_make_base({r.randrange(3)}u)"
        if v in ("one", "keep"):
            b = self.fresh("b")
            lines.append(f"{ind}Base *{b} = {mk};")
            lines.append(f"{ind}{b}->put(r);")
            lines.append(f"{ind}fold({b}->get(r));")
            if v == "keep":
                lines.append(f"{ind}if (!{b}->keep()) delete {b};")
                self.after_cur.append(f"f_clobber({r.randrange(99)}u);")
                self.after_cur.append("if (g_kept_base) fold(g_kept_base->get(1u));")
            else:
                lines.append(f"{ind}{r.choice(['delete ' + b + ';', 'delete ' + b + ';', 'f_base_delete(' + b + ');', ''])}")
        elif v == "unique":
            b = self.fresh("b")
            lines.append(f"{ind}std::unique_ptr<Base> {b}({mk});")
            lines.append(f"{ind}{b}->put(r + 1u);")
            lines.append(f"{ind}fold({b}->get(r) + f_base_ref(*{b}));")
        else:
            k = r.randint(2, 5)
            a = self.fresh("bs")
            lines.append(f"{ind}Base *{a}[{k}];")
            lines.append(f"{ind}for (u32 i = 0; i < {k}u; i++) {{ {a}[i] = f_make_base(r + i); {a}[i]->put(i); }}")
            lines.append(f"{ind}for (u32 i = 0; i < {k}u; i++) fold({a}[i]->get(r));")
            lines.append(f"{ind}for (u32 i = 0; i < {k}u; i++) delete {a}[i];")

    def fam_func(self, lines, ind):
        r = self.r
        v = r.choice(["capture", "sort", "collect"])
        if v == "capture":
            p, f = self.fresh("p"), self.fresh("fn")
            lines.append(f"{ind}Obj *{p} = new Obj();")
            self.fill_obj(lines, ind, p)
            lines.append(f"{ind}std::function<u64(u32)> {f} = [{p}](u32 k) {{ {p}->a[k % NOBJ] += 1u; return (u64){p}->a[k % NOBJ]; }};")
            lines.append(f"{ind}fold(f_call({f}, r));")
            if self.chance(0.4):
                g = "g_" + self.fresh("kf")
                self.globals.append(f"static std::function<u64(u32)> *{g}; static void *volatile {g}_pin __attribute__((used)) = (void *)&{g};")
                lines.append(f"{ind}delete {g}; {g} = new std::function<u64(u32)>({f});")
                self.after_cur.append(f"f_clobber({r.randrange(99)}u);")
                self.after_cur.append(f"if ({g}) fold((*{g})(3u));")
            else:
                lines.append(f"{ind}delete {p};")
        elif v == "sort":
            k, a = r.randint(2, 6), self.fresh("ps")
            lines.append(f"{ind}std::vector<Obj *> {a};")
            lines.append(f"{ind}for (u32 i = 0; i < {k}u; i++) {{ Obj *o = new Obj(); for (u32 k = 0; k < NOBJ; k++) o->a[k] = k + r; o->tag = i * 2654435761u + r; {a}.push_back(o); }}")
            lines.append(f"{ind}std::sort({a}.begin(), {a}.end(), [](const Obj *x, const Obj *y) {{ return x->tag < y->tag; }});")
            lines.append(f"{ind}for (Obj *o : {a}) {{ fold(o->tag); fold(o->a[r % NOBJ]); }}")
            lines.append(f"{ind}for (Obj *o : {a}) delete o;")
        else:
            k, out = r.randint(1, 5), self.fresh("out")
            lines.append(f"{ind}std::vector<u32 *> {out};")
            lines.append(f"{ind}auto {out}f = [&{out}](u32 *q) {{ {out}.push_back(q); }};")
            lines.append(f"{ind}for (u32 i = 0; i < {k}u; i++) {{ u32 *q = new u32[4](); q[i % 4u] = i + r; f_apply({out}f, q); }}")
            lines.append(f"{ind}for (u32 *q : {out}) {{ fold(q[0] + q[1] + q[2] + q[3]); delete[] q; }}")

    def fam_holder_null(self, lines, ind):
        r = self.r
        h, q = self.fresh("hd"), self.fresh("q")
        lines.append(f"{ind}OHolder {h}; {h}.p = new Obj();")
        self.fill_obj(lines, ind, f"{h}.p")
        if self.chance(0.3):
            lines.append(f"{ind}Obj *{q} = f_take(&{h});")
            over = "none"
        else:
            lines.append(f"{ind}Obj *{q} = {h}.p;")
            over = r.choice(["null", "null", "other", "exchange"])
        if over == "null":
            lines.append(f"{ind}{h}.p = nullptr;")
        elif over == "exchange":
            lines.append(f"{ind}(void)std::exchange({h}.p, nullptr);")
        elif over == "other":
            lines.append(f"{ind}{h}.p = new Obj();")
            self.fill_obj(lines, ind, f"{h}.p")
            self.read_obj(lines, ind, f"{h}.p")
        lines.append(f"{ind}delete {h}.p;")
        lines.append(f"{ind}{q}->a[r % NOBJ] += 2u;")
        self.read_obj(lines, ind, q)
        lines.append(f"{ind}{r.choice(['delete ' + q + ';', 'delete ' + q + ';', 'f_obj_delete(' + q + ');', ''])}")

    def fam_lists(self, lines, ind):
        """Linked lists built in loops: a list per iteration (its nodes move
        once unrolled, one slot per node), one list across iterations or a
        previous iteration's head kept (the heap), and a `new` or a thrower
        between the nodes, whose cleanup walks the partial list."""
        r = self.r
        v = r.choice(["flist_each", "list_each", "flist_kept", "nodes_each", "nodes_throw",
                      "nodes_prev", "nodes_outer"])
        n = self.fresh("n")
        k = r.choice(["2u", "3u", "4u", "8u", "8u", f"({self.rt_expr()} % 6u + 1u)"])
        lines.append(f"{ind}u32 {n} = {self.rt_expr()} % {r.randint(2, 9)}u + 1u;")
        if v in ("flist_each", "list_each"):
            ty = "std::forward_list<u32>" if v == "flist_each" else "std::list<u32>"
            push = "push_front" if v == "flist_each" or self.chance(0.5) else "push_back"
            l = self.fresh("l")
            lines.append(f"{ind}for (u32 i = 0; i < {n}; i++) {{")
            lines.append(f"{ind}  {ty} {l};")
            lines.append(f"{ind}  for (u32 j = 0; j < {k}; j++) {l}.{push}(i * {r.randint(3, 99)}u + j + r);")
            lines.append(f"{ind}  {{ u64 s = 0; for (u32 x : {l}) s = s * 7u + x; fold(s); }}")
            lines.append(f"{ind}}}")
            return
        if v == "flist_kept":
            l = self.fresh("l")
            lines.append(f"{ind}std::forward_list<u32> {l};")
            lines.append(f"{ind}for (u32 i = 0; i < {n}; i++) {l}.push_front(i + r);")
            lines.append(f"{ind}{{ u64 s = 0; for (u32 x : {l}) s = s * 7u + x; fold(s); }}")
            return
        free_walk = (f"while (h) {{ LNode *nx = h->next; fold(h->v); delete h; h = nx; }}")
        if v == "nodes_each":
            lines.append(f"{ind}for (u32 i = 0; i < {n}; i++) {{")
            lines.append(f"{ind}  LNode *h = nullptr;")
            lines.append(f"{ind}  for (u32 j = 0; j < {k}; j++) h = new LNode{{i + j + r, h}};")
            lines.append(f"{ind}  {free_walk}")
            lines.append(f"{ind}}}")
            return
        if v == "nodes_throw":
            thr = self.thrower()
            lines.append(f"{ind}for (u32 i = 0; i < {n}; i++) {{")
            lines.append(f"{ind}  LNode *h = nullptr;")
            lines.append(f"{ind}  try {{")
            lines.append(f"{ind}    for (u32 j = 0; j < {k}; j++) {{ h = new LNode{{i + j, h}}; h->v += {thr}(r + i + j); }}")
            lines.append(f"{ind}  }} catch (...) {{ fold(h ? h->v : 1u); }}")
            lines.append(f"{ind}  {free_walk}")
            lines.append(f"{ind}}}")
            return
        if v == "nodes_prev":
            lines.append(f"{ind}{{ LNode *prev = nullptr;")
            lines.append(f"{ind}for (u32 i = 0; i < {n}; i++) {{")
            lines.append(f"{ind}  LNode *h = new LNode{{i + r, nullptr}};")
            lines.append(f"{ind}  if (prev) {{ fold(prev->v); h->v += prev->v; delete prev; }}")
            lines.append(f"{ind}  prev = h;")
            lines.append(f"{ind}}}")
            lines.append(f"{ind}if (prev) {{ fold(prev->v); delete prev; }} }}")
            return
        # nodes_outer: every iteration's nodes hang off one list made before the loop
        lines.append(f"{ind}{{ LNode *h = nullptr;")
        lines.append(f"{ind}for (u32 i = 0; i < {n}; i++) {{")
        lines.append(f"{ind}  for (u32 j = 0; j < {k}; j++) h = new LNode{{i * 3u + j + r, h}};")
        lines.append(f"{ind}}}")
        lines.append(f"{ind}{free_walk} }}")

    # ---- program ---------------------------------------------------------
    def fam_wrappers(self, lines, ind):
        """Out-of-line allocation wrappers (opt-in, the audit's C++ case):
        throwing only where the allocation failed (std::bad_alloc after a
        null malloc, or operator new's own throw: these may move), or also
        where it did not: a size limit before the allocation, a quota or
        mode flag (set from RT at the start) checked before or after it.
        The block catches and folds what it caught: a call wrongly replaced
        by a slot loses the throw, and the checksum differs."""
        r = self.r
        w = self.fresh("f_wr")
        g = "g_" + w[2:]
        kind = r.choice(["null", "null", "new", "limit", "limit", "quota_after", "quota_after",
                         "quota_before", "new_quota", "null_limit"])
        exc = r.choice(['std::runtime_error("quota exhausted")', 'std::length_error("too large")',
                        "Err{7u}", 'std::out_of_range("mode")'])
        lim = None
        if kind in ("limit", "null_limit"):
            lim = r.randint(32, 4096)
        if kind in ("quota_after", "quota_before", "new_quota"):
            self.globals.append(f"static u32 {g}_quota;")
            self.main_pre.append(f"{g}_quota = {self.rt_expr()} % {r.randint(2, 4)}u;")
            if self.chance(0.4):
                self.after_cur.append(f"{g}_quota = !{g}_quota;")
        b = [f"static NOINLINE void *{w}(size_t n) {{"]
        if kind == "limit":
            b.append(f"  if (n > {lim}u) throw {exc};")
        if kind == "quota_before":
            b.append(f"  if ({g}_quota == 0u) throw {exc};")
        newed = kind in ("new", "new_quota")
        b.append("  void *p = ::operator new(n);" if newed else "  void *p = std::malloc(n);")
        if not newed:
            if kind == "null_limit":
                b.append(f"  if (!p) {{ if (n > {lim}u) throw {exc}; throw std::bad_alloc(); }}")
            else:
                b.append("  if (!p) throw std::bad_alloc();")
        if kind in ("quota_after", "new_quota"):
            b.append(f"  if ({g}_quota == 0u) throw {exc};")
        b.append("  return p;")
        b.append("}")
        self.add_func("\n".join(b))
        release = "::operator delete" if newed else "std::free"
        lines.append(f"{ind}try {{")
        over = False
        for _ in range(r.randint(1, 3)):
            if lim is not None and not over and self.chance(0.5):
                nb, over = r.randint(lim + 1, lim + 3000), True
            elif lim is not None:
                nb = r.randint(1, lim)
            else:
                nb = r.choice([r.randint(1, 256), r.randint(257, 4096)])
            p = self.fresh("p")
            i2 = ind + "  "
            cond = self.chance(0.3)
            if cond:
                lines.append(f"{i2}if ((r >> {r.randrange(8)}) & 1u) {{")
                i2 += "  "
            lines.append(f"{i2}u8 *{p} = static_cast<u8 *>({w}({nb}u));")
            lines.append(f"{i2}for (u32 k = 0; k < {nb}u; k++) {p}[k] = (u8)(k * {r.randrange(1, 99)}u + r);")
            lines.append(f"{i2}{{ u64 s = 0; for (u32 k = 0; k < {nb}u; k++) s = s * 33u + {p}[k]; fold(s); }}")
            if self.chance(0.85):
                lines.append(f"{i2}{release}({p});")
            if cond:
                lines.append(f"{ind}  }}")
        lines.append(f"{ind}}} catch (const std::exception &e) {{")
        lines.append(f"{ind}  fold(std::strlen(e.what()) + {r.randrange(1, 1000)}u);")
        lines.append(f"{ind}}} catch (const Err &e) {{")
        lines.append(f"{ind}  fold(e.code * {r.randrange(1, 1000)}u);")
        lines.append(f"{ind}}}")

    def block(self):
        r = self.r
        name = self.fresh("blk")
        lines = []
        self.after_cur = []
        for _ in range(r.randint(1, 3)):
            kind = r.choices(self.allowed, weights=[FAMILY_WEIGHTS[f] for f in self.allowed])[0]
            if kind not in self.families:
                self.families.append(kind)
            self.cur_fam = kind
            lines.append(f"  /* fam:{kind} */")
            getattr(self, "fam_" + kind)(lines, "  ")
        src = f"static {self.attr(0.6)} void {name}(u32 r) {{\n" + "\n".join(lines) + "\n}"
        self.funcs.append(src)
        self.after[name] = self.after_cur
        return name

    def body(self):
        """Everything but the shared prelude; the entry point is pmain()."""
        r = self.r
        blocks = [self.block() for _ in range(r.randint(2, 4))]
        a = lambda: self.attr(0.75)
        out = ["/* fam:prelude */",
               "static u64 H = 1469598103934665603ULL;",
               "static void fold(u64 v) { H ^= v; H *= 1099511628211ULL; H ^= H >> 29; }",
               "static volatile u32 RT[8] = { " + ", ".join(f"{v}u" for v in self.rt) + " };",
               f"enum {{ NOBJ = {self.nobj} }};",
               "struct Obj { u32 a[NOBJ]; u32 tag; };",
               "struct OHolder { Obj *p; u32 n; };",
               "struct Err { u32 code; };",
               "struct PErr { u8 *p; u32 n; };",
               "struct LNode { u32 v; LNode *next; };",
               "static NOINLINE void f_clobber(u32 s) { volatile u8 junk[4096]; for (u32 i = 0; i < 4096u; i++) junk[i] = (u8)(s + i); }",
               "/* fam:helper */",
               f"static {a()} u64 f_obj_sum(const Obj *o) {{ u64 s = o->tag; for (u32 k = 0; k < NOBJ; k++) s = s * 31u + o->a[k]; return s; }}",
               f"static {a()} u64 f_obj_ref(const Obj &o) {{ return o.a[0] * 7u + o.tag; }}",
               f"static {a()} void f_obj_bump(Obj *o, u32 r) {{ o->a[r % NOBJ] += 3u; o->tag ^= r; }}",
               f"static {a()} Obj *f_obj_id(Obj *o) {{ return o; }}",
               f"static {a()} void f_obj_delete(Obj *o) {{ delete o; }}",
               f"static {a()} Obj *f_take(OHolder *h) {{ Obj *p = h->p; h->p = nullptr; return p; }}",
               f"static {a()} u64 f_arr_sum(const u32 *a, u32 n) {{ u64 s = 0; for (u32 k = 0; k < n; k++) s = s * 17u + a[k]; return s; }}",
               f"static {a()} u64 f_vec_sum(const std::vector<u32> &v) {{ u64 s = v.size(); for (u32 x : v) s = s * 13u + x; return s; }}",
               f"static {a()} u64 f_str_sum(const std::string &s) {{ u64 h = s.size(); for (char c : s) h = h * 131u + (u8)c; return h; }}",
               f"static {a()} u64 f_call(const std::function<u64(u32)> &f, u32 r) {{ return f(r) + f(r + 1u); }}",
               f"static {a()} void f_apply(const std::function<void(u32 *)> &f, u32 *q) {{ f(q); }}",
               "struct Base; static Base *g_kept_base; static void *volatile g_kept_base_pin __attribute__((used)) = (void *)&g_kept_base;",
               "struct Base { virtual ~Base() {} virtual u64 get(u32 r) const = 0; virtual void put(u32 r) = 0;"
               " virtual bool keep() { return false; } };",
               "struct D1 final : Base { u32 v[4] = {1, 2, 3, 4}; u64 get(u32 r) const override { return v[r % 4u]; }"
               " void put(u32 r) override { v[r % 4u] += r; } };",
               f"struct D2 : Base {{ std::vector<u32> v = std::vector<u32>({r.randint(1, 40)}u, 5u);"
               " u64 get(u32 r) const override { return f_vec_sum(v) + r; } void put(u32 r) override { v.push_back(r); }"
               " bool keep() override { if (g_kept_base) return false; g_kept_base = this; return true; } };",
               f"struct D3 final : Base {{ std::string s = std::string({r.randint(1, 40)}u, 'd'); u32 n = 0;"
               " u64 get(u32 r) const override { return f_str_sum(s) + n + r; } void put(u32 r) override { n += r; s += 'e'; }"
               f" bool keep() override {{ if (g_kept_base || (n & {1 << r.randrange(3)}u)) return false; g_kept_base = this; return true; }} }};",
               f"static {a()} Base *f_make_base(u32 r) {{ switch (r % 3u) {{ case 0: return new D1(); case 1: return new D2(); default: return new D3(); }} }}",
               f"static {a()} void f_base_delete(Base *b) {{ delete b; }}",
               f"static {a()} u64 f_base_ref(const Base &b) {{ return b.get(7u); }}"]
        out.append("/* fam:globals */")
        out.extend(self.globals)
        out.extend(self.funcs)
        main = ["/* fam:driver */", "static int pmain() {"]
        main.extend("  " + x for x in self.main_pre)
        for b in blocks:
            for _ in range(r.randint(1, 2)):
                main.append(f"  {b}(RT[{r.randrange(8)}] ^ {r.randrange(1 << 16)}u);")
                if self.after[b]:
                    main.append("  {")
                    main.extend("    " + x for x in self.after[b])
                    main.append("  }")
        main.append('  std::printf("%016llx\\n", H);')
        main.append("  return 0;")
        main.append("}")
        out.append("\n".join(main))
        return "\n".join(out) + "\n"

    def header(self, body):
        return (f"/* heap2stack fuzz program (C++), seed {self.seed} */\n"
                f"/* families: {' '.join(sorted(self.families))} */\n")


def generate(seed, families=None):
    g = Gen(seed, families)
    body = g.body()
    return g.header(body) + PRELUDE_SHARED + body + "int main() { return pmain(); }\n"


def unit(seed, families=None):
    """The program of `seed` in `namespace s<seed>`, without the prelude."""
    g = Gen(seed, families)
    body = g.body()
    return g.header(body) + f"namespace s{seed} {{\n" + body + "}\n"


def batch(seeds, families=None):
    """One translation unit running the programs of `seeds` in order (their
    pmain()s called through a volatile table), one checksum line each."""
    out = [f"/* heap2stack fuzz batch (C++): seeds {','.join(map(str, seeds))} */",
           PRELUDE_SHARED.rstrip()]
    for s in seeds:
        out.append(unit(s, families).rstrip())
    out.append(f"static int (*volatile BATCH[{len(seeds)}])() = {{ "
               + ", ".join(f"s{s}::pmain" for s in seeds) + " };")
    out.append("int main() {\n"
               f"  for (unsigned i = 0; i < {len(seeds)}u; i++) {{ BATCH[i](); std::fflush(stdout); }}\n"
               "  return 0;\n}")
    return "\n".join(out) + "\n"


def parse_families(spec):
    if not spec:
        return None
    fams = [f for f in spec.split(",") if f]
    for f in fams:
        if f not in FAMILY_WEIGHTS:
            raise SystemExit(f"gen_cxx.py: unknown family {f} (known: {', '.join(FAMILIES)})")
    return fams


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("-o", "--output")
    ap.add_argument("--families", help="only these families, comma-separated: " + ", ".join(FAMILIES))
    a = ap.parse_args()
    src = generate(a.seed, parse_families(a.families))
    if a.output:
        with open(a.output, "w") as f:
            f.write(src)
    else:
        sys.stdout.write(src)


if __name__ == "__main__":
    main()
