#!/usr/bin/env python3
"""Random, well-defined C programs full of heap-allocation patterns.

    utils/fuzz/gen.py SEED [-o FILE] [--families a,b | new | +a,b] [--cxx]
                      [--fortify seed|always|never]

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

Each block is one of FAMILY_WEIGHTS' families: the eight above, and the
families that reach other escape routes (README.md): call cycles (`cycle`),
indirect calls and callbacks (`indirect`: qsort, function-pointer tables),
pointer bits through integers, unions and byte copies (`bytes`) or library
copies, files, pipes and %p text (`libcopy`), decoded in the same frame or in
main after the block returned, unions whose pointer is overwritten through
the integer (`union`), holders whose field is cleared or replaced before the
free (`holder_null`), loop buffers compared through their bytes
(`loop_bytes`), weak functions (`weak`), valloc / memalign and
__builtin_(dynamic_)object_size (`valloc`), addresses as integers that
stay in the frame (offsets, alignment and page-bit branches) or leave it
(encoded, copied bit by bit, a distance from another object, a binary
search over guesses; decoded by main) (`intflow`), old-style calls through
unprototyped declarations (`knr`), fgets / fread / strtol & co / strtod /
strtok_r / strspn & co into heap buffers whose end, save, token or line
pointer is kept for main or used locally (`libparse`), lists and buffer
arrays built in rolled loops with a constant count, kept for main or not
(`loop_slots`), functions that make an object for their caller and
the neighbours that keep it (`makers`), functions that store their object
through a parameter and destroyers that free one field, with their
neighbours that keep it (`fillers`).  The header lists the families a
program uses, and a `/* fam:NAME */` marker opens each family's code, so that
run.py can count the sites each family gets moved.  --cxx: gen_cxx.py.

A share of the C programs (FORTIFY_SHARE, chosen by the seed; --fortify)
is built as Debian builds most code, with `_FORTIFY_SOURCE=2`: the
program defines it before any header, so that at -O1 and above glibc's
headers turn a copy or a sprintf whose size is not a constant into its
checked twin (__memcpy_chk, __sprintf_chk, ...), and some of its copy
lengths become run-time values (Gen.rt_len) so that they do.
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
#include <stdint.h>
#include <malloc.h>
#include <unistd.h>
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
#define NOINLINE __attribute__((noinline))
"""
SHARED_TYPES = ("struct holder { void *p; u32 nb; u32 tag; };\n"
                "struct node { u32 v; u32 nb; u8 *buf; struct node *next; };\n"
                "union pbits { u8 *p; uintptr_t i; u32 h[2]; u8 b[sizeof(u8 *)]; };\n")
PRELUDE = PRELUDE_SHARED + r"""static u64 H = 1469598103934665603ULL;
static void fold(u64 v) { H ^= v; H *= 1099511628211ULL; H ^= H >> 29; }
""" + SHARED_TYPES + r"""/* fam:prelude */
static NOINLINE void f_clobber(u32 s) { volatile u8 junk[4096]; for (u32 i = 0; i < 4096u; i++) junk[i] = (u8)(s + i); }
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


# `_FORTIFY_SOURCE=2` for a share of the C programs, by the seed, with its
# own generator: a program that does not take it is exactly what it was.
FORTIFY = "#define _FORTIFY_SOURCE 2"
FORTIFY_SHARE = 0.35


def fortify_of(seed, fortify=None):
    """Is seed's C program fortified?  fortify: None = by the seed,
    True / False = every program / none (--fortify always / never)."""
    if fortify is not None:
        return fortify
    return random.Random(f"fortify-{seed}").random() < FORTIFY_SHARE


# Block kinds ("families") and their weights.  The first eight are the
# original generator's; the rest reach escape routes it did not (README.md);
# intflow, knr and libparse follow the pass's commits 71ccf29 (integers
# that stay home), 7f64c68 (old-style calls) and 655fc2f (library parsing
# calls).
FAMILY_WEIGHTS = {
    "single": 4, "loop_single": 3, "branch": 2, "prev": 4, "list": 2, "ptrarray": 2,
    "recursion": 1, "callee_alloc": 1,
    "cycle": 2, "indirect": 2, "bytes": 2, "libcopy": 2, "union": 2, "holder_null": 2,
    "loop_bytes": 2, "weak": 1, "valloc": 2,
    "intflow": 3, "knr": 2, "libparse": 2, "loop_slots": 2, "makers": 3,
    "fillers": 3,
    "wrappers": 2, "reenter": 1, "threadstack": 1,
    "intpairs": 2,
}
FAMILIES = list(FAMILY_WEIGHTS)
# The audit's families (wrappers that end the program, recursion the call
# graph does not see, small thread stacks) are opt-in: `--families audit`
# or by name.  The default mix is the twenty-three families before them
# (`makers` and `fillers` joined it after the audit, each changing every
# seed's program).
AUDIT_FAMILIES = ["wrappers", "reenter", "threadstack"]
# The third audit's integer pairs alone (intflow_pairs, which `intflow`
# also draws after about half of its variants): opt-in, by name only, so
# that neither the default mix nor `--families audit` changes.
OPT_IN_FAMILIES = AUDIT_FAMILIES + ["intpairs"]
DEFAULT_FAMILIES = [f for f in FAMILIES if f not in OPT_IN_FAMILIES]
NEW_FAMILIES = DEFAULT_FAMILIES[8:]
# Families whose programs may end early (exit, abort, _exit): a batch that
# holds one runs each program in a child process (batch()).
EXITING_FAMILIES = {"wrappers"}


class Gen:
    def __init__(self, seed, families=None, fortify=None):
        self.seed = seed
        self.r = random.Random(seed)
        self.used = set()
        self.counter = 0
        self.funcs = []        # generated block functions (source)
        self.late = []         # functions after every block (knr: called unprototyped)
        self.rt = [self.r.randrange(0, 1 << 16) for _ in range(8)]
        self.globals = []      # file-scope declarations the families need
        self.after = {}        # block name -> statements main runs after each call
        self.after_cur = []
        self.families = []     # the families used, in order of first use
        self.cur_fam = None
        self.allowed = DEFAULT_FAMILIES if families is None else families
        self.includes = []     # headers the families need (after the prelude)
        self.main_pre = []     # statements at the start of main
        # The second audit's variants (`reenter`, `threadstack`) are chosen
        # with their own generator: a block that does not take one draws
        # exactly what it drew before them.
        self.r_audit2 = random.Random(f"audit2-{seed}")
        # The third audit's integer pairs (intflow_pairs), likewise, with
        # names of their own (x3...): a program without them is unchanged.
        self.r_audit3 = random.Random(f"audit3-{seed}")
        self.x3_counter = 0
        # The fourth audit's printf formats before a "%p" (format_prefix).
        self.r_audit4 = random.Random(f"audit4-{seed}")
        # The makers' destroy functions (mk_destroyers) likewise.
        self.r_destroy = random.Random(f"destroyers-{seed}")
        self.gnu = False       # `#define _GNU_SOURCE` first (fopencookie)
        # `#define _FORTIFY_SOURCE 2` first; its run-time copy lengths are
        # drawn from their own generator (rt_len)
        self.fortify = fortify_of(seed, fortify)
        self.r_fortify = random.Random(f"fortify-len-{seed}")
        self.rtzero = False    # g_rtzero declared

    # ---- small utilities -------------------------------------------------
    def fresh(self, base):
        self.counter += 1
        return f"{base}{self.counter}"

    def helper(self, name):
        self.used.add(name)
        return name

    def chance(self, p):
        return self.r.random() < p

    def rt_len(self, n):
        """A copy length `n` (C): in a fortified program, most of the time
        n plus a volatile zero, a run-time value, so that the copy stays a
        _chk call; else n itself (no draw from the program's generator)."""
        if not self.fortify or self.r_fortify.random() < 0.3:
            return n
        if not self.rtzero:
            self.rtzero = True
            self.globals.append("static volatile u32 g_rtzero;")
        return f"({n} + g_rtzero)"

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
                lines.append(f"{ind}memcpy({q}, {p}, {self.rt_len(nb)});")
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
        self.add_func("\n".join(body))
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

    # ---- families that reach other escape routes (see README.md) -----------
    # Each writes into the block's `lines`, may add file-scope declarations
    # (self.globals), functions (self.add_func) and statements that main runs
    # right after each call of the block (self.after_cur: "outside the frame").
    def glob(self, decl, name):
        """A file-scope declaration; `name`'s address is kept in a volatile
        pointer: LLVM's globalopt turns an allocation stored only into one
        global into a static body even when it runs twice (the first object,
        still in use through the global, is then overwritten: -O2 without
        the plugin gets the go.c test of README.md wrong), and a global whose
        address escapes is left alone."""
        self.globals.append(f"{decl} static void *volatile {name}_pin __attribute__((used)) = (void *)&{name};")

    def add_func(self, src):
        self.funcs.append(f"/* fam:{self.cur_fam} */\n{src}")

    def attr(self, p=0.7):
        return "NOINLINE" if self.chance(p) else ""

    def nb_expr(self, minb=1):
        """A byte count: mostly small constants, some above the guarded
        capacity, some run-time sizes."""
        r = self.r
        k = r.random()
        if k < 0.55:
            return f"{r.randint(minb, 64)}u"
        if k < 0.7:
            return f"{r.randint(257, 2048)}u"
        if k < 0.93:
            return f"({self.rt_expr()} % {r.randint(8, 256)}u + {minb}u)"
        return f"({self.rt_expr()} % {r.randint(256, 4096)}u + {minb}u)"

    def alloc8(self, lines, ind, var, n, kinds=("malloc", "malloc", "malloc", "calloc")):
        """u8 *var = a fresh n-byte object, fully written."""
        k = self.r.choice(kinds)
        if k == "calloc":
            lines.append(f"{ind}u8 *{var} = calloc({n}, 1);")
        else:
            lines.append(f"{ind}u8 *{var} = malloc({n});")
        lines.append(f"{ind}if (!{var}) abort();")
        self.fill8(lines, ind, var, n)

    def fill8(self, lines, ind, var, n):
        j = self.fresh("j")
        lines.append(f"{ind}for (u32 {j} = 0; {j} < {n}; {j}++) {var}[{j}] = (u8)({j} * {self.r.randrange(1, 250)}u + r + {self.r.randrange(250)}u);")

    def after_read(self, g, gnb, free_it):
        """main, after the block returned: read the object kept in g."""
        a = self.after_cur
        a.append(f"f_clobber({self.r.randrange(1 << 16)}u);")
        a.append(f"if ({g}) {{ for (u32 k = 0; k < {gnb}; k++) fold({g}[k]);"
                 + (f" free({g}); {g} = NULL;" if free_it else "") + " }")

    def end_of(self, lines, ind, p, n, choices=("free", "free", "keep", "leak")):
        """The end of an object's life: freed, kept in g_keep (read at the end
        of main), or leaked."""
        k = self.r.choice(choices)
        if k == "free":
            lines.append(f"{ind}free({p});")
        elif k == "hfree":
            lines.append(f"{ind}{self.helper('h_free')}({p});")
        elif k == "keep":
            lines.append(f"{ind}{self.helper('h_keep')}({p}, {n});")

    # cycle: call cycles of 2-4 functions passing pointers that leak on some paths
    def fam_cycle(self, lines, ind):
        r = self.r
        k = r.randint(2, 4)
        base = self.fresh("f_cy")
        g = "g_" + base[2:]
        self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
        names = [f"{base}_{i}" for i in range(k)]
        attrs = [self.attr(0.75) for _ in range(k)]
        src = [f"static {a} u32 {nm}(u8 *p, u32 nb, u32 d, u32 r);" for a, nm in zip(attrs, names)]
        for i in range(k):
            nxt = names[(i + 1) % k]
            b = [f"static {attrs[i]} u32 {names[i]}(u8 *p, u32 nb, u32 d, u32 r) {{", "  u32 lk = 0;"]
            own = self.chance(0.7)
            if own:
                b.append(f"  u32 bn = {self.nb_expr()};")
                b.append(f"  u8 *b = {r.choice(['malloc(bn)', 'malloc(bn)', 'calloc(bn, 1)'])};")
                b.append("  if (!b) abort();")
                b.append(f"  for (u32 j = 0; j < bn; j++) b[j] = (u8)(p[j % nb] + j * {r.randrange(1, 99)}u + {i}u);")
                b.append("  u32 bk = 0;")
            b.append(f"  fold(p[(r + {i}u) % nb]);")
            cond = r.choice(["d > 0u", "d > 0u", f"d > 0u && (r & {1 << r.randrange(3)}u)"])
            if own and self.chance(0.4):
                b.append(f"  if ({cond}) bk |= {nxt}(b, bn, d - 1u, r * 7u + {i + 1}u);")
            else:
                b.append(f"  if ({cond}) lk |= {nxt}(p, nb, d - 1u, r * 7u + {i + 1}u);")
            st = r.choice(["always", "cond", "cond", "never", "own"])
            if st == "always":
                b.append(f"  {g} = p; {g}_nb = nb; lk = 1u;")
            elif st == "cond":
                b.append(f"  if ((r >> {r.randrange(4)}) % {r.randint(2, 3)}u == 0u) {{ {g} = p; {g}_nb = nb; lk = 1u; }}")
            elif st == "own" and own:
                b.append(f"  if (r & {1 << r.randrange(4)}u) {{ {g} = b; {g}_nb = bn; bk = 1u; }}")
            b.append(f"  p[(r + {i}u) % nb] += {r.randint(1, 9)}u;")
            if own:
                b.append("  for (u32 j = 0; j < bn; j++) fold(b[j]);")
                if self.chance(0.9):
                    b.append("  if (!bk) free(b);")
            b.append("  return lk;")
            b.append("}")
            src.append("\n".join(b))
        self.add_func("\n".join(src))
        p = self.fresh("p")
        lines.append(f"{ind}u32 {p}n = {self.nb_expr()};")
        self.alloc8(lines, ind, p, f"{p}n")
        d = r.choice([f"{r.randint(0, 5)}u", "r % 5u"])
        lines.append(f"{ind}u32 {p}lk = {r.choice(names)}({p}, {p}n, {d}, r);")
        if self.chance(0.5):
            lines.append(f"{ind}fold({p}[r % {p}n]);")
        if self.chance(0.6):
            lines.append(f"{ind}if (!({p}lk & 1u)) free({p});")
        # else: leaks on every path (the first reproducer's H)
        self.after_read(g, f"{g}_nb", False)

    # indirect: qsort, function-pointer tables, callbacks
    def fam_indirect(self, lines, ind):
        r = self.r
        v = r.choice(["qsort_ptrs", "qsort_structs", "table", "table_loop", "callback"])
        base = self.fresh("f_ind")
        if v in ("qsort_ptrs", "qsort_structs"):
            K = r.randint(2, 6)
            nv, a = self.fresh("n"), self.fresh("arr")
            lines.append(f"{ind}u32 {nv} = {self.nb_expr(4)};")
            keepcmp = v == "qsort_ptrs" and self.chance(0.3)
            if v == "qsort_ptrs":
                gk = "g_" + base[2:]
                if keepcmp:
                    self.glob(f"static const u8 *{gk}; static u32 {gk}_nb;", gk)
                self.add_func(
                    f"static {self.attr(0.5)} int {base}(const void *a, const void *b) {{\n"
                    "  const u8 *x = *(u8 *const *)a, *y = *(u8 *const *)b;\n"
                    "  u32 kx, ky; memcpy(&kx, x, 4); memcpy(&ky, y, 4);\n"
                    + (f"  {gk} = x;\n" if keepcmp else "")
                    + "  return (kx > ky) - (kx < ky);\n}")
                if self.chance(0.4):
                    lines.append(f"{ind}u8 **{a} = malloc({K} * sizeof *{a});")
                    lines.append(f"{ind}if (!{a}) abort();")
                    heap = True
                else:
                    lines.append(f"{ind}u8 *{a}[{K}];")
                    heap = False
                i = self.fresh("i")
                lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) {{")
                t = self.fresh("t")
                self.alloc8(lines, ind + "  ", t, nv)
                lines.append(f"{ind}  u32 key = {i} * 2654435761u + r; memcpy({t}, &key, 4);")
                lines.append(f"{ind}  {a}[{i}] = {t};")
                lines.append(f"{ind}}}")
                lines.append(f"{ind}qsort({a}, {K}, sizeof {a}[0], {base});")
                lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) {{ u32 key; memcpy(&key, {a}[{i}], 4); fold(key); fold({a}[{i}][r % {nv}]); }}")
                if keepcmp:
                    lines.append(f"{ind}{gk}_nb = {nv};")
                    self.after_cur.append(f"f_clobber({r.randrange(99)}u);")
                    self.after_cur.append(f"if ({gk}) {{ for (u32 k = 0; k < {gk}_nb; k++) fold({gk}[k]); }}")
                else:
                    fr = r.choice(["all", "all", "even", "none"])
                    if fr == "all":
                        lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) free({a}[{i}]);")
                    elif fr == "even":
                        lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i} += 2) free({a}[{i}]);")
                if heap:
                    lines.append(f"{ind}free({a});")
            else:
                self.add_func(
                    f"static {self.attr(0.5)} int {base}(const void *a, const void *b) {{\n"
                    "  const struct holder *x = a, *y = b;\n"
                    "  return (x->tag > y->tag) - (x->tag < y->tag);\n}")
                lines.append(f"{ind}struct holder {a}[{K}];")
                i = self.fresh("i")
                lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) {{")
                t = self.fresh("t")
                self.alloc8(lines, ind + "  ", t, nv)
                lines.append(f"{ind}  {a}[{i}].p = {t}; {a}[{i}].nb = {nv}; {a}[{i}].tag = {i} * 2654435761u + r;")
                lines.append(f"{ind}}}")
                lines.append(f"{ind}qsort({a}, {K}, sizeof {a}[0], {base});")
                lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) {{ const u8 *b = {a}[{i}].p; fold({a}[{i}].tag); fold(b[r % {a}[{i}].nb]); }}")
                fr = r.choice(["all", "first", "none"])
                if fr == "all":
                    lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) free({a}[{i}].p);")
                elif fr == "first":
                    lines.append(f"{ind}free({a}[0].p);")
            return
        if v in ("table", "table_loop"):
            g = "g_" + base[2:]
            self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
            fns = [("read", f"  u64 s = 0; for (u32 k = 0; k < nb; k++) s = s * 31u + p[k];\n  fold(s);\n  return 0u;"),
                   ("write", f"  p[r % nb] ^= {r.randint(1, 255)}u;\n  return 0u;"),
                   ("keep", f"  {g} = p; {g}_nb = nb;\n  return 1u;"),
                   ("free", "  fold(p[r % nb]);\n  free(p);\n  return 2u;")]
            r.shuffle(fns)
            for j, (_, body) in enumerate(fns):
                self.add_func(f"static {self.attr(0.5)} u32 {base}_{j}(u8 *p, u32 nb, u32 r) {{\n{body}\n}}")
            qual = r.choice(["const", "volatile", ""])
            tab = f"{base}_tab"
            self.add_func(f"static u32 (*{qual} {tab}[4])(u8 *, u32, u32) = {{ "
                      + ", ".join(f"{base}_{j}" for j in range(4)) + " };")
            nv, p, stv = self.fresh("n"), self.fresh("p"), self.fresh("st")
            lines.append(f"{ind}u32 {nv} = {self.nb_expr()};")
            if v == "table":
                sel = r.choice(["r % 4u", "(r >> 2) % 4u", f"{r.randrange(4)}u"])
                self.alloc8(lines, ind, p, nv)
                lines.append(f"{ind}u32 {stv} = {tab}[{sel}]({p}, {nv}, r);")
                i2 = ind
            else:
                it = self.fresh("it")
                lines.append(f"{ind}for (u32 {it} = 0; {it} < 4u; {it}++) {{")
                i2 = ind + "  "
                self.alloc8(lines, i2, p, nv)
                lines.append(f"{i2}u32 {stv} = {tab}[({it} + r) % 4u]({p}, {nv}, r + {it});")
            lines.append(f"{i2}if ({stv} == 0u) {{ fold({p}[r % {nv}]); {r.choice(['free(' + p + ');', 'free(' + p + ');', ''])} }}")
            lines.append(f"{i2}else if ({stv} == 1u) fold({p}[0]);")
            if v == "table_loop":
                lines.append(f"{ind}}}")
            self.after_read(g, f"{g}_nb", False)
            return
        # callback: the callee calls back a function that stores the pointer
        # into the caller's struct or keeps it in a global
        keeps = self.chance(0.4)
        g = "g_" + base[2:]
        if keeps:
            self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
            cb = f"  (void)ctx; {g} = p; {g}_nb = nb;"
        else:
            cb = "  struct holder *h = ctx; h->p = p; h->nb = nb;"
        self.add_func(f"static {self.attr(0.5)} void {base}_cb(void *ctx, u8 *p, u32 nb) {{\n{cb}\n}}")
        self.add_func(f"static {self.attr(0.7)} void {base}_apply(void (*cb)(void *, u8 *, u32), void *ctx, u8 *p, u32 nb) {{\n"
                      "  p[0] ^= 1u;\n  cb(ctx, p, nb);\n}")
        fp = f"{base}_cb"
        if self.chance(0.4):
            self.add_func(f"static void (*volatile {base}_vcb)(void *, u8 *, u32) = {base}_cb;")
            fp = f"{base}_vcb"
        nv, p, h = self.fresh("n"), self.fresh("p"), self.fresh("hs")
        lines.append(f"{ind}u32 {nv} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, nv)
        lines.append(f"{ind}struct holder {h} = {{ NULL, 0u, 0u }};")
        lines.append(f"{ind}{base}_apply({fp}, &{h}, {p}, {nv});")
        if keeps:
            lines.append(f"{ind}fold({p}[r % {nv}]);")
            self.after_read(g, f"{g}_nb", r.random() < 0.5)
        else:
            lines.append(f"{ind}{{ u8 *b = {h}.p; b[r % {h}.nb] += 1u; fold(b[(r + 1u) % {h}.nb]); }}")
            lines.append(f"{ind}{r.choice(['free(' + h + '.p);', 'free(' + p + ');', 'free(' + h + '.p);', ''])}")

    # The ways pointer bits travel without a pointer type.  -> (storage
    # declaration, encode(p) lines, decode(q) lines); `st` names the storage.
    def transport(self, how, st, glob):
        r = self.r
        sz = "sizeof(u8 *)"
        if how == "byteloop":
            decl = f"u8 {st}[{sz}];"
            enc = [f"for (u32 k = 0; k < {sz}; k++) {st}[k] = ((const u8 *)&@P)[k];"]
            dec = ["u8 *@Q; for (u32 k = 0; k < sizeof @Q; k++) ((u8 *)&@Q)[k] = " + st + "[k];"]
        elif how == "halves":
            decl = f"u32 {st}[2];"
            enc = [f"{{ uintptr_t v = (uintptr_t)@P; {st}[0] = (u32)v; {st}[1] = (u32)(v >> 32); }}"]
            dec = [f"u8 *@Q = (u8 *)(((uintptr_t){st}[1] << 32) | {st}[0]);"]
        elif how == "halves_mem":
            decl = f"u32 {st}[2];"
            enc = [f"memcpy(&{st}[0], (const u8 *)&@P, {self.rt_len('4')}); memcpy(&{st}[1], (const u8 *)&@P + 4, 4);"]
            dec = [f"u8 *@Q; memcpy(&@Q, {st}, {self.rt_len('sizeof @Q')});"]
        elif how == "intarray":
            t = r.choice(["u16", "u32", "u64"])
            decl = f"{t} {st}[8 / sizeof({t})];"
            enc = [f"memcpy({st}, &@P, {self.rt_len('sizeof @P')});"]
            dec = [f"u8 *@Q; memcpy(&@Q, {st}, {self.rt_len('sizeof @Q')});"]
        elif how == "uintptr":
            key = r.randrange(1 << 20) * 16
            decl = f"uintptr_t {st};"
            enc = [f"{st} = (uintptr_t)@P ^ {key}u;"]
            dec = [f"u8 *@Q = (u8 *)({st} ^ {key}u);"]
        elif how == "union":
            decl = f"union pbits {st};"
            w = r.choice(["p", "i", "h"])
            if w == "p":
                enc = [f"{st}.p = @P;"]
            elif w == "i":
                enc = [f"{st}.i = (uintptr_t)@P;"]
            else:
                enc = [f"{{ union pbits t; t.p = @P; {st}.h[0] = t.h[0]; {st}.h[1] = t.h[1]; }}"]
            rd = r.choice(["p", "i", "b"])
            if rd == "p":
                dec = [f"u8 *@Q = {st}.p;"]
            elif rd == "i":
                dec = [f"u8 *@Q = (u8 *){st}.i;"]
            else:
                dec = [f"u8 *@Q; memcpy(&@Q, {st}.b, sizeof @Q);"]
        elif how in ("memcpy", "memmove"):
            decl = f"u8 {st}[{sz}];"
            enc = [f"{how}({st}, &@P, {self.rt_len('sizeof @P')});"]
            dec = [f"u8 *@Q; {r.choice(['memcpy', 'memmove'])}(&@Q, {st}, {self.rt_len('sizeof @Q')});"]
        elif how == "strncpy":
            decl = f"char {st}[{sz}];"
            enc = [f"for (u32 k = 0; k < {sz}; k++) strncpy({st} + k, (const char *)&@P + k, 1);"]
            dec = [f"u8 *@Q; for (u32 k = 0; k < sizeof @Q; k++) strncpy((char *)&@Q + k, {st} + k, 1);"]
        elif how == "struct":
            decl = f"struct holder {st};"
            enc = [f"{{ struct holder t = {{ @P, 1u, 2u }}; memcpy(&{st}, &t, {self.rt_len('sizeof t')}); }}"]
            dec = [f"u8 *@Q = {st}.p;"]
        elif how == "fwrite":
            decl = f"FILE *{st};"
            enc = [f"{st} = tmpfile(); if (!{st}) abort();",
                   f"if (fwrite(&@P, sizeof @P, 1, {st}) != 1) abort();"]
            dec = [f"u8 *@Q; rewind({st}); if (fread(&@Q, sizeof @Q, 1, {st}) != 1) abort(); fclose({st});"]
        elif how == "pipe":
            decl = f"int {st}[2];"
            enc = [f"if (pipe({st})) abort();",
                   f"if (write({st}[1], &@P, sizeof @P) != (ssize_t)sizeof @P) abort();"]
            dec = [f"u8 *@Q; if (read({st}[0], &@Q, sizeof @Q) != (ssize_t)sizeof @Q) abort(); close({st}[0]); close({st}[1]);"]
        elif how in ("sprintf", "snprintf_strcpy"):
            # Half of them put conversions before the "%p" (drawn with their
            # own generator: a program without them is unchanged), some of
            # which take no argument in glibc (%m, %5%): a pass that counts
            # one argument per '%' takes the pointer for the "%s" before it.
            pre, decoys = self.format_prefix()
            fmt, args = (f"{pre}%s|%p", f"{decoys}\"tag\", (void *)@P") if pre else ("%p", "(void *)@P")
            n = 128 if pre else 48
            decl = f"char {st}[{n}];"
            if how == "sprintf":
                enc = [f"sprintf({st}, \"{fmt}\", {args});"]
            else:
                enc = [f"{{ char t[{n}]; snprintf(t, {self.rt_len('sizeof t')}, \"{fmt}\", {args}); strcpy({st}, t); }}"]
            at = f"strrchr({st}, '|') + 1" if pre else st
            dec = [f"void *@Q_v; if (sscanf({at}, \"%p\", &@Q_v) != 1) abort(); u8 *@Q = @Q_v;"]
        else:
            raise ValueError(how)
        return ("static " if glob else "") + decl, enc, dec

    # (format text, arguments before "tag"): conversions before a "%s|%p";
    # %m, %% and %5% take no argument in glibc, '*' takes one more.
    FORMAT_PREFIXES = [("%m|", ""), ("%5%|", ""), ("%%|", ""), ("%m|%m|", ""),
                       ("%d|", "7, "), ("%*d|", "3, 7, "), ("%.*s|", "2, \"ab\", "),
                       ("%lld|", "(long long)7, "), ("%-'5.3ld|", "7L, "),
                       ("%hhx|%m|", "(unsigned char)7, ")]

    def format_prefix(self):
        """A format prefix for the %p text transports, or ("", "")."""
        rr = self.r_audit4
        return rr.choice(self.FORMAT_PREFIXES) if rr.random() < 0.5 else ("", "")

    BYTES_WAYS = ["byteloop", "halves", "halves_mem", "intarray", "uintptr", "union"]
    LIB_WAYS = ["memcpy", "memmove", "strncpy", "struct", "fwrite", "pipe", "sprintf", "snprintf_strcpy"]

    def fam_bytes(self, lines, ind, ways=None):
        """Pointer bits through integers, unions, byte copies, library copies
        or %p text, decoded in the same frame (maybe by a callee) or, from a
        global, in main after the block returned."""
        r = self.r
        how = r.choice(ways or self.BYTES_WAYS)
        where = r.choice(["inside", "inside_callee", "outside", "outside", "outside_callee"])
        nv, p = self.fresh("n"), self.fresh("p")
        lines.append(f"{ind}u32 {nv} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, nv)

        def sub(xs, P, Q):
            return [x.replace("@P", P).replace("@Q", Q) for x in xs]

        if where.startswith("inside"):
            st = self.fresh("st")
            decl, enc, dec = self.transport(how, st, False)
            lines.append(f"{ind}{decl}")
            for x in sub(enc, p, "q"):
                lines.append(f"{ind}{x}")
            if where == "inside_callee":
                # a callee gets a copy of the storage, decodes it, reads,
                # writes and maybe frees the object
                fn = self.fresh("f_dec")
                frees = self.chance(0.5)
                d = [f"static {self.attr(0.8)} u64 {fn}(const void *sp, u32 nb) {{",
                     f"  {decl} memcpy(&{st}, sp, sizeof {st});"]
                d += ["  " + x for x in sub(dec, "P", "q")]
                d.append("  u64 s = 0; for (u32 k = 0; k < nb; k++) s = s * 7u + q[k];")
                d.append("  q[0] ^= 3u;")
                if frees:
                    d.append("  free(q);")
                d.append("  return s;\n}")
                self.add_func("\n".join(d))
                lines.append(f"{ind}fold({fn}(&{st}, {nv}));")
                if not frees:
                    lines.append(f"{ind}fold({p}[0]);")
                    self.end_of(lines, ind, p, nv)
                return
            lines.append(f"{ind}{self.helper('h_fill')}({p}, {nv}, r);" if self.chance(0.5) else f"{ind}f_clobber(r);")
            q = self.fresh("q")
            for x in sub(dec, p, q):
                lines.append(f"{ind}{x}")
            lines.append(f"{ind}{q}[r % {nv}] += 5u;")
            self.read(lines, ind, q, nv)
            self.end_of(lines, ind, q, nv, ("free", "free", "hfree", "keep", "leak"))
            return
        # outside: the storage is a global; main decodes it after the block returned
        st = "g_" + self.fresh("st")
        decl, enc, dec = self.transport(how, st, True)
        self.glob(f"{decl} static u32 {st}_nb, {st}_ok;", st)
        if where == "outside_callee":
            fn = self.fresh("f_enc")
            self.add_func(f"static {self.attr(0.8)} void {fn}(u8 *p, u32 nb) {{\n"
                          + "\n".join("  " + x for x in sub(enc, "p", "q"))
                          + f"\n  {st}_nb = nb; {st}_ok = 1u;\n}}")
            lines.append(f"{ind}{fn}({p}, {nv});")
        else:
            for x in sub(enc, p, "q"):
                lines.append(f"{ind}{x}")
            lines.append(f"{ind}{st}_nb = {nv}; {st}_ok = 1u;")
        if self.chance(0.5):
            lines.append(f"{ind}{p}[r % {nv}] ^= 0x11u;")
        a = self.after_cur
        a.append(f"f_clobber({r.randrange(1 << 16)}u);")
        a.append(f"if ({st}_ok) {{")
        a.append(f"  {st}_ok = 0u;")
        for x in sub(dec, "P", "q"):
            a.append("  " + x)
        a.append(f"  for (u32 k = 0; k < {st}_nb; k++) fold(q[k]);")
        a.append("  q[0] += 1u; fold(q[0]);")
        if self.chance(0.7):
            a.append("  free(q);")
        a.append("}")

    def fam_libcopy(self, lines, ind):
        self.fam_bytes(lines, ind, self.LIB_WAYS)

    # union: a pointer member overwritten through the integer member (or its
    # bytes) with the address of another live object, then freed through it
    def fam_union(self, lines, ind):
        r = self.r
        na, nb_, a, b, u = self.fresh("n"), self.fresh("n"), self.fresh("a"), self.fresh("b"), self.fresh("un")
        lines.append(f"{ind}u32 {na} = {self.nb_expr()}, {nb_} = {self.nb_expr()};")
        self.alloc8(lines, ind, a, na)
        self.alloc8(lines, ind, b, nb_)
        where = r.choice(["local", "local", "global", "heap"])
        if where == "local":
            lines.append(f"{ind}union pbits {u}v; union pbits *{u} = &{u}v;")
        elif where == "global":
            g = "g_" + self.fresh("un")
            self.glob(f"static union pbits {g};", g)
            lines.append(f"{ind}union pbits *{u} = &{g};")
        else:
            lines.append(f"{ind}union pbits *{u} = malloc(sizeof *{u});")
            lines.append(f"{ind}if (!{u}) abort();")
        first = r.choice(["p", "i"])
        lines.append(f"{ind}{u}->p = {a};" if first == "p" else f"{ind}{u}->i = (uintptr_t){a};")
        lines.append(f"{ind}fold({u}->p[r % {na}]);")
        w = r.choice(["i", "bytes", "halves", "callee", "p"])
        if w == "i":
            lines.append(f"{ind}{u}->i = (uintptr_t){b};")
        elif w == "bytes":
            lines.append(f"{ind}memcpy({u}->b, &{b}, sizeof {b});")
        elif w == "halves":
            lines.append(f"{ind}{{ union pbits t; t.p = {b}; {u}->h[0] = t.h[0]; {u}->h[1] = t.h[1]; }}")
        elif w == "p":
            lines.append(f"{ind}{u}->p = {b};")
        else:
            fn = self.fresh("f_uset")
            self.add_func(f"static {self.attr(0.8)} void {fn}(union pbits *u, uintptr_t v) {{ u->i = v; }}")
            lines.append(f"{ind}{fn}({u}, (uintptr_t){b});")
        rd = r.choice(["p", "i"])
        cur = f"{u}->p" if rd == "p" else f"((u8 *){u}->i)"
        lines.append(f"{ind}{cur}[r % {nb_}] ^= 7u;")
        lines.append(f"{ind}fold({cur}[(r + 1u) % {nb_}]);")
        lines.append(f"{ind}{'free' if self.chance(0.7) else self.helper('h_free')}({cur});")
        if where == "heap":
            lines.append(f"{ind}free({u});")
        lines.append(f"{ind}fold({a}[r % {na}]);")
        self.end_of(lines, ind, a, na)

    # holder_null: a holder's field overwritten (NULL, another object) after
    # the pointer was moved out, then freed through the field
    def fam_holder_null(self, lines, ind):
        r = self.r
        na, a, h, q = self.fresh("n"), self.fresh("a"), self.fresh("hd"), self.fresh("q")
        lines.append(f"{ind}u32 {na} = {self.nb_expr()};")
        self.alloc8(lines, ind, a, na)
        where = r.choice(["local", "local", "heap", "global"])
        if where == "local":
            lines.append(f"{ind}struct holder {h}v = {{ {a}, {na}, 1u }}; struct holder *{h} = &{h}v;")
        elif where == "heap":
            lines.append(f"{ind}struct holder *{h} = malloc(sizeof *{h});")
            lines.append(f"{ind}if (!{h}) abort();")
            lines.append(f"{ind}{h}->p = {a}; {h}->nb = {na}; {h}->tag = 1u;")
        else:
            g = "g_" + self.fresh("hd")
            self.glob(f"static struct holder {g};", g)
            lines.append(f"{ind}struct holder *{h} = &{g}; {h}->p = {a}; {h}->nb = {na}; {h}->tag = 1u;")
        if self.chance(0.4):
            fn = self.fresh("f_take")
            self.add_func(f"static {self.attr(0.8)} void *{fn}(struct holder *h) {{ void *p = h->p; h->p = NULL; return p; }}")
            lines.append(f"{ind}u8 *{q} = {fn}({h});")
            over = r.choice(["none", "none", "other"])
        else:
            lines.append(f"{ind}u8 *{q} = {h}->p;")
            over = r.choice(["null", "null", "memset", "compound", "other", "other", "second"])
        other = None
        if over == "null":
            lines.append(f"{ind}{h}->p = NULL;")
        elif over == "memset":
            lines.append(f"{ind}memset({h}, 0, sizeof *{h});")
        elif over == "compound":
            lines.append(f"{ind}*{h} = (struct holder){{ NULL, 0u, 0u }};")
        elif over == "other":
            other = self.fresh("o")
            lines.append(f"{ind}u32 {other}n = {self.nb_expr()};")
            self.alloc8(lines, ind, other, f"{other}n")
            lines.append(f"{ind}{h}->p = {other}; {h}->nb = {other}n;")
        elif over == "second":
            h2 = self.fresh("hd")
            lines.append(f"{ind}struct holder {h2} = *{h}; {h}->p = NULL;")
            lines.append(f"{ind}fold(((u8 *){h2}.p)[r % {h2}.nb]);")
        lines.append(f"{ind}fold({q}[r % {na}]);")
        if other:
            lines.append(f"{ind}fold(((u8 *){h}->p)[r % {h}->nb]);")
        lines.append(f"{ind}{r.choice(['free', 'free', self.helper('h_free')])}({h}->p);")
        if where == "heap":
            lines.append(f"{ind}free({h});")
        if self.chance(0.5):
            # a new object while the moved-out one is still in use: if the
            # free through the field ended its life, they would share memory
            o2 = self.fresh("o")
            self.alloc8(lines, ind, o2, na)
            self.read(lines, ind, o2, na)
            lines.append(f"{ind}free({o2});")
        lines.append(f"{ind}{q}[(r + 3u) % {na}] += 2u;")
        self.read(lines, ind, q, na)
        self.end_of(lines, ind, q, na, ("free", "free", "keep", "leak"))

    # loop_bytes: several iterations' buffers alive together, compared only
    # through unsigned char loads of the pointer array
    def fam_loop_bytes(self, lines, ind):
        r = self.r
        K = r.randint(2, 6)
        sl, nv, it, dn = self.fresh("sl"), self.fresh("n"), self.fresh("it"), self.fresh("dn")
        lines.append(f"{ind}u32 {nv} = {self.nb_expr()};")
        heap = self.chance(0.3)
        if heap:
            lines.append(f"{ind}u8 **{sl} = malloc({K} * sizeof *{sl});")
            lines.append(f"{ind}if (!{sl}) abort();")
        else:
            lines.append(f"{ind}u8 *{sl}[{K}];")
        lines.append(f"{ind}u32 {dn} = 0;")
        lines.append(f"{ind}for (u32 {it} = 0; {it} < {K}u; {it}++) {{")
        b = self.fresh("b")
        self.alloc8(lines, ind + "  ", b, nv)
        lines.append(f"{ind}  {b}[0] = (u8){it};")
        if self.chance(0.5):
            lines.append(f"{ind}  memcpy(&{sl}[{it}], &{b}, sizeof {b});")
        else:
            lines.append(f"{ind}  {sl}[{it}] = {b};")
        if self.chance(0.3):
            lines.append(f"{ind}  if ({it} > 0u) {dn} += memcmp(&{sl}[{it} - 1u], &{b}, sizeof {b}) != 0;")
        lines.append(f"{ind}}}")
        cmp = r.choice(["memcmp_all", "memcmp_two", "byteloop", "uintptr"])
        i, j = self.fresh("i"), self.fresh("j")
        if cmp == "memcmp_all":
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) for (u32 {j} = 0; {j} < {i}; {j}++) {dn} += memcmp(&{sl}[{i}], &{sl}[{j}], sizeof {sl}[0]) != 0;")
        elif cmp == "memcmp_two":
            lines.append(f"{ind}{dn} += memcmp(&{sl}[0], &{sl}[{K - 1}], sizeof {sl}[0]) != 0;")
        elif cmp == "byteloop":
            lines.append(f"{ind}for (u32 {i} = 1; {i} < {K}u; {i}++) {{ const u8 *x = (const u8 *)&{sl}[{i}], *y = (const u8 *)&{sl}[{i} - 1u]; u32 same = 1u;")
            lines.append(f"{ind}  for (u32 k = 0; k < sizeof(u8 *); k++) same &= x[k] == y[k];")
            lines.append(f"{ind}  {dn} += !same; }}")
        else:
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) for (u32 {j} = 0; {j} < {i}; {j}++) {dn} += (uintptr_t){sl}[{i}] != (uintptr_t){sl}[{j}];")
        lines.append(f"{ind}fold({dn});")
        if self.chance(0.4):
            # the earlier iterations' pointers are never loaded as pointers
            # again: only the bytes of the array tell they are distinct
            if heap:
                lines.append(f"{ind}free({sl});")
            return
        lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) fold({sl}[{i}][0] + {sl}[{i}][r % {nv}]);")
        fr = r.choice(["all", "all", "even", "none"])
        if fr == "all":
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) free({sl}[{i}]);")
        elif fr == "even":
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i} += 2) free({sl}[{i}]);")
        if heap:
            lines.append(f"{ind}free({sl});")

    # weak: interposable functions (their body may not be the one that runs)
    def fam_weak(self, lines, ind):
        r = self.r
        fn = self.fresh("f_weak")
        noinl = " __attribute__((noinline))" if self.chance(0.5) else ""
        v = r.choice(["load", "load", "holder", "id", "keep", "free", "scratch", "value"])
        g = "g_" + fn[2:]
        nv, p, q = self.fresh("n"), self.fresh("p"), self.fresh("q")
        lines.append(f"{ind}u32 {nv} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, nv)
        if v in ("load", "holder", "id"):
            if v == "load":
                self.add_func(f"__attribute__((weak)){noinl} u8 *{fn}(u8 **pp) {{ return *pp; }}")
                lines.append(f"{ind}u8 *{q}s = {p}; u8 *{q} = {fn}(&{q}s);")
            elif v == "holder":
                self.add_func(f"__attribute__((weak)){noinl} void *{fn}(struct holder *h) {{ h->tag++; return h->p; }}")
                lines.append(f"{ind}struct holder {q}h = {{ {p}, {nv}, 0u }}; u8 *{q} = {fn}(&{q}h);")
            else:
                self.add_func(f"__attribute__((weak)){noinl} u8 *{fn}(u8 *p) {{ return p; }}")
                lines.append(f"{ind}u8 *{q} = {fn}({p});")
            lines.append(f"{ind}{q}[r % {nv}] += 1u;")
            self.read(lines, ind, q, nv)
            end = r.choice(["free_q", "free_p", "global", "global"])
            if end == "free_q":
                lines.append(f"{ind}free({q});")
            elif end == "free_p":
                lines.append(f"{ind}free({p});")
            else:
                self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
                lines.append(f"{ind}{g} = {q}; {g}_nb = {nv};")
                self.after_read(g, f"{g}_nb", self.chance(0.5))
        elif v == "keep":
            self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
            self.add_func(f"__attribute__((weak)){noinl} void {fn}(u8 *p, u32 nb) {{ {g} = p; {g}_nb = nb; }}")
            lines.append(f"{ind}{fn}({p}, {nv});")
            lines.append(f"{ind}fold({p}[r % {nv}]);")
            self.after_read(g, f"{g}_nb", self.chance(0.5))
        elif v == "free":
            self.add_func(f"__attribute__((weak)){noinl} void {fn}(u8 *p, u32 nb) {{ fold(p[nb - 1u]); free(p); }}")
            self.read(lines, ind, p, nv)
            lines.append(f"{ind}{fn}({p}, {nv});")
        elif v == "scratch":
            # the weak function's own buffer: its body is the one that runs
            # if it is the one that is linked
            self.add_func(f"__attribute__((weak)){noinl} u64 {fn}(const u8 *p, u32 nb) {{\n"
                          f"  u32 sn = {self.nb_expr()};\n  u8 *s = malloc(sn);\n  if (!s) abort();\n"
                          "  for (u32 k = 0; k < sn; k++) s[k] = (u8)(p[k % nb] + k);\n"
                          "  u64 h = 0; for (u32 k = 0; k < sn; k++) h = h * 29u + s[k];\n"
                          f"  {r.choice(['free(s);', 'free(s);', 'if (h & 1u) free(s); else free(s);'])}\n  return h;\n}}")
            lines.append(f"{ind}fold({fn}({p}, {nv}));")
            self.end_of(lines, ind, p, nv)
        else:
            # only values cross the weak call: the caller's buffer does not escape
            self.add_func(f"__attribute__((weak)){noinl} u32 {fn}(u32 a, u32 b) {{ return a * 3u + b; }}")
            lines.append(f"{ind}{p}[0] = (u8){fn}({p}[r % {nv}], r);")
            self.read(lines, ind, p, nv)
            self.end_of(lines, ind, p, nv)

    # valloc: page-aligned and over-aligned allocators, alignment facts and
    # __builtin_(dynamic_)object_size of fresh allocations (0 and n bytes)
    def fam_valloc(self, lines, ind):
        r = self.r
        for _ in range(r.randint(1, 3)):
            kind = r.choice(["valloc", "valloc", "memalign", "aligned_alloc", "posix_memalign", "malloc", "malloc0", "calloc"])
            p, nv = self.fresh("p"), self.fresh("n")
            const = self.chance(0.6)
            nexpr = f"{r.randint(1, 300)}u" if const else f"({self.rt_expr()} % {r.randint(8, 600)}u + 1u)"
            if kind == "malloc0":
                nexpr = "0u"
            lines.append(f"{ind}u32 {nv} = {nexpr};")
            align = None
            if kind == "valloc":
                lines.append(f"{ind}u8 *{p} = valloc({nv});")
                align = "(uintptr_t)sysconf(_SC_PAGESIZE)"
            elif kind == "memalign":
                a = r.choice([16, 64, 256, 4096])
                lines.append(f"{ind}u8 *{p} = memalign({a}, {nv});")
                align = f"{a}u"
            elif kind == "aligned_alloc":
                a = r.choice([16, 32, 128, 4096])
                lines.append(f"{ind}{nv} = ({nv} + {a - 1}u) / {a}u * {a}u;")
                lines.append(f"{ind}u8 *{p} = aligned_alloc({a}, {nv});")
                align = f"{a}u"
            elif kind == "posix_memalign":
                a = r.choice([16, 64, 1024])
                lines.append(f"{ind}void *{p}v; if (posix_memalign(&{p}v, {a}, {nv})) abort(); u8 *{p} = {p}v;")
                align = f"{a}u"
            elif kind == "calloc":
                lines.append(f"{ind}u8 *{p} = calloc({nv}, 1);")
            else:
                lines.append(f"{ind}u8 *{p} = malloc({nv});")
                align = "_Alignof(u64)"
            lines.append(f"{ind}if (!{p}) abort();")
            if align:
                lines.append(f"{ind}fold((uintptr_t){p} % {align} == 0u);")
            checks = r.sample(["os0", "os2", "dos0", "dos2", "os0off", "dos0off"], r.randint(1, 3))
            for c in checks:
                off = "0u"
                if c.endswith("off"):
                    off = f"({nv} ? {r.randint(1, 9)}u % {nv} : 0u)"
                typ = 2 if c.endswith("2") else 0
                fn = "__builtin_dynamic_object_size" if c.startswith("dos") else "__builtin_object_size"
                unk = "(size_t)-1" if typ == 0 else "(size_t)0"
                o = self.fresh("os")
                lines.append(f"{ind}{{ size_t {o} = {fn}({p} + {off}, {typ}); fold({o} == {unk} || {o} == (size_t)({nv} - {off})); }}")
            if kind != "malloc0":
                lines.append(f"{ind}for (u32 k = 0; k < {nv}; k++) {p}[k] = (u8)(k + r);")
                lines.append(f"{ind}fold({p}[r % {nv}]);")
                self.end_of(lines, ind, p, nv, ("free", "free", "free", "leak"))
            else:
                lines.append(f"{ind}{r.choice(['free(' + p + ');', 'free(' + p + ');', ''])}")

    # ---- integers, old-style calls, library parsing (the pass's commits
    # 7f64c68, 655fc2f, 71ccf29; README.md) ------------------------------
    def late_func(self, src):
        """A function emitted after every block function: calls to it in the
        blocks go through its unprototyped declaration (knr)."""
        self.late.append(f"/* fam:{self.cur_fam} */\n{src}")

    def after_decode(self, guard, dec, nb, free_p=0.5):
        """main, after the block returned: clobber the dead frames; if
        `guard` (the block got that far), decode the object with `dec` (C
        statements declaring `u8 *q` and resetting the guard), read nb bytes
        of it (maybe in a noinline decoder defined after the blocks), maybe
        free it."""
        r = self.r
        a = self.after_cur
        a.append(f"f_clobber({r.randrange(1 << 16)}u);")
        body = list(dec) + [f"for (u32 k = 0; k < {nb}; k++) fold(q[k]);",
                            "q[0] ^= 0x5au; fold(q[0]);"]
        if self.chance(free_p):
            body.append("free(q);")
        body = [f"if ({guard}) {{"] + ["  " + x for x in body] + ["}"]
        if self.chance(0.3):
            fn = self.fresh("f_later")
            self.late_func(f"static {self.attr(0.8)} void {fn}(void) {{\n"
                           + "\n".join("  " + x for x in body) + "\n}")
            a.append(f"{fn}();")
        else:
            a.extend(body)

    # intflow: addresses as integers.  Offsets within one object, alignment
    # and page-bit branches stay in the frame (the object may move); the
    # address, its bits, a difference between two objects or the result of a
    # binary search over guesses stored in a global and decoded by main
    # after the block returned must keep the object on the heap.
    INTFLOW_HOME = ["scan", "scan", "align", "pagebits", "cmp_loop", "offset_out", "instances",
                    "instances"]
    INTFLOW_LEAK = ["encode", "encode", "bitcopy", "bitcopy", "gap", "bsearch", "bsearch"]

    def fam_intflow(self, lines, ind):
        r = self.r
        v = r.choice(self.INTFLOW_HOME if self.chance(0.55) else self.INTFLOW_LEAK)
        getattr(self, "intflow_" + v)(lines, ind)
        if self.r_audit3.random() < 0.5:
            self.intflow_pairs(lines, ind)
        if self.r_audit4.random() < 0.25:
            self.intflow_eqsearch(lines, ind)

    def intflow_eqsearch(self, lines, ind):
        """The fourth audit: pointer equality against guessed addresses
        (made from integers) finds the object's address, kept in a global;
        main decodes it.  The guesses cover both places the object can be:
        near a neighbour of its size that stays on the heap, and near the
        frame, so that the search finds it in every build.  Drawn with
        r_audit4: a block without it is what the seed drew before."""
        rr = self.r_audit4
        n = f"{rr.randint(1, 64)}u"
        p, nbr, near, b = self.fresh("p"), self.fresh("nbr"), self.fresh("near"), self.fresh("b")
        g = "g_" + self.fresh("eqfound")
        self.glob(f"static uintptr_t {g}; static u32 {g}_nb; static u8 *{g}_nbr;", g)
        lines.append(f"{ind}u8 *{nbr} = malloc({n}); if (!{nbr}) abort(); {g}_nbr = {nbr}; /* stays on the heap */")
        lines.append(f"{ind}u8 *{p} = malloc({n}); if (!{p}) abort();")
        self.fill8(lines, ind, p, n)
        # Exposes the address (a pointer made from the integer may then be
        # used), and keeps LLVM from folding p == guess to false.
        lines.append(f"{ind}if ((uintptr_t){p} % 16u != 0u) abort();")
        lines.append(f"{ind}volatile u8 {near}[16]; {near}[0] = (u8)r;")
        how = rr.choice(["eq", "ne", "callee", "callee_rev"])
        t = "(const u8 *)(bases[k] + off)"
        if how == "eq":
            test = f"{t} == {p}"
        elif how == "ne":
            test = f"!({p} != {t})"
        else:
            fn = self.fresh("f_same")
            self.add_func(f"static {'NOINLINE' if rr.random() < 0.7 else ''} u32 {fn}(const u8 *a, const u8 *b) {{ return a == b; }}")
            test = f"{fn}({t}, {p})" if how == "callee" else f"{fn}({p}, {t})"
        lines.append(f"{ind}{{ uintptr_t bases[3] = {{(uintptr_t){nbr}, (uintptr_t)__builtin_frame_address(0), (uintptr_t){near}}};")
        lines.append(f"{ind}  for (u32 k = 0; k < 3u && !{g}; k++)")
        lines.append(f"{ind}    for (intptr_t off = -((intptr_t)1 << 23); off <= ((intptr_t)1 << 23) && !{g}; off += 16)")
        lines.append(f"{ind}      if ({test}) {{ {g} = bases[k] + off; {g}_nb = {n}; }} }}")
        lines.append(f"{ind}{p}[r % {n}] ^= 9u;")
        self.read(lines, ind, p, n)
        self.after_cur.append(f"free({g}_nbr); {g}_nbr = 0;")
        self.after_decode(g, [f"u8 *q = (u8 *){g};", f"{g} = 0;"], f"{g}_nb")

    def intflow_scan(self, lines, ind):
        """Scan for a byte; end - buf reaches the checksum, a store, a call,
        an index."""
        r = self.r
        n, p, e, ln = self.fresh("n"), self.fresh("p"), self.fresh("end"), self.fresh("len")
        lines.append(f"{ind}u32 {n} = {self.nb_expr(2)};")
        self.alloc8(lines, ind, p, n)
        stop = r.randrange(256)
        lines.append(f"{ind}{p}[(r + {r.randrange(99)}u) % {n}] = {stop}u;")
        lines.append(f"{ind}u8 *{e} = {p};")
        if self.chance(0.5):
            lines.append(f"{ind}while ({e} < {p} + {n} && *{e} != {stop}u) {e}++;")
        else:
            lines.append(f"{ind}while ((uintptr_t){e} < (uintptr_t)({p} + {n}) && *{e} != {stop}u) {e}++;")
        if self.chance(0.5):
            lines.append(f"{ind}u32 {ln} = (u32)({e} - {p});")
        else:
            lines.append(f"{ind}u32 {ln} = (u32)((uintptr_t){e} - (uintptr_t){p});")
        for use in r.sample(["fold", "global", "call", "index", "holder", "loop"], r.randint(1, 4)):
            if use == "fold":
                lines.append(f"{ind}fold({ln});")
            elif use == "global":
                g = "g_" + self.fresh("off")
                self.glob(f"static u32 {g};", g)
                lines.append(f"{ind}{g} = {ln};")
                self.after_cur.append(f"fold({g});")
            elif use == "call":
                lines.append(f"{ind}{self.helper('h_fill')}({p}, {ln}, r);")
            elif use == "index":
                lines.append(f"{ind}{p}[{ln} % {n}] += 1u; fold({p}[({ln} + 1u) % {n}]);")
            elif use == "holder":
                h = self.fresh("hs")
                lines.append(f"{ind}struct holder {h} = {{ {p}, {n}, {ln} }};")
                lines.append(f"{ind}fold({self.helper('h_read_holder')}(&{h}));")
            else:
                lines.append(f"{ind}for (u8 *w = {p}; w < {e}; w++) fold(*w);")
        self.read(lines, ind, p, n)
        self.end_of(lines, ind, p, n, ("free", "free", "free", "hfree", "leak"))

    def intflow_align(self, lines, ind):
        """Alignment checks steering branches: malloc and heap2stack's slots
        are both 16-byte aligned, so the other arm never runs (if it did,
        the checksum would differ)."""
        r = self.r
        n, p = self.fresh("n"), self.fresh("p")
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n, kinds=("malloc", "malloc", "calloc"))
        k = r.randrange(64)
        cond = r.choice([f"(uintptr_t){p} % 16u == 0u", f"((uintptr_t){p} & 15u) == 0u",
                         f"((u8)(uintptr_t){p} & 7u) == 0u", f"(uintptr_t){p} % 8u == 0u",
                         f"((uintptr_t){p} + {k}u) % 16u == {k % 16}u",
                         f"(((uintptr_t){p} & 4095u) % 16u) == 0u",
                         f"((uintptr_t){p} * {r.randrange(1, 1 << 20)}u) % 16u == 0u"])
        s = self.fresh("s")
        lines.append(f"{ind}u64 {s} = 0;")
        lines.append(f"{ind}if ({cond}) {{")
        lines.append(f"{ind}  for (u32 k = 0; k < {n}; k++) {s} = {s} * 31u + {p}[k];")
        if self.chance(0.5):
            lines.append(f"{ind}  {p}[r % {n}] ^= {r.randint(1, 255)}u;")
        lines.append(f"{ind}}} else {{")
        lines.append(f"{ind}  {s} = {r.randrange(1 << 30)}u; /* never: both are 16-byte aligned */")
        lines.append(f"{ind}}}")
        lines.append(f"{ind}fold({s});")
        self.read(lines, ind, p, n)
        self.end_of(lines, ind, p, n, ("free", "free", "hfree", "leak"))

    def intflow_pagebits(self, lines, ind):
        """Page bits (masked, % 64, truncated) choose between computations
        of the same value: any address gives the same checksum."""
        r = self.r
        n, p, s = self.fresh("n"), self.fresh("p"), self.fresh("s")
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        lines.append(f"{ind}u64 {s} = 0;")
        v = r.choice(["switch", "cross", "mod64", "trunc"])
        fwd = f"for (u32 k = 0; k < {n}; k++) {s} += {p}[k];"
        bwd = f"for (u32 k = {n}; k-- > 0;) {s} += {p}[k];"
        rot = f"for (u32 k = 0; k < {n}; k++) {s} += {p}[(k + {r.randrange(1, 50)}u) % {n}];"
        if v == "switch":
            lines.append(f"{ind}switch (((uintptr_t){p} & 0x30u) >> 4) {{")
            lines.append(f"{ind}case 0: {fwd} break;")
            lines.append(f"{ind}case 1: {bwd} break;")
            lines.append(f"{ind}case 2: {rot} break;")
            lines.append(f"{ind}default: {fwd} break;")
            lines.append(f"{ind}}}")
        else:
            cond = {"cross": f"((uintptr_t){p} & 4095u) + {n} <= 4096u",
                    "mod64": f"(uintptr_t){p} % 64u < 32u",
                    "trunc": f"((u8)(uintptr_t){p} ^ {r.randrange(256)}u) > 127u"}[v]
            lines.append(f"{ind}if ({cond}) {{ {r.choice([fwd, rot])} }} else {{ {r.choice([bwd, rot])} }}")
        lines.append(f"{ind}fold({s});")
        if self.chance(0.5):
            self.read(lines, ind, p, n)
        self.end_of(lines, ind, p, n, ("free", "free", "leak"))

    def intflow_cmp_loop(self, lines, ind):
        """Walks compared for order within the object, as pointers and as
        integers; the differences index and count."""
        r = self.r
        n, p, s = self.fresh("n"), self.fresh("p"), self.fresh("s")
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        st = r.randint(1, 7)
        lines.append(f"{ind}u64 {s} = 0;")
        w = r.choice(["ptr", "int", "back"])
        if w == "ptr":
            lines.append(f"{ind}for (u8 *w = {p}; w < {p} + {n}; w += {st}) {s} = {s} * 7u + *w + (u32)(w - {p});")
        elif w == "int":
            lines.append(f"{ind}for (u8 *w = {p}; (uintptr_t)w < (uintptr_t)({p} + {n}); w += {st}) {s} = {s} * 7u + *w + (u32)((uintptr_t)w - (uintptr_t){p});")
        else:
            lines.append(f"{ind}for (u8 *w = {p} + {n}; w > {p};) {{ w--; {s} = {s} * 5u + *w; if ((uintptr_t){p} == (uintptr_t)w) {s} ^= 1u; }}")
        lines.append(f"{ind}fold({s});")
        self.end_of(lines, ind, p, n, ("free", "free", "hfree", "leak"))

    def intflow_offset_out(self, lines, ind):
        """The offset of the largest byte leaves the frame (a global, a
        callee, the block's holder) while the object itself does not."""
        r = self.r
        n, p, m = self.fresh("n"), self.fresh("p"), self.fresh("mx")
        g = "g_" + self.fresh("off")
        self.glob(f"static u64 {g};", g)
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        lines.append(f"{ind}u8 *{m} = {p};")
        lines.append(f"{ind}for (u8 *w = {p} + 1; w < {p} + {n}; w++) if (*w > *{m}) {m} = w;")
        if self.chance(0.5):
            lines.append(f"{ind}{g} += (u64)({m} - {p}) * {r.randrange(1, 99)}u;")
        else:
            fn = self.fresh("f_offs")
            self.add_func(f"static {self.attr(0.8)} void {fn}(u64 off) {{ {g} = {g} * 3u + off; }}")
            lines.append(f"{ind}{fn}((u64)((uintptr_t){m} - (uintptr_t){p}));")
        lines.append(f"{ind}fold(*{m});")
        self.after_cur.append(f"fold({g});")
        self.end_of(lines, ind, p, n, ("free", "free", "leak"))

    def intflow_instances(self, lines, ind):
        """One site, several loop iterations' objects alive together; they
        are told apart only by integer differences of their addresses (0 if
        they shared one slot)."""
        r = self.r
        K = r.randint(2, 5)
        n, sl, dn, it = self.fresh("n"), self.fresh("sl"), self.fresh("dn"), self.fresh("it")
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        lines.append(f"{ind}u32 {dn} = 0;")
        how = r.choice(["array", "array", "prev"])
        if how == "array":
            lines.append(f"{ind}u8 *{sl}[{K}];")
        else:
            lines.append(f"{ind}u8 *{sl} = NULL;")
        lines.append(f"{ind}for (u32 {it} = 0; {it} < {K}u; {it}++) {{")
        b = self.fresh("b")
        self.alloc8(lines, ind + "  ", b, n)
        lines.append(f"{ind}  {b}[0] = (u8){it};")
        if how == "array":
            lines.append(f"{ind}  {sl}[{it}] = {b};")
        else:
            lines.append(f"{ind}  if ({sl}) {dn} += ((uintptr_t){b} - (uintptr_t){sl}) != 0u;")
            lines.append(f"{ind}  {sl} = {b};")
        lines.append(f"{ind}}}")
        if how == "array":
            i, j = self.fresh("i"), self.fresh("j")
            if self.chance(0.5):
                lines.append(f"{ind}for (u32 {i} = 1; {i} < {K}u; {i}++) {dn} += (u32)((uintptr_t){sl}[{i}] - (uintptr_t){sl}[0] != 0u);")
            else:
                lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) for (u32 {j} = 0; {j} < {i}; {j}++) {dn} += (uintptr_t){sl}[{i}] != (uintptr_t){sl}[{j}];")
        lines.append(f"{ind}fold({dn});")
        if how == "array" and self.chance(0.6):
            i = self.fresh("i")
            lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) fold({sl}[{i}][0] + {sl}[{i}][r % {n}]);")
            if self.chance(0.6):
                lines.append(f"{ind}for (u32 {i} = 0; {i} < {K}u; {i}++) free({sl}[{i}]);")
        elif how == "prev":
            lines.append(f"{ind}fold({sl}[0]);")
        # else: the buffers leak

    @staticmethod
    def modinv64(m):
        return pow(m, -1, 1 << 64)

    def intflow_encode(self, lines, ind):
        """The address (or its parts) stored to globals; main decodes it."""
        r = self.r
        n, p = self.fresh("n"), self.fresh("p")
        g = "g_" + self.fresh("enc")
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        how = r.choice(["xor", "add", "mul", "not", "halves", "page", "offset", "callee", "local"])
        key = r.randrange(1, 1 << 63)
        a = f"(uintptr_t){p}"
        if how == "xor":
            self.glob(f"static uintptr_t {g};", g)
            enc, dec = [f"{g} = {a} ^ {key}ull;"], [f"u8 *q = (u8 *)({g} ^ {key}ull);"]
        elif how == "add":
            self.glob(f"static uintptr_t {g};", g)
            enc, dec = [f"{g} = {a} + {key}ull;"], [f"u8 *q = (u8 *)({g} - {key}ull);"]
        elif how == "mul":
            m = key | 1
            self.glob(f"static uintptr_t {g};", g)
            enc, dec = [f"{g} = {a} * {m}ull;"], [f"u8 *q = (u8 *)({g} * {self.modinv64(m)}ull);"]
        elif how == "not":
            self.glob(f"static uintptr_t {g};", g)
            enc, dec = [f"{g} = ~{a};"], [f"u8 *q = (u8 *)~{g};"]
        elif how == "halves":
            self.glob(f"static u32 {g}[2];", g)
            enc = [f"{g}[0] = (u32){a}; {g}[1] = (u32)({a} >> 32);"]
            dec = [f"u8 *q = (u8 *)(((uintptr_t){g}[1] << 32) | {g}[0]);"]
        elif how == "page":
            # the page bits and the rest stored apart
            self.glob(f"static uintptr_t {g}[2];", g)
            enc = [f"{g}[0] = {a} & 4095u;", f"{g}[1] = {a} >> 12;"]
            dec = [f"u8 *q = (u8 *)(({g}[1] << 12) | {g}[0]);"]
        elif how == "offset":
            k = r.randrange(1, 16)
            self.glob(f"static uintptr_t {g};", g)
            enc = [f"{g} = (uintptr_t)({p} + {k}u % {n});"]
            dec = [f"u8 *q = (u8 *)({g} - {k}u % {g}_nb);"]
        elif how == "callee":
            self.glob(f"static uintptr_t {g};", g)
            fn = self.fresh("f_store")
            self.add_func(f"static {self.attr(0.8)} void {fn}(uintptr_t a) {{ {g} = a ^ {key}ull; }}")
            enc, dec = [f"{fn}({a});"], [f"u8 *q = (u8 *)({g} ^ {key}ull);"]
        else:
            # through a local integer, then copied out
            self.glob(f"static uintptr_t {g};", g)
            enc = [f"{{ volatile uintptr_t t = {a} + {key}ull; {g} = t; }}"]
            dec = [f"u8 *q = (u8 *)({g} - {key}ull);"]
        self.glob(f"static u32 {g}_nb, {g}_ok;", g + "_nb")
        for x in enc:
            lines.append(f"{ind}{x}")
        lines.append(f"{ind}{g}_nb = {n}; {g}_ok = 1u;")
        lines.append(f"{ind}{p}[r % {n}] += 1u;")
        self.read(lines, ind, p, n)
        self.after_decode(f"{g}_ok", [f"{g}_ok = 0u;"] + dec, f"{g}_nb")

    def intflow_bitcopy(self, lines, ind):
        """The address copied bit by bit (or nibble by nibble) through
        branches into a global integer; main decodes it."""
        r = self.r
        n, p, bits = self.fresh("n"), self.fresh("p"), self.fresh("bits")
        g = "g_" + self.fresh("bits")
        self.glob(f"static uintptr_t {g}; static u32 {g}_nb;", g)
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        lines.append(f"{ind}uintptr_t {bits} = 0;")
        a = f"(uintptr_t){p}"
        how = r.choice(["shift", "mask", "select", "nibble", "callee"])
        if how == "shift":
            lines.append(f"{ind}for (u32 i = 0; i < 64u; i++) if (({a} >> i) & 1u) {bits} |= (uintptr_t)1 << i;")
        elif how == "mask":
            lines.append(f"{ind}for (uintptr_t m = 1; m; m <<= 1) {{ if ({a} & m) {bits} += m; }}")
        elif how == "select":
            lines.append(f"{ind}for (u32 i = 64; i-- > 0;) {bits} = {bits} * 2u + ((({a} >> i) & 1u) ? 1u : 0u);")
        elif how == "nibble":
            lines.append(f"{ind}for (u32 i = 0; i < 64u; i += 4) {{")
            lines.append(f"{ind}  switch (({a} >> i) & 15u) {{")
            for c in range(1, 16):
                lines.append(f"{ind}  case {c}: {bits} |= (uintptr_t){c}u << i; break;")
            lines.append(f"{ind}  default: break;")
            lines.append(f"{ind}  }}")
            lines.append(f"{ind}}}")
        else:
            fn = self.fresh("f_bit")
            self.add_func(f"static {self.attr(0.9)} u32 {fn}(const u8 *p, u32 i) {{ return ((uintptr_t)p >> i) & 1u; }}")
            lines.append(f"{ind}for (u32 i = 0; i < 64u; i++) if ({fn}({p}, i)) {bits} |= (uintptr_t)1 << i;")
        lines.append(f"{ind}{g} = {bits}; {g}_nb = {n};")
        lines.append(f"{ind}{p}[r % {n}] ^= 3u;")
        self.read(lines, ind, p, n)
        self.after_decode(g, [f"u8 *q = (u8 *){g};", f"{g} = 0;"], f"{g}_nb")

    def intflow_gap(self, lines, ind):
        """The distance from another object (a kept heap object, a static
        array, the block's local array) stored; main rebuilds the object
        from the other one's address and the distance."""
        r = self.r
        n, p = self.fresh("n"), self.fresh("p")
        g = "g_" + self.fresh("gap")
        self.glob(f"static uintptr_t {g}, {g}_base; static u32 {g}_nb, {g}_ok;", g)
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        base = r.choice(["heap", "static", "local"])
        if base == "heap":
            a = self.fresh("a")
            self.alloc8(lines, ind, a, "16u")
            lines.append(f"{ind}{self.helper('h_keep')}({a}, 16u);")
            bexpr = a
        elif base == "static":
            sa = "g_" + self.fresh("arr")
            self.glob(f"static u8 {sa}[32];", sa)
            bexpr = sa
        else:
            la = self.fresh("loc")
            lines.append(f"{ind}u8 {la}[16]; memset({la}, (int)r, sizeof {la}); fold({la}[r % 16u]);")
            bexpr = la
        mul = r.choice([1, 1, 3, 5])
        lines.append(f"{ind}{{ uintptr_t d = (uintptr_t){p} - (uintptr_t){bexpr}; {g} = d * {mul}u; }}")
        lines.append(f"{ind}{g}_base = (uintptr_t){bexpr}; {g}_nb = {n}; {g}_ok = 1u;")
        lines.append(f"{ind}{p}[r % {n}] += 7u;")
        self.read(lines, ind, p, n)
        dist = g if mul == 1 else f"({g} * {self.modinv64(mul)}ull)"
        self.after_decode(f"{g}_ok", [f"{g}_ok = 0u;", f"u8 *q = (u8 *)({g}_base + {dist});"], f"{g}_nb")

    def intflow_bsearch(self, lines, ind):
        """A binary (or nibble) search over guessed addresses, compared for
        order with the pointer or its integer, rebuilds the address into a
        global; main decodes it."""
        r = self.r
        n, p, lo = self.fresh("n"), self.fresh("p"), self.fresh("lo")
        g = "g_" + self.fresh("found")
        self.glob(f"static uintptr_t {g}; static u32 {g}_nb;", g)
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        lines.append(f"{ind}uintptr_t {lo} = 0;")
        how = r.choice(["int", "ptr", "ptr", "callee", "nibble"])
        if how != "int":
            # Comparing for order yields an address but exposes nothing: a
            # pointer made from it has no provenance, and LLVM 22 deletes
            # the stores main would read (seed 228: plain clang-22 -O2
            # differs, MSan flags it).  A conversion to an integer exposes
            # the address; this one stays in the frame (an alignment
            # check), so only the order comparisons can keep the object.
            lines.append(f"{ind}if ((uintptr_t){p} % 16u != 0u) abort(); /* exposes the address */")
        if how == "int":
            test = f"(uintptr_t){p} >= t"
        elif how == "ptr":
            test = r.choice([f"(const u8 *)t <= {p}", f"{p} >= (const u8 *)t", f"!({p} < (const u8 *)t)"])
        elif how == "callee":
            fn = self.fresh("f_le")
            self.add_func(f"static {self.attr(0.9)} u32 {fn}(uintptr_t t, const u8 *p) {{ return (const u8 *)t <= p; }}")
            test = f"{fn}(t, {p})"
        if how == "nibble":
            lines.append(f"{ind}for (u32 sh = 64; sh > 0;) {{")
            lines.append(f"{ind}  sh -= 4;")
            lines.append(f"{ind}  for (uintptr_t d = 15; d > 0; d--) {{ uintptr_t t = {lo} | (d << sh); if ((const u8 *)t <= {p}) {{ {lo} = t; break; }} }}")
            lines.append(f"{ind}}}")
        else:
            lines.append(f"{ind}for (u32 b = 64; b-- > 0;) {{ uintptr_t t = {lo} | ((uintptr_t)1 << b); if ({test}) {lo} = t; }}")
        lines.append(f"{ind}{g} = {lo}; {g}_nb = {n};")
        lines.append(f"{ind}{p}[r % {n}] ^= 9u;")
        self.read(lines, ind, p, n)
        self.after_decode(g, [f"u8 *q = (u8 *){g};", f"{g} = 0;"], f"{g}_nb")

    # The third audit (dfcde7f: a pair that fails lets only its own two
    # pointers escape, the others are checked again on the graph solved
    # with those escapes).  Pairs that hold and pairs that fail in one
    # function, on one object or on objects that hold each other, drawn
    # with r_audit3 (names x3...), so that a block without them is what
    # the seed drew before.
    X3_HOLD = ["scan", "scan", "slots", "select", "order", "align", "callee_len"]
    X3_FAIL = ["gap", "gap", "holder", "phi", "slot", "loop", "callee_gap", "mask"]

    def x3(self, base):
        self.x3_counter += 1
        return f"x3{base}{self.x3_counter}"

    def x3_object(self, lines, ind, var, n):
        """u8 *var = n fresh bytes (malloc, calloc, or a maker's)."""
        rr = self.r_audit3
        k = rr.choice(["malloc", "malloc", "calloc", "maker"])
        if k == "maker":
            mk = self.x3("f_mk")
            self.add_func(f"static {'NOINLINE' if rr.random() < 0.6 else ''} u8 *{mk}(u32 n, u32 r) {{\n"
                          f"  u8 *b = malloc(n);\n  if (!b) abort();\n"
                          f"  for (u32 j = 0; j < n; j++) b[j] = (u8)(j * {rr.randrange(1, 250)}u + r);\n"
                          f"  return b;\n}}")
            lines.append(f"{ind}u8 *{var} = {mk}({n}, r);")
            return
        if k == "calloc":
            lines.append(f"{ind}u8 *{var} = calloc({n}, 1);")
        else:
            lines.append(f"{ind}u8 *{var} = malloc({n});")
        lines.append(f"{ind}if (!{var}) abort();")
        lines.append(f"{ind}for (u32 j = 0; j < {n}; j++) {var}[j] = (u8)(j * {rr.randrange(1, 250)}u + r + {rr.randrange(250)}u);")

    def x3_base(self, lines, ind):
        """Another object whose address main knows (a static array, or a
        heap object kept in a global): -> (C expression, global holding it)."""
        rr = self.r_audit3
        gb = "g_" + self.x3("base")
        if rr.random() < 0.5:
            arr = "g_" + self.x3("arr")
            self.glob(f"static u8 {arr}[32];", arr)
            self.glob(f"static uintptr_t {gb};", gb)
            lines.append(f"{ind}{gb} = (uintptr_t){arr};")
            return arr, gb
        k = self.x3("k")
        self.glob(f"static uintptr_t {gb};", gb)
        lines.append(f"{ind}u8 *{k} = malloc(16u);")
        lines.append(f"{ind}if (!{k}) abort();")
        lines.append(f"{ind}memset({k}, (int)(r & 255u), 16u);")
        lines.append(f"{ind}{gb} = (uintptr_t){k}; /* kept: main reads it */")
        return k, gb

    def x3_decode(self, guard, dec, nb, frees):
        """main, after the block: clobber the dead frames, then rebuild
        `u8 *q` with `dec` and read nb bytes of it (frees: C statements)."""
        rr = self.r_audit3
        a = self.after_cur
        a.append(f"f_clobber({rr.randrange(1 << 16)}u);")
        body = [f"{guard} = 0u;"] + list(dec) + [f"for (u32 k = 0; k < {nb}; k++) fold(q[k]);",
                                                  "q[0] ^= 0x3cu; fold(q[0]);"]
        if rr.random() < 0.6:
            body.extend(frees)
        a.append(f"if ({guard}) {{ " + " ".join(body) + " }")

    def x3_hold(self, lines, ind, p, n, how):
        """A pair that holds: both pointers into p's object (p may move)."""
        rr = self.r_audit3
        e, ln = self.x3("e"), self.x3("len")
        if how == "scan":
            stop = rr.randrange(256)
            lines.append(f"{ind}{p}[(r + {rr.randrange(99)}u) % {n}] = {stop}u;")
            lines.append(f"{ind}u8 *{e} = {p};")
            if rr.random() < 0.5:
                lines.append(f"{ind}while ({e} < {p} + {n} && *{e} != {stop}u) {e}++;")
            else:
                lines.append(f"{ind}while ((uintptr_t){e} < (uintptr_t)({p} + {n}) && *{e} != {stop}u) {e}++;")
            lines.append(f"{ind}u32 {ln} = (u32)((uintptr_t){e} - (uintptr_t){p});")
        elif how == "slots":
            # through memory: a local array of pointers into the object
            sl = self.x3("sl")
            lines.append(f"{ind}u8 *{sl}[2] = {{ {p} + r % {n}, {p} }};")
            lines.append(f"{ind}u32 {ln} = (u32)((uintptr_t){sl}[0] - (uintptr_t){sl}[1]);")
        elif how == "select":
            lines.append(f"{ind}u8 *{e} = (r & {1 << rr.randrange(4)}u) ? {p} + {rr.randrange(1, 9)}u % {n} : {p} + r % {n};")
            lines.append(f"{ind}u32 {ln} = (u32)({e} - {p});")
        elif how == "order":
            lines.append(f"{ind}u32 {ln} = 0;")
            lines.append(f"{ind}for (u8 *w = {p} + {n}; w > {p};) {{ w--; if (*w & 1u) {ln} += (u32)(w - {p}); }}")
        elif how == "align":
            lines.append(f"{ind}u8 *volatile {e} = __builtin_align_down({p} + r % {n}, 16);")
            lines.append(f"{ind}u32 {ln} = (u32)(({p} + r % {n}) - {e}); /* (r % n) & 15: both 16-byte aligned */")
        else:  # callee_len: a callee's pair on its own parameter
            fn = self.x3("f_len")
            self.add_func(f"static {'NOINLINE' if rr.random() < 0.8 else ''} u32 {fn}(const u8 *a, u32 n, u32 s) {{\n"
                          f"  const u8 *e = a;\n  while (e < a + n && *e != (u8)s) e++;\n"
                          f"  return (u32)((uintptr_t)e - (uintptr_t)a);\n}}")
            lines.append(f"{ind}u32 {ln} = {fn}({p}, {n}, r);")
        if rr.random() < 0.3:
            g = "g_" + self.x3("off")
            self.glob(f"static u32 {g};", g)
            lines.append(f"{ind}{g} = {ln};")
            self.after_cur.append(f"fold({g});")
        else:
            lines.append(f"{ind}fold({ln});")

    def x3_fail(self, lines, ind, x, n, how):
        """A pair that fails and lets x's address out (x must stay): main
        rebuilds x from the other object's address and the distance."""
        rr = self.r_audit3
        g = "g_" + self.x3("d")
        self.glob(f"static uintptr_t {g}; static u32 {g}_nb, {g}_ok;", g)
        frees = ["free(q);"]
        if how == "gap":
            k, gb = self.x3_base(lines, ind)
            lines.append(f"{ind}{g} = (uintptr_t){x} - (uintptr_t){k};")
            dec = [f"u8 *q = (u8 *)({gb} + {g});"]
        elif how == "holder":
            # x held by a heap holder whose own distance leaks: the pair on
            # what the holder holds held before the holder escaped
            k, gb = self.x3_base(lines, ind)
            h = self.x3("h")
            lines.append(f"{ind}struct holder *{h} = malloc(sizeof *{h});")
            lines.append(f"{ind}if (!{h}) abort();")
            lines.append(f"{ind}{h}->p = {x}; {h}->nb = {n}; {h}->tag = r;")
            lines.append(f"{ind}fold((u32)((uintptr_t)((u8 *){h}->p + r % {n}) - (uintptr_t){x}));")
            lines.append(f"{ind}{g} = (uintptr_t){h} - (uintptr_t){k};")
            dec = [f"struct holder *hq = (struct holder *)({gb} + {g});", "u8 *q = hq->p;"]
            frees = ["free(q);", "free(hq);"]
        elif how == "phi":
            k, gb = self.x3_base(lines, ind)
            m, o = self.x3("m"), rr.randrange(1, 8)
            bit = 1 << rr.randrange(4)
            lines.append(f"{ind}u8 *{m} = (r & {bit}u) ? {x} + {o}u % {n} : {k};")
            lines.append(f"{ind}{g} = (uintptr_t){m} - (uintptr_t){k};")
            dec = [f"u8 *q = (u8 *)({gb} + {g} - {o}u % {g}_nb);"]
            lines.append(f"{ind}{g}_nb = {n}; {g}_ok = (r & {bit}u) != 0u;")
            self.x3_decode(f"{g}_ok", dec, f"{g}_nb", frees)
            return
        elif how == "slot":
            # the pointer through memory, loaded back, then subtracted
            k, gb = self.x3_base(lines, ind)
            sv = self.x3("sv")
            if rr.random() < 0.5:
                lines.append(f"{ind}u8 *volatile {sv} = {x};")
                lines.append(f"{ind}{g} = (uintptr_t){sv} - (uintptr_t){k};")
            else:
                lines.append(f"{ind}u8 *{sv}[2]; {sv}[r & 1u] = {x}; {sv}[(r & 1u) ^ 1u] = {k};")
                lines.append(f"{ind}{g} = (uintptr_t){sv}[r & 1u] - (uintptr_t){sv}[(r & 1u) ^ 1u];")
            dec = [f"u8 *q = (u8 *)({gb} + {g});"]
        elif how == "loop":
            # a walk that moves from the other object into x's
            k, gb = self.x3_base(lines, ind)
            w, it = self.x3("w"), rr.randint(2, 4)
            lines.append(f"{ind}u8 *{w} = {k};")
            lines.append(f"{ind}for (u32 i = 0; i < {it}u; i++) if (i == {it - 1}u) {w} = {x}; else fold(*{w});")
            lines.append(f"{ind}{g} = (uintptr_t){w} - (uintptr_t){k};")
            dec = [f"u8 *q = (u8 *)({gb} + {g});"]
        elif how == "callee_gap":
            k, gb = self.x3_base(lines, ind)
            fn = self.x3("f_gap")
            self.add_func(f"static {'NOINLINE' if rr.random() < 0.8 else ''} void {fn}(const u8 *a, const u8 *b) {{\n"
                          f"  {g} = (uintptr_t)a - (uintptr_t)b;\n}}")
            lines.append(f"{ind}{fn}({x}, {k});")
            dec = [f"u8 *q = (u8 *)({gb} + {g});"]
        else:  # mask: x minus x rounded down to 2^62 (llvm.ptrmask) is x
            al = "g_" + self.x3("al")
            self.glob(f"static volatile uintptr_t {al} = (uintptr_t)1 << 62;", al)
            b = self.x3("rb")
            lines.append(f"{ind}u8 *volatile {b} = __builtin_align_down({x}, {al});")
            lines.append(f"{ind}{g} = (uintptr_t){x} - (uintptr_t){b};")
            dec = [f"u8 *q = (u8 *){g};"]
        lines.append(f"{ind}{g}_nb = {n}; {g}_ok = 1u;")
        self.x3_decode(f"{g}_ok", dec, f"{g}_nb", frees)

    def fam_intpairs(self, lines, ind):
        self.intflow_pairs(lines, ind)

    def intflow_pairs(self, lines, ind):
        """Integer pairs that hold (offsets within one object, which may
        move) and pairs that fail (distances from another object, stored,
        main rebuilding the object: it must stay) in one function, on
        separate objects or on one object that is in both."""
        rr = self.r_audit3
        lines.append(f"{ind}/* pairs */")
        objs = []
        for _ in range(rr.randint(1, 3)):
            p, n = self.x3("p"), self.x3("n")
            nb = rr.choice([f"{rr.randint(2, 64)}u", f"{rr.randint(2, 64)}u", f"(RT[{rr.randrange(8)}] % {rr.randint(8, 200)}u + 2u)"])
            lines.append(f"{ind}u32 {n} = {nb};")
            self.x3_object(lines, ind, p, n)
            objs.append((p, n))
        steps = [("hold", rr.choice(self.X3_HOLD), rr.choice(objs)) for _ in range(rr.randint(1, 3))]
        leaked = set()
        for _ in range(rr.randint(1, 2)):
            o = rr.choice(objs)
            if o[0] not in leaked:
                leaked.add(o[0])
                steps.append(("fail", rr.choice(self.X3_FAIL), o))
        rr.shuffle(steps)
        # an object's failing pair comes after its holding pairs (the phi
        # shape may free it)
        steps.sort(key=lambda s: s[0] == "fail")
        for kind, how, (p, n) in steps:
            if kind == "hold":
                self.x3_hold(lines, ind, p, n, how)
            else:
                self.x3_fail(lines, ind, p, n, how)
        for p, n in objs:
            lines.append(f"{ind}{{ u64 s = 0; for (u32 j = 0; j < {n}; j++) s = s * 33u + {p}[j]; fold(s); }}")
            if p not in leaked:
                lines.append(f"{ind}{rr.choice(['free(' + p + ');', 'free(' + p + ');', ''])}")

    # knr: old-style calls.  Helpers defined after every block (so that the
    # blocks call them through an unprototyped `static T f();`), prototyped
    # or K&R-style, that read, write, keep in a global, return, free or
    # maybe free their pointer argument, call each other (a chain, a cycle),
    # or take the pointer as an integer.  An integer argument is passed as
    # a pointer (`(void *)(uintptr_t)n`) where the definition takes long:
    # clang then calls through another function type, and on x86-64 the
    # callee still reads the very value (a u32 for a long would leave the
    # register's upper half undefined: clang -O2 reads it).  The pointer
    # argument itself arrives as the same parameter of the same type.
    # (Not the converse of int_keep, an integer passed for a pointer
    # parameter: through a call that stays mismatched, LLVM applies the
    # callee's `memory(argmem: read)` to the call, whose arguments hold no
    # pointer, and DSE deletes the stores that filled the buffer: plain
    # clang -O2 prints another checksum, seeds 43 and 49 of the first knr
    # campaign.)
    KNR_WAYS = ["read", "read", "write", "keep", "ret", "ret", "free", "maybe_free", "chain",
                "cycle", "int_keep", "int_read"]

    def fam_knr(self, lines, ind):
        r = self.r
        n, p = self.fresh("n"), self.fresh("p")
        lines.append(f"{ind}u32 {n} = {self.nb_expr()};")
        self.alloc8(lines, ind, p, n)
        beh = r.choice(self.KNR_WAYS)
        fn = self.fresh("f_knr")
        g = "g_" + fn[2:]
        # The helpers' integer parameters are long or u32 (both keep their
        # type under the default promotions, as an unprototyped declaration
        # wants).  A long gets a pointer (`(void *)(uintptr_t)n`: the same
        # 64-bit register, the very value), a u32 gets a u64 (the callee
        # reads the low half of the register it is in): another call type,
        # well-defined on x86-64.  InstCombine turns the pointer-for-long
        # calls into direct ones (a no-op cast), so only the -O0 IR keeps
        # those; a u64 for a u32 stays mismatched at -O2.  (Not a u32 for a
        # long: the register's upper half is then undefined, and clang -O2
        # does read it.)
        ptype = r.choice(["long", "u32", "u32"])
        mism = r.choice(["mis", "mis", "mis", "exact"])

        def arg(x, m=None):
            m = m or mism
            if ptype == "long":
                return f"(void *)(uintptr_t)({x})" if m == "mis" else f"(long)({x})"
            return f"(u64)({x})" if m == "mis" else f"(u32)({x})"

        def iarg(x):  # the same, chosen per call, in the helpers' own calls
            return arg(x, r.choice(["mis", "exact"]))

        def define(name, ret, params, body):
            """params: [(type, name)]; prototyped or K&R-style."""
            self.globals.append(f"static {ret} {name}();")
            attr = self.attr(0.6)
            if self.chance(0.35):
                head = (f"static {attr} {ret} {name}({', '.join(x for _, x in params)})\n"
                        + "".join(f"  {t} {x};\n" for t, x in params) + "{")
            else:
                head = f"static {attr} {ret} {name}({', '.join(t + ' ' + x for t, x in params)}) {{"
            self.late_func(head + "\n" + body + "\n}")

        std = [("u8 *", "p"), (ptype, "n"), (ptype, "s")]
        sd = r.randrange(1, 1000)
        if beh in ("read", "write", "chain"):
            if beh == "read":
                define(fn, "u64", std, "  u64 h = (u32)s;\n"
                       "  for (u32 k = 0; k < (u32)n; k++) h = h * 31u + p[k];\n  return h;")
            elif beh == "write":
                define(fn, "u64", std, "  for (u32 k = 0; k < (u32)n; k++) p[k] ^= (u8)((u32)s + k);\n"
                       "  return p[(u32)s % (u32)n];")
            else:
                f2 = self.fresh("f_knr")
                define(fn, "u64", std, f"  p[0] += 1u;\n  return {f2}(p, n, s) + {f2}(p + 1, {iarg('n - 1')}, {iarg('(u32)s + 1u')});")
                keep2 = self.chance(0.3)
                if keep2:
                    self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
                define(f2, "u64", std, "  u64 h = (u32)s;\n"
                       + (f"  if (!{g}) {{ {g} = p; {g}_nb = (u32)n; }}\n" if keep2 else "")
                       + "  for (u32 k = 0; k < (u32)n; k++) h = h * 33u + p[k];\n  return h;")
                if keep2:
                    lines.append(f"{ind}{g} = NULL;")
            lines.append(f"{ind}fold({fn}({p}, {arg(n)}, {arg(f'r + {sd}u')}));")
            self.read(lines, ind, p, n)
            if beh == "chain" and keep2:
                self.after_read(g, f"{g}_nb", False)
                return
            self.end_of(lines, ind, p, n, ("free", "free", "hfree", "leak"))
        elif beh == "keep":
            self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
            define(fn, "u64", std, f"  {g} = p; {g}_nb = (u32)n;\n  return p[(u32)s % (u32)n];")
            lines.append(f"{ind}fold({fn}({p}, {arg(n)}, {arg('r')}));")
            lines.append(f"{ind}{p}[r % {n}] += 1u;")
            self.after_read(g, f"{g}_nb", self.chance(0.5))
        elif beh == "ret":
            define(fn, "u8 *", std, "  return p + (u32)s % (u32)n;")
            q = self.fresh("q")
            lines.append(f"{ind}u8 *{q} = {fn}({p}, {arg(n)}, {arg('r')});")
            lines.append(f"{ind}*{q} += 3u; fold(*{q});")
            self.read(lines, ind, p, n)
            self.end_of(lines, ind, p, n, ("free", "free", "leak"))
        elif beh == "free":
            define(fn, "u64", std, "  u64 h = p[(u32)s % (u32)n];\n  free(p);\n  return h;")
            self.read(lines, ind, p, n)
            lines.append(f"{ind}fold({fn}({p}, {arg(n)}, {arg('r')}));")
        elif beh == "maybe_free":
            define(fn, "u64", std, "  if ((u32)s & 1u) { free(p); return 1u; }\n  return 0u;")
            lines.append(f"{ind}if (!{fn}({p}, {arg(n)}, {arg('r')})) {{ fold({p}[0]); free({p}); }}")
        elif beh == "cycle":
            # two functions calling each other; one keeps the pointer at some
            # depth on some runs and says so in its result
            f2 = self.fresh("f_knr")
            self.glob(f"static u8 *{g}; static u32 {g}_nb;", g)
            define(fn, "u64", std + [(ptype, "d")],
                   "  p[(u32)d % (u32)n] += 1u;\n"
                   f"  if ((u32)d) return {f2}(p, n, s, {iarg('(u32)d - 1u')});\n  return 0u;")
            define(f2, "u64", std + [(ptype, "d")],
                   f"  if (((u32)s >> (u32)d) & 1u) {{ {g} = p; {g}_nb = (u32)n; return 1u; }}\n"
                   f"  if ((u32)d) return {fn}(p, n, s, {arg('(u32)d - 1u', 'exact')});\n  return 0u;")
            d = r.randint(0, 5)
            lk = self.fresh("lk")
            lines.append(f"{ind}{g} = NULL;")
            lines.append(f"{ind}u64 {lk} = {fn}({p}, {arg(n)}, {arg('r')}, {arg(f'{d}u')});")
            lines.append(f"{ind}fold({p}[r % {n}]);")
            if self.chance(0.7):
                lines.append(f"{ind}if (!{lk}) free({p});")
            self.after_read(g, f"{g}_nb", False)
        elif beh == "int_keep":
            # the pointer passed where the definition takes an integer (an
            # old-style call's classic; same register on x86-64)
            self.glob(f"static uintptr_t {g}; static u32 {g}_nb;", g)
            define(fn, "u64", [("uintptr_t", "a"), (ptype, "n")], f"  {g} = a; {g}_nb = (u32)n;\n  return 1u;")
            lines.append(f"{ind}fold({fn}({p}, {arg(n)}));")
            lines.append(f"{ind}{p}[r % {n}] ^= 1u;")
            self.after_decode(g, [f"u8 *q = (u8 *){g};", f"{g} = 0;"], f"{g}_nb")
        elif beh == "int_read":
            define(fn, "u64", [("uintptr_t", "a"), (ptype, "n")],
                   "  const u8 *q = (const u8 *)a; u64 h = 0;\n"
                   "  for (u32 k = 0; k < (u32)n; k++) h = h * 7u + q[k];\n  return h;")
            lines.append(f"{ind}fold({fn}({p}, {arg(n)}));")
            self.end_of(lines, ind, p, n, ("free", "free", "leak"))

    # libparse: fgets (from fmemopen'd text), fread, strtol & co and strtod
    # with &end, strtok_r with &save, strspn/strcspn/strpbrk, into heap
    # buffers.  Some keep the end/save/token pointer or the fgets result in
    # a global that main reads after the block returned (the buffer must
    # stay on the heap); the others use them only in the block.
    def parse_text(self):
        r = self.r
        toks = []
        for _ in range(r.randint(2, 12)):
            k = r.random()
            if k < 0.4:
                t = str(r.randint(-999, 9999))
            elif k < 0.55:
                t = "0x" + format(r.randrange(1 << 12), "x")
            elif k < 0.75:
                t = f"{r.randint(-99, 999)}.{r.choice(['5', '25', '125', '75', '0'])}"
            else:
                t = "".join(r.choice("bcdgkmqrstwz") for _ in range(r.randint(1, 6)))
            toks.append(t)
            toks.append(r.choice([" ", " ", ",", ";", "\n", ", "]))
        s = "".join(toks)
        if not s.endswith("\n") and self.chance(0.6):
            s += "\n"
        g = "g_" + self.fresh("txt")
        self.globals.append(f"static const char {g}[] = \"{s.encode('unicode_escape').decode()}\";")
        return g, len(s)

    LIBPARSE_WAYS = ["fgets", "fgets", "fread", "strto", "strto", "strto", "strtok", "strtok", "span"]

    def fam_libparse(self, lines, ind):
        r = self.r
        txt, L = self.parse_text()
        v = r.choice(self.LIBPARSE_WAYS)
        keep = self.chance(0.45)
        g = "g_" + self.fresh("kp")
        if keep:
            self.glob(f"static char *{g}, *{g}_base; static u32 {g}_nb;", g)
        b = self.fresh("b")
        if v in ("fgets", "fread"):
            f, n = self.fresh("fp"), self.fresh("n")
            lines.append(f"{ind}FILE *{f} = fmemopen((void *){txt}, sizeof {txt} - 1, \"r\");")
            lines.append(f"{ind}if (!{f}) abort();")
            lines.append(f"{ind}u32 {n} = {self.nb_expr(2)};")
            lines.append(f"{ind}char *{b} = " + r.choice([f"malloc({n});", f"malloc({n});", f"calloc({n}, 1);"]))
            lines.append(f"{ind}if (!{b}) abort();")
            lines.append(f"{ind}for (u32 k = 0; k < {n}; k++) {b}[k] = (char)(k + r);")
            if v == "fgets":
                ln, c = self.fresh("ln"), self.fresh("c")
                lines.append(f"{ind}char *{ln}; u32 {c} = 0;")
                lines.append(f"{ind}while (({ln} = fgets({b}, (int){n}, {f})) != NULL) {{")
                lines.append(f"{ind}  u32 L = (u32)strlen({ln}); fold(L); for (u32 k = 0; k < L; k++) fold((u8){ln}[k]);")
                if keep:
                    kk = r.randrange(4)
                    lines.append(f"{ind}  if ({c} <= {kk}u) {{ {g} = {ln}; {g}_base = {b}; {g}_nb = {n}; }}")
                lines.append(f"{ind}  {c}++;")
                lines.append(f"{ind}}}")
                lines.append(f"{ind}fold({c});")
            else:
                got = self.fresh("got")
                lines.append(f"{ind}size_t {got} = fread({b}, 1, {n}, {f}); fold({got});")
                lines.append(f"{ind}for (size_t k = 0; k < {got}; k++) fold((u8){b}[k]);")
                if keep:
                    lines.append(f"{ind}{g} = {b} + {got} / 2u; {g}_base = {b}; {g}_nb = {n} - (u32)({got} / 2u);")
            lines.append(f"{ind}fclose({f});")
        else:
            extra = r.randint(0, 40)
            lines.append(f"{ind}char *{b} = malloc({L + 1 + extra}u);")
            lines.append(f"{ind}if (!{b}) abort();")
            lines.append(f"{ind}memcpy({b}, {txt}, {L + 1}u);")
            if extra:
                lines.append(f"{ind}for (u32 k = {L + 1}u; k < {L + 1 + extra}u; k++) {b}[k] = (char)(k * 7u + r);")
            total = L + 1 + extra
            c = self.fresh("c")
            lines.append(f"{ind}u32 {c} = 0;")
            kk = r.randrange(4)
            if v == "strto":
                fnc = r.choice(["strtol", "strtol", "strtoul", "strtoll", "strtoull", "strtod", "strtod", "strtof"])
                base = "" if fnc in ("strtod", "strtof") else f", {r.choice([0, 10, 16, 0, 10])}"
                cur, e = self.fresh("cur"), self.fresh("e")
                ehold = r.choice(["var", "var", "array", "struct"] + (["global", "global", "heap"] if keep else []))
                if ehold == "heap":
                    # into a heap holder that main gets from a global
                    eh = "g_" + self.fresh("eh")
                    self.globals.append(f"struct {eh} {{ char *end; char *base; u32 nb; }};")
                    self.glob(f"static struct {eh} *{eh}_p;", eh + "_p")
                    e = self.fresh("hh")
                    lines.append(f"{ind}struct {eh} *{e} = malloc(sizeof *{e});")
                    lines.append(f"{ind}if (!{e}) abort();")
                    lines.append(f"{ind}{e}->end = NULL;")
                    eref, eval_ = f"&{e}->end", f"{e}->end"
                elif ehold == "global":
                    # strtol stores the end pointer straight into the global
                    eref, eval_ = f"&{g}", g
                elif ehold == "var":
                    lines.append(f"{ind}char *{e};")
                    eref, eval_ = f"&{e}", e
                elif ehold == "array":
                    lines.append(f"{ind}char *{e}[2];")
                    eref, eval_ = f"&{e}[{c} & 1u]", f"{e}[{c} & 1u]"
                else:
                    lines.append(f"{ind}struct {{ char *end; u32 pad; }} {e};")
                    eref, eval_ = f"&{e}.end", f"{e}.end"
                lines.append(f"{ind}for (char *{cur} = {b}; *{cur};) {{")
                if fnc in ("strtod", "strtof"):
                    lines.append(f"{ind}  double v = {fnc}({cur}, {eref});")
                    conv = "(u64)(long long)(v * 1000.0)"
                else:
                    lines.append(f"{ind}  u64 v = (u64){fnc}({cur}, {eref}{base});")
                    conv = "v"
                lines.append(f"{ind}  if ({eval_} == {cur}) {{ {cur}++; continue; }}")
                lines.append(f"{ind}  fold({conv}); fold((u64)({eval_} - {b}));")
                if keep and ehold not in ("global", "heap"):
                    lines.append(f"{ind}  if ({c} == {kk}u) {{ {g} = {eval_}; {g}_base = {b}; {g}_nb = (u32)({b} + {total}u - {eval_}); }}")
                lines.append(f"{ind}  {cur} = {eval_}; {c}++;")
                lines.append(f"{ind}}}")
                if ehold == "global":
                    lines.append(f"{ind}if ({g}) {{ {g}_base = {b}; {g}_nb = (u32)({b} + {total}u - {g}); }}")
                elif ehold == "heap":
                    lines.append(f"{ind}{e}->base = {b}; {e}->nb = {e}->end ? (u32)({b} + {total}u - {e}->end) : 0u; {eh}_p = {e};")
                    self.after_cur.append(f"f_clobber({r.randrange(1 << 16)}u);")
                    self.after_cur.append(f"if ({eh}_p) {{ struct {eh} *h = {eh}_p; {eh}_p = NULL; for (u32 k = 0; k < h->nb; k++) fold((u8)h->end[k]);"
                                          + (" free(h->base);" if self.chance(0.5) else "") + " free(h); }")
            elif v == "strtok":
                sv, t = self.fresh("save"), self.fresh("t")
                delim = r.choice(['" ,;\\n"', '" \\n"', '",;"', '" "'])
                lines.append(f"{ind}char *{sv} = NULL;")
                what = r.choice(["tok", "save", "callee"]) if keep else None
                nxt = f"strtok_r(NULL, {delim}, &{sv})"
                if what == "callee" or self.chance(0.3):
                    # the next token from a noinline callee given &save,
                    # which may keep the first token it finds
                    ft = self.fresh("f_tok")
                    kc = (f"  if (t && !{g}) {{ {g} = t; {g}_base = NULL; {g}_nb = (u32)strlen(t); }}\n"
                          if what == "callee" else "")
                    self.add_func(f"static {self.attr(0.8)} char *{ft}(char **sp) {{\n"
                                  f"  char *t = strtok_r(NULL, {delim}, sp);\n{kc}  return t;\n}}")
                    nxt = f"{ft}(&{sv})"
                lines.append(f"{ind}for (char *{t} = strtok_r({b}, {delim}, &{sv}); {t}; {t} = {nxt}) {{")
                # (an offset from the token, which strtok_r returns, makes
                # the buffer escape: the result may be any pointer to the pass)
                offs = f" fold((u64)({t} - {b}));" if self.chance(0.4) else ""
                lines.append(f"{ind}  u32 L = (u32)strlen({t}); fold(L); fold((u8){t}[0]);{offs}")
                if keep:
                    if what == "tok":
                        lines.append(f"{ind}  if ({c} == {kk}u) {{ {g} = {t}; {g}_base = {b}; {g}_nb = L; }}")
                    elif what == "save":
                        lines.append(f"{ind}  if ({c} == {kk}u) {{ {g} = {sv}; {g}_base = {b}; {g}_nb = (u32)({b} + {total}u - {sv}); }}")
                lines.append(f"{ind}  {c}++;")
                lines.append(f"{ind}}}")
                lines.append(f"{ind}fold({c});")
            else:
                lines.append(f"{ind}fold(strspn({b}, \"0123456789-\")); fold(strcspn({b}, \";\\n\"));")
                q = self.fresh("q")
                lines.append(f"{ind}char *{q} = strpbrk({b}, \"{r.choice([',;', ' ', 'x.', 'bcd'])}\");")
                offs = f" fold((u64)({q} - {b}));" if self.chance(0.4) else ""
                lines.append(f"{ind}if ({q}) {{{offs} fold((u8)*{q});")
                if keep:
                    lines.append(f"{ind}  {g} = {q}; {g}_base = {b}; {g}_nb = (u32)({b} + {total}u - {q});")
                lines.append(f"{ind}}}")
        if keep:
            lines.append(f"{ind}{b}[0] ^= 1;")
            a = self.after_cur
            a.append(f"f_clobber({r.randrange(1 << 16)}u);")
            a.append(f"if ({g}) {{ for (u32 k = 0; k < {g}_nb; k++) fold((u8){g}[k]);"
                     + (f" free({g}_base);" if self.chance(0.5) else "") + f" {g} = NULL; }}")
            return
        self.read(lines, ind, f"((u8 *){b})", "1u")
        lines.append(f"{ind}{r.choice(['free(' + b + ');', 'free(' + b + ');', ''])}")

    def fam_loop_slots(self, lines, ind):
        """Lists and pointer arrays built in rolled loops with a constant
        count (pass/loop_slots.c: one slot per iteration).  May move: walked
        and freed or leaked in the block, read by a helper.  Must stay: the
        list kept in a global that main walks after the block returned, or
        the loop inside a second loop whose first round's list is read after
        the second round."""
        r = self.r
        K = r.randint(1, 12)
        it = self.fresh("it")
        head = self.fresh("head")
        shape = r.choice(["list", "list", "array", "nested"])
        bufsz = r.choice([0, 0, 16, 40])
        lines.append(f"{ind}struct node *{head} = NULL;")
        keep = self.fresh("keep") if shape == "nested" else None
        i2 = ind
        if shape == "nested":
            rounds = r.randint(2, 3)
            rd = self.fresh("rd")
            lines.append(f"{ind}struct node *{keep} = NULL;")
            lines.append(f"{ind}for (u32 {rd} = 0; {rd} < {rounds}u; {rd}++) {{")
            i2 = ind + "  "
            lines.append(f"{i2}{head} = NULL;")
        if shape == "array":
            a = self.fresh("arr")
            lines.append(f"{i2}u8 *{a}[{K}];")
        bottom = self.chance(0.3)
        if bottom:
            lines.append(f"{i2}u32 {it} = 0;")
        lines.append(f"{i2}#pragma clang loop unroll(disable)")
        if bottom:
            lines.append(f"{i2}do {{")
        else:
            lines.append(f"{i2}for (u32 {it} = 0; {it} < {K}u; {it}++) {{")
        i3 = i2 + "  "
        n = r.choice([1, 8, 24, 64])
        if shape == "array":
            kind = r.choice(["malloc", "malloc", "calloc"])
            call = f"malloc({n})" if kind == "malloc" else f"calloc({n}, 1)"
            lines.append(f"{i3}u8 *t = {call};")
            lines.append(f"{i3}if (!t) abort();")
            lines.append(f"{i3}for (u32 k = 0; k < {n}u; k++) t[k] {'+=' if kind == 'calloc' else '='} (u8)(k * 7u + {it} + r);")
            lines.append(f"{i3}{a}[{it}] = t;")
        else:
            nd = self.fresh("nd")
            alloc = r.choice([f"malloc(sizeof *{nd})", f"calloc(1, sizeof *{nd})"])
            lines.append(f"{i3}struct node *{nd} = {alloc};")
            lines.append(f"{i3}if (!{nd}) abort();")
            lines.append(f"{i3}{nd}->v = r * {r.randrange(1, 50)}u + {it};")
            if bufsz:
                lines.append(f"{i3}{nd}->nb = {bufsz}u; {nd}->buf = malloc({bufsz});")
                lines.append(f"{i3}if (!{nd}->buf) abort();")
                lines.append(f"{i3}for (u32 k = 0; k < {bufsz}u; k++) {nd}->buf[k] = (u8)(k + {it} + r);")
            else:
                lines.append(f"{i3}{nd}->nb = 0; {nd}->buf = NULL;")
            lines.append(f"{i3}{nd}->next = {head}; {head} = {nd};")
        if bottom:
            lines.append(f"{i2}}} while (++{it} < {K}u);")
        else:
            lines.append(f"{i2}}}")
        if shape == "array":
            lines.append(f"{i2}for (u32 k = 0; k < {K}u; k++) {{ fold({a}[k][0]); fold({a}[k][r % {n}u]); }}")
            if self.chance(0.8):
                lines.append(f"{i2}for (u32 k = 0; k < {K}u; k++) free({a}[k]);")
            return
        if shape == "nested":
            lines.append(f"{i2}if (!{keep}) {keep} = {head};")
            lines.append(f"{ind}}}")
            lines.append(f"{ind}for (struct node *w = {keep}; w; w = w->next) {{ fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }}")
            lines.append(f"{ind}for (struct node *w = {head}; w; w = w->next) fold(w->v);")
            return  # both lists leak: the first round's is still reachable
        how = r.choice(["walk", "walk", "helper", "global"])
        if how == "helper":
            lines.append(f"{ind}fold({self.helper('h_list_sum')}({head}));")
        elif how == "walk":
            lines.append(f"{ind}for (struct node *w = {head}; w; w = w->next) {{ fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }}")
        else:
            g = self.fresh("g_list")
            self.glob(f"static struct node *{g};", g)
            lines.append(f"{ind}{g} = {head};")
            self.after_cur.append(f"f_clobber({r.randrange(1 << 16)}u);")
            self.after_cur.append(f"for (struct node *w = {g}; w; w = w->next) {{ fold(w->v); for (u32 k = 0; k < w->nb; k++) fold(w->buf[k]); }}")
            self.after_cur.append(f"{g} = NULL;")
            return  # leaked: main walks it
        if self.chance(0.75):
            lines.append(f"{ind}while ({head}) {{ struct node *nx = {head}->next; free({head}->buf); free({head}); {head} = nx; }}")

    # ---- makers: objects a callee makes for its caller (67a2609,
    # pass/caller_frames.c) ------------------------------------------------
    # A maker allocates one object and returns it (or NULL); a caller in which
    # it dies gets the storage in its own frame and calls the maker's copy.
    # Mixed with the neighbours that must keep the heap: the maker keeps the
    # object (a global, a static array, an out-parameter, its own field, its
    # address xor-ed, as bytes or as %p text, a helper that registers it), a
    # callee frees it, the allocation runs in a loop, the maker is in a call
    # cycle (direct, through a helper, through a function pointer) or returns
    # an interior pointer; and callers that keep it (a global, a heap holder
    # kept for main, a list or a previous object carried across loop
    # iterations, returned to the block) or store their own object through a
    # pointer the maker left in it.  main reads whatever was kept after the
    # block returned and a 16 KiB clobber overwrote the dead frames.
    MK_KEEPS = ["global", "array", "out", "self", "xor", "bytes", "text", "reg", "cycle", "rec",
                "fnptr"]
    MK_OTHER = ["cfree", "chain", "saferec"]

    def mk_clobber(self):
        if not getattr(self, "mk_clob", False):
            self.mk_clob = True
            self.globals.append("static NOINLINE void f_mkclob(u32 s) { volatile u8 junk[16384]; "
                                "for (u32 i = 0; i < 16384u; i++) junk[i] = (u8)(s + i * 3u); }")
        return f"f_mkclob({self.r.randrange(1 << 16)}u);"

    def fam_makers(self, lines, ind):
        r = self.r
        if not hasattr(self, "mk_fns"):
            self.mk_fns = set()
        b = self.fresh("f_mk")
        g = "g_" + b[2:]
        T = f"struct {b}_o"
        K = r.randint(1, 6)
        TAG = r.choice([8, 16, 24])
        src = []
        src.append(f"{T} {{ u32 nb; u32 v[{K}]; char tag[{TAG}]; u32 *ext; u8 **slot; {T} *link; u8 *inner; u32 inner_nb; }};")
        kind = r.choice(["struct", "struct", "struct", "buf"])
        k = r.random()
        role = "ok" if k < 0.5 else ("keep" if k < 0.8 else "other")
        keep = other = None
        if role == "keep":
            keep = r.choice(self.MK_KEEPS if kind == "struct" else ["global", "array", "out", "xor", "bytes", "text", "reg"])
        elif role == "other":
            other = r.choice(self.MK_OTHER if kind == "struct" else ["cfree", "hdr"])
        if other == "hdr":
            alloc = "malloc"
        name = f"{b}_new"
        mattr = self.attr(0.75)
        alloc = r.choice(["malloc", "malloc", "calloc", "aligned_alloc"])
        fail = r.choice(["abort();", "exit(1);", "return NULL;", "return NULL;"])
        early = self.chance(0.3) and other != "chain"
        retform = r.choice(["plain", "plain", "select", "phi"])
        DTOP = r.randint(1, 3)
        params, call_args = [], []   # C parameters; caller-side argument makers
        params.append("u32 s")
        # ---- the maker's parameters
        if kind == "buf":
            sizek = r.choice(["param", "param", "const"]) if other != "hdr" else "const"
            if sizek == "param":
                params.insert(0, "size_t n")
        else:
            sizek = "const"
        recursive = keep in ("cycle", "rec", "fnptr") or other == "saferec"
        extk = r.choice(["none", "none", "param", "global"]) if kind == "struct" and not recursive else "none"
        slot = kind == "struct" and self.chance(0.3)
        if slot and extk == "none" and not recursive and self.chance(0.6):
            # the caller's &local in the object's memory: a pointer loaded
            # from it may then point to memory the caller owns, and `slot`
            # is the caller's only sign of the maker's global
            extk = "param"
        if extk == "param":
            params.append("u32 *ext")
        linkp = kind == "struct" and not recursive and self.chance(0.25)
        if linkp:
            params.append(f"{T} *next")
        inner = r.choice(["none", "none", "malloc", "maker"]) if kind == "struct" else "none"
        if keep == "out":
            params.append(f"{'u8' if kind == 'buf' else T} **out")
        if keep in ("cycle", "rec", "fnptr") or other == "saferec":
            params.append("u32 d")
        decl_t = "u8" if kind == "buf" else T
        nbc = r.choice([8, 16, 24, 40, 64, 100, 256, 512]) if kind == "buf" else 0
        if kind == "buf" and alloc == "aligned_alloc":
            nbc = (nbc + 15) // 16 * 16
        # globals the maker and main use
        if extk == "global":
            self.glob(f"static u32 {g}_cell;", f"{g}_cell")
        if slot:
            self.glob(f"static u8 *{g}_ptr; static u32 {g}_ptrnb;", f"{g}_ptr")
        if keep:
            if keep == "array":
                self.glob(f"static {decl_t} *{g}_reg[4]; static u32 {g}_nreg; static u32 {g}_regnb[4];", f"{g}_reg")
            elif keep in ("xor", "bytes", "text"):
                self.glob(f"static uintptr_t {g}_addr; static u8 {g}_bytes[sizeof(void *)]; static char {g}_text[40];"
                          f" static u32 {g}_has, {g}_knb;", f"{g}_has")
            else:
                self.glob(f"static {decl_t} *{g}_k; static u32 {g}_knb;", f"{g}_k")
        # ---- helpers the maker calls
        fwd = []
        if kind == "struct" and inner == "maker":
            ia = self.attr(0.6)
            ialloc = r.choice(["malloc(n)", "calloc(n, 1)"])
            src.append(f"static {ia} u8 *{b}_buf(size_t n, u32 s) {{\n  u8 *q = {ialloc};\n  if (!q) abort();\n"
                       f"  for (size_t i = 0; i < n; i++) q[i] = (u8)(s + i * {r.randrange(1, 99)}u);\n  return q;\n}}")
        init = None
        if kind == "struct" and self.chance(0.35):
            init = r.choice(["write", "write", "read"])
            if init == "write":
                src.append(f"static {self.attr(0.8)} void {b}_init({T} *p, u32 s) {{ for (u32 j = 0; j < {K}u; j++) p->v[j] ^= s + j * 5u; p->nb += 1u; }}")
            else:
                src.append(f"static {self.attr(0.8)} u32 {b}_init({T} *p, u32 s) {{ return p->v[s % {K}u] + p->nb; }}")
        if keep == "reg":
            src.append(f"static {self.attr(0.9)} void {b}_reg({decl_t} *p, u32 nb) {{ {g}_k = p; {g}_knb = nb; }}")
        if other == "cfree":
            src.append(f"static {self.attr(0.9)} u32 {b}_check({decl_t} *p, u32 s) {{\n"
                       f"  if (s % {r.randint(2, 5)}u == 1u) {{ free(p); return 0; }}\n  return 1;\n}}")
        if keep == "cycle":
            fwd.append(f"static {mattr} {decl_t} *{name}({', '.join(params)});")
            src.append("\n".join(fwd))
            src.append(f"static {self.attr(0.9)} void {b}_cyc({T} *p, u32 s, u32 d) {{\n"
                       f"  if (d == {DTOP}u) {{ {g}_k = p; {g}_knb = {K}u; }}\n"
                       f"  if (d > 0u) {{ {T} *q = {name}(s + 1u, d - 1u); if (q) {{ fold(q->v[0]); free(q); }} }}\n}}")
        if keep == "fnptr":
            fwd.append(f"static {mattr} {decl_t} *{name}({', '.join(params)});")
            src.append("\n".join(fwd))
            src.append(f"static {self.attr(0.9)} void {b}_cb({T} *p, u32 s, u32 d) {{\n"
                       f"  if (d == {DTOP}u) {{ {g}_k = p; {g}_knb = {K}u; }}\n"
                       f"  {T} *q = {name}(s + 1u, d - 1u); if (q) {{ fold(q->v[0]); free(q); }}\n}}")
            src.append(f"static void (*{g}_fp)({T} *, u32, u32) = {b}_cb;\n"
                       f"static void *volatile {g}_fp_pin __attribute__((used)) = (void *)&{g}_fp;")
        # ---- the maker
        m = [f"static {mattr} {decl_t} *{name}({', '.join(params)}) {{"]
        if kind == "buf":
            nexpr = "n" if sizek == "param" else f"{nbc}u"
            if sizek == "param" and other != "hdr":
                # a run-time size the caller may rebuild (caller_frames.c:
                # parameters, constants, arithmetic that cannot make poison)
                # or must not (a shift by a parameter, after an early return)
                # (aligned_alloc's size stays a multiple of its alignment)
                forms = ["n", "n", "n + c", "n * 2u", "n << 1", "n | 7u", "n << k"]
                if alloc == "aligned_alloc":
                    forms = ["n", "n", "n + c", "n * 2u", "n << 1", "n << k"]
                form = r.choice(forms)
                if form == "n + c":
                    nexpr = f"n + {r.choice([16, 48, 208] if alloc == 'aligned_alloc' else [1, 15, 40, 200])}u"
                elif form == "n << k":
                    m.append(f"  u32 k = s % {r.choice([3, 70])}u;")
                    m.append("  if (k > 2u) k = 1u;")
                    nexpr = "(n << k)"
                elif form != "n":
                    nexpr = f"({form})"
            if other == "hdr":
                m.append(f"  u8 *p = malloc({nexpr} + 16u);")
            elif alloc == "malloc":
                m.append(f"  u8 *p = malloc({nexpr});")
            elif alloc == "calloc":
                m.append(f"  u8 *p = calloc({nexpr}, 1);")
            else:
                m.append(f"  u8 *p = aligned_alloc(16, {nexpr});")
            nbv = "(u32)n" if sizek == "param" else f"{nbc}u"
        else:
            if alloc == "malloc":
                m.append(f"  {T} *p = malloc(sizeof *p);")
            elif alloc == "calloc":
                m.append(f"  {T} *p = calloc(1, sizeof *p);")
            else:
                m.append(f"  {T} *p = aligned_alloc(16, (sizeof *p + 15u) / 16u * 16u);")
            nbv = f"{K}u"
        if other == "chain":
            # the allocation runs in a loop: each object links the previous one
            m = [f"static {mattr} {T} *{name}({', '.join(params)}) {{", f"  {T} *p = NULL;",
                 f"  for (u32 i = 0; i <= (s & {r.choice([1, 3])}u); i++) {{",
                 f"    {T} *c = {'calloc(1, sizeof *c)' if alloc == 'calloc' else 'malloc(sizeof *c)'};",
                 "    if (!c) abort();", f"    c->nb = {K}u; c->link = p;",
                 f"    for (u32 j = 0; j < {K}u; j++) c->v[j] = s * {r.randrange(1, 99)}u + i + j;",
                 "    c->tag[0] = (char)('a' + i); c->tag[1] = 0;",
                 "    c->ext = NULL; c->slot = NULL; c->inner = NULL; c->inner_nb = 0;",
                 "    p = c;", "  }", "  return p;", "}"]
            src.append("\n".join(m))
            self.add_func("\n".join(src))
            return self.mk_callers(lines, ind, b, g, T, name, kind, role, keep, other, params, K, nbc, sizek, alloc, DTOP, extk, slot, linkp, inner)
        m.append(f"  if (!p) {fail}")
        if early:
            m.append(f"  if (s % {r.randint(3, 7)}u == 2u) {{ free(p); return NULL; }}")
        if other == "hdr":
            m.append(f"  memset(p, 0x{r.randrange(256):02x}, 16u);")
            m.append(f"  for (u32 i = 0; i < {nbv}; i++) p[16u + i] = (u8)(s + i * {r.randrange(1, 250)}u);")
        elif kind == "buf":
            m.append(f"  for (u32 i = 0; i < {nbv}; i++) p[i] {'+=' if alloc == 'calloc' and self.chance(0.5) else '='} (u8)(s + i * {r.randrange(1, 250)}u);")
        else:
            m.append(f"  p->nb = {K}u;")
            m.append(f"  for (u32 j = 0; j < {K}u; j++) p->v[j] = s * {r.randrange(1, 999)}u + j;")
            if self.chance(0.6):
                m.append(f"  snprintf(p->tag, sizeof p->tag, \"mk%u\", s % {r.choice([10, 1000, 100000])}u);")
            else:
                m.append(f"  memset(p->tag, 0, sizeof p->tag); p->tag[0] = (char)('a' + s % 26u);")
            m.append("  p->ext = " + {"param": "ext", "global": f"&{g}_cell", "none": "NULL"}[extk] + ";")
            m.append(f"  p->slot = {'&' + g + '_ptr' if slot else 'NULL'};")
            m.append(f"  p->link = {'next' if linkp else 'NULL'};")
            if inner == "malloc":
                inb = r.choice([4, 16, 33])
                m.append(f"  p->inner = malloc({inb}u); if (!p->inner) abort(); p->inner_nb = {inb}u;")
                m.append(f"  for (u32 j = 0; j < {inb}u; j++) p->inner[j] = (u8)(s ^ j);")
            elif inner == "maker":
                inb = r.choice([4, 16, 33])
                m.append(f"  p->inner = {b}_buf({inb}u, s); p->inner_nb = {inb}u;")
            else:
                m.append("  p->inner = NULL; p->inner_nb = 0;")
            if init == "write":
                m.append(f"  {b}_init(p, s);")
            elif init == "read":
                m.append(f"  p->v[0] += {b}_init(p, s);")
        # keeping and the other dangerous shapes
        if keep == "global":
            m.append(f"  {g}_k = p; {g}_knb = {nbv};")
        elif keep == "array":
            m.append(f"  {g}_reg[{g}_nreg % 4u] = p; {g}_regnb[{g}_nreg % 4u] = {nbv}; {g}_nreg++;")
        elif keep == "out":
            m.append(f"  *out = p; {g}_knb = {nbv};")
        elif keep == "self":
            m.append("  p->link = p;")
        elif keep == "xor":
            self.mk_key = r.randrange(1, 1 << 30)
            m.append(f"  {g}_addr = (uintptr_t)p ^ (uintptr_t){self.mk_key}u; {g}_has = 1u; {g}_knb = {nbv};")
        elif keep == "bytes":
            m.append(f"  memcpy({g}_bytes, &p, sizeof p); {g}_has = 1u; {g}_knb = {nbv};")
        elif keep == "text":
            m.append(f"  snprintf({g}_text, sizeof {g}_text, \"%p\", (void *)p); {g}_has = 1u; {g}_knb = {nbv};")
        elif keep == "reg":
            m.append(f"  {b}_reg(p, {nbv});")
        elif keep == "cycle":
            m.append(f"  {b}_cyc(p, s, d);")
        elif keep == "rec":
            m.append(f"  if (d == {DTOP}u) {{ {g}_k = p; {g}_knb = {K}u; }}")
            m.append(f"  if (d > 0u) {{ {T} *q = {name}(s + 1u, d - 1u); if (q) {{ p->v[0] += q->v[0]; free(q); }} }}")
        elif keep == "fnptr":
            m.append(f"  if (d > 0u) {g}_fp(p, s, d);")
        elif other == "saferec":
            m.append(f"  if (d > 0u) {{ {T} *q = {name}(s + 1u, d - 1u); if (q) {{ p->v[0] += q->v[0]; free(q); }} }}")
        elif other == "cfree":
            m.append(f"  if (!{b}_check(p, s)) return NULL;")
        if other == "hdr":
            # an interior pointer: the caller frees it through the header
            m.append("  return p + 16u;")
        elif retform == "select" and keep is None and other is None:
            m.append(f"  u32 ok = s % {r.randint(4, 9)}u != 3u;")
            if inner != "none":
                m.append("  if (!ok) free(p->inner);")
            m.append("  if (!ok) free(p);")
            m.append("  return ok ? p : NULL;")
        elif retform == "phi" and keep is None and other is None:
            m.append(f"  if (s % {r.randint(4, 9)}u == 5u) {{")
            if inner != "none":
                m.append("    free(p->inner);")
            m.append("    free(p);\n    p = NULL;\n  }")
            m.append("  return p;")
        else:
            m.append("  return p;")
        m.append("}")
        m = [x for x in m if x]
        src.append("\n".join(m))
        self.add_func("\n".join(src))
        self.mk_callers(lines, ind, b, g, T, name, kind, role, keep, other, params, K, nbc, sizek, alloc,
                        DTOP, extk, slot, linkp, inner)

    def mk_callers(self, lines, ind, b, g, T, name, kind, role, keep, other, params, K, nbc, sizek,
                   alloc, DTOP, extk, slot, linkp, inner):
        """1-3 functions calling the maker `name` (or the block itself), and
        what main reads after the block returned."""
        r = self.r
        decl_t = "u8" if kind == "buf" else T
        after = self.after_cur
        made = {"ck": False, "hk": False}

        def args(s, nxt="NULL"):
            """-> (argument list, the object's byte count as the caller knows it)"""
            out, nb = [], f"{nbc}u"
            for prm in params:
                if prm == "size_t n":
                    if self.chance(0.6):
                        k = r.randint(1, 40) * (16 if alloc == "aligned_alloc" else r.choice([1, 3]))
                        nb = f"{k}u"
                    elif alloc == "aligned_alloc":
                        nb = f"(({self.rt_expr()} % {r.randint(2, 30)}u + 1u) * 16u)"
                    else:
                        nb = f"({self.rt_expr()} % {r.randint(8, 300)}u + 1u)"
                    out.append(nb)
                elif prm == "u32 s":
                    out.append(s)
                elif prm == "u32 *ext":
                    out.append("&ecell")
                elif prm.endswith("*next"):
                    out.append(nxt)
                elif prm.endswith("**out"):
                    out.append(f"&{g}_k")
                elif prm == "u32 d":
                    out.append(f"{DTOP}u" if keep else f"({s}) % 3u")
            return ", ".join(out), nb

        def rd(p, nb, i):
            """read the object p (nb bytes of a buffer)"""
            if kind == "buf":
                if self.chance(0.4):
                    return [f"{i}fold({self.helper('h_sum')}({p}, {nb}));"]
                return [f"{i}for (u32 j = 0; j < {nb}; j++) fold({p}[j]);"]
            out = [f"{i}fold({p}->nb); for (u32 j = 0; j < {K}u; j++) fold({p}->v[j]);",
                   f"{i}fold(strlen({p}->tag)); fold((u8){p}->tag[0]);"]
            if inner != "none":
                out.append(f"{i}for (u32 j = 0; j < {p}->inner_nb; j++) fold({p}->inner[j]);")
            return out

        def wr(p, nb, i):
            if kind == "buf":
                return [f"{i}{p}[r % {nb}] += 1u;"]
            return [f"{i}{p}->v[r % {K}u] += r;"]

        def destroy_fn():
            fn = f"{b}_free"
            if fn not in self.mk_fns:
                self.mk_fns.add(fn)
                if other == "hdr":
                    body = "free(p - 16u);"
                elif kind == "struct" and inner != "none" and self.chance(0.7):
                    body = "free(p->inner); free(p);"
                else:
                    body = "free(p);"
                self.add_func(f"static {self.attr(0.8)} void {fn}({decl_t} *p) {{ {body} }}")
            return fn

        def free_stmt(p, i):
            if other == "chain":
                return [f"{i}while ({p}) {{ {T} *nx = {p}->link; free({p}); {p} = nx; }}"]
            if other == "hdr" or self.chance(0.35):
                return [f"{i}{destroy_fn()}({p});"]
            out = []
            if kind == "struct" and inner != "none" and self.chance(0.7):
                out.append(f"{i}free({p}->inner);")
            out.append(f"{i}free({p});")
            return out

        def ck_glob():
            if not made["ck"]:
                made["ck"] = True
                self.glob(f"static {decl_t} *{g}_ck; static u32 {g}_cknb;", f"{g}_ck")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_ck) {{")
                after.extend(rd(f"{g}_ck", f"{g}_cknb", "  "))
                if linkp:
                    after.append(f"  if ({g}_ck->link) {{ fold({g}_ck->link->v[0]); free({g}_ck->link); }}")
                after.append(f"  free({g}_ck); {g}_ck = NULL;")
                after.append("}")

        def keep_in_ck(p, nb, i):
            ck_glob()
            return [f"{i}free({g}_ck); {g}_ck = {p}; {g}_cknb = {nb};"]

        if keep:
            shapes = ["use", "use", "loop_use", "reader"]
        elif other == "chain":
            shapes = ["walk", "loop_walk"]
        elif other in ("cfree", "hdr"):
            shapes = ["free", "loop_free", "reader"]
        else:
            shapes = ["free", "free", "cond_keep", "loop_free", "loop_prev", "loop_list", "two_live",
                      "holder", "holder_keep", "ret", "reader", "indirect"]
            if extk != "none":
                shapes += ["ext_write", "ext_write"]
            if slot:
                shapes += ["slot_store", "slot_store"]
            if linkp:
                shapes += ["chain_keep", "chain_keep"]
            if kind == "buf":
                shapes = [x for x in shapes if x not in ("loop_list",)] + ["realloc"]
            shapes.append("usable")
        nfun = r.randint(1, 3)
        for _ in range(nfun):
            sh = r.choice(shapes)
            fn = self.fresh(f"{b}_u")
            i = "  "
            c = [f"static {self.attr(0.7)} void {fn}(u32 r) {{"]
            if extk == "param":
                c.append(f"  u32 ecell = r;")
            s = f"r + {r.randrange(100)}u"
            if sh in ("realloc", "usable"):
                # library calls that need the heap object: a wrong move
                # hands them a stack address
                a, nb = args(s)
                c.append(f"  {decl_t} *p = {name}({a});")
                c.append("  if (!p) return;")
                c.append(f"  u32 nb = {nb};")
                if sh == "usable":
                    c.append(f"  fold(malloc_usable_size({'p' if other != 'hdr' else 'p - 16u'}) >= {'nb' if kind == 'buf' else 'sizeof *p'});")
                    c.extend(rd("p", "nb", i))
                    c.extend(free_stmt("p", i))
                else:
                    m2 = r.randint(2, 5)
                    c.append(f"  u8 *q = realloc(p, nb * {m2}u); if (!q) abort();")
                    c.append(f"  for (u32 j = nb; j < nb * {m2}u; j++) q[j] = (u8)(j + r);")
                    c.extend(rd("q", f"nb * {m2}u", i))
                    c.append("  free(q);")
            elif sh in ("use", "free", "reader", "cond_keep", "ext_write", "slot_store", "holder", "holder_keep",
                        "walk"):
                a, nb = args(s)
                c.append(f"  {decl_t} *p = {name}({a});")
                c.append(f"  if (!p) {{ fold(1u); return; }}")
                if sh == "reader":
                    rf = f"{b}_read"
                    if rf not in self.mk_fns:
                        self.mk_fns.add(rf)
                        if kind == "buf":
                            self.add_func(f"static {self.attr(0.8)} u64 {rf}(const u8 *p, u32 nb) {{ u64 h = 0; for (u32 j = 0; j < nb; j++) h = h * 31u + p[j]; return h; }}")
                        else:
                            self.add_func(f"static {self.attr(0.8)} u64 {rf}(const {T} *p, u32 nb) {{ u64 h = p->nb; for (u32 j = 0; j < {K}u; j++) h = h * 31u + p->v[j]; return h + nb + (u8)p->tag[0]; }}")
                    c.append(f"  fold({rf}(p, {nb}));")
                else:
                    c.extend(rd("p", nb, i))
                c.extend(wr("p", nb, i))
                if sh == "ext_write":
                    c.append(f"  *p->ext += r * 7u; fold(*p->ext);")
                    if extk == "global":
                        after.append(f"fold({g}_cell);")
                if sh == "slot_store":
                    mn = r.choice([1, 8, 24, 100])
                    c.append(f"  u8 *mine = malloc({mn}u); if (!mine) abort();")
                    c.append(f"  for (u32 j = 0; j < {mn}u; j++) mine[j] = (u8)(r + j);")
                    c.append(f"  free(*p->slot); *p->slot = mine; {g}_ptrnb = {mn}u;")
                    after.append(self.mk_clobber())
                    after.append(f"if ({g}_ptr) {{ for (u32 j = 0; j < {g}_ptrnb; j++) fold({g}_ptr[j]); free({g}_ptr); {g}_ptr = NULL; }}")
                if keep == "self":
                    c.append(f"  {g}_k = p->link; {g}_knb = {K}u;")
                if sh == "cond_keep":
                    c.append(f"  if (r & {1 << r.randrange(4)}u) {{")
                    c.extend(keep_in_ck("p", nb, "    "))
                    c.append("  } else {")
                    c.extend(free_stmt("p", "    "))
                    c.append("  }")
                elif sh in ("holder", "holder_keep"):
                    c.append("  struct holder *h = malloc(sizeof *h); if (!h) abort();")
                    c.append(f"  h->p = p; h->nb = {nb}; h->tag = r;")
                    c.append(f"  fold((({decl_t} *)h->p){'[r % h->nb]' if kind == 'buf' else '->v[0]'});")
                    if sh == "holder_keep":
                        hg = f"{g}_h"
                        if not made["hk"]:
                            made["hk"] = True
                            self.glob(f"static struct holder *{hg};", hg)
                            after.append(self.mk_clobber())
                            after.append(f"if ({hg}) {{ {decl_t} *q = {hg}->p;")
                            after.extend(rd("q", f"{hg}->nb", "  "))
                            after.append(f"  free(q); free({hg}); {hg} = NULL; }}")
                        c.append(f"  if ({hg}) {{ free({hg}->p); free({hg}); }}")
                        c.append(f"  {hg} = h;")
                    else:
                        c.extend(free_stmt(f"(({decl_t} *)h->p)", i) if other != "chain" else [])
                        c.append("  free(h);")
                elif sh == "walk":
                    c.append(f"  for ({T} *w = p; w; w = w->link) {{ fold(w->v[0]); fold((u8)w->tag[0]); }}")
                    c.extend(free_stmt("p", i))
                elif sh in ("free", "reader", "ext_write", "slot_store") and not keep:
                    c.extend(free_stmt("p", i))
            elif sh in ("loop_use", "loop_free", "loop_walk"):
                n = r.randint(2, 5)
                c.append(f"  for (u32 it = 0; it < {n}u; it++) {{")
                a, nb = args(f"r + it * {r.randrange(1, 50)}u")
                c.append(f"    {decl_t} *p = {name}({a});")
                c.append("    if (!p) { fold(2u); continue; }")
                c.extend(rd("p", nb, "    "))
                if keep == "self":
                    c.append(f"    {g}_k = p->link; {g}_knb = {K}u;")
                if sh == "loop_walk":
                    c.append(f"    for ({T} *w = p; w; w = w->link) fold(w->v[{K - 1}]);")
                if sh != "loop_use":
                    c.extend(free_stmt("p", "    "))
                c.append("  }")
            elif sh == "loop_prev":
                n = r.randint(2, 5)
                a, nb = args(f"r + it * {r.randrange(1, 50)}u")
                c.append(f"  {decl_t} *prev = NULL; u32 prevnb = 0;")
                c.append(f"  for (u32 it = 0; it < {n}u; it++) {{")
                c.append(f"    u32 nb = {nb};")
                c.append(f"    {decl_t} *p = {name}({a});")
                c.append("    if (!p) continue;")
                c.extend(wr("p", "nb", "    "))
                c.append("    if (prev) {")
                c.extend(rd("prev", "prevnb", "      "))
                c.append("      fold(prev != p);")
                c.extend(free_stmt("prev", "      "))
                c.append("    }")
                c.append("    prev = p; prevnb = nb;")
                c.append("  }")
                c.append("  if (prev) {")
                c.extend(rd("prev", "prevnb", "    "))
                c.extend(free_stmt("prev", "    "))
                c.append("  }")
            elif sh == "loop_list":
                n = r.randint(2, 6)
                a, nb = args(f"r + it")
                c.append(f"  {T} *head = NULL;")
                c.append(f"  for (u32 it = 0; it < {n}u; it++) {{")
                c.append(f"    {T} *p = {name}({a});")
                c.append("    if (!p) continue;")
                c.append("    p->v[0] += it;")
                c.append("    p->link = head; head = p;")
                c.append("  }")
                c.append(f"  for ({T} *w = head; w; w = w->link) {{ fold(w->v[0]); fold(w->nb); }}")
                if self.chance(0.8):
                    c.append(f"  while (head) {{ {T} *nx = head->link; {'free(head->inner); ' if inner != 'none' else ''}free(head); head = nx; }}")
            elif sh == "two_live":
                a1, nb1 = args(s)
                a2, nb2 = args(f"r * 3u + 1u")
                c.append(f"  {decl_t} *p = {name}({a1});")
                c.append(f"  {decl_t} *q = {name}({a2});")
                c.append("  if (p && q) fold(p != q);")
                c.append("  if (q) {")
                c.extend(wr("q", nb2, "    "))
                c.append("  }")
                c.append("  if (p) {")
                c.extend(rd("p", nb1, "    "))
                c.extend(free_stmt("p", "    "))
                c.append("  }")
                c.append("  if (q) {")
                c.extend(rd("q", nb2, "    "))
                c.extend(free_stmt("q", "    "))
                c.append("  }")
            elif sh == "ret":
                gf = self.fresh(f"{b}_get")
                a, nb = args("r + 5u")
                if not nb[0].isdigit() and kind == "buf":
                    nb = "0u"  # unknown to the block: read nothing
                self.add_func(f"static {self.attr(0.6)} {decl_t} *{gf}(u32 r) {{\n"
                              + (f"  u32 ecell = r;\n" if extk == "param" else "")
                              + f"  {decl_t} *p = {name}({a});\n  if (!p) return NULL;\n"
                              + "\n".join(wr("p", nb, "  ") if nb != "0u" else []) + "\n  return p;\n}")
                if extk == "param":
                    # the maker kept the address of the getter's local: not read after it returned
                    pass
                c.append(f"  {decl_t} *p = {gf}(r);")
                c.append("  if (!p) return;")
                if kind == "buf" and nb != "0u" or kind == "struct":
                    c.extend(rd("p", nb, i) if kind == "buf" else [f"  fold(p->v[0]); fold(p->nb);"])
                c.extend(free_stmt("p", i))
            elif sh == "indirect":
                fp = f"{g}_fpm"
                if fp not in self.mk_fns:
                    self.mk_fns.add(fp)
                    ptypes = ", ".join(re.sub(r"\w+$", "", x).strip() for x in params)
                    self.add_func(f"static {decl_t} *(*volatile {fp})({ptypes});")
                    self.main_pre.append(f"{fp} = {name};")
                a, nb = args(s)
                c.append(f"  {decl_t} *p = {fp}({a});")
                c.append("  if (!p) return;")
                c.extend(rd("p", nb, i))
                if self.chance(0.5):
                    c.append(f"  if (r & 2u) {{")
                    c.extend(keep_in_ck("p", nb, "    "))
                    c.append("  } else {")
                    c.extend(free_stmt("p", "    "))
                    c.append("  }")
                else:
                    c.extend(free_stmt("p", i))
            elif sh == "chain_keep":
                a1, nb1 = args(s)
                c.append(f"  {T} *p1 = {name}({a1});")
                c.append("  if (!p1) return;")
                a2, nb2 = args(f"r * 5u + 2u", "p1")
                c.append(f"  {T} *p2 = {name}({a2});")
                c.append("  if (!p2) { free(p1); return; }")
                c.append("  fold(p2->link->v[0]); fold(p2->link == p1);")
                c.append(f"  if (r & {1 << r.randrange(3)}u) {{ p1->inner = NULL; p1->inner_nb = 0; }}" if inner != "none" else "")
                c.append(f"  if (r & 4u) {{")
                c.extend(keep_in_ck("p2", nb2, "    "))
                c.append("  } else {")
                c.append("    free(p1); free(p2);")
                c.append("  }")
            c.append("}")
            self.add_func("\n".join(x for x in c if x))
            for _ in range(r.randint(1, 2)):
                lines.append(f"{ind}{fn}(r + {r.randrange(1000)}u);")
        if not keep and other is None and self.r_destroy.random() < 0.5:
            # Drawn from their own generator (rebinding `r`, which the
            # helpers above close over): the rest of the program is what
            # the seed drew before them.
            saved = self.r
            self.r = r = self.r_destroy
            try:
                self.mk_destroyers(lines, ind, b, g, T, name, kind, decl_t, K, inner, linkp,
                                   extk, args, rd, wr, free_stmt, after)
            finally:
                self.r = r = saved
        # main: whatever the maker kept, after the block returned
        if keep:
            after.append(self.mk_clobber())
            if kind == "buf":
                readq = [f"  for (u32 j = 0; j < {g}_knb; j++) fold(q[j]);"]
            else:
                readq = [f"  fold(q->nb); for (u32 j = 0; j < {K}u; j++) fold(q->v[j]); fold((u8)q->tag[0]);"]
            if keep == "array":
                after.append(f"for (u32 i = 0; i < 4u; i++) if ({g}_reg[i]) {{ {decl_t} *q = {g}_reg[i]; {g}_reg[i] = NULL;")
                after.extend(x.replace(f"{g}_knb", f"{g}_regnb[i]") for x in readq)
                after.append("  free(q); }")
            elif keep in ("xor", "bytes", "text"):
                after.append(f"if ({g}_has) {{ {decl_t} *q; {g}_has = 0;")
                if keep == "xor":
                    after.append(f"  q = ({decl_t} *)({g}_addr ^ (uintptr_t){self.mk_key}u);")
                elif keep == "bytes":
                    after.append(f"  memcpy(&q, {g}_bytes, sizeof q);")
                else:
                    after.append(f"  void *v = NULL; if (sscanf({g}_text, \"%p\", &v) != 1) abort(); q = v;")
                after.extend(readq)
                after.append("  free(q); }")
            else:
                after.append(f"if ({g}_k) {{ {decl_t} *q = {g}_k; {g}_k = NULL;")
                after.extend(readq)
                after.append("  free(q); }")

    # Destroy functions beside the makers (d09ffe9, caller_frames.c: a
    # function that frees exactly its parameter is, in its caller, a
    # deallocation of the object; a moved object's call goes to a copy that
    # does not free it).  May move: one that frees its parameter on some
    # paths only, the caller going on with the object on the others (in a
    # loop too); one that frees it through an integer round trip.  Must
    # stay: one that keeps the parameter in a global (as a pointer, or
    # xor-ed as an integer) on the paths where it does not free it, main
    # reading it after a clobber; one that frees what the object's `link`
    # says, which the caller may have pointed at the object itself.
    MK_DESTROYERS = ["rel", "rel", "rel_loop", "rel_int", "rel_keep", "rel_keep_int", "rel_self"]

    def mk_destroyers(self, lines, ind, b, g, T, name, kind, decl_t, K, inner, linkp, extk,
                      args, rd, wr, free_stmt, after):
        r = self.r
        free_inner = "free(p->inner); " if kind == "struct" and inner != "none" else ""
        for _ in range(r.randint(1, 2)):
            var = r.choice([v for v in self.MK_DESTROYERS
                            if v != "rel_self" or (kind == "struct" and not linkp)])
            dn = self.fresh(f"{b}_d")
            m = r.randint(2, 4)
            key = r.randrange(1, 1 << 30)
            if var in ("rel", "rel_loop"):
                self.add_func(f"static {self.attr(0.8)} u32 {dn}({decl_t} *p, u32 c) {{\n"
                              f"  if (c % {m}u == 1u) {{ {free_inner}free(p); return 1u; }}\n"
                              "  return 0u;\n}")
            elif var == "rel_int":
                self.add_func(f"static {self.attr(0.8)} void {dn}({decl_t} *p) {{\n"
                              f"  uintptr_t a = (uintptr_t)p ^ (uintptr_t){key}u;\n"
                              f"  {free_inner}free((void *)(a ^ (uintptr_t){key}u));\n}}")
            elif var in ("rel_keep", "rel_keep_int"):
                kg = f"{g}_{dn[len(b) + 1:]}"
                if var == "rel_keep":
                    self.glob(f"static {decl_t} *{kg}; static u32 {kg}nb;", kg)
                    keepit = f"free({kg}); {kg} = p; {kg}nb = nb;"
                    decode = [f"if ({kg}) {{ {decl_t} *q = {kg}; {kg} = NULL;"]
                else:
                    self.glob(f"static uintptr_t {kg}; static u32 {kg}nb;", kg)
                    keepit = (f"if ({kg}) free((void *)({kg} ^ (uintptr_t){key}u)); "
                              f"{kg} = (uintptr_t)p ^ (uintptr_t){key}u; {kg}nb = nb;")
                    decode = [f"if ({kg}) {{ {decl_t} *q = ({decl_t} *)({kg} ^ (uintptr_t){key}u); {kg} = 0;"]
                self.add_func(f"static {self.attr(0.8)} u32 {dn}({decl_t} *p, u32 c, u32 nb) {{\n"
                              f"  if (c % {m}u == 1u) {{ {free_inner}free(p); return 1u; }}\n"
                              f"  {keepit}\n  return 0u;\n}}")
                after.append(self.mk_clobber())
                after.extend(decode)
                after.extend(rd("q", f"{kg}nb", "  "))
                if free_inner:
                    after.append("  free(q->inner);")
                after.append("  free(q); }")
            else:  # rel_self
                self.add_func(f"static {self.attr(0.8)} void {dn}({T} *p) {{\n"
                              f"  if (p->link) free(p->link); else free(p);\n}}")
            fn = self.fresh(f"{b}_u")
            c = [f"static {self.attr(0.7)} void {fn}(u32 r) {{"]
            if extk == "param":
                c.append("  u32 ecell = r;")
            i = "  "
            if var == "rel_loop":
                n = r.randint(2, 5)
                a, nb = args(f"r + it * {r.randrange(1, 50)}u")
                c.append(f"  for (u32 it = 0; it < {n}u; it++) {{")
                c.append(f"    {decl_t} *p = {name}({a});")
                c.append("    if (!p) continue;")
                c.extend(rd("p", nb, "    "))
                c.append(f"    if ({dn}(p, r + it)) {{ fold(3u); continue; }}")
                c.extend(wr("p", nb, "    "))
                c.extend(rd("p", nb, "    "))
                c.extend(free_stmt("p", "    "))
                c.append("  }")
            else:
                a, nb = args(f"r + {r.randrange(100)}u")
                c.append(f"  {decl_t} *p = {name}({a});")
                c.append("  if (!p) { fold(1u); return; }")
                c.append(f"  u32 nb = {nb};")
                c.extend(rd("p", "nb", i))
                if var == "rel":
                    c.append(f"  if ({dn}(p, r)) {{ fold(3u); return; }}")
                    c.extend(wr("p", "nb", i))
                    c.extend(rd("p", "nb", i))
                    c.extend(free_stmt("p", i))
                elif var == "rel_int":
                    c.extend(wr("p", "nb", i))
                    c.append(f"  {dn}(p);")
                elif var in ("rel_keep", "rel_keep_int"):
                    c.extend(wr("p", "nb", i))
                    c.append(f"  fold({dn}(p, r, nb));")
                else:
                    c.append(f"  p->link = (r & {1 << r.randrange(3)}u) ? p : NULL;")
                    c.append(f"  {dn}(p);")
            c.append("}")
            self.add_func("\n".join(c))
    # ---- fillers: objects a callee stores through its parameter for its
    # caller, and field destroyers (8bc3bd4, pass/caller_frames.c) ----------
    # A filler (`init(&b, n)`: b->F = malloc(n)) stores its one allocation
    # through one parameter; a field destroyer (`fini(&b)`: free(b->F))
    # frees what one field holds.  Mixed with the neighbours that must keep
    # the heap (the filler also keeps the object in a global, another
    # parameter's memory, as an integer, bytes or %p text, in a call cycle;
    # allocates in a loop; stores through a helper; callers that copy the
    # struct to a global, return it by value, pass it to a leaking function,
    # read its bytes as an integer or text; destroyers that free another
    # field, free on a condition, keep the pointer, are called through a
    # function pointer) and with callees that write into the object
    # (WRITTEN_DEEP) or into the struct's other pointer field (WRITTEN).
    # Every object's bytes 8..15 are a pointer slot: no reader folds them.
    FL_KEEPS = ["global", "outparam", "int", "bytes_field", "bytes_struct", "text", "cycle",
                "copy_global"]
    FL_LOCAL = ["second", "cookie", "raw", "selfptr", "gptr", "cellptr"]
    FL_OTHER = ["loop", "helper_store", "saferec", "out_local"]
    FL_DESTROY = ["plain", "plain", "nonull", "other_field", "cond", "stash", "two_fields", "pp",
                  "helper"]
    FL_LEAKS = ["lk_copy", "lk_memcpy", "lk_fn", "lk_int", "lk_text", "lk_ret"]

    def fl_sum(self):
        if not getattr(self, "fl_sum_made", False):
            self.fl_sum_made = True
            self.globals.append("static NOINLINE u64 f_flsum(const u8 *p, u32 nb) { u64 h = nb; "
                                "for (u32 j = 0; j < nb; j++) if (j < 8u || j >= 16u) h = h * 131u + p[j]; return h; }")
        return "f_flsum"

    def fam_fillers(self, lines, ind):
        r = self.r
        b = self.fresh("f_fl")
        g = "g_" + b[2:]
        T = f"struct {b}_s"
        key = r.randrange(1, 1 << 30)
        src = [f"{T} {{ u8 *data; u32 len; u32 tag; u8 *aux; struct {b}_in {{ u32 k; u8 *p; }} in; "
               f"u8 *slots[2]; uintptr_t cookie; u8 raw[sizeof(void *)]; void *other; }};"]
        F = r.choice(["data", "data", "data", "aux", "in.p", "slots"])
        G = "aux" if F == "data" else "data"
        pp = self.chance(0.25)               # init(u8 **pp, ...) instead of init(T *b, ...)
        k = r.random()
        role = "ok" if k < 0.35 else "local" if k < 0.6 else "keep" if k < 0.85 else "other"
        keep = local = other = None
        if role == "keep":
            keep = r.choice(self.FL_KEEPS if not pp else ["global", "outparam", "int", "text", "cycle"])
        elif role == "local":
            local = r.choice(self.FL_LOCAL if not pp else ["selfptr", "gptr", "cellptr"])
        elif role == "other":
            other = r.choice(self.FL_OTHER)
        alloc = r.choice(["malloc", "malloc", "calloc", "aligned_alloc", "wrapper"])
        sizek = r.choice(["param", "param", "const"])
        nbc = r.choice([16, 24, 32, 40, 64, 100, 200, 256]) if alloc != "aligned_alloc" else r.choice([16, 32, 64, 256])
        retint = self.chance(0.7)
        early = retint and self.chance(0.3) and other != "loop"
        store_first = self.chance(0.4) and not pp
        # The filler looks at the buffer its field held before (a caller's
        # loop keeps it there): it xors it, reversed, into the new one, or
        # marks it retired; with one slot for every iteration the old buffer
        # would be the slot being filled (found by the second audit, 2026-12-01).
        rold = (role in ("ok", "local") and not pp and other is None and F != "slots"
                and not early and self.chance(0.3))
        rold_kind = r.choice(["rev", "rev", "mark"]) if rold else None
        DTOP = r.randint(1, 3)
        name = f"{b}_init"

        def fld(lv, arrow=False):
            s = "->" if arrow else "."
            if F == "slots":
                return f"{lv}{s}slots[{lv}{s}tag]"
            return f"{lv}{s}{F}"

        # ---- globals main reads after the block
        self.glob(f"static u8 {g}_cell = {r.randrange(1, 250)}u;", f"{g}_cell")
        after = self.after_cur
        made = set()

        def rd(p, nb, i):
            if self.chance(0.4):
                return [f"{i}fold({self.fl_sum()}({p}, {nb}));"]
            return [f"{i}for (u32 j = 0; j < {nb}; j++) if (j < 8u || j >= 16u) fold({p}[j]);"]

        def reader(kind):
            """main, after the block: read (and free) what `kind`'s global holds."""
            if kind in made:
                return
            made.add(kind)
            if kind == "k":
                self.glob(f"static u8 *{g}_k; static u32 {g}_knb;", f"{g}_k")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_k) {{")
                after.extend(rd(f"{g}_k", f"{g}_knb", "  "))
                after.append(f"  free({g}_k); {g}_k = NULL; }}")
            elif kind == "lk":
                self.glob(f"static u8 *{g}_lk; static u32 {g}_lknb;", f"{g}_lk")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_lk) {{")
                after.extend(rd(f"{g}_lk", f"{g}_lknb", "  "))
                after.append(f"  free({g}_lk); {g}_lk = NULL; }}")
            elif kind in ("fa", "ca"):
                self.glob(f"static uintptr_t {g}_{kind}; static u32 {g}_{kind}nb, {g}_{kind}h;", f"{g}_{kind}")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_{kind}h) {{ u8 *q = (u8 *)({g}_{kind} ^ (uintptr_t){key}u); {g}_{kind}h = 0;")
                after.extend(rd("q", f"{g}_{kind}nb", "  "))
                after.append("  free(q); }")
            elif kind in ("fb", "cb"):
                self.glob(f"static u8 {g}_{kind}[sizeof(void *)]; static u32 {g}_{kind}nb, {g}_{kind}h;", f"{g}_{kind}")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_{kind}h) {{ u8 *q; memcpy(&q, {g}_{kind}, sizeof q); {g}_{kind}h = 0;")
                after.extend(rd("q", f"{g}_{kind}nb", "  "))
                after.append("  free(q); }")
            elif kind in ("ft", "ct"):
                self.glob(f"static char {g}_{kind}[40]; static u32 {g}_{kind}nb, {g}_{kind}h;", f"{g}_{kind}")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_{kind}h) {{ void *v = NULL; if (sscanf({g}_{kind}, \"%p\", &v) != 1) abort(); "
                             f"u8 *q = v; {g}_{kind}h = 0;")
                after.extend(rd("q", f"{g}_{kind}nb", "  "))
                after.append("  free(q); }")
            elif kind in ("fs", "cs", "gs"):
                self.glob(f"static {T} {g}_{kind};", f"{g}_{kind}")
                after.append(self.mk_clobber())
                after.append(f"if ({fld(g + '_' + kind)}) {{ u8 *q = {fld(g + '_' + kind)};")
                after.extend(rd("q", f"{g}_{kind}.len", "  "))
                after.append(f"  free(q); {fld(g + '_' + kind)} = NULL; }}")
            elif kind == "slot":
                self.glob(f"static u8 *{g}_slot; static u32 {g}_slotnb;", f"{g}_slot")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_slot) {{ for (u32 j = 0; j < {g}_slotnb; j++) fold({g}_slot[j]); "
                             f"free({g}_slot); {g}_slot = NULL; }}")
            elif kind == "st":
                self.glob(f"static u8 *{g}_st; static u32 {g}_stnb;", f"{g}_st")
                after.append(self.mk_clobber())
                after.append(f"if ({g}_st) {{")
                after.extend(rd(f"{g}_st", f"{g}_stnb", "  "))
                after.append(f"  free({g}_st); {g}_st = NULL; }}")

        # ---- the filler
        params = ["u8 **pp" if pp else f"{T} *b"]
        if sizek == "param":
            params.append("size_t n")
        params.append("u32 s")
        if keep == "outparam" or other == "out_local":
            params.append("u8 **out")
        if local == "cellptr":
            params.append("u8 *cell")
        if keep == "cycle" or other == "saferec":
            params.append("u32 d")
        nexpr = "n" if sizek == "param" else f"{nbc}u"
        tgt = "*pp" if pp else fld("b", True)
        if alloc == "wrapper":
            wn = f"{b}_x"
            src.append(f"static NOINLINE void *{wn}(size_t n) {{ void *p = malloc(n); if (!p) abort(); return p; }}")
            aexpr = f"{wn}({nexpr})"
        elif alloc == "calloc":
            aexpr = f"calloc({nexpr}, 1)"
        elif alloc == "aligned_alloc":
            aexpr = f"aligned_alloc(16, {nexpr})"
        else:
            aexpr = f"malloc({nexpr})"
        fail = "return -1;" if retint and self.chance(0.7) else "abort();"
        if keep in ("cycle",) or other == "saferec":
            src.append(f"static {self.attr(0.9)} {'int' if retint else 'void'} {name}({', '.join(params)});")
            tparams = ", ".join(x for x in ["&t.data" if pp else "&t", "n" if sizek == "param" else None,
                                            "s + 1u", "d - 1u"] if x)
            tf = "t.data" if pp else fld("t")
            kept = f"  if (d == {DTOP}u) {{ {g}_k = {tgt}; {g}_knb = (u32){nexpr}; }}\n" if keep == "cycle" else ""
            if keep == "cycle":
                reader("k")
            src.append(f"static {self.attr(0.9)} void {b}_cyc({'u8 **pp' if pp else T + ' *b'}, size_t n, u32 s, u32 d) {{\n"
                       + kept
                       + f"  if (d > 0u) {{ {T} t; memset(&t, 0, sizeof t); {name}({tparams});\n"
                       f"    if ({tf}) {{ fold({tf}[0]); free({tf}); }} }}\n}}")
        if other == "helper_store":
            src.append(f"static {self.attr(0.9)} void {b}_set({'u8 **pp' if pp else T + ' *b'}, u8 *p) {{ {tgt} = p; }}")
        m = [f"static {self.attr(0.75)} {'int' if retint else 'void'} {name}({', '.join(params)}) {{"]
        filler_stmts = lambda p: f"  for (u32 i = 0; i < (u32){nexpr}; i++) {p}[i] {'+=' if alloc == 'calloc' else '='} (u8)(s + i * {r.randrange(1, 250)}u);"
        if other == "loop":
            m.append(f"  {tgt} = NULL;")
            m.append(f"  for (u32 it = 0; it <= (s & {r.choice([1, 3])}u); it++) {{")
            m.append(f"    u8 *p = {aexpr};")
            m.append(f"    if (!p) abort();")
            m.append("  " + filler_stmts("p").replace("s + i", "s + it + i"))
            m.append(f"    free({tgt}); {tgt} = p;")
            m.append("  }")
            m.append(f"  u8 *p = {tgt};")
        elif store_first or rold:
            # (rold: the store in the entry block, so that the loop rule's
            # one slot applies, before the null check)
            if rold:
                m.append(f"  u8 *old = {tgt}; u32 olen = b->len;")
            m.append(f"  {tgt} = {aexpr};")
            m.append(f"  if (!{tgt}) {fail}")
            m.append(f"  u8 *p = {tgt};")
            m.append(filler_stmts("p"))
            if rold_kind == "rev":   # bytes 8..15 of either are a pointer slot: left alone
                m.append(f"  if (old) for (u32 i = 0; i < (u32){nexpr} && i < olen; i++) {{ u32 o = olen - 1u - i;\n"
                         f"    if ((i < 8u || i >= 16u) && (o < 8u || o >= 16u)) p[i] ^= old[o]; }}")
            elif rold_kind == "mark":
                m.append("  if (old && olen > 16u) old[olen - 1u] ^= 0x5au;")
        else:
            m.append(f"  u8 *p = {aexpr};")
            m.append(f"  if (!p) {fail}")
            if early and self.chance(0.5):
                m.append(f"  if (s % {r.randint(3, 7)}u == 2u) {{ free(p); return -1; }}")
                early = False
            m.append(filler_stmts("p"))
            if F == "slots" and not pp:
                m.append("  b->tag = s % 2u;")
            if other == "helper_store":
                m.append(f"  {b}_set({'pp' if pp else 'b'}, p);")
            else:
                m.append(f"  {tgt} = p;")
        if F == "slots" and not pp and (store_first or other == "loop"):
            pass  # tag set by the caller's memset (0): slots[0]
        if not pp:
            m.append(f"  b->len = (u32){nexpr};")
        if early:
            m.append(f"  if (s % {r.randint(3, 7)}u == 2u) {{ free({tgt}); {tgt} = NULL; return -1; }}")
        # local copies of the object (may move) and keeping (must stay)
        if local == "second":
            lk_off = r.choice([0, 4])
            m.append(f"  b->other = p + {lk_off}u;")
        elif local == "cookie":
            m.append(f"  b->cookie = (uintptr_t)p ^ (uintptr_t){key}u;")
        elif local == "raw":
            m.append("  memcpy(b->raw, &p, sizeof p);")
        elif local == "selfptr":
            m.append("  memcpy(p + 8, &p, sizeof p);")
        elif local == "gptr":   # a global pointer's address: the caller stores through it
            reader("slot")
            m.append(f"  {{ u8 **gp = &{g}_slot; memcpy(p + 8, &gp, sizeof gp); }}")
        elif local == "cellptr":
            m.append("  memcpy(p + 8, &cell, sizeof cell);")
        if keep == "global":
            reader("k")
            m.append(f"  {g}_k = p; {g}_knb = (u32){nexpr};")
        elif keep == "outparam":
            reader("k")
            m.append(f"  *out = p; {g}_knb = (u32){nexpr};")
        elif other == "out_local":
            m.append("  *out = p;")
        elif keep == "int":
            reader("fa")
            m.append(f"  {g}_fa = (uintptr_t)p ^ (uintptr_t){key}u; {g}_fah = 1u; {g}_fanb = (u32){nexpr};")
        elif keep == "bytes_field":
            reader("fb")
            m.append(f"  memcpy({g}_fb, &{fld('b', True)}, sizeof {g}_fb); {g}_fbh = 1u; {g}_fbnb = (u32){nexpr};")
        elif keep == "bytes_struct":
            reader("fs")
            m.append(f"  memcpy(&{g}_fs, b, sizeof *b);")
        elif keep == "copy_global":
            reader("fs")
            m.append(f"  {g}_fs = *b;")
        elif keep == "text":
            reader("ft")
            m.append(f"  snprintf({g}_ft, sizeof {g}_ft, \"%p\", (void *)p); {g}_fth = 1u; {g}_ftnb = (u32){nexpr};")
        if keep == "cycle" or other == "saferec":
            m.append(f"  {b}_cyc({'pp' if pp else 'b'}, {nexpr}, s, d);")
        if retint:
            m.append("  return 0;")
        m.append("}")
        src.append("\n".join(m))
        self.add_func("\n".join(src))

        # ---- destroyers (none when the filler keeps the object: main frees it)
        dkinds = []
        if role != "keep":
            for _ in range(r.choice([0, 1, 1, 2])):
                dk = r.choice(self.FL_DESTROY)
                if dk not in dkinds:
                    dkinds.append(dk)
        dfns = {}
        for dk in dkinds:
            fn = f"{b}_fini_{dk}"
            dfns[dk] = fn
            a = self.attr(0.8)
            f_ = fld("b", True)
            gg = f"b->{G}"
            if dk == "plain":
                self.add_func(f"static {a} void {fn}({T} *b) {{ free({f_}); {f_} = NULL; }}")
            elif dk == "nonull":
                self.add_func(f"static {a} void {fn}({T} *b) {{ free({f_}); }}")
            elif dk == "other_field":
                self.add_func(f"static {a} void {fn}({T} *b) {{ free({gg}); {gg} = NULL; }}")
            elif dk == "cond":
                self.add_func(f"static {a} u32 {fn}({T} *b, u32 c) {{ if (c) {{ free({f_}); {f_} = NULL; return 1u; }} return 0u; }}")
            elif dk == "stash":
                reader("st")
                self.add_func(f"static {a} void {fn}({T} *b, u32 c) {{\n"
                              f"  if (c) {{ free({g}_st); {g}_st = {f_}; {g}_stnb = b->len; }} else free({f_});\n  {f_} = NULL;\n}}")
            elif dk == "two_fields":
                self.add_func(f"static {a} void {fn}({T} *b) {{ free({f_}); free({gg}); {f_} = NULL; {gg} = NULL; }}")
            elif dk == "pp":
                self.add_func(f"static {a} void {fn}(u8 **pp) {{ free(*pp); *pp = NULL; }}")
            elif dk == "helper":
                self.add_func(f"static {a} void {fn}({T} *b) {{ {self.helper('h_free')}({f_}); {f_} = NULL; }}")
        fpd = None
        if dkinds and self.chance(0.3):
            dk0 = next((d for d in dkinds if d in ("plain", "nonull", "two_fields", "helper")), None)
            if dk0:
                fpd = (dk0, f"{g}_dfp")
                self.add_func(f"static void (*volatile {g}_dfp)({T} *) = {dfns[dk0]};")

        # ---- callees of the callers
        def callee(kind):
            fn = f"{b}_{kind}"
            if fn in made:
                return fn
            made.add(fn)
            a = self.attr(0.8)
            f_ = fld("b", True)
            if kind == "put":      # data into the object (no pointer)
                self.add_func(f"static {a} void {fn}({T} *b, u32 s) {{ for (u32 j = 0; j < b->len; j++) if (j < 8u || j >= 16u) {f_}[j] ^= (u8)(s + j); }}")
            elif kind == "dp":     # a pointer into the object's bytes 8..15: WRITTEN_DEEP
                self.add_func(f"static {a} void {fn}({T} *b, void *q) {{ memcpy({f_} + 8, &q, sizeof q); }}")
            elif kind == "dn":     # a new heap object's pointer there
                self.add_func(f"static {a} void {fn}({T} *b, u32 s) {{ u8 *in = malloc(8); if (!in) abort();\n"
                              f"  for (u32 j = 0; j < 8u; j++) in[j] = (u8)(s * 3u + j);\n  memcpy({f_} + 8, &in, sizeof in); }}")
            elif kind == "ds":     # the object's own address there
                self.add_func(f"static {a} void {fn}({T} *b) {{ memcpy({f_} + 8, &{f_}, sizeof(void *)); }}")
            elif kind == "so":     # a pointer into b's other field: WRITTEN
                self.add_func(f"static {a} void {fn}({T} *b, void *q) {{ b->other = q; }}")
            elif kind == "ss":     # the object (+4) into b's other field
                self.add_func(f"static {a} void {fn}({T} *b) {{ b->other = {f_} + 4; }}")
            elif kind == "leak":
                reader("lk")
                self.add_func(f"static {a} void {fn}({T} *b) {{ {g}_lk = {f_}; {g}_lknb = b->len; }}")
            elif kind == "sl":     # a global pointer's address into b's other field: WRITTEN
                reader("slot")
                self.add_func(f"static {a} void {fn}({T} *b) {{ b->other = &{g}_slot; }}")
            elif kind == "dl":     # the same into the object's bytes 8..15: WRITTEN_DEEP
                reader("slot")
                self.add_func(f"static {a} void {fn}({T} *b) {{ u8 **sp = &{g}_slot; memcpy({f_} + 8, &sp, sizeof sp); }}")
            elif kind == "rd":
                self.add_func(f"static {a} u64 {fn}(const {T} *b) {{ return {self.fl_sum()}({f_}, b->len); }}")
            return fn

        # ---- callers
        size_args = []

        def call_fill(lv, s, onfail, i, addr=None, cell=None):
            """The filler's call filling lv (a struct lvalue); -> statements."""
            out = []
            nb = f"{nbc}u"
            args = []
            if pp:
                if F == "slots":
                    out.append(f"{i}{lv}.tag = ({s}) % 2u;")
                args.append(f"&{fld(lv)}")
            else:
                args.append(addr or f"&{lv}")
            if sizek == "param":
                if self.chance(0.85):   # a filler's copy takes no guarded slot
                    nb = f"{r.choice([16, 24, 32, 48, 64, 100, 128, 256, 400]) if alloc != 'aligned_alloc' else r.choice([16, 32, 64, 128])}u"
                elif alloc == "aligned_alloc":
                    nb = f"(({self.rt_expr()} % {r.randint(2, 20)}u + 1u) * 16u)"
                else:
                    nb = f"({self.rt_expr()} % {r.randint(8, 300)}u + 16u)"
                args.append(nb)
            args.append(s)
            if keep == "outparam":
                args.append(f"&{g}_k")
            elif other == "out_local":
                args.append("&outp")
            if local == "cellptr":
                args.append(cell or "&cell")
            if keep == "cycle":
                args.append(f"{DTOP}u")
            elif other == "saferec":
                args.append(f"({s}) % 3u")
            c = f"{name}({', '.join(args)})"
            if retint:
                out.append(f"{i}if ({c} != 0) {{ fold(1u); {onfail} }}")
            else:
                out.append(f"{i}{c};")
            if pp:
                out.append(f"{i}{lv}.len = {nb};")
            return [x for x in out if x]

        def use(lv, i, shapes_ok=True):
            """reads, writes and callees on the filled struct lv."""
            out = []
            f_ = fld(lv)
            out.extend(rd(f_, f"{lv}.len", i))
            out.append(f"{i}{f_}[r % 8u] += 1u; if ({lv}.len > 16u) {f_}[16u + r % ({lv}.len - 16u)] ^= (u8)r;")
            if not shapes_ok:
                return out
            for _ in range(r.randint(0, 2)):
                cks = ["put", "dp", "dp", "dn", "ds", "so", "so", "ss", "sl", "sl", "dl", "dl", "rd",
                       "readback", "readback"]
                if local in ("selfptr", "gptr", "cellptr"):
                    cks = [x for x in cks if x not in ("dp", "dn", "ds", "dl")]   # the slot holds the filler's pointer
                if local == "second":
                    cks = [x for x in cks if x not in ("so", "ss", "sl")]         # other holds the object
                ck = r.choice(cks)
                if ck == "put":
                    out.append(f"{i}{callee('put')}(&{lv}, r);")
                elif ck == "rd":
                    out.append(f"{i}fold({callee('rd')}(&{lv}));")
                elif ck == "dp":
                    q = r.choice(["&cell", f_, f"&{g}_cell"])
                    out.append(f"{i}{callee('dp')}(&{lv}, {q});")
                    out.append(f"{i}{{ u8 *x; memcpy(&x, {f_} + 8, sizeof x); fold(*x); }}")
                elif ck == "dn":
                    out.append(f"{i}{callee('dn')}(&{lv}, r);")
                    out.append(f"{i}{{ u8 *x; memcpy(&x, {f_} + 8, sizeof x); for (u32 j = 0; j < 8u; j++) fold(x[j]); free(x); }}")
                elif ck == "ds":
                    out.append(f"{i}{callee('ds')}(&{lv});")
                    out.append(f"{i}{{ u8 *x; memcpy(&x, {f_} + 8, sizeof x); fold(x == {f_}); fold(x[0]); }}")
                elif ck == "so":
                    q = r.choice(["&cell", f_, f"{f_} + 4", f"&{g}_cell"])
                    out.append(f"{i}{callee('so')}(&{lv}, {q});")
                    out.append(f"{i}fold(*(u8 *){lv}.other);")
                elif ck == "ss":
                    out.append(f"{i}{callee('ss')}(&{lv});")
                    out.append(f"{i}fold(*(u8 *){lv}.other); fold((u8 *){lv}.other == {f_} + 4);")
                elif ck in ("sl", "dl"):
                    # the caller's own object stored through a pointer the callee left
                    mn = r.choice([1, 8, 24, 100])
                    out.append(f"{i}{{ u8 *mine = malloc({mn}u); if (!mine) abort(); memset(mine, (int)(r & 255u), {mn}u);")
                    out.append(f"{i}  {callee(ck)}(&{lv});")
                    if ck == "sl":
                        out.append(f"{i}  u8 **sp = (u8 **){lv}.other;")
                    else:
                        out.append(f"{i}  u8 **sp; memcpy(&sp, {f_} + 8, sizeof sp);")
                    out.append(f"{i}  free(*sp); *sp = mine; {g}_slotnb = {mn}u; }}")
                elif ck == "readback" and local == "gptr":
                    mn = r.choice([1, 8, 24, 100])
                    out.append(f"{i}{{ u8 *mine = malloc({mn}u); if (!mine) abort(); memset(mine, (int)(r & 255u), {mn}u);")
                    out.append(f"{i}  u8 **sp; memcpy(&sp, {f_} + 8, sizeof sp); free(*sp); *sp = mine; {g}_slotnb = {mn}u; }}")
                elif ck == "readback" and local in ("selfptr", "cellptr"):
                    out.append(f"{i}{{ u8 *x; memcpy(&x, {f_} + 8, sizeof x); fold(*x);{' fold(x == ' + f_ + ');' if local == 'selfptr' else ''} }}")
                elif ck == "readback" and local == "second":
                    out.append(f"{i}fold(*(u8 *){lv}.other);")
            return out

        def publish(lv, i):
            """The object leaves the caller's frame through lv (must stay);
            -> statements, or None when there is no such way here."""
            f_ = fld(lv)
            ways = [x for x in self.FL_LEAKS if x != "lk_ret"]
            # the copy the filler left in the object or the struct, half of the time
            own = {"selfptr": "pub_self", "second": "pub_other", "cookie": "pub_cookie", "raw": "pub_raw"}
            w = own[local] if local in own and self.chance(0.5) else r.choice(ways)
            if w == "lk_copy":
                reader("cs")
                return [f"{i}{g}_cs = {lv};"]
            if w == "lk_memcpy":
                reader("cs")
                return [f"{i}memcpy(&{g}_cs, &{lv}, sizeof {lv});"]
            if w == "lk_fn":
                return [f"{i}{callee('leak')}(&{lv});"]
            if w == "lk_int":
                reader("ca")
                if F == "data" and self.chance(0.5):
                    src_ = f"&{lv}"   # the struct's first bytes
                else:
                    src_ = f"&{f_}"
                return [f"{i}{{ uintptr_t x; memcpy(&x, {src_}, sizeof x); {g}_ca = x ^ (uintptr_t){key}u; {g}_cah = 1u; {g}_canb = {lv}.len; }}"]
            if w == "lk_text":
                reader("ct")
                return [f"{i}snprintf({g}_ct, sizeof {g}_ct, \"%p\", (void *){f_}); {g}_cth = 1u; {g}_ctnb = {lv}.len;"]
            if w == "pub_self":
                reader("lk")
                return [f"{i}{{ u8 *x; memcpy(&x, {f_} + 8, sizeof x); {g}_lk = x; {g}_lknb = {lv}.len; }}"]
            if w == "pub_other":
                reader("lk")
                return [f"{i}{g}_lk = (u8 *){lv}.other - {lk_off}u; {g}_lknb = {lv}.len;"]
            if w == "pub_cookie":
                reader("ca")
                return [f"{i}{g}_ca = {lv}.cookie; {g}_cah = 1u; {g}_canb = {lv}.len;"]
            if w == "pub_raw":
                reader("cb")
                return [f"{i}memcpy({g}_cb, {lv}.raw, sizeof {g}_cb); {g}_cbh = 1u; {g}_cbnb = {lv}.len;"]
            return None

        def end(lv, i, allow_stash=True):
            """The end of the filled object's life in the caller."""
            out = []
            f_ = fld(lv)
            if role == "keep":
                return out   # main reads and frees it
            ks = ["free", "leak"] + [d for d in dkinds] * 2 + (["fnptr", "fnptr"] if fpd else [])
            if not allow_stash:
                ks = [x for x in ks if x != "stash"]
            k_ = r.choice(ks)
            if k_ == "free":
                out.append(f"{i}free({f_}); {f_} = NULL;")
            elif k_ == "leak":
                pass
            elif k_ == "fnptr":
                out.append(f"{i}{fpd[1]}(&{lv});")
                if fpd[0] == "nonull":
                    out.append(f"{i}{f_} = NULL;")
                if fpd[0] == "two_fields":
                    out.append(f"{i}{lv}.{G} = NULL;")
            elif k_ in ("plain", "helper"):
                out.append(f"{i}{dfns[k_]}(&{lv});")
                if self.chance(0.3):
                    out.append(f"{i}{dfns[k_]}(&{lv});")   # twice: the second frees null
            elif k_ == "nonull":
                out.append(f"{i}{dfns[k_]}(&{lv}); {f_} = NULL;")
            elif k_ == "two_fields":
                if self.chance(0.5):
                    mn = r.choice([1, 8, 40])
                    out.append(f"{i}{lv}.{G} = malloc({mn}u); if (!{lv}.{G}) abort(); memset({lv}.{G}, (int)(r & 255u), {mn}u); fold({lv}.{G}[{mn - 1}u]);")
                out.append(f"{i}{dfns[k_]}(&{lv});")
            elif k_ == "other_field":
                if self.chance(0.5):
                    mn = r.choice([1, 8, 40])
                    out.append(f"{i}{lv}.{G} = malloc({mn}u); if (!{lv}.{G}) abort(); memset({lv}.{G}, (int)(r & 255u), {mn}u);")
                out.append(f"{i}{dfns[k_]}(&{lv});")
                out.extend(rd(f_, f"{lv}.len", i))   # still alive
                if self.chance(0.7):
                    out.append(f"{i}free({f_}); {f_} = NULL;")
            elif k_ == "cond":
                out.append(f"{i}if (!{dfns[k_]}(&{lv}, r & {1 << r.randrange(3)}u)) {{")
                out.extend(rd(f_, f"{lv}.len", i + "  "))
                out.append(f"{i}  free({f_}); {f_} = NULL;")
                out.append(f"{i}}}")
            elif k_ == "stash":
                out.append(f"{i}{dfns[k_]}(&{lv}, r & {1 << r.randrange(3)}u);")
            elif k_ == "pp":
                out.append(f"{i}{dfns[k_]}(&{f_});")
            return out

        def prelude(i):
            return [f"{i}u8 cell = (u8)(r * 7u + 1u); (void)cell;"]

        shapes = ["stack", "stack", "heap", "global", "twice", "twice_old", "loop", "loop_prev", "array",
                  "leak", "leak", "ret"]
        if role == "keep":
            shapes = [x for x in shapes if x not in ("global", "leak", "ret", "twice_old", "loop_prev")]
        if other == "out_local":
            shapes = [x for x in shapes if x not in ("loop_prev", "array", "twice_old")]
        if rold:   # the filler looks at what b held: a loop that leaves it there
            shapes += ["loop_keep"]
        nfun = r.randint(1, 3)
        for fi in range(nfun):
            sh = "loop_keep" if rold and fi == 0 and self.chance(0.7) else r.choice(shapes)
            fn = self.fresh(f"{b}_u")
            i = "  "
            s = f"r + {r.randrange(100)}u"
            c = [f"static {self.attr(0.7)} void {fn}(u32 r) {{"]
            c.extend(prelude(i))
            if other == "out_local":
                c.append(f"{i}u8 *outp = NULL; (void)outp;")
            if sh in ("stack", "leak"):
                c.append(f"{i}{T} b; memset(&b, 0, sizeof b);")
                c.extend(call_fill("b", s, "return;", i))
                c.extend(use("b", i))
                pub = publish("b", i) if sh == "leak" and role != "keep" else None
                if pub:
                    c.extend(pub)
                else:
                    c.extend(end("b", i))
            elif sh == "heap":
                c.append(f"{i}{T} *bp = calloc(1, sizeof *bp); if (!bp) abort();")
                c.extend(call_fill("(*bp)", s, "free(bp); return;", i, addr="bp"))
                c.extend(use("(*bp)", i))
                c.extend(end("(*bp)", i))
                c.append(f"{i}free(bp);")
            elif sh == "global":
                reader("gs")
                gl = f"{g}_gs"
                c.append(f"{i}if ({fld(gl)}) {{ free({fld(gl)}); }}")
                c.append(f"{i}memset(&{gl}, 0, sizeof {gl});")
                c.extend(call_fill(gl, s, "return;", i))
                c.extend(use(gl, i, shapes_ok=False))
                if self.chance(0.5):
                    c.extend(end(gl, i, allow_stash=False))
                    c.append(f"{i}{fld(gl)} = NULL;")
            elif sh in ("twice", "twice_old"):
                c.append(f"{i}{T} b; memset(&b, 0, sizeof b);")
                c.extend(call_fill("b", s, "return;", i))
                c.extend(use("b", i))
                if sh == "twice":
                    c.extend(end("b", i))
                else:
                    c.append(f"{i}u8 *old = {fld('b')}; u32 oldnb = b.len;")
                fail2 = "return;" if sh == "twice" else "free(old); return;"
                c.extend(call_fill("b", f"r * 3u + 1u", fail2, i))
                c.extend(use("b", i, shapes_ok=False))
                if sh == "twice_old":
                    c.extend(rd("old", "oldnb", i))
                    c.append(f"{i}fold(old != {fld('b')});")
                    c.append(f"{i}free(old);")
                c.extend(end("b", i))
            elif sh == "loop":
                n = r.randint(2, 4)
                c.append(f"{i}{T} b; memset(&b, 0, sizeof b);")
                c.append(f"{i}for (u32 it = 0; it < {n}u; it++) {{")
                c.extend(call_fill("b", f"r + it * {r.randrange(1, 50)}u", "continue;", i + "  "))
                c.extend(use("b", i + "  ", shapes_ok=self.chance(0.5)))
                c.extend(end("b", i + "  "))
                c.append(f"{i}}}")
            elif sh == "loop_keep":
                # Each iteration's buffer stays in b (leaked, never read again
                # by this function) when the next call fills b: the filler
                # reads or marks it.  A slot shared by the iterations would
                # be the buffer being filled.
                # The last one ends in the last iteration: a load of b after
                # the loop would keep every iteration's object in play.
                n = r.randint(2, 5)
                bound = f"{n}u" if self.chance(0.5) else f"({self.rt_expr()} % {n}u + 2u)"
                # (fields set one by one: a memset's zeroes over the field
                # keep the one slot away, at -O0)
                c.append(f"{i}{T} b; b.data = NULL; b.len = 0u; b.tag = 0u; b.aux = NULL; b.in.k = 0u; "
                         f"b.in.p = NULL; b.slots[0] = b.slots[1] = NULL; b.cookie = 0u; b.other = NULL; "
                         f"u32 nk = {bound};")
                c.append(f"{i}for (u32 it = 0; it < nk; it++) {{")
                c.extend(call_fill("b", f"r + it * {r.randrange(1, 50)}u", "continue;", i + "  "))
                c.extend(use("b", i + "  ", shapes_ok=False))
                c.append(f"{i}  if (it + 1u == nk) {{")
                c.extend(end("b", i + "    "))
                c.append(f"{i}  }}")
                c.append(f"{i}}}")
            elif sh == "loop_prev":
                n = r.randint(2, 4)
                c.append(f"{i}{T} prev; memset(&prev, 0, sizeof prev);")
                c.append(f"{i}for (u32 it = 0; it < {n}u; it++) {{")
                c.append(f"{i}  {T} b; memset(&b, 0, sizeof b);")
                c.extend(call_fill("b", f"r + it * {r.randrange(1, 50)}u", "continue;", i + "  "))
                c.append(f"{i}  if ({fld('prev')}) {{")
                c.extend(rd(fld("prev"), "prev.len", i + "    "))
                c.append(f"{i}    fold({fld('prev')} != {fld('b')});")
                c.extend(end("prev", i + "    ", allow_stash=True) or [f"{i}    free({fld('prev')});"] if role != "keep" else [])
                c.append(f"{i}  }}")
                c.append(f"{i}  prev = b;")
                c.append(f"{i}}}")
                c.append(f"{i}if ({fld('prev')}) {{")
                c.extend(rd(fld("prev"), "prev.len", i + "  "))
                c.extend(end("prev", i + "  "))
                c.append(f"{i}}}")
            elif sh == "array":
                n = r.randint(2, 4)
                c.append(f"{i}{T} arr[{n}]; memset(arr, 0, sizeof arr);")
                c.append(f"{i}for (u32 it = 0; it < {n}u; it++) {{")
                c.extend(call_fill("arr[it]", f"r + it * {r.randrange(1, 50)}u", "continue;", i + "  "))
                c.append(f"{i}}}")
                c.append(f"{i}for (u32 it = 0; it < {n}u; it++) {{")
                c.append(f"{i}  if (!{fld('arr[it]')}) continue;")
                c.extend(use("arr[it]", i + "  ", shapes_ok=False))
                if n > 1:
                    c.append(f"{i}  if (it > 0u && {fld('arr[it - 1u]')}) fold({fld('arr[it - 1u]')} != {fld('arr[it]')});")
                c.append(f"{i}}}")
                c.append(f"{i}for (u32 it = 0; it < {n}u; it++) {{")
                c.append(f"{i}  if (!{fld('arr[it]')}) continue;")
                c.extend(rd(fld("arr[it]"), "arr[it].len", i + "  "))
                c.extend(end("arr[it]", i + "  "))
                c.append(f"{i}}}")
            elif sh == "ret":
                gf = self.fresh(f"{b}_get")
                gc = [f"static {self.attr(0.8)} {T} {gf}(u32 r) {{", "  u8 cell = (u8)r; (void)cell;"]
                if other == "out_local":
                    gc.append("  u8 *outp = NULL; (void)outp;")
                gc.append(f"  {T} b; memset(&b, 0, sizeof b);")
                gc.extend(call_fill("b", s, "return b;", "  ", cell=f"&{g}_cell"))
                gc.extend(rd(fld("b"), "b.len", "  "))
                gc.append("  return b;\n}")
                self.add_func("\n".join(gc))
                c.append(f"{i}{T} b = {gf}(r);")
                c.append(f"{i}{self.mk_clobber()}")
                c.append(f"{i}if (!{fld('b')}) return;")
                c.extend(use("b", i, shapes_ok=False))
                c.extend(end("b", i))
            c.append("}")
            self.add_func("\n".join(x for x in c if x))
            for _ in range(r.randint(1, 2)):
                lines.append(f"{ind}{fn}(r + {r.randrange(1000)}u);")

    # ---- families from the audit of 2026-11-30 (README.md): opt-in -------
    # Process endings, recursion and small stacks the first twenty-one families
    # never made: allocation wrappers that exit where the allocation did not
    # fail (`wrappers`), recursion through calls the call graph does not see
    # (`reenter`) and call chains on a small thread stack (`threadstack`).
    def include(self, header):
        if header not in self.includes:
            self.includes.append(header)

    def wr_die(self, code, action, why):
        """Statements that end the program (or longjmp to main) with a line
        of stdout and exit status that say so: a wrapper's path that cannot
        return."""
        msg = f'fprintf(stderr, "wrapper: {why}\\n"); '
        line = f'printf("%016llx {action} {code}\\n", H); '
        if action == "exit":
            return msg + line + f"exit({code});"
        if action == "abort":
            return msg + line + "fflush(stdout); abort();"
        if action == "_exit":
            return msg + line + f"fflush(stdout); _exit({code});"
        # longjmp: main's setjmp prints the checksum and the code, returns 0
        self.include("setjmp.h")
        if not any("g_jb" in x for x in self.globals):
            self.globals.append("static jmp_buf g_jb;")
            self.main_pre.insert(0, 'switch (setjmp(g_jb)) { case 0: break; default: '
                                 'printf("%016llx longjmp\\n", H); return 0; }')
        return msg + f"fold({code}u); longjmp(g_jb, {code});"

    def fam_wrappers(self, lines, ind):
        """Out-of-line allocation wrappers: ending the program only where the
        allocation failed (xmalloc: these stand for the allocation and may
        move), or also on a path where it did not fail (a size limit checked
        before malloc, a mode or quota flag checked before or after it, set
        at run time from RT; a debug counter ending the N-th call; a size
        adjusted before the call).  A call wrongly replaced by a slot loses
        that ending: the checksum line, the exit status or both differ."""
        r = self.r
        w = self.fresh("f_wr")
        g = "g_" + w[2:]
        kind = r.choice(["null", "null", "null_calloc", "limit", "limit", "limit_rt", "mode_after",
                         "mode_after", "mode_before", "counter", "adjust", "null_limit"])
        action = r.choice(["exit", "exit", "abort", "_exit", "longjmp"])
        code = r.randint(2, 9)
        nact = r.choice(["exit", "abort", "longjmp", "exit"])
        null_die = self.wr_die(1 if nact == "exit" else code, nact, "out of memory")
        calloc = kind == "null_calloc"
        params = "size_t n, size_t sz" if calloc else "size_t n"
        body = [f"static NOINLINE void *{w}({params}) {{"]
        limit = None
        if kind in ("limit", "null_limit"):
            limit = r.randint(32, 4096)
            lim = f"{limit}u"
            if self.chance(0.4):
                self.glob(f"static size_t {g}_limit = {limit}u;", f"{g}_limit")
                lim = f"{g}_limit"
        elif kind == "limit_rt":
            self.glob(f"static size_t {g}_limit;", f"{g}_limit")
            self.main_pre.append(f"{g}_limit = 32u + {self.rt_expr()} % {r.randint(64, 4096)}u;")
            lim = f"{g}_limit"
        if kind in ("mode_after", "mode_before"):
            self.glob(f"static u32 {g}_mode;", f"{g}_mode")
            bit = 1 << r.randrange(4)
            self.main_pre.append(f"{g}_mode = {self.rt_expr()} & {bit * r.choice([1, 3])}u;")
            if self.chance(0.4):
                # flipped after the block's first call: the second one takes it
                self.after_cur.append(f"{g}_mode ^= {bit}u;")
            mode = f"{g}_mode & {bit}u"
        if kind == "counter":
            self.glob(f"static u32 {g}_calls;", f"{g}_calls")
            at = r.randint(1, 6)
        if kind in ("limit", "limit_rt"):
            body.append(f"  if (n > {lim}) {{ {self.wr_die(code, action, 'too large')} }}")
        if kind == "mode_before":
            body.append(f"  if ({mode}) {{ {self.wr_die(code, action, 'checked mode')} }}")
        if kind == "counter":
            body.append(f"  if (++{g}_calls == {at}u) {{ {self.wr_die(code, action, 'debug counter')} }}")
        alloc = "calloc(n, sz)" if calloc else ("malloc(n + 16u)" if kind == "adjust" else "malloc(n)")
        body.append(f"  void *p = {alloc};")
        nullc = r.choice(["!p", "p == NULL", "!p", "(uintptr_t)p == 0u"])
        if kind == "null_limit":
            # the limit is checked where the allocation failed: still xmalloc
            body.append(f"  if ({nullc}) {{ if (n > {lim}) {{ {self.wr_die(code, action, 'too large')} }} {null_die} }}")
        else:
            body.append(f"  if ({nullc}) {{ {null_die} }}")
        if kind == "mode_after":
            body.append(f"  if ({mode}) {{ {self.wr_die(code, action, 'checked mode')} }}")
        body.append("  return p;")
        body.append("}")
        self.add_func("\n".join(body))
        # the calls: constant sizes (some over a constant limit), one object
        # each, or one per iteration of a loop
        ncalls = r.randint(1, 3)
        over_done = False
        for _ in range(ncalls):
            k = r.random()
            if limit is not None and not over_done and self.chance(0.6):
                nb = r.randint(limit + 1, min(limit + 3000, 60000))
                over_done = True
            elif limit is not None:
                nb = r.randint(1, limit)
            elif k < 0.6:
                nb = r.randint(1, 256)
            elif k < 0.9:
                nb = r.randint(257, 4096)
            else:
                nb = r.randint(4097, 20000)
            p = self.fresh("p")
            cond = None
            i2 = ind
            if self.chance(0.3):
                cond = f"(r >> {r.randrange(8)}) & 1u"
                lines.append(f"{ind}if ({cond}) {{")
                i2 = ind + "  "
            loop = self.chance(0.25)
            if loop:
                it = self.fresh("it")
                lines.append(f"{i2}for (u32 {it} = 0; {it} < {r.randint(2, 4)}u; {it}++) {{")
                i2 += "  "
            call = f"{w}({nb}u, 1u)" if calloc else f"{w}({nb}u)"
            lines.append(f"{i2}u8 *{p} = {call};")
            if not calloc or self.chance(0.5):
                self.fill8(lines, i2, p, f"{nb}u")
            if self.chance(0.4):
                lines.append(f"{i2}fold({self.helper('h_sum')}({p}, {nb}u));")
            else:
                self.read(lines, i2, p, f"{nb}u")
            self.end_of(lines, i2, p, f"{nb}u", ("free", "free", "free", "hfree", "leak"))
            if loop:
                i2 = i2[:-2]
                lines.append(f"{i2}}}")
            if cond:
                lines.append(f"{ind}}}")

    def fam_reenter(self, lines, ind):
        """Recursion the call graph does not show: 1-3 functions, each with
        a constant 1-4 KB malloc buffer, calling each other directly, the
        last calling the first back through a mutable function-pointer table,
        a volatile function pointer, a struct of callbacks, a callback
        struct passed down as an argument, or a qsort / bsearch comparator,
        thousands of levels deep: about 11 MiB of buffers, fine on the heap
        (the frames are small), an overflow of the 8 MiB stack as slots.
        The safe shapes (no cycle: the indirect call reaches a leaf) move.
        The second audit's shapes: the cycle through a fopencookie stream's
        write or read function, and reenter_inline."""
        r = self.r
        # the second audit's shapes (their own generator: README.md)
        shape = self.r_audit2.choices(["first", "stream_w", "stream_r", "inline"], weights=[4, 2, 2, 3])[0]
        if shape == "inline":
            return self.reenter_inline(lines, ind)
        base = self.fresh("f_re")
        g = "g_" + base[2:]
        via = r.choice(["table", "volatile", "ops", "arg", "qsort", "bsearch"]) if shape == "first" else shape
        stream = via.startswith("stream")
        # (qsort's frames, ASan's interceptor's among them, need the bytes
        # of two buffers a level; so do stdio's and the cookie's)
        k = r.randint(2 if via == "qsort" or stream else 1, 3)
        cycle = self.chance(0.65)
        extra = {"qsort": 4, "bsearch": 2, "stream_w": STREAM_FRAMES, "stream_r": STREAM_FRAMES}.get(via, 0)
        names = [f"{base}_{i}" for i in range(k)]
        leaf = f"{base}_leaf"
        arg = via == "arg"
        cbt = f"struct {g}_cb"
        sig = f"(const {cbt} *cb, u32 d, u32 r)" if arg else "(u32 d, u32 r)"
        if arg:
            self.globals.append(f"{cbt} {{ u64 (*fn)(const {cbt} *, u32, u32); u32 tag; }};")
        # buffer sizes: every level's bytes over its frames keep the heap
        # build's stack (-O0 with ASan: a few hundred bytes a frame) small
        sizes = [r.randint(1024, 4000) if i == 0 or self.chance(0.6) else 0 for i in range(k)]
        frames = k + extra
        while sum(sizes) < min(1300 * frames, 3900 * k):
            i = r.randrange(k)
            sizes[i] = min(4000, max(sizes[i], 1024) + r.randint(500, 2500))
        target = r.uniform(9.5, 11.5) * (1 << 20)
        depth = int(target / sum(sizes)) + 1 if cycle else r.randint(1, 40)
        src = []
        # prototypes first: the tables below are initialised with them
        self.globals.append(" ".join(f"static NOINLINE u64 {nm}{sig};" for nm in names + [leaf]))
        src.append(f"static NOINLINE u64 {leaf}{sig} {{ return (u64)d * {r.randrange(1, 999)}u + r{' + cb->tag' if arg else ''}; }}")
        # entry (safe): the block enters the first function through the
        # pointer, and the chain below it calls only directly (a leaf)
        entry = not cycle and via in ("table", "volatile", "ops") and self.chance(0.5)
        target_fn = names[0] if cycle or entry else leaf
        if via == "table":
            self.glob(f"static u64 (*{g}_tab[2]){sig} = {{ {target_fn}, {leaf} }};", f"{g}_tab")
        elif via == "volatile":
            self.globals.append(f"static u64 (*volatile {g}_fp){sig};")
            self.main_pre.append(f"{g}_fp = {target_fn};")
        elif via == "ops":
            self.globals.append(f"struct {g}_ops {{ u32 scale; u64 (*enter){sig}; u64 (*leaf){sig}; }};")
            self.glob(f"static struct {g}_ops {g}_o = {{ {r.randint(1, 9)}u, {target_fn}, {leaf} }};", f"{g}_o")
        elif via in ("qsort", "bsearch"):
            self.glob(f"static u32 {g}_pend, {g}_r; static u64 {g}_ret;", f"{g}_pend")
            cb = ""
            if cycle:
                cb = (f"  if ({g}_pend) {{ u32 dd = {g}_pend; {g}_pend = 0; "
                      f"{g}_ret = {names[0]}(dd - 1u, {g}_r); }}\n")
            src.append(f"static int {base}_cmp(const void *a, const void *b) {{\n{cb}"
                       "  u32 x = *(const u32 *)a, y = *(const u32 *)b;\n"
                       "  return (x > y) - (x < y);\n}")
        elif stream:
            # a fopencookie stream, unbuffered: each write or read of the
            # last function calls the cookie's function before it returns,
            # which (a pending depth in a global, once a level) calls the
            # first function back
            self.gnu = True
            self.glob(f"static u32 {g}_pend, {g}_r; static u64 {g}_ret, {g}_sum; static FILE *{g}_fp;", f"{g}_pend")
            w = via == "stream_w"
            cb = ""
            if cycle:
                cb = (f"  if ({g}_pend) {{ u32 dd = {g}_pend; {g}_pend = 0; "
                      f"{g}_ret = {names[0]}(dd - 1u, {g}_r); }}\n")
            if w:
                src.append(f"static ssize_t {base}_io(void *c, const char *buf, size_t n) {{\n"
                           f"  (void)c;\n"
                           f"  {g}_sum = {g}_sum * 33u + (n ? (u8)buf[0] + (u8)buf[n - 1u] : 0u) + n;\n{cb}"
                           "  return (ssize_t)n;\n}")
            else:
                # (a read that called back reads nothing, an end of file
                # the caller clears: the nested reads used the stream's
                # buffer, and any bytes it returned would land past it)
                if cycle:
                    cb = (f"  if ({g}_pend) {{ u32 dd = {g}_pend; {g}_pend = 0; "
                          f"{g}_ret = {names[0]}(dd - 1u, {g}_r); {g}_sum = {g}_sum * 33u + n; return 0; }}\n")
                src.append(f"static ssize_t {base}_io(void *c, char *buf, size_t n) {{\n"
                           f"  (void)c;\n{cb}"
                           f"  size_t m = n < {r.randint(1, 8)}u ? n : 1u;\n"
                           f"  for (size_t i = 0; i < m; i++) buf[i] = (char)(65u + ({g}_sum + i) % 26u);\n"
                           f"  {g}_sum = {g}_sum * 33u + m;\n"
                           "  return (ssize_t)m;\n}")
            self.main_pre.append(f"{{ cookie_io_functions_t io = {{ 0 }}; io.{'write' if w else 'read'} = {base}_io; "
                                 f"{g}_fp = fopencookie(NULL, \"{'w' if w else 'r'}\", io); "
                                 f"if (!{g}_fp || setvbuf({g}_fp, NULL, _IONBF, 0)) abort(); }}")
        for i, nm in enumerate(names):
            b = [f"static NOINLINE u64 {nm}{sig} {{", "  u64 s = d;"]
            nb = sizes[i]
            if nb:
                kind = r.choice(["malloc", "malloc", "calloc"])
                b.append(f"  u8 *b = {kind}({nb}u{', 1' if kind == 'calloc' else ''});")
                b.append("  if (!b) abort();")
                if kind == "malloc" or self.chance(0.5):
                    b.append(f"  memset(b, (int)(d + r + {i}u), {nb}u);")
                b.append(f"  b[(d * {r.randrange(1, 99)}u + r) % {nb}u] ^= (u8)(d + {r.randrange(256)}u);")
            if i + 1 < k:
                call = f"{names[i + 1]}({'cb, ' if arg else ''}d, r * 3u + {i}u)"
                b.append(f"  s += {call};")
            elif entry:
                b.append(f"  s += {leaf}(d, r);")
            else:
                nd = "d - 1u" if cycle else "d"
                gate = "d > 0u" if cycle else "1"
                if via == "table":
                    b.append(f"  s += {g}_tab[{gate} ? 0 : 1]({nd if cycle else 'd'}, r);" if cycle else
                             f"  s += {g}_tab[d & 1u](d, r);")
                elif via == "volatile":
                    b.append(f"  if ({gate}) s += {g}_fp({nd}, r);")
                elif via == "ops":
                    b.append(f"  s += {g}_o.scale * ({gate} ? {g}_o.enter({nd}, r) : {g}_o.leaf(d, r));")
                elif via == "arg":
                    b.append(f"  if ({gate}) s += cb->fn(cb, {nd}, r);")
                elif via == "qsort":
                    b.append(f"  u32 arr[3] = {{ {r.randint(5, 9)}u, d % 5u, 2u }};")
                    b.append(f"  {g}_pend = {'d' if cycle else '0'}; {g}_r = r; {g}_ret = 0;")
                    b.append(f"  qsort(arr, 3, sizeof arr[0], {base}_cmp);")
                    b.append(f"  s += {g}_ret + arr[0] * 3u + arr[2];")
                elif stream:
                    b.append(f"  {g}_pend = {'d' if cycle else '0'}; {g}_r = r; {g}_ret = 0;")
                    op = r.choice(["fwrite", "fputs", "fputc"] if via == "stream_w" else ["fread"])
                    fp = f"{g}_fp"
                    if op == "fwrite":
                        m = r.randint(1, 64)
                        data = (f"b + (d % {max(1, nb - m)}u)" if nb > m else
                                f"\"{''.join(chr(97 + r.randrange(26)) for _ in range(m))}\"")
                        b.append(f"  s += fwrite({data}, 1, {m}u, {fp});")
                    elif op == "fputs":
                        b.append(f"  if (fputs(\"{''.join(chr(97 + r.randrange(26)) for _ in range(r.randint(1, 12)))}\", {fp}) < 0) abort();")
                    elif op == "fputc":
                        b.append(f"  s += (u32)fputc((int)(97u + (d + r) % 26u), {fp});")
                    else:
                        m = r.randint(1, 8)
                        b.append(f"  u8 tmp[{m}]; clearerr({fp}); size_t got = fread(tmp, 1, {m}u, {fp});")
                        b.append(f"  for (size_t i = 0; i < got; i++) s = s * 3u + tmp[i];")
                    b.append(f"  s += {g}_ret + {g}_sum;")
                    b.append(f"  {g}_pend = 0;")
                else:
                    b.append(f"  u32 arr[3] = {{ 1u, 5u, 9u }}, key = {r.choice([1, 5, 9, 7])}u;")
                    b.append(f"  {g}_pend = {'d' if cycle else '0'}; {g}_r = r; {g}_ret = 0;")
                    b.append(f"  const u32 *hit = bsearch(&key, arr, 3, sizeof arr[0], {base}_cmp);")
                    b.append(f"  s += {g}_ret + (hit ? *hit : 77u);")
                    b.append(f"  {g}_pend = 0;")
            if nb:
                b.append(f"  s = s * 31u + b[(r + d) % {nb}u] + b[{nb - 1}u];")
                b.append(r.choice(["  free(b);", "  free(b);", f"  {self.helper('h_free')}(b);"]))
            b.append("  return s;")
            b.append("}")
            src.append("\n".join(b))
        self.add_func("\n".join(src))
        if arg:
            lines.append(f"{ind}{cbt} cb{self.counter} = {{ {target_fn}, {r.randint(1, 9)}u }};")
            call = f"{names[0]}(&cb{self.counter}, {depth}u, r)"
        elif entry:
            fp = {"table": f"{g}_tab[0]", "volatile": f"{g}_fp", "ops": f"{g}_o.enter"}[via]
            call = f"{fp}({depth}u, r)"
        else:
            call = f"{names[0]}({depth}u, r)"
        if cycle or self.chance(0.5):
            lines.append(f"{ind}fold({call});")
        else:
            it = self.fresh("it")
            lines.append(f"{ind}for (u32 {it} = 0; {it} < {r.randint(2, 20)}u; {it}++) fold({call.replace(', r)', f', r + {it})')});")

    def reenter_inline(self, lines, ind):
        """A small static helper with a constant 500-1000 byte buffer,
        inlined (at -O1 and up) into a directly recursive function: its
        slot then sits in every level's frame.  Deep enough that the
        buffers (9.5-11.5 MiB) overflow the 8 MiB stack, while the heap
        build's frames stay in a fraction of it.  Safe: a loop calls it, or
        the recursion is shallow."""
        r = self.r
        base = self.fresh("f_re")
        h, fn = f"{base}_h", f"{base}_0"
        cycle = self.chance(0.65)
        nb = r.randint(500, 1000)
        kind = r.choice(["malloc", "malloc", "calloc"])
        b = [f"static u64 {h}(u32 d, u32 r) {{",
             f"  u8 *b = {kind}({nb}u{', 1' if kind == 'calloc' else ''});",
             "  if (!b) abort();"]
        if kind == "malloc" or self.chance(0.5):
            b.append(r.choice([f"  memset(b, (int)(d + r), {nb}u);",
                               f"  for (u32 i = 0; i < {nb}u; i++) b[i] = (u8)(i * {r.randrange(1, 99)}u + d);"]))
        b.append(f"  b[(d * {r.randrange(1, 99)}u + r) % {nb}u] ^= (u8)(d + {r.randrange(256)}u);")
        b.append(f"  u64 s = b[(r + d) % {nb}u] * 7u + b[{nb - 1}u];")
        b.append("  free(b);")  # (not h_free: a noinline one keeps it on the heap)
        b.append("  return s;")
        b.append("}")
        src = ["\n".join(b)]
        if cycle:
            # (not an accumulator: tail recursion elimination keeps it)
            rec = f"{fn}(d - 1u, r + {r.randrange(1, 9)}u)"
            if self.chance(0.5):
                body = f"  u64 a = {h}(d, r);\n  return ({rec} * 3u + a) % 1000003u;"
            else:
                body = f"  u64 t = {rec};\n  return (t * 3u + {h}(d, r ^ (u32)t)) % 1000003u;"
            src.append(f"static NOINLINE u64 {fn}(u32 d, u32 r) {{\n  if (d == 0u) return r;\n{body}\n}}")
            depth = int(r.uniform(9.5, 11.5) * (1 << 20) / nb) + 1
        else:
            src.append(f"static NOINLINE u64 {fn}(u32 d, u32 r) {{\n  u64 s = r;\n"
                       f"  for (u32 i = 0; i < d; i++) s = (s * 3u + {h}(i, r)) % 1000003u;\n  return s;\n}}")
            depth = r.randint(1, 40)
        self.add_func("\n".join(src))
        lines.append(f"{ind}fold({fn}({depth}u, r));")

    def fam_threadstack(self, lines, ind):
        """A thread with a 48-128 KiB stack (pthread_attr_setstacksize; a
        64 KiB guard below it) runs a chain of 2-20 distinct noinline
        functions, each with a constant 1-8 KB malloc buffer, calling the
        next directly or through a volatile pointer or a function-pointer
        table.  The heap build's frames are small; as unchecked slots the
        buffers of a long chain do not fit the thread's stack."""
        r = self.r
        if self.r_audit2.random() < 0.5:
            return self.threadstack_known(lines, ind)
        self.include("pthread.h")
        base = self.fresh("f_ts")
        g = "g_" + base[2:]
        # heavy: a long chain of nearly 4 KB buffers (the largest that are
        # not checked at run time) on a stack below max-chain (64 KiB)
        heavy = self.chance(0.5)
        stack_kib = r.randrange(48, 64 if heavy else 129, 4)
        k = r.randint(16, 20) if heavy else r.randint(2, 20)
        names = [f"{base}_{i}" for i in range(k)]
        src = []
        self.globals.append(" ".join(f"static NOINLINE u64 {nm}(u32 r);" for nm in names))
        # (a function whose address is taken and that makes an indirect call
        # may call itself: it keeps its buffer; the indirect calls are not
        # consecutive, so that most of the chain can move)
        ind_calls = []
        for i in range(1, k):
            if (i - 1) not in ind_calls and self.chance(0.2 if heavy else 0.3):
                ind_calls.append(i)
        if ind_calls:
            tab = "volatile" if self.chance(0.5) else "table"
            if tab == "volatile":
                self.globals.append(f"static u64 (*volatile {g}_fp[{k}])(u32);")
                self.main_pre.append("".join(f"{g}_fp[{i}] = {names[i]}; " for i in ind_calls).strip())
            else:
                self.glob(f"static u64 (*{g}_fp[{k}])(u32) = {{ "
                          + ", ".join(names[i] if i in ind_calls else "0" for i in range(k)) + " };", f"{g}_fp")
        for i, nm in enumerate(names):
            b = [f"static NOINLINE u64 {nm}(u32 r) {{"]
            if heavy:
                nb = r.randint(3400, 4000) if self.chance(0.9) else r.randint(4097, 8192)
            else:
                nb = r.randint(1024, 4000) if self.chance(0.7) else r.randint(4097, 8192)
            kind = r.choice(["malloc", "malloc", "calloc"])
            b.append(f"  u8 *b = {kind}({nb}u{', 1' if kind == 'calloc' else ''});")
            b.append("  if (!b) abort();")
            if kind == "malloc" or self.chance(0.5):
                b.append(f"  memset(b, (int)(r + {i}u), {nb}u);")
            b.append(f"  b[r % {nb}u] = (u8)(r * {r.randrange(1, 99)}u);")
            b.append(f"  u64 s = r + b[(r >> 3) % {nb}u];")
            if i + 1 < k:
                nxt = f"{g}_fp[{i + 1}]" if i + 1 in ind_calls else names[i + 1]
                b.append(f"  s = s * 7u + {nxt}(r * 5u + {i}u);")
            if self.chance(0.3):
                b.append(f"  s += {self.helper('h_sum')}(b, {nb}u);")
            else:
                b.append(f"  s = s * 31u + b[{nb - 1}u] + b[(r + 7u) % {nb}u];")
            b.append("  free(b);")
            b.append("  return s;")
            b.append("}")
            src.append("\n".join(b))
        self.ts_thread(lines, ind, base, g, names[0], stack_kib, src)

    def threadstack_known(self, lines, ind):
        """The second audit's chain: 16-20 functions of nearly 4 KB buffers
        (a few checked ones above 4 KiB) on a 48-60 KiB thread stack,
        linked through calls whose targets are known: a `static const`
        table of two functions indexed by a volatile 0, or a select of two
        functions on it (the other one is a leaf).  Such a link is never
        followed by another (a function in a table that calls through a
        pointer may call itself: it keeps its buffer), so the chain
        alternates known-target and direct calls."""
        r = self.r
        self.include("pthread.h")
        base = self.fresh("f_ts")
        g = "g_" + base[2:]
        stack_kib = r.randrange(48, 64, 4)
        k = r.randint(16, 20)
        names = [f"{base}_{i}" for i in range(k)]
        leaf = f"{base}_leaf"
        self.globals.append(" ".join(f"static NOINLINE u64 {nm}(u32 r);" for nm in names + [leaf]))
        self.globals.append(f"static volatile u32 {g}_zero; /* 0 at run time: the index stays unknown */")
        links = {}
        for i in range(1, k):
            if (i - 1) not in links and self.chance(0.8):
                links[i] = r.choice(["table", "table", "select"])
        src = [f"static NOINLINE u64 {leaf}(u32 r) {{ return (u64)r * {r.randrange(1, 999)}u + 1u; }}"]
        for i, nm in enumerate(names):
            nb = r.randint(3400, 4000) if self.chance(0.9) else r.randint(4097, 8192)
            kind = r.choice(["malloc", "malloc", "calloc"])
            b = [f"static NOINLINE u64 {nm}(u32 r) {{",
                 f"  u8 *b = {kind}({nb}u{', 1' if kind == 'calloc' else ''});",
                 "  if (!b) abort();"]
            if kind == "malloc" or self.chance(0.5):
                b.append(f"  memset(b, (int)(r + {i}u), {nb}u);")
            b.append(f"  b[r % {nb}u] = (u8)(r * {r.randrange(1, 99)}u);")
            b.append(f"  u64 s = r + b[(r >> 3) % {nb}u];")
            if i + 1 < k:
                how = links.get(i + 1)
                if how == "table":
                    self.globals.append(f"static u64 (*const {g}_t{i + 1}[2])(u32) = {{ {names[i + 1]}, {leaf} }};")
                    nxt = f"{g}_t{i + 1}[{g}_zero]"
                elif how == "select":
                    nxt = r.choice([f"({g}_zero ? {leaf} : {names[i + 1]})",
                                    f"({g}_zero == 0u ? {names[i + 1]} : {leaf})"])
                else:
                    nxt = names[i + 1]
                b.append(f"  s = s * 7u + {nxt}(r * 5u + {i}u);")
            if self.chance(0.3):
                b.append(f"  s += {self.helper('h_sum')}(b, {nb}u);")
            else:
                b.append(f"  s = s * 31u + b[{nb - 1}u] + b[(r + 7u) % {nb}u];")
            b.append("  free(b);")
            b.append("  return s;")
            b.append("}")
            src.append("\n".join(b))
        self.ts_thread(lines, ind, base, g, names[0], stack_kib, src)

    def ts_thread(self, lines, ind, base, g, first, stack_kib, src):
        """The thread running `first` on a stack of stack_kib KiB."""
        r = self.r
        self.glob(f"static u64 {g}_res;", f"{g}_res")
        src.append(f"static void *{base}_thread(void *arg) {{ {g}_res = {first}(*(u32 *)arg); return NULL; }}")
        self.add_func("\n".join(src))
        a, t, x = self.fresh("attr"), self.fresh("th"), self.fresh("targ")
        size = stack_kib * 1024
        lines.append(f"{ind}pthread_attr_t {a}; pthread_t {t}; u32 {x} = r;")
        lines.append(f"{ind}if (pthread_attr_init(&{a})) abort();")
        own = self.chance(0.6)
        if own:
            # the program's own stack, exactly this size, 64 KiB of
            # PROT_NONE below it (glibc gives a setstacksize thread a cached
            # stack of up to 4 times the size: an overflow may go unseen)
            self.include("sys/mman.h")
            m = self.fresh("stk")
            lines.append(f"{ind}u8 *{m} = mmap(NULL, {size + 65536}u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);")
            lines.append(f"{ind}if ({m} == MAP_FAILED || mprotect({m}, 65536u, PROT_NONE)) abort();")
            lines.append(f"{ind}if (pthread_attr_setstack(&{a}, {m} + 65536u, {size}u)) abort();")
        else:
            lines.append(f"{ind}if (pthread_attr_setstacksize(&{a}, {size}u) || pthread_attr_setguardsize(&{a}, 65536u)) abort();")
        lines.append(f"{ind}if (pthread_create(&{t}, &{a}, {base}_thread, &{x})) abort();")
        lines.append(f"{ind}if (pthread_join({t}, NULL)) abort();")
        lines.append(f"{ind}pthread_attr_destroy(&{a});")
        if own:
            lines.append(f"{ind}munmap({m}, {size + 65536}u);")
        lines.append(f"{ind}fold({g}_res);")

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
            elif kind == "callee_alloc":
                self.blk_alloc_in_callee(lines, "  ")
            else:
                getattr(self, "fam_" + kind)(lines, "  ")
        attr = "NOINLINE" if self.chance(0.6) else ""
        src = f"static {attr} void {name}(u32 r) {{\n" + "\n".join(lines) + "\n}"
        self.funcs.append(src)
        self.after[name] = self.after_cur
        return name

    def program(self):
        blocks = [self.block() for _ in range(self.r.randint(2, 4))]
        out = [f"/* heap2stack fuzz program, seed {self.seed} */",
               f"/* families: {' '.join(sorted(self.families))} */"]
        if self.fortify:
            out.append(FORTIFY_LINE)
        if self.gnu:
            out.append(GNU_SOURCE)
        if self.fortify:
            out.append(FORTIFY)
        out.append(PRELUDE.rstrip())
        out.extend(f"#include <{h}>" for h in self.includes)
        out.append("static volatile u32 RT[8] = { " + ", ".join(f"{v}u" for v in self.rt) + " };")
        out.extend(self.globals)
        out.append("/* fam:helper */")
        for h in sorted(self.used):
            attr = "NOINLINE" if self.r.random() < 0.75 else ""
            out.append(HELPERS[h][0].format(A=attr).rstrip())
        out.extend(self.funcs)
        out.extend(self.late)
        main = ["/* fam:driver */", "int main(void) {"]
        main.extend("  " + x for x in self.main_pre)
        for b in blocks:
            for _ in range(self.r.randint(1, 2)):
                main.append(f"  {b}(RT[{self.r.randrange(8)}] ^ {self.r.randrange(1 << 16)}u);")
                if self.after[b]:
                    main.append("  {")
                    main.extend("    " + x for x in self.after[b])
                    main.append("  }")
        main.append("  for (u32 i = 0; i < g_nkeep; i++) { const u8 *b = g_keep[i]; for (u32 k = 0; k < g_keep_nb[i]; k++) fold(b[k]); }")
        main.append('  printf("%016llx\\n", H);')
        main.append("  return 0;")
        main.append("}")
        out.append("\n".join(main))
        return "\n".join(out) + "\n"


def generate(seed, families=None, fortify=None):
    return Gen(seed, families, fortify).program()


def parse_families(spec):
    """"a,b" -> [a, b]; "new" -> the new families; "+a,b" -> a and b on top of
    the original eight."""
    if not spec:
        return None
    if spec == "new":
        return list(NEW_FAMILIES)
    if spec == "audit":
        return list(AUDIT_FAMILIES)
    extra = spec.startswith("+")
    fams = [f for f in spec.lstrip("+").split(",") if f]
    for f in fams:
        if f not in FAMILY_WEIGHTS:
            raise SystemExit(f"gen.py: unknown family {f} (known: {', '.join(FAMILIES)})")
    return (DEFAULT_FAMILIES[:8] + fams) if extra else fams


FAMILY_MARK = re.compile(r"/\* fam:([a-z_0-9]+) \*/")
PROGRAM_HEAD = re.compile(r"/\* heap2stack fuzz program(?: \(C\+\+\))?, seed (\d+) \*/")
FAMILIES_LINE = re.compile(r"/\* families: ([a-z_0-9 ]*) \*/")


def line_owners(text):
    """-> [(seed, family)] for each line of a program or a batch (index 0 is
    line 1): the program whose header comes last above it and the last
    `/* fam:NAME */` marker above it in that program (None before any)."""
    out, seed, fam = [], None, None
    for line in text.split("\n"):
        m = PROGRAM_HEAD.search(line)
        if m:
            seed, fam = int(m.group(1)), None
        m = FAMILY_MARK.search(line)
        if m:
            fam = m.group(1)
        out.append((seed, fam))
    return out


def programs_in(text):
    """-> {seed: [families]} from the headers of a program or a batch."""
    out, seed = {}, None
    for line in text.split("\n"):
        m = PROGRAM_HEAD.search(line)
        if m:
            seed = int(m.group(1))
            out[seed] = []
        m = FAMILIES_LINE.search(line)
        if m and seed is not None:
            out[seed] = m.group(1).split()
    return out


# Every file-scope identifier a program defines (all of them static, but the
# weak functions), so that several programs can share one translation unit.
GLOBAL_IDENT = re.compile(r"\b(H|fold|RT|main|g_[A-Za-z0-9_]+|f_[A-Za-z0-9_]+|h_[a-z_]+|blk[0-9]+|rec[0-9]+)\b")


def unit(seed, prefix, families=None, fortify=None):
    """The program of `seed` without the shared prelude and the shared
    types, every file-scope identifier prefixed with `prefix`, and its main
    turned into `static NOINLINE int <prefix>main(void)`.  Apart from the
    names, the code is exactly generate(seed)'s."""
    src = generate(seed, families, fortify)
    head, sep, body = src.partition("\n" + PRELUDE_SHARED)
    assert sep, "prelude not found"
    assert SHARED_TYPES in body
    body = body.replace(SHARED_TYPES, "", 1)
    body = GLOBAL_IDENT.sub(lambda m: prefix + m.group(1), body)
    mdecl = f"int {prefix}main(void) {{"
    assert body.count(mdecl) == 1
    body = body.replace(mdecl, f"static NOINLINE int {prefix}main(void) {{")
    return head + "\n" + body


def batch(seeds, families=None, fortify=None):
    """One translation unit running the programs of `seeds` in order, each
    printing its own checksum line.  Each program's main is noinline and is
    called through a volatile function-pointer table, so the optimizer cannot
    inline, merge or reorder the programs.  The programs must all be
    fortified or none (fortify_of): `_FORTIFY_SOURCE` holds for the unit."""
    assert len({fortify_of(s, fortify) for s in seeds}) == 1, "fortified and plain programs in one batch"
    out = [f"/* heap2stack fuzz batch: seeds {','.join(map(str, seeds))} */",
           PRELUDE_SHARED.rstrip(), SHARED_TYPES.rstrip()]
    forked = False
    for s in seeds:
        u = unit(s, f"s{s}_", families, fortify).rstrip()
        if GNU_SOURCE in u and GNU_SOURCE not in out[1:3]:
            out.insert(1, GNU_SOURCE)  # before the first header
        if FORTIFY in u and FORTIFY not in out[1:3]:
            out.insert(1, FORTIFY)
        m = FAMILIES_LINE.search(u)
        forked |= bool(m and EXITING_FAMILIES & set(m.group(1).split()))
        out.append(u)
    out.append(f"static int (*volatile BATCH[{len(seeds)}])(void) = {{ "
               + ", ".join(f"s{s}_main" for s in seeds) + " };")
    if forked:
        # A program may end the process (exit, abort: `wrappers`): each runs
        # in a child whose stdout comes back through a pipe; the parent
        # prints it as one line, with the child's exit status or signal if
        # it did not end with 0 (so the batch prints one line a program).
        out.append(BATCH_FORK)
        call = "run_forked(BATCH[i]);"
    else:
        call = "BATCH[i](); fflush(stdout);"
    out.append("int main(void) {\n"
               f"  for (unsigned i = 0; i < {len(seeds)}u; i++) {{ {call} }}\n"
               "  return 0;\n}")
    return "\n".join(out) + "\n"


# Frames a level of a `reenter` recursion through a cookie stream costs
# beyond its functions' (stdio's, the cookie's, ASan's interceptors).
STREAM_FRAMES = 4

# A program with a fopencookie stream (`reenter`) defines it before its
# first header; a batch holding one, before the shared prelude.
GNU_SOURCE = "#define _GNU_SOURCE"
# A fortified program says so in its header, and defines FORTIFY before its
# first header (a batch of them, before the shared prelude).
FORTIFY_LINE = "/* fortify: -D_FORTIFY_SOURCE=2 */"

BATCH_FORK = r"""#include <sys/wait.h>
static void run_forked(int (*prog)(void)) {
  int fd[2];
  fflush(stdout);
  if (pipe(fd)) abort();
  pid_t pid = fork();
  if (pid < 0) abort();
  if (pid == 0) {
    close(fd[0]);
    if (dup2(fd[1], 1) < 0) _exit(127);
    close(fd[1]);
    prog();
    fflush(stdout);
    _exit(0);
  }
  close(fd[1]);
  static char text[4096];
  size_t n = 0;
  for (;;) {
    char tmp[512];
    ssize_t k = read(fd[0], tmp, sizeof tmp);
    if (k <= 0) break;
    for (ssize_t i = 0; i < k; i++)
      if (n + 1 < sizeof text) text[n++] = tmp[i] == '\n' ? ' ' : tmp[i];
  }
  close(fd[0]);
  while (n && text[n - 1] == ' ') n--;
  text[n] = 0;
  int st;
  if (waitpid(pid, &st, 0) != pid) abort();
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0) printf("%s\n", text);
  else if (WIFEXITED(st)) printf("%s [exit %d]\n", text, WEXITSTATUS(st));
  else printf("%s [signal %d]\n", text, WIFSIGNALED(st) ? WTERMSIG(st) : -1);
  fflush(stdout);
}"""


FORTIFY_OPTION = {"seed": None, "always": True, "never": False}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("-o", "--output")
    ap.add_argument("--families", help="only these block kinds, comma-separated; 'new' for the new "
                    "families, '+a,b' for a and b on top of the original eight (known: "
                    + ", ".join(FAMILIES) + "; gen_cxx.py has its own)")
    ap.add_argument("--cxx", action="store_true", help="a C++ program (gen_cxx.py)")
    ap.add_argument("--fortify", choices=["seed", "always", "never"], default="seed",
                    help="define _FORTIFY_SOURCE=2 in the C program: as the seed says (default), always, never")
    a = ap.parse_args()
    if a.cxx:
        import gen_cxx
        src = gen_cxx.generate(a.seed, gen_cxx.parse_families(a.families))
    else:
        src = generate(a.seed, parse_families(a.families), FORTIFY_OPTION[a.fortify])
    if a.output:
        with open(a.output, "w") as f:
            f.write(src)
    else:
        sys.stdout.write(src)


if __name__ == "__main__":
    main()
