#!/usr/bin/env python3
"""Random, well-defined C programs full of heap-allocation patterns.

    utils/fuzz/gen.py SEED [-o FILE]

The same seed always gives the same program.  Every program:
  - has no undefined behaviour: all arithmetic is unsigned, every buffer is
    fully written before it is read (or comes from calloc), every index is
    reduced modulo the element count, no object is used after it is freed,
    nothing is freed twice, recursion is bounded;
  - allocates with malloc / calloc / aligned_alloc / posix_memalign / realloc,
    constant sizes and run-time sizes (read from a volatile table) below and
    above heap2stack's 256-byte guarded capacity, and a few above max-size;
  - moves the pointers around the way heap2stack reasons about them: loops,
    branches, early returns, noinline helpers that read / write / keep in a
    global / return / free them, local structs and arrays, heap holders,
    linked lists, pointer arrays, memcpy of structs and pointers, a previous
    buffer carried across iterations (directly and through memory), bounded
    recursion;
  - folds every value it reads into a checksum and prints it, so any
    miscompile of the memory it touches changes the output.
Objects are freed on some paths and leaked on others.
"""
import argparse
import random
import re
import sys

ETYPES = [("u8", 1), ("u16", 2), ("u32", 4), ("u64", 8)]

# PRELUDE_SHARED is what a batch of programs (batch() below) shares: headers,
# types, macros.  The rest of a program is renamed per program in a batch.
PRELUDE_SHARED = r"""#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
#define NOINLINE __attribute__((noinline))
"""
PRELUDE = PRELUDE_SHARED + r"""static u64 H = 1469598103934665603ULL;
static void fold(u64 v) { H ^= v; H *= 1099511628211ULL; H ^= H >> 29; }
struct holder { void *p; u32 nb; u32 tag; };
struct node { u32 v; u32 nb; u8 *buf; struct node *next; };
static void *g_keep[64];
static u32 g_keep_nb[64];
static u32 g_nkeep;
"""

# name -> (source, dependencies)
HELPERS = {
    "h_sum": ("static {A} u64 h_sum(const void *p, u32 nb) {{\n"
              "  const u8 *b = p; u64 s = 0;\n"
              "  for (u32 i = 0; i < nb; i++) s = s * 31u + b[i];\n"
              "  return s;\n}}\n", []),
    "h_fill": ("static {A} void h_fill(void *p, u32 nb, u32 s) {{\n"
               "  u8 *b = p;\n"
               "  for (u32 i = 0; i < nb; i++) b[i] = (u8)(b[i] * 3u + s + i);\n}}\n", []),
    "h_id": ("static {A} void *h_id(void *p) {{ return p; }}\n", []),
    "h_off": ("static {A} void *h_off(void *p, u32 off) {{ return (u8 *)p + off; }}\n", []),
    "h_free": ("static {A} void h_free(void *p) {{ free(p); }}\n", []),
    "h_maybe_free": ("static {A} u32 h_maybe_free(void *p, u32 c) {{\n"
                     "  if (c) {{ free(p); return 1; }}\n  return 0;\n}}\n", []),
    "h_keep": ("static {A} void h_keep(void *p, u32 nb) {{\n"
               "  if (g_nkeep < 64) {{ g_keep[g_nkeep] = p; g_keep_nb[g_nkeep] = nb; g_nkeep++; }}\n}}\n", []),
    "h_set": ("static {A} void h_set(void **slot, void *p) {{ *slot = p; }}\n", []),
    "h_pick": ("static {A} void *h_pick(void *a, void *b, u32 c) {{ return c ? a : b; }}\n", []),
    "h_dup": ("static {A} void *h_dup(const void *p, u32 nb) {{\n"
              "  void *q = malloc(nb);\n  if (!q) abort();\n  memcpy(q, p, nb);\n  return q;\n}}\n", []),
    "h_alloc": ("static {A} void *h_alloc(u32 nb, u32 s) {{\n"
                "  u8 *q = malloc(nb);\n  if (!q) abort();\n"
                "  for (u32 i = 0; i < nb; i++) q[i] = (u8)(s + i * 7u);\n  return q;\n}}\n", []),
    "h_read_holder": ("static {A} u64 h_read_holder(const struct holder *h) {{\n"
                      "  const u8 *b = h->p; u64 s = h->tag;\n"
                      "  for (u32 i = 0; i < h->nb; i++) s = s * 131u + b[i];\n  return s;\n}}\n", []),
    "h_fill_holder": ("static {A} void h_fill_holder(struct holder *h, u32 s) {{\n"
                      "  u8 *b = h->p;\n  for (u32 i = 0; i < h->nb; i++) b[i] ^= (u8)(s + i);\n"
                      "  h->tag += s;\n}}\n", []),
    "h_replace": ("static {A} void *h_replace(struct holder *h, void *np) {{\n"
                  "  void *old = h->p; h->p = np; return old;\n}}\n", []),
    "h_byval": ("static {A} u64 h_byval(struct holder h) {{\n"
                "  const u8 *b = h.p; u64 s = h.tag;\n"
                "  for (u32 i = 0; i < h.nb; i++) s += (u64)b[i] << (i % 40u);\n  return s;\n}}\n", []),
    "h_push": ("static {A} void h_push(struct node **head, struct node *n) {{ n->next = *head; *head = n; }}\n", []),
    "h_list_sum": ("static {A} u64 h_list_sum(const struct node *n) {{\n"
                   "  u64 s = 0;\n  for (; n; n = n->next) {{\n    s = s * 7u + n->v;\n"
                   "    for (u32 i = 0; i < n->nb; i++) s += n->buf[i];\n  }}\n  return s;\n}}\n", []),
}


class Gen:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.used = set()
        self.counter = 0
        self.funcs = []        # generated block functions (source)
        self.rt = [self.r.randrange(0, 1 << 16) for _ in range(8)]

    # ---- small utilities -------------------------------------------------
    def fresh(self, base):
        self.counter += 1
        return f"{base}{self.counter}"

    def helper(self, name):
        self.used.add(name)
        return name

    def chance(self, p):
        return self.r.random() < p

    def rt_expr(self):
        """A run-time u32 value, unknown to the compiler."""
        return f"RT[{self.r.randrange(8)}]"

    def count_expr(self, esize, rtsz):
        """(C expression for an element count, maximum bytes)"""
        r = self.r
        if not rtsz:
            k = r.random()
            if k < 0.55:
                n = r.randint(1, 64 // esize + 2)          # small
            elif k < 0.9:
                n = r.randint(257 // esize + 1, 4096 // esize)   # above guard capacity
            elif k < 0.97:
                n = r.randint(8192 // esize, 40000 // esize)     # big, still below max-size
            else:
                n = r.randint(65537 // esize + 1, 70000 // esize)  # above max-size
            return str(n) + "u", n * esize
        # run time: small or big range
        k = r.random()
        if k < 0.5:
            m = r.randint(1, 256 // esize)
        elif k < 0.9:
            m = r.randint(256 // esize, 2048 // esize)
        else:
            m = r.randint(4096 // esize, 70000 // esize)
        return f"({self.rt_expr()} % {m}u + 1u)", m * esize

    def alloc(self, lines, ind, var, et, es, n, kind=None):
        """Declare `et *var` pointing to a fresh object of n elements; returns kind."""
        r = self.r
        kind = kind or r.choice(["malloc"] * 5 + ["calloc"] * 2 + ["aligned_alloc", "posix_memalign"])
        nb = f"({n}) * (u32)sizeof({et})"
        if kind == "malloc":
            lines.append(f"{ind}{et} *{var} = malloc({nb});")
        elif kind == "calloc":
            lines.append(f"{ind}{et} *{var} = calloc({n}, sizeof({et}));")
        elif kind == "aligned_alloc":
            a = r.choice([16, 32, 64, 256, 4096])
            lines.append(f"{ind}{et} *{var} = aligned_alloc({a}, (({nb}) + {a - 1}u) / {a}u * {a}u);")
        else:
            a = r.choice([8, 16, 64, 128])
            t = self.fresh("pm")
            lines.append(f"{ind}void *{t};")
            lines.append(f"{ind}if (posix_memalign(&{t}, {a}, {nb})) abort();")
            lines.append(f"{ind}{et} *{var} = {t};")
        lines.append(f"{ind}if (!{var}) abort();")
        return kind

    def fill(self, lines, ind, var, et, n, zeroed=False):
        j = self.fresh("j")
        c1, c2 = self.r.randrange(1, 1000), self.r.randrange(1000)
        op = "+=" if zeroed and self.chance(0.5) else "="
        lines.append(f"{ind}for (u32 {j} = 0; {j} < {n}; {j}++) {var}[{j}] {op} ({et})({j} * {c1}u + r + {c2}u);")

    def read(self, lines, ind, var, n):
        j = self.fresh("j")
        if self.chance(0.5):
            lines.append(f"{ind}for (u32 {j} = 0; {j} < {n}; {j}++) fold({var}[{j}]);")
        else:
            s = self.fresh("s")
            lines.append(f"{ind}{{ u64 {s} = 0; for (u32 {j} = 0; {j} < {n}; {j}++) {s} = {s} * 33u + {var}[{j}]; fold({s}); }}")

    # ---- block kinds -----------------------------------------------------
    def blk_single(self, lines, ind, in_loop):
        """One object, a random sequence of operations."""
        r = self.r
        et, es = r.choice(ETYPES)
        rtsz = self.chance(0.5)
        n, maxb = self.count_expr(es, rtsz)
        nv = self.fresh("n")
        lines.append(f"{ind}u32 {nv} = {n};")
        p = self.fresh("p")
        kind = self.alloc(lines, ind, p, et, es, nv)
        if kind != "calloc" or self.chance(0.5):
            self.fill(lines, ind, p, et, nv, zeroed=(kind == "calloc"))
        nb = f"({nv} * (u32)sizeof({et}))"
        state = "alive"        # alive | kept (in a global: never freed) | dead
        aliases_ok = True      # false after realloc invalidated nothing (we only use p)
        for _ in range(r.randint(1, 6)):
            if state == "dead":
                break
            ops = ["read", "rw", "h_read", "h_fill", "h_id", "h_off", "struct", "heap_holder",
                   "byval", "memcpy", "dup", "pick"]
            if state == "alive":
                ops += ["realloc", "keep", "early", "swap_holder"]
                if in_loop:
                    ops += ["cont", "cont"]
            op = r.choice(ops)
            if op == "read":
                self.read(lines, ind, p, nv)
            elif op == "rw":
                c = r.randrange(100)
                lines.append(f"{ind}{p}[(r + {c}u) % {nv}] ^= ({et}){r.randrange(1, 255)}u;")
                lines.append(f"{ind}fold({p}[(r + {c}u) % {nv}]);")
            elif op == "h_read":
                lines.append(f"{ind}fold({self.helper('h_sum')}({p}, {nb}));")
            elif op == "h_fill":
                lines.append(f"{ind}{self.helper('h_fill')}({p}, {nb}, r + {r.randrange(99)}u);")
            elif op == "h_id":
                q = self.fresh("q")
                lines.append(f"{ind}{et} *{q} = {self.helper('h_id')}({p});")
                lines.append(f"{ind}{q}[{r.randrange(50)}u % {nv}] += 3u;")
                self.read(lines, ind, q, nv)
            elif op == "h_off":
                q = self.fresh("q")
                off = r.randrange(0, 40)
                lines.append(f"{ind}{{ u32 off = {off}u % {nb}; u8 *{q} = {self.helper('h_off')}({p}, off);")
                lines.append(f"{ind}  for (u32 k = 0; k + off < {nb}; k++) fold({q}[k]); }}")
            elif op == "struct":
                h, h2 = self.fresh("hs"), self.fresh("hs")
                lines.append(f"{ind}struct holder {h}; {h}.p = {p}; {h}.nb = {nb}; {h}.tag = {r.randrange(9)}u;")
                if self.chance(0.6):
                    lines.append(f"{ind}struct holder {h2}; memcpy(&{h2}, &{h}, sizeof {h});")
                    h = h2
                if self.chance(0.5):
                    lines.append(f"{ind}{self.helper('h_fill_holder')}(&{h}, {r.randrange(99)}u);")
                else:
                    lines.append(f"{ind}(({et} *){h}.p)[r % {nv}] = ({et})({h}.tag + 5u);")
                if self.chance(0.5):
                    lines.append(f"{ind}fold({self.helper('h_read_holder')}(&{h}));")
                else:
                    self.read(lines, ind, p, nv)
            elif op == "heap_holder":
                h = self.fresh("hb")
                lines.append(f"{ind}struct holder *{h} = malloc(sizeof *{h});")
                lines.append(f"{ind}if (!{h}) abort();")
                lines.append(f"{ind}{h}->p = {p}; {h}->nb = {nb}; {h}->tag = r;")
                lines.append(f"{ind}fold({self.helper('h_read_holder')}({h}));")
                lines.append(f"{ind}(({et} *){h}->p)[0] += 1u;")
                if self.chance(0.7):
                    lines.append(f"{ind}free({h});")
                self.read(lines, ind, p, nv)
            elif op == "byval":
                h = self.fresh("hs")
                lines.append(f"{ind}struct holder {h} = {{ {p}, {nb}, 7u }};")
                lines.append(f"{ind}fold({self.helper('h_byval')}({h}));")
            elif op == "memcpy":
                q = self.fresh("q")
                self.alloc(lines, ind, q, et, es, nv, kind="malloc")
                lines.append(f"{ind}memcpy({q}, {p}, {nb});")
                lines.append(f"{ind}{q}[0] ^= 1u;")
                self.read(lines, ind, q, nv)
                if self.chance(0.8):
                    lines.append(f"{ind}free({q});")
            elif op == "dup":
                q = self.fresh("q")
                lines.append(f"{ind}{et} *{q} = {self.helper('h_dup')}({p}, {nb});")
                self.read(lines, ind, q, nv)
                lines.append(f"{ind}free({q});")
            elif op == "pick":
                q, o = self.fresh("q"), self.fresh("o")
                self.alloc(lines, ind, o, et, es, nv, kind=r.choice(["malloc", "calloc"]))
                self.fill(lines, ind, o, et, nv)
                lines.append(f"{ind}{et} *{q} = {self.helper('h_pick')}({p}, {o}, r & 1u);")
                self.read(lines, ind, q, nv)
                if self.chance(0.5):
                    lines.append(f"{ind}free({o});")
            elif op == "realloc":
                n2, _ = self.count_expr(es, self.chance(0.5))
                q = self.fresh("q")
                lines.append(f"{ind}{nv} = {n2};")
                lines.append(f"{ind}{et} *{q} = realloc({p}, {nb});")
                lines.append(f"{ind}if (!{q}) abort();")
                lines.append(f"{ind}{p} = {q};")
                self.fill(lines, ind, p, et, nv)
            elif op == "keep":
                if self.chance(0.5):
                    lines.append(f"{ind}{self.helper('h_keep')}({p}, {nb});")
                else:
                    lines.append(f"{ind}if (g_nkeep < 64) {{ g_keep[g_nkeep] = {p}; g_keep_nb[g_nkeep++] = {nb}; }}")
                state = "kept"
            elif op == "early":
                lines.append(f"{ind}if (r % {r.randint(2, 5)}u == 0) {{")
                self.read(lines, ind + "  ", p, nv)
                if self.chance(0.5):
                    lines.append(f"{ind}  free({p});")
                lines.append(f"{ind}  return;")
                lines.append(f"{ind}}}")
            elif op == "cont":
                lines.append(f"{ind}if (r % {r.randint(2, 4)}u == 1u) {{")
                self.read(lines, ind + "  ", p, nv)
                if self.chance(0.6):
                    lines.append(f"{ind}  free({p});")
                lines.append(f"{ind}  {r.choice(['continue', 'continue', 'break'])};")
                lines.append(f"{ind}}}")
            elif op == "swap_holder":
                # a callee replaces the field; the caller frees what it gets back
                h, o = self.fresh("hs"), self.fresh("o")
                self.alloc(lines, ind, o, et, es, nv, kind="malloc")
                self.fill(lines, ind, o, et, nv)
                lines.append(f"{ind}struct holder {h} = {{ {p}, {nb}, 1u }};")
                lines.append(f"{ind}{et} *old{self.counter} = {self.helper('h_replace')}(&{h}, {o});")
                lines.append(f"{ind}fold({self.helper('h_read_holder')}(&{h}));")
                lines.append(f"{ind}fold(old{self.counter}[0]);")
                lines.append(f"{ind}free({o});")
        if state == "alive":
            k = r.random()
            if k < 0.45:
                lines.append(f"{ind}free({p});")
            elif k < 0.6:
                lines.append(f"{ind}{self.helper('h_free')}({p});")
            elif k < 0.75:
                lines.append(f"{ind}if (!{self.helper('h_maybe_free')}({p}, r & 2u)) {{ fold({p}[0]); free({p}); }}")
            elif k < 0.85:
                lines.append(f"{ind}if (r & 4u) free({p}); else fold({p}[r % {nv}]);")
            # else: leak
        return maxb

    def blk_loop_single(self, lines, ind):
        it = self.fresh("it")
        lines.append(f"{ind}for (u32 {it} = 0; {it} < {self.r.randint(1, 5)}u; {it}++) {{")
        lines.append(f"{ind}  r += {it};")
        self.blk_single(lines, ind + "  ", True)
        lines.append(f"{ind}}}")

    def blk_branch(self, lines, ind):
        """Objects allocated in branches, merged by a phi, freed through it."""
        r = self.r
        et, es = r.choice(ETYPES)
        n1, _ = self.count_expr(es, self.chance(0.4))
        n2, _ = self.count_expr(es, self.chance(0.4))
        p, nv = self.fresh("p"), self.fresh("n")
        lines.append(f"{ind}{et} *{p}; u32 {nv};")
        lines.append(f"{ind}if (r & {1 << r.randrange(4)}u) {{")
        lines.append(f"{ind}  {nv} = {n1};")
        t = self.fresh("t")
        self.alloc(lines, ind + "  ", t, et, es, nv)
        lines.append(f"{ind}  {p} = {t};")
        lines.append(f"{ind}}} else {{")
        lines.append(f"{ind}  {nv} = {n2};")
        t = self.fresh("t")
        self.alloc(lines, ind + "  ", t, et, es, nv)
        lines.append(f"{ind}  {p} = {t};")
        lines.append(f"{ind}}}")
        self.fill(lines, ind, p, et, nv)
        if self.chance(0.5):
            # two live objects, free one chosen at run time, then the other
            q = self.fresh("q")
            self.alloc(lines, ind, q, et, es, nv)
            self.fill(lines, ind, q, et, nv)
            self.read(lines, ind, q, nv)
            lines.append(f"{ind}{et} *{q}x = (r & 8u) ? {p} : {q};")
            lines.append(f"{ind}{et} *{q}y = (r & 8u) ? {q} : {p};")
            self.read(lines, ind, p, nv)
            lines.append(f"{ind}free({q}x);")
            lines.append(f"{ind}fold({q}y[r % {nv}]);")
            lines.append(f"{ind}free({q}y);")
        else:
            self.read(lines, ind, p, nv)
            if self.chance(0.8):
                lines.append(f"{ind}free({p});")

    def blk_prev(self, lines, ind):
        """A previous buffer carried across iterations, directly or through memory."""
        r = self.r
        et, es = r.choice(ETYPES)
        carrier = r.choice(["var", "struct", "slot", "h_id", "h_set", "heap", "memcpy", "var", "list"])
        rtsz = self.chance(0.5)
        n, _ = self.count_expr(es, rtsz)
        nvar = self.fresh("n")
        c = self.fresh("c")       # carrier base name
        iters = r.randint(2, 6)
        free_prev = self.chance(0.6)
        lines.append(f"{ind}u32 {nvar} = {n};")
        if carrier == "var":
            lines.append(f"{ind}{et} *{c} = NULL;")
            get, put = c, lambda v: f"{c} = {v};"
        elif carrier == "struct":
            lines.append(f"{ind}struct holder {c}; {c}.p = NULL; {c}.nb = 0;")
            get, put = f"{c}.p", lambda v: f"{c}.p = {v};"
        elif carrier == "slot":
            lines.append(f"{ind}{et} *{c}[2] = {{ NULL, NULL }};")
            get, put = f"{c}[0]", lambda v: f"{c}[1] = {v}; {c}[0] = {c}[1];"
        elif carrier == "h_id":
            lines.append(f"{ind}{et} *{c} = NULL;")
            get, put = c, lambda v: f"{c} = {self.helper('h_id')}({v});"
        elif carrier == "h_set":
            lines.append(f"{ind}void *{c} = NULL;")
            get, put = c, lambda v: f"{self.helper('h_set')}(&{c}, {v});"
        elif carrier == "heap":
            lines.append(f"{ind}struct holder *{c} = calloc(1, sizeof *{c});")
            lines.append(f"{ind}if (!{c}) abort();")
            get, put = f"{c}->p", lambda v: f"{c}->p = {v};"
        elif carrier == "memcpy":
            lines.append(f"{ind}{et} *{c} = NULL;")
            get, put = c, lambda v: f"memcpy(&{c}, &{v}, sizeof {c});"
        else:  # list: every iteration's buffer also stays in a local array
            lines.append(f"{ind}{et} *{c}[{iters}];")
            lines.append(f"{ind}{et} *{c}p = NULL;")
            get, put = f"{c}p", lambda v: f"{c}p = {v};"
            free_prev = False
        it = self.fresh("it")
        lines.append(f"{ind}for (u32 {it} = 0; {it} < {iters}u; {it}++) {{")
        i2 = ind + "  "
        prev, cur = self.fresh("prev"), self.fresh("cur")
        lines.append(f"{i2}{et} *{prev} = {get};")
        self.alloc(lines, i2, cur, et, es, nvar)
        j = self.fresh("j")
        lines.append(f"{i2}for (u32 {j} = 0; {j} < {nvar}; {j}++) {cur}[{j}] = ({et})(({prev} ? {prev}[({j} + 1u) % {nvar}] : 0u) + {j} * {r.randrange(1, 99)}u + {it});")
        if self.chance(0.3):
            lines.append(f"{i2}fold({self.helper('h_sum')}({cur}, {nvar} * (u32)sizeof({et})));")
        self.read(lines, i2, cur, nvar)
        if carrier == "list":
            lines.append(f"{i2}{c}[{it}] = {cur};")
        cond = carrier != "list" and self.chance(0.35)
        if cond:
            lines.append(f"{i2}if (({it} + r) % {r.randint(2, 3)}u != 0u) {{")
            i2 = i2 + "  "
        if free_prev:
            lines.append(f"{i2}if ({prev}) {'free' if self.chance(0.7) else self.helper('h_free')}({prev});")
        lines.append(f"{i2}{put(cur)}")
        if cond:
            i2 = i2[:-2]
            lines.append(f"{i2}}} else {{")
            if self.chance(0.7):
                lines.append(f"{i2}  free({cur});")
            lines.append(f"{i2}}}")
        lines.append(f"{ind}}}")
        last = self.fresh("last")
        lines.append(f"{ind}{et} *{last} = {get};")
        if cond:
            lines.append(f"{ind}if ({last}) {{")
            self.read(lines, ind + "  ", last, nvar)
            lines.append(f"{ind}}}")
        else:
            self.read(lines, ind, last, nvar)
        if carrier == "list":
            k = self.fresh("k")
            lines.append(f"{ind}for (u32 {k} = 0; {k} < {iters}u; {k}++) {{ fold({c}[{k}][r % {nvar}]); free({c}[{k}]); }}")
        elif self.chance(0.7):
            lines.append(f"{ind}free({last});")
        if carrier == "heap":
            lines.append(f"{ind}free({c});")

    def blk_list(self, lines, ind):
        """A small linked list built in a loop, nodes with their own buffers."""
        r = self.r
        head, tail = self.fresh("head"), self.fresh("tail")
        lines.append(f"{ind}struct node *{head} = NULL, *{tail} = NULL;")
        insert = r.choice(["head", "tail", "helper"])
        it = self.fresh("it")
        iters = r.randint(1, 6)
        lines.append(f"{ind}for (u32 {it} = 0; {it} < {iters}u; {it}++) {{")
        i2 = ind + "  "
        nd = self.fresh("nd")
        lines.append(f"{i2}struct node *{nd} = {r.choice(['malloc(sizeof *' + nd + ')', 'calloc(1, sizeof *' + nd + ')'])};")
        lines.append(f"{i2}if (!{nd}) abort();")
        lines.append(f"{i2}{nd}->v = r * {r.randrange(1, 50)}u + {it};")
        if self.chance(0.6):
            nb, _ = self.count_expr(1, self.chance(0.5))
            lines.append(f"{i2}{nd}->nb = {nb};")
            if self.chance(0.5):
                lines.append(f"{i2}{nd}->buf = malloc({nd}->nb);")
                lines.append(f"{i2}if (!{nd}->buf) abort();")
                lines.append(f"{i2}for (u32 k = 0; k < {nd}->nb; k++) {nd}->buf[k] = (u8)(k + {it});")
            else:
                lines.append(f"{i2}{nd}->buf = {self.helper('h_alloc')}({nd}->nb, {it});")
        else:
            lines.append(f"{i2}{nd}->nb = 0; {nd}->buf = NULL;")
        if insert == "head":
            lines.append(f"{i2}{nd}->next = {head}; {head} = {nd};")
        elif insert == "helper":
            lines.append(f"{i2}{self.helper('h_push')}(&{head}, {nd});")
        else:
            lines.append(f"{i2}{nd}->next = NULL;")
            lines.append(f"{i2}if ({tail}) {tail}->next = {nd}; else {head} = {nd};")
            lines.append(f"{i2}{tail} = {nd};")
        lines.append(f"{ind}}}")
        if self.chance(0.5):
            lines.append(f"{ind}fold({self.helper('h_list_sum')}({head}));")
        else:
            lines.append(f"{ind}for (struct node *w = {head}; w; w = w->next) {{ fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }}")
        if self.chance(0.75):
            lines.append(f"{ind}while ({head}) {{ struct node *nx = {head}->next; free({head}->buf); free({head}); {head} = nx; }}")

    def blk_ptrarray(self, lines, ind):
        """An array of pointers (local or on the heap), filled in a loop."""
        r = self.r
        et, es = r.choice(ETYPES)
        k = r.randint(1, 6)
        a = self.fresh("arr")
        n, _ = self.count_expr(es, self.chance(0.5))
        nv = self.fresh("n")
        lines.append(f"{ind}u32 {nv} = {n};")
        heap = self.chance(0.4)
        if heap:
            lines.append(f"{ind}{et} **{a} = malloc({k} * sizeof *{a});")
            lines.append(f"{ind}if (!{a}) abort();")
        else:
            lines.append(f"{ind}{et} *{a}[{k}];")
        i = self.fresh("i")
        lines.append(f"{ind}for (u32 {i} = 0; {i} < {k}u; {i}++) {{")
        t = self.fresh("t")
        self.alloc(lines, ind + "  ", t, et, es, nv)
        self.fill(lines, ind + "  ", t, et, nv)
        lines.append(f"{ind}  {a}[{i}] = {t};")
        lines.append(f"{ind}}}")
        if k > 1 and self.chance(0.5):
            lines.append(f"{ind}{{ {et} *tmp = {a}[0]; {a}[0] = {a}[{k - 1}]; {a}[{k - 1}] = tmp; }}")
        if self.chance(0.4):
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {k}u; {i}++) fold({self.helper('h_sum')}({a}[{i}], {nv} * (u32)sizeof({et})));")
        lines.append(f"{ind}for (u32 {i} = 0; {i} < {k}u; {i}++) {{ {a}[{i}][{i} % {nv}] += 1u; fold({a}[{i}][r % {nv}]); fold({a}[{i}][0]); }}")
        fr = r.choice(["all", "even", "none", "all"])
        if fr == "all":
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {k}u; {i}++) free({a}[{i}]);")
        elif fr == "even":
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {k}u; {i} += 2) free({a}[{i}]);")
        if heap and self.chance(0.8):
            lines.append(f"{ind}free({a});")

    def blk_recursion(self, lines, ind):
        """Bounded recursion, each level with its own buffer from its parent's."""
        r = self.r
        f = self.fresh("rec")
        et, es = r.choice(ETYPES)
        n, _ = self.count_expr(es, self.chance(0.5))
        attr = "NOINLINE" if self.chance(0.7) else ""
        body = [f"static {attr} u64 {f}(u32 r, u32 d, const {et} *parent, u32 pn) {{",
                f"  u32 n = {n};"]
        self.alloc(body, "  ", "b", et, es, "n")
        body.append(f"  for (u32 j = 0; j < n; j++) b[j] = ({et})((parent ? parent[j % pn] : 0u) + j + d);")
        body.append("  u64 s = d;")
        body.append(f"  if (d > 0) s += {f}(r, d - 1u, b, n);")
        body.append("  for (u32 j = 0; j < n; j++) s = s * 3u + b[j];")
        k = r.random()
        if k < 0.6:
            body.append("  free(b);")
        elif k < 0.8:
            body.append("  if (d & 1u) free(b);")
        body.append("  return s;")
        body.append("}")
        self.funcs.append("\n".join(body))
        lines.append(f"{ind}fold({f}(r, {r.randint(0, 6)}u, NULL, 0u));")

    def blk_alloc_in_callee(self, lines, ind):
        """A helper allocates and returns; the caller uses it and maybe frees."""
        r = self.r
        p = self.fresh("p")
        nb, _ = self.count_expr(1, self.chance(0.5))
        lines.append(f"{ind}u32 {p}n = {nb};")
        lines.append(f"{ind}u8 *{p} = {self.helper('h_alloc')}({p}n, r);")
        lines.append(f"{ind}fold({self.helper('h_sum')}({p}, {p}n));")
        lines.append(f"{ind}{p}[r % {p}n] = 9u;")
        self.read(lines, ind, p, f"{p}n")
        if self.chance(0.7):
            lines.append(f"{ind}free({p});")

    def block(self):
        r = self.r
        name = self.fresh("blk")
        lines = []
        for _ in range(r.randint(1, 3)):
            kind = r.choices(["single", "loop_single", "branch", "prev", "list", "ptrarray",
                              "recursion", "callee_alloc"],
                             weights=[4, 3, 2, 4, 2, 2, 1, 1])[0]
            lines.append(f"  /* {kind} */")
            if kind == "single":
                self.blk_single(lines, "  ", False)
            elif kind == "loop_single":
                self.blk_loop_single(lines, "  ")
            elif kind == "branch":
                self.blk_branch(lines, "  ")
            elif kind == "prev":
                self.blk_prev(lines, "  ")
            elif kind == "list":
                self.blk_list(lines, "  ")
            elif kind == "ptrarray":
                self.blk_ptrarray(lines, "  ")
            elif kind == "recursion":
                self.blk_recursion(lines, "  ")
            else:
                self.blk_alloc_in_callee(lines, "  ")
        attr = "NOINLINE" if self.chance(0.6) else ""
        src = f"static {attr} void {name}(u32 r) {{\n" + "\n".join(lines) + "\n}"
        self.funcs.append(src)
        return name

    def program(self):
        blocks = [self.block() for _ in range(self.r.randint(2, 4))]
        out = [f"/* heap2stack fuzz program, seed {self.seed} */", PRELUDE.rstrip()]
        out.append("static volatile u32 RT[8] = { " + ", ".join(f"{v}u" for v in self.rt) + " };")
        for h in sorted(self.used):
            attr = "NOINLINE" if self.r.random() < 0.75 else ""
            out.append(HELPERS[h][0].format(A=attr).rstrip())
        out.extend(self.funcs)
        main = ["int main(void) {"]
        for b in blocks:
            for _ in range(self.r.randint(1, 2)):
                main.append(f"  {b}(RT[{self.r.randrange(8)}] ^ {self.r.randrange(1 << 16)}u);")
        main.append("  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }")
        main.append('  printf("%016llx\\n", H);')
        main.append("  return 0;")
        main.append("}")
        out.append("\n".join(main))
        return "\n".join(out) + "\n"


def generate(seed):
    return Gen(seed).program()


# Every file-scope identifier a program defines (all of them static), so that
# several programs can share one translation unit.
GLOBAL_IDENT = re.compile(r"\b(H|fold|g_keep|g_keep_nb|g_nkeep|RT|main|h_[a-z_]+|blk[0-9]+|rec[0-9]+)\b")
SHARED_TYPES = ("struct holder { void *p; u32 nb; u32 tag; };\n"
                "struct node { u32 v; u32 nb; u8 *buf; struct node *next; };\n")


def unit(seed, prefix):
    """The program of `seed` without the shared prelude and the two struct
    types, every file-scope identifier prefixed with `prefix`, and its main
    turned into `static NOINLINE int <prefix>main(void)`.  Apart from the
    names, the code is exactly generate(seed)'s."""
    src = generate(seed)
    head, sep, body = src.partition("\n" + PRELUDE_SHARED)
    assert sep, "prelude not found"
    assert SHARED_TYPES in body
    body = body.replace(SHARED_TYPES, "", 1)
    body = GLOBAL_IDENT.sub(lambda m: prefix + m.group(1), body)
    mdecl = f"int {prefix}main(void) {{"
    assert body.count(mdecl) == 1
    body = body.replace(mdecl, f"static NOINLINE int {prefix}main(void) {{")
    return head + "\n" + body


def batch(seeds):
    """One translation unit running the programs of `seeds` in order, each
    printing its own checksum line.  Each program's main is noinline and is
    called through a volatile function-pointer table, so the optimizer cannot
    inline, merge or reorder the programs."""
    out = [f"/* heap2stack fuzz batch: seeds {','.join(map(str, seeds))} */",
           PRELUDE_SHARED.rstrip(), SHARED_TYPES.rstrip()]
    for s in seeds:
        out.append(unit(s, f"s{s}_").rstrip())
    out.append(f"static int (*volatile BATCH[{len(seeds)}])(void) = {{ "
               + ", ".join(f"s{s}_main" for s in seeds) + " };")
    out.append("int main(void) {\n"
               f"  for (unsigned i = 0; i < {len(seeds)}u; i++) {{ BATCH[i](); fflush(stdout); }}\n"
               "  return 0;\n}")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("-o", "--output")
    a = ap.parse_args()
    src = generate(a.seed)
    if a.output:
        with open(a.output, "w") as f:
            f.write(src)
    else:
        sys.stdout.write(src)


if __name__ == "__main__":
    main()
