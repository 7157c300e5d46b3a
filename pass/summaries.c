/*
 * summaries.c - how a call treats its pointer arguments.
 *
 * Go summarises each function's parameters once ("p does not escape",
 * "leaking param: p", "leaking param: p to result ~r0 level=0") and uses
 * the summary at every call.  heap2stack does the same; summary_solver.c
 * computes the summaries, bottom-up and a call cycle at a time, and this
 * file answers, for one argument of one call, in order:
 *
 *   1. a C library function that TargetLibraryInfo recognises: a table of
 *      what strlen, memcpy, printf, ... do with each argument; printf-like
 *      functions by their format string (`%s` reads a buffer's bytes, `%p`
 *      or any other conversion of a pointer turns its address into text,
 *      which leaves the frame: the text can be scanned back);
 *   2. a defined, non-interposable function: its computed summary; not a
 *      C function's available_externally body (a C99 `inline` or GNU
 *      `extern inline` definition, or one ThinLTO imported: the two cannot
 *      be told apart), nor its kept body (imported_bodies.c): C11 6.7.4p7
 *      lets the external definition, which a call may run instead, differ
 *      (an audit's keep() only read its argument inline and stored it
 *      externally).  A C++ one (a mangled name, "_Z...") is the ODR's same
 *      definition and keeps its summary.  (The late run redirects calls of
 *      such a maker, filler or destroyer to an internal copy of the body,
 *      whose summary then speaks: caller_frames.c);
 *   3. the declaration's attributes: a parameter that is not captured
 *      (`nocapture` up to LLVM 20, `captures(none)` from 21, where
 *      `captures(ret: ...)` means it may come back as the result) and not
 *      freed (`nofree` on the parameter or function, or a function that
 *      writes no memory) does not escape; what it points to may still come
 *      back as the result if the function can read it, and its bytes are
 *      read as data wherever they are read at all;
 *   4. anything else: the argument escapes, may be freed, and the memory
 *      it points to may be overwritten with unknown pointers.
 *
 * Not capturing is not the same as not freeing: a `nocapture` parameter of
 * a function that may free memory is "freed by the callee".  Not capturing
 * is not the same as not reading either: `fwrite` captures nothing, yet a
 * pointer stored in the buffer it writes leaves the frame as bytes.
 */
#include "summaries.h"

#include "alloc_sites.h"
#include "analysis.h"
#include "compat.h"
#include "imported_bodies.h"

#include <stdio.h>
#include <string.h>

/* ---- the C library table ------------------------------------------- */

enum {
  LIB_NONE = 0,                           /* neither reads nor keeps it */
  LIB_RET = H2S_PARAM_TO_RESULT,          /* returns it (or a pointer into it) */
  LIB_WRITE = H2S_PARAM_WRITTEN,          /* may store pointers there (copies) */
  LIB_READS = 1 << 8,                     /* reads the bytes it points to as data */
  LIB_WRITES_DATA = 1 << 9,               /* writes data (text, numbers) there */
  LIB_CONTENT_RET = H2S_PARAM_CONTENT_TO_RESULT, /* returns what it points to, or into it */
  LIB_READS_DEEP = 1 << 14,               /* reads the bytes of what it points to */
  LIB_WRITES_DEEP = 1 << 15,              /* writes data into what it points to */
  NP = -1,                                /* not a pointer (a pointer there: the worst) */
};

/* What the whole function does, besides its per-parameter effects. */
enum {
  LIB_COPIES = 1 << 0, /* copies arg 1's bytes into arg 0 */
  LIB_END1 = 1 << 1,   /* stores a pointer into arg 0 in *arg 1 */
  LIB_END2 = 1 << 2,   /* ... in *arg 2 */
};

#define LIB_MAX_PARAMS 6
#define NO_ARG (-1)

struct lib_function {
  const char *name;
  int args[LIB_MAX_PARAMS]; /* per fixed parameter */
  unsigned params;          /* its fixed parameters, as TargetLibraryInfo's prototype */
  int what;                 /* LIB_COPIES, LIB_END1, LIB_END2 */
  int format;               /* printf-like: the format's parameter, the last fixed one; or NO_ARG */
  int length;               /* LIB_COPIES: the parameter that bounds the bytes written from
                               arg 0's start (memcpy's n), or NO_ARG (strcpy, strcat) */
};

/* The effects of the fixed parameters, and their count. */
#define PARAMS(...) {__VA_ARGS__}, (unsigned)(sizeof((int[]){__VA_ARGS__}) / sizeof(int))
/* Neither copies nor formats. */
#define FN(name, ...) {name, PARAMS(__VA_ARGS__), 0, NO_ARG, NO_ARG}
/* Copies arg 1's bytes into arg 0 (LIB_COPIES, the byte channel). */
#define COPY(name, length, ...) {name, PARAMS(__VA_ARGS__), LIB_COPIES, NO_ARG, length}
/* printf-like: the variadic arguments by the format at parameter `format`. */
#define FORMAT(name, format, ...) {name, PARAMS(__VA_ARGS__), 0, format, NO_ARG}
/* strtol-like: stores a pointer into arg 0 through another argument. */
#define END(name, end, ...) {name, PARAMS(__VA_ARGS__), end, NO_ARG, NO_ARG}

/*
 * Functions that never free, capture or return their arguments, except as
 * listed.  glibc's _FORTIFY_SOURCE turns many of them into a checked twin
 * (`__memcpy_chk(d, s, n, dsize)`, `__sprintf_chk(d, flag, dsize, fmt, ...)`)
 * that does the same or aborts: each twin has the effects of its plain
 * function, its extra size and flag parameters are integers.  Only names
 * TargetLibraryInfo recognises reach this table, so `__printf_chk` and
 * `__fgets_chk`, which it does not know, stay unknown calls.
 */
static const struct lib_function library[] = {
    FN("strlen", LIB_READS),
    FN("__strlen_chk", LIB_READS, NP),
    FN("strnlen", LIB_READS, NP),
    FN("strcmp", LIB_READS, LIB_READS),
    FN("strncmp", LIB_READS, LIB_READS, NP),
    FN("strcasecmp", LIB_READS, LIB_READS),
    FN("strncasecmp", LIB_READS, LIB_READS, NP),
    FN("memcmp", LIB_READS, LIB_READS, NP),
    FN("bcmp", LIB_READS, LIB_READS, NP),
    FN("strchr", LIB_RET | LIB_READS, NP),
    FN("strrchr", LIB_RET | LIB_READS, NP),
    FN("memchr", LIB_RET | LIB_READS, NP, NP),
    FN("strstr", LIB_RET | LIB_READS, LIB_READS),
    COPY("strcpy", NO_ARG, LIB_RET | LIB_WRITE, LIB_NONE),
    COPY("__strcpy_chk", NO_ARG, LIB_RET | LIB_WRITE, LIB_NONE, NP),
    COPY("strncpy", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP),
    COPY("__strncpy_chk", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP, NP),
    COPY("strcat", NO_ARG, LIB_RET | LIB_WRITE | LIB_READS, LIB_NONE),
    COPY("__strcat_chk", NO_ARG, LIB_RET | LIB_WRITE | LIB_READS, LIB_NONE, NP),
    /* strncat's n bounds the bytes taken from s, not where they land: at
       d + strlen(d). */
    COPY("strncat", NO_ARG, LIB_RET | LIB_WRITE | LIB_READS, LIB_NONE, NP),
    COPY("__strncat_chk", NO_ARG, LIB_RET | LIB_WRITE | LIB_READS, LIB_NONE, NP, NP),
    COPY("stpcpy", NO_ARG, LIB_RET | LIB_WRITE, LIB_READS),
    COPY("__stpcpy_chk", NO_ARG, LIB_RET | LIB_WRITE, LIB_READS, NP),
    /* stpncpy, memccpy, strlcpy, strlcat: what they return depends on
       the bytes they read (where the NUL or the stop byte is). */
    COPY("stpncpy", 2, LIB_RET | LIB_WRITE, LIB_READS, NP),
    COPY("__stpncpy_chk", 2, LIB_RET | LIB_WRITE, LIB_READS, NP, NP),
    COPY("memccpy", 3, LIB_RET | LIB_WRITE, LIB_READS, NP, NP),
    COPY("__memccpy_chk", 3, LIB_RET | LIB_WRITE, LIB_READS, NP, NP, NP),
    COPY("strlcpy", 2, LIB_WRITE, LIB_READS, NP),
    COPY("__strlcpy_chk", 2, LIB_WRITE, LIB_READS, NP, NP),
    COPY("strlcat", 2, LIB_WRITE | LIB_READS, LIB_READS, NP),
    COPY("__strlcat_chk", 2, LIB_WRITE | LIB_READS, LIB_READS, NP, NP),
    COPY("memcpy", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP),
    COPY("__memcpy_chk", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP, NP),
    COPY("mempcpy", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP),
    COPY("__mempcpy_chk", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP, NP),
    COPY("memmove", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP),
    COPY("__memmove_chk", 2, LIB_RET | LIB_WRITE, LIB_NONE, NP, NP),
    FN("memset", LIB_RET | LIB_WRITES_DATA, NP, NP),
    FN("__memset_chk", LIB_RET | LIB_WRITES_DATA, NP, NP, NP),
    FN("puts", LIB_READS),
    FN("fputs", LIB_READS, NP),
    FORMAT("printf", 0, LIB_READS),
    FORMAT("fprintf", 1, NP, LIB_READS),
    FORMAT("sprintf", 1, LIB_WRITES_DATA, LIB_READS),
    FORMAT("__sprintf_chk", 3, LIB_WRITES_DATA, NP, NP, LIB_READS),
    FORMAT("snprintf", 2, LIB_WRITES_DATA, NP, LIB_READS),
    FORMAT("__snprintf_chk", 4, LIB_WRITES_DATA, NP, NP, NP, LIB_READS),
    /* vsprintf(d, fmt, ap): what ap holds came through a variadic call,
       which let it escape already; ap itself is an unknown pointer (NP). */
    FN("vsprintf", LIB_WRITES_DATA, LIB_READS, NP),
    FN("__vsprintf_chk", LIB_WRITES_DATA, NP, NP, LIB_READS, NP),
    FN("vsnprintf", LIB_WRITES_DATA, NP, LIB_READS, NP),
    FN("__vsnprintf_chk", LIB_WRITES_DATA, NP, NP, NP, LIB_READS, NP),
    FN("fwrite", LIB_READS, NP, NP, NP),
    FN("write", NP, LIB_READS, NP),
    FN("atoi", LIB_READS),
    FN("atol", LIB_READS),
    FN("atof", LIB_READS),
    FN("strspn", LIB_READS, LIB_READS),
    FN("strcspn", LIB_READS, LIB_READS),
    FN("strpbrk", LIB_RET | LIB_READS, LIB_READS),
    /* fgets(buf, n, stream) returns buf or null; the stream is not ours. */
    FN("fgets", LIB_RET | LIB_WRITES_DATA, NP, NP),
    FN("fread", LIB_WRITES_DATA, NP, NP, NP),
    /* strtol(s, &end, base): *end = a pointer into s, which the caller's
       own local usually holds; the end pointer argument keeps nothing else. */
    END("strtol", LIB_END1, LIB_READS, LIB_NONE, NP),
    END("strtoul", LIB_END1, LIB_READS, LIB_NONE, NP),
    END("strtoll", LIB_END1, LIB_READS, LIB_NONE, NP),
    END("strtoull", LIB_END1, LIB_READS, LIB_NONE, NP),
    END("strtod", LIB_END1, LIB_READS, LIB_NONE),
    END("strtof", LIB_END1, LIB_READS, LIB_NONE),
    END("strtold", LIB_END1, LIB_READS, LIB_NONE),
    /* strtok_r(s, delim, &save): cuts s (or, when s is null, the string
       *save points into) with NULs, returns a pointer into it, and keeps a
       pointer into it in *save. */
    END("strtok_r", LIB_END2, LIB_RET | LIB_READS | LIB_WRITES_DATA, LIB_READS,
        LIB_CONTENT_RET | LIB_READS_DEEP | LIB_WRITES_DEEP),
};

#undef FN
#undef COPY
#undef FORMAT
#undef END
#undef PARAMS

/*
 * The table entry of the library function `call` calls, by
 * TargetLibraryInfo's name.  *mismatch says the name has an entry but the
 * call does not have its prototype's parameters: an unknown call.
 */
static const struct lib_function *library_entry(struct h2s_host *host, LLVMValueRef call,
                                                bool *mismatch) {
  *mismatch = false;
  const char *name = h2s_host_library_function(host, call);
  LLVMValueRef fn = name ? h2s_called_function(call) : NULL;
  if (!fn)
    return NULL;
  for (size_t i = 0; i < sizeof library / sizeof library[0]; i++) {
    const struct lib_function *lib = &library[i];
    if (strcmp(lib->name, name))
      continue;
    bool variadic = lib->format != NO_ARG;
    unsigned args = LLVMGetNumArgOperands(call);
    *mismatch = LLVMCountParams(fn) != lib->params ||
                (bool)LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn)) != variadic ||
                (variadic ? args < lib->params : args != lib->params);
    return *mismatch ? NULL : lib;
  }
  return NULL;
}

static const struct lib_function *library_function(struct h2s_host *host, LLVMValueRef call) {
  bool mismatch;
  return library_entry(host, call, &mismatch);
}

bool h2s_call_copies_bytes(struct h2s_host *host, LLVMValueRef call, int *length) {
  const struct lib_function *lib = library_function(host, call);
  *length = lib ? lib->length : NO_ARG;
  return lib && (lib->what & LIB_COPIES);
}

int h2s_call_stores_end_pointer(struct h2s_host *host, LLVMValueRef call) {
  const struct lib_function *lib = library_function(host, call);
  return !lib ? -1 : lib->what & LIB_END1 ? 1 : lib->what & LIB_END2 ? 2 : -1;
}

/* ---- printf-like format strings --------------------------------------- */

/* The text of a constant C string operand, or NULL. */
static const char *constant_string(LLVMValueRef v, size_t *len) {
  for (unsigned depth = 0; depth < 8 && v; depth++) {
    if (LLVMIsAGlobalVariable(v)) {
      if (!LLVMIsGlobalConstant(v))
        return NULL;
      LLVMValueRef init = LLVMGetInitializer(v);
      return init && LLVMIsAConstantDataSequential(init) && LLVMIsConstantString(init)
                 ? LLVMGetAsString(init, len)
                 : NULL;
    }
    if (LLVMIsAConstantExpr(v) || LLVMIsAGetElementPtrInst(v)) {
      /* A GEP to the first character (or a cast) of the string. */
      unsigned n = (unsigned)LLVMGetNumOperands(v);
      for (unsigned i = 1; i < n; i++) {
        LLVMValueRef idx = LLVMGetOperand(v, i);
        if (!LLVMIsAConstantInt(idx) || LLVMConstIntGetZExtValue(idx) != 0)
          return NULL;
      }
      v = LLVMGetOperand(v, 0);
      continue;
    }
    return NULL;
  }
  return NULL;
}

/*
 * Reading a printf format the way glibc does (stdio-common/printf-parse.h):
 * `%`, flags, a width (digits or `*`), a precision (`.` and digits or `*`),
 * one length modifier, one conversion character.  Every conversion that
 * takes one argument is in ONE_ARGUMENT; `%%` and `%m` (strerror(errno))
 * take none.  Anything else -- a positional `n$`, `%` after flags or a
 * width ("%5%"), an unknown or registered conversion ("%y", "%b", or one a
 * program added with register_printf_specifier), a modifier in the wrong
 * place ("%l5d"), the end of the string -- leaves the count of arguments
 * unknown from there on: glibc may take none, or several, so the pointer
 * that appears to meet `%s` may meet `%p`.  Before the fix, every `%`
 * took one argument, so `sprintf(t, "%m|%s|%p", "tag", b)` was read as b
 * formatted by `%s` (its bytes read) and b moved while its address
 * reached t as text (audit4: printf-m-shifts-args.c).
 */
#define ONE_ARGUMENT "diouxXeEfFgGaAcspnCS"

/* c is one of the characters of set (never the terminator: strchr would
   find that too). */
static bool in_set(char c, const char *set) { return c != '\0' && strchr(set, c); }

static size_t skip_digits(const char *fmt, size_t len, size_t i) {
  while (i < len && fmt[i] >= '0' && fmt[i] <= '9')
    i++;
  return i;
}

/* The end of the length modifier at fmt[i] (hh, h, ll, l, L, q, j, z, Z, t). */
static size_t skip_length(const char *fmt, size_t len, size_t i) {
  if (i >= len || !in_set(fmt[i], "hlLqjzZt"))
    return i;
  if ((fmt[i] == 'h' || fmt[i] == 'l') && i + 1 < len && fmt[i + 1] == fmt[i])
    return i + 2;
  return i + 1;
}

/*
 * The conversion character that consumes variadic argument number `k`
 * (0 = the first after the format), '*' for a width or precision, or 0 if
 * the format cannot be read that far.
 */
static char conversion_of(const char *fmt, size_t len, unsigned k) {
  unsigned arg = 0;
  for (size_t i = 0; i < len; i++) {
    if (fmt[i] != '%')
      continue;
    if (++i >= len)
      return 0;
    if (fmt[i] == '%')
      continue;
    while (i < len && in_set(fmt[i], "-+ #0'I"))
      i++;
    /* the width, then the precision: digits, or '*' (an argument) */
    for (int part = 0; part < 2; part++) {
      if (part == 1) {
        if (i >= len || fmt[i] != '.')
          break;
        i++;
      }
      size_t digits_end;
      if (i < len && fmt[i] == '*') {
        if (arg++ == k)
          return '*';
        i++;
        /* glibc reads digits after '*' only as "*n$" */
        digits_end = skip_digits(fmt, len, i);
        if (digits_end > i && digits_end < len && fmt[digits_end] == '$')
          return 0;
      } else {
        i = skip_digits(fmt, len, i);
        if (i < len && fmt[i] == '$')
          return 0; /* n$: arguments by position, not read */
      }
    }
    i = skip_length(fmt, len, i);
    if (i >= len)
      return 0;
    if (fmt[i] == 'm')
      continue; /* glibc's strerror(errno): no argument */
    if (!in_set(fmt[i], ONE_ARGUMENT))
      return 0;
    if (arg++ == k)
      return fmt[i];
  }
  return 0; /* more arguments than conversions: not read */
}

/* Does the module define conversions of its own (glibc's
   register_printf_specifier and kin may redefine even `%s`)?  Then no
   format can be read.  (A registration in another translation unit is not
   seen: see the design essay.) */
static bool module_registers_conversions(LLVMValueRef call) {
  static const char *const names[] = {"register_printf_specifier", "register_printf_function",
                                      "register_printf_modifier", "register_printf_type"};
  LLVMModuleRef m = LLVMGetGlobalParent(LLVMGetBasicBlockParent(LLVMGetInstructionParent(call)));
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (LLVMGetNamedFunction(m, names[i]))
      return true;
  return false;
}

/* What a printf-like call does with its variadic pointer argument number
   `k` (0 = the first after the format). */
static void format_arg_effect(LLVMValueRef call, unsigned format_arg, unsigned k,
                              struct h2s_arg_effect *out) {
  size_t len = 0;
  const char *fmt = module_registers_conversions(call)
                        ? NULL
                        : constant_string(LLVMGetOperand(call, format_arg), &len);
  char c = fmt ? conversion_of(fmt, len, k) : 0;
  if (c == 's') {
    out->flags = 0;
    h2s_spans_add(&out->bytes.reads, h2s_span_all());
  } else if (c == 'n') {
    out->flags = 0;
    h2s_spans_add(&out->bytes.writes, h2s_span_all());
  } else {
    /* %p, or a pointer printed as a number: its address leaves as text. */
    out->flags = H2S_PARAM_WORST;
    out->why = c == 'p' ? "formats its address as text ('%p')"
                        : "formats it with a format heap2stack cannot read";
  }
}

/* What library function `lib` does with argument `arg` of `call`, a call
   with the prototype's parameters (library_entry). */
static void library_arg_effect(const struct lib_function *lib, LLVMValueRef call, unsigned arg,
                               struct h2s_arg_effect *out) {
  if (arg >= lib->params) {
    if (lib->format != NO_ARG)
      format_arg_effect(call, (unsigned)lib->format, arg - lib->params, out);
    else
      out->flags = H2S_PARAM_WORST;
    return;
  }
  if (arg >= LIB_MAX_PARAMS || lib->args[arg] < 0) {
    out->flags = H2S_PARAM_WORST;
    return;
  }
  int a = lib->args[arg];
  out->flags = (uint32_t)(a & (LIB_RET | LIB_WRITE | LIB_CONTENT_RET));
  if (a & LIB_READS)
    h2s_spans_add(&out->bytes.reads, h2s_span_all());
  if (a & LIB_WRITES_DATA)
    h2s_spans_add(&out->bytes.writes, h2s_span_all());
  if (a & LIB_READS_DEEP)
    h2s_spans_add(&out->bytes.reads_deep, h2s_span_all());
  if (a & LIB_WRITES_DEEP)
    h2s_spans_add(&out->bytes.writes_deep, h2s_span_all());
}

/* ---- attributes ----------------------------------------------------- */

static unsigned kind(const char *name) { return LLVMGetEnumAttributeKindForName(name, strlen(name)); }

/* An attribute at `index` (0 = return, i+1 = parameter i, ~0u = function) on
   the call site or the callee. */
static LLVMAttributeRef attr(LLVMValueRef call, LLVMValueRef fn, unsigned index, const char *name) {
  unsigned k = kind(name);
  if (!k)
    return NULL;
  LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, index, k);
  if (!a && fn)
    a = LLVMGetEnumAttributeAtIndex(fn, index, k);
  return a;
}

/* The memory effects of the function (memory(...)); all if none is stated. */
static uint64_t memory_effects(LLVMValueRef call, LLVMValueRef fn) {
  LLVMAttributeRef a = attr(call, fn, LLVMAttributeFunctionIndex, "memory");
  return a ? LLVMGetEnumAttributeValue(a) : ~UINT64_C(0);
}

/* Two bits per location, ModRefInfo: 1 = Ref, 2 = Mod. */
static bool writes_nothing(LLVMValueRef call, LLVMValueRef fn) {
  return (memory_effects(call, fn) & 0xAAAAAAAAAAAAAAAAull) == 0;
}

static bool reads_nothing(LLVMValueRef call, LLVMValueRef fn) {
  return (memory_effects(call, fn) & 0x5555555555555555ull) == 0;
}

static bool not_captured(LLVMValueRef call, LLVMValueRef fn, unsigned arg, bool *via_result) {
  *via_result = false;
#if H2S_HAS_CAPTURES_ATTR
  LLVMAttributeRef a = attr(call, fn, arg + 1, "captures");
  if (!a)
    return false;
  uint64_t info = LLVMGetEnumAttributeValue(a); /* (other << 4) | ret */
  if ((info >> 4) & 0xF)
    return false;
  *via_result = (info & 0xF) != 0;
  return true;
#else
  if (attr(call, fn, arg + 1, "returned"))
    *via_result = true;
  return attr(call, fn, arg + 1, "nocapture") != NULL;
#endif
}

static void declaration_effect(LLVMValueRef call, LLVMValueRef fn, unsigned arg,
                               struct h2s_arg_effect *out) {
  bool via_result;
  if (!fn || !not_captured(call, fn, arg, &via_result)) {
    out->flags = H2S_PARAM_WORST;
    return;
  }
  uint32_t flags = via_result ? H2S_PARAM_TO_RESULT : 0;
  bool read_only = writes_nothing(call, fn) || attr(call, fn, arg + 1, "readonly") ||
                   attr(call, fn, arg + 1, "readnone");
  bool no_read = reads_nothing(call, fn) || attr(call, fn, arg + 1, "readnone") ||
                 attr(call, fn, arg + 1, "writeonly");
  bool no_free = attr(call, fn, LLVMAttributeFunctionIndex, "nofree") ||
                 attr(call, fn, arg + 1, "nofree") || writes_nothing(call, fn);
  if (!no_free)
    flags |= H2S_PARAM_FREED;
  if (!read_only)
    flags |= H2S_PARAM_WRITTEN;
  /* Not capturing p says nothing about the pointers stored in *p. */
  if (!writes_nothing(call, fn) || !no_free)
    flags |= H2S_PARAM_CONTENT_ESCAPES;
  if (!no_read) {
    /* A pointer it reads through p may be what it returns, and the bytes
       it reads may leave as data. */
    if (h2s_carries_pointer(LLVMGetReturnType(LLVMGlobalGetValueType(fn))))
      flags |= H2S_PARAM_CONTENT_TO_RESULT;
    h2s_spans_add(&out->bytes.reads, h2s_span_all());
    h2s_spans_add(&out->bytes.reads_deep, h2s_span_all());
  }
  out->flags = flags;
}

/* ---- summaries -------------------------------------------------------- */

const struct h2s_summary *h2s_summary_of(struct h2s_host *host, LLVMValueRef fn) {
  size_t len = 0;
  const void *data = h2s_host_summary(host, fn, &len);
  return data && len == sizeof(struct h2s_summary) ? data : NULL;
}

void h2s_summary_store(struct h2s_host *host, LLVMValueRef fn, const struct h2s_summary *s) {
  h2s_host_set_summary(host, fn, s, sizeof *s);
}

static bool same_bytes(const struct h2s_param_bytes *a, const struct h2s_param_bytes *b) {
  return h2s_spans_equal(&a->reads, &b->reads) && h2s_spans_equal(&a->writes, &b->writes) &&
         h2s_spans_equal(&a->zeroes, &b->zeroes) &&
         h2s_spans_equal(&a->reads_deep, &b->reads_deep) &&
         h2s_spans_equal(&a->writes_deep, &b->writes_deep);
}

bool h2s_summary_same(const struct h2s_summary *a, const struct h2s_summary *b) {
  if (!a || !b || a->param_count != b->param_count || a->in_cycle != b->in_cycle)
    return false;
  for (uint32_t i = 0; i < a->param_count; i++)
    if (a->flags[i] != b->flags[i] || !same_bytes(&a->bytes[i], &b->bytes[i]))
      return false;
  return true;
}

void h2s_summary_worst(LLVMValueRef fn, struct h2s_summary *s, const char *why) {
  memset(s, 0, sizeof *s);
  unsigned n = LLVMCountParams(fn);
  s->param_count = n < H2S_SUMMARY_PARAMS ? n : H2S_SUMMARY_PARAMS;
  for (unsigned i = 0; i < s->param_count; i++) {
    s->flags[i] = H2S_PARAM_WORST;
    h2s_spans_add(&s->bytes[i].reads, h2s_span_all());
    h2s_spans_add(&s->bytes[i].writes, h2s_span_all());
    h2s_spans_add(&s->bytes[i].reads_deep, h2s_span_all());
    h2s_spans_add(&s->bytes[i].writes_deep, h2s_span_all());
    snprintf(s->why[i], H2S_WHY_MAX, "%s", why);
  }
}

/*
 * May fn's definition be replaced by another at link or load time, so that
 * its body says nothing about the code that runs?  Weak, linkonce (not
 * their ODR forms), common and extern_weak definitions; with the module's
 * SemanticInterposition flag (-fsemantic-interposition), any external one;
 * and a nobuiltin function, which the program may replace.
 */
static bool may_be_replaced(LLVMValueRef fn) {
  switch (LLVMGetLinkage(fn)) {
  case LLVMWeakAnyLinkage:
  case LLVMLinkOnceAnyLinkage:
  case LLVMExternalWeakLinkage:
  case LLVMCommonLinkage:
    return true;
  case LLVMExternalLinkage:
    /* clang sets the flag only for -fsemantic-interposition; whether a
       definition is dso_local is not visible here, so any external one counts. */
    if (LLVMGetModuleFlag(LLVMGetGlobalParent(fn), "SemanticInterposition",
                          strlen("SemanticInterposition")))
      return true;
    break;
  default:
    break;
  }
  unsigned nobuiltin = kind("nobuiltin");
  return nobuiltin && LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, nobuiltin);
}

bool h2s_inline_definition_only(LLVMValueRef fn) {
  LLVMValueRef origin = h2s_kept_body_origin(fn);
  if (!origin && (LLVMIsDeclaration(fn) ||
                  LLVMGetLinkage(fn) != LLVMAvailableExternallyLinkage))
    return false;
  size_t len;
  const char *name = LLVMGetValueName2(origin ? origin : fn, &len);
  return !(len >= 2 && name[0] == '_' && name[1] == 'Z');
}

/* Does a call of fn run fn's body?  Not when another definition may
   replace it, nor when it is only a C inline definition. */
static bool summary_usable(LLVMValueRef fn) {
  return !LLVMIsDeclaration(fn) && !may_be_replaced(fn) && !h2s_inline_definition_only(fn);
}

bool h2s_body_is_final(LLVMValueRef fn) { return !LLVMIsDeclaration(fn) && !may_be_replaced(fn); }

bool h2s_body_runs_at_calls(LLVMValueRef fn) { return summary_usable(fn); }

LLVMValueRef h2s_mismatched_callee(LLVMValueRef call) {
  if (!h2s_is_call(call))
    return NULL;
  LLVMValueRef fn = LLVMGetCalledValue(call);
  if (!fn || !LLVMIsAFunction(fn) || h2s_called_function(call) || LLVMGetIntrinsicID(fn))
    return NULL;
  LLVMTypeRef type = LLVMGlobalGetValueType(fn);
  if (LLVMIsFunctionVarArg(type) || LLVMGetInstructionCallConv(call) != LLVMGetFunctionCallConv(fn))
    return NULL;
  return fn;
}

/* Attributes that change how an argument is passed: with one of them on
   either side, the callee's parameter is not the caller's argument. */
static bool passed_differently(LLVMValueRef call, LLVMValueRef fn, unsigned arg) {
  static const char *const abi[] = {"byval", "byref", "inalloca", "preallocated", "sret",
                                    "nest", "swiftself", "swifterror", "swiftasync"};
  for (size_t i = 0; i < sizeof abi / sizeof abi[0]; i++)
    if (attr(call, fn, arg + 1, abi[i]))
      return true;
  return false;
}

/*
 * Through a mismatched type, argument `arg` is the callee's parameter `arg`
 * only if the callee has one there, of the argument's very type, passed the
 * same way.  A pointer passed where the callee expects an integer is an
 * integer to it: no summary speaks for that.
 */
static bool arrives_as_parameter(LLVMValueRef call, LLVMValueRef fn, unsigned arg) {
  if (arg >= LLVMCountParams(fn) || arg >= LLVMGetNumArgOperands(call))
    return false;
  return LLVMTypeOf(LLVMGetOperand(call, arg)) == LLVMTypeOf(LLVMGetParam(fn, arg)) &&
         !passed_differently(call, fn, arg);
}

/* A result the caller reads as another type than the callee returns is not
   a pointer the caller follows: what flows to it escapes. */
static void result_reinterpreted(struct h2s_arg_effect *out) {
  if (out->flags & H2S_PARAM_TO_RESULT)
    out->flags |= H2S_PARAM_ESCAPES;
  if (out->flags & H2S_PARAM_CONTENT_TO_RESULT)
    out->flags |= H2S_PARAM_CONTENT_ESCAPES;
}

LLVMValueRef h2s_summarized_callee(struct h2s_host *host, LLVMValueRef call) {
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn) {
    fn = h2s_mismatched_callee(call);
    return fn && summary_usable(fn) ? fn : NULL;
  }
  if (LLVMIsAInlineAsm(LLVMGetCalledValue(call)) || LLVMGetIntrinsicID(fn) ||
      h2s_host_library_function(host, call) || !summary_usable(fn))
    return NULL;
  return fn;
}

/* ---- indirect calls with known targets ------------------------------- */

struct targets {
  LLVMValueRef *items;
  unsigned count, max;
  LLVMTypeRef type;
  bool unknown;
};

static void add_target(struct h2s_host *host, struct targets *t, LLVMValueRef fn) {
  if (!LLVMIsAFunction(fn) || LLVMGlobalGetValueType(fn) != t->type || LLVMGetIntrinsicID(fn) ||
      !summary_usable(fn)) {
    t->unknown = true;
    return;
  }
  (void)host;
  for (unsigned i = 0; i < t->count; i++)
    if (t->items[i] == fn)
      return;
  if (t->count == t->max) {
    t->unknown = true;
    return;
  }
  t->items[t->count++] = fn;
}

/* Every function in a constant initializer (null and data pointers aside). */
static void table_functions(struct h2s_host *host, struct targets *t, LLVMValueRef c,
                            unsigned depth) {
  if (t->unknown || !c || depth > 8)
    return;
  if (LLVMIsAFunction(c)) {
    add_target(host, t, c);
    return;
  }
  if (LLVMIsAGlobalAlias(c) || LLVMIsAGlobalIFunc(c)) {
    t->unknown = true; /* what runs is decided elsewhere */
    return;
  }
  if (LLVMIsAConstantArray(c) || LLVMIsAConstantStruct(c) || LLVMIsAConstantVector(c) ||
      (LLVMIsAConstantExpr(c) && LLVMGetConstOpcode(c) != LLVMGetElementPtr)) {
    int n = LLVMGetNumOperands(c);
    for (int i = 0; i < n; i++)
      table_functions(host, t, LLVMGetOperand(c, (unsigned)i), depth + 1);
  }
  /* null, undef, integers, strings and other data: not callable */
}

static bool constant_table(LLVMValueRef g) {
  if (!LLVMIsAGlobalVariable(g) || !LLVMIsGlobalConstant(g) || LLVMIsDeclaration(g) ||
      LLVMIsExternallyInitialized(g))
    return false;
  switch (LLVMGetLinkage(g)) {
  case LLVMWeakAnyLinkage:
  case LLVMLinkOnceAnyLinkage:
  case LLVMExternalWeakLinkage:
  case LLVMCommonLinkage:
    return false;
  default:
    return true;
  }
}

static void collect_targets(struct h2s_host *host, struct targets *t, LLVMValueRef v,
                            unsigned depth) {
  while (v && (LLVMIsABitCastInst(v) || LLVMIsAAddrSpaceCastInst(v)))
    v = LLVMGetOperand(v, 0);
  if (t->unknown || !v || depth > 8) {
    t->unknown = true;
    return;
  }
  if (LLVMIsAFunction(v)) {
    add_target(host, t, v);
  } else if (LLVMIsASelectInst(v)) {
    collect_targets(host, t, LLVMGetOperand(v, 1), depth + 1);
    collect_targets(host, t, LLVMGetOperand(v, 2), depth + 1);
  } else if (LLVMIsAPHINode(v)) {
    unsigned n = LLVMCountIncoming(v);
    for (unsigned i = 0; i < n && !t->unknown; i++)
      collect_targets(host, t, LLVMGetIncomingValue(v, i), depth + 1);
  } else if (LLVMIsALoadInst(v) && !LLVMGetVolatile(v)) {
    LLVMValueRef table = h2s_underlying_object(LLVMGetOperand(v, 0));
    if (!constant_table(table))
      t->unknown = true;
    else
      table_functions(host, t, LLVMGetInitializer(table), 0);
  } else {
    t->unknown = true;
  }
}

unsigned h2s_indirect_targets(struct h2s_host *host, LLVMValueRef call, LLVMValueRef *out,
                              unsigned max) {
  if (!h2s_is_call(call))
    return 0;
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (!callee || LLVMIsAFunction(callee) || LLVMIsAInlineAsm(callee) ||
      LLVMIsAConstant(callee))
    return 0;
  struct targets t = {out, 0, max, LLVMGetCalledFunctionType(call), false};
  collect_targets(host, &t, callee, 0);
  return t.unknown ? 0 : t.count;
}

/* An indirect call with known targets: the union of their summaries. */
static bool indirect_arg_effect(struct h2s_host *host, LLVMValueRef call, unsigned arg,
                                struct h2s_arg_effect *out) {
  LLVMValueRef targets[H2S_MAX_INDIRECT_TARGETS];
  unsigned n = h2s_indirect_targets(host, call, targets, H2S_MAX_INDIRECT_TARGETS);
  if (!n)
    return false;
  memset(out, 0, sizeof *out);
  for (unsigned k = 0; k < n; k++) {
    const struct h2s_summary *s = h2s_summary_of(host, targets[k]);
    if (!s || arg >= s->param_count || arg >= H2S_SUMMARY_PARAMS ||
        arg >= LLVMCountParams(targets[k]) || passed_differently(call, targets[k], arg)) {
      out->flags = H2S_PARAM_WORST;
      return true;
    }
    out->flags |= s->flags[arg];
    const struct h2s_param_bytes *b = &s->bytes[arg];
    const struct h2s_span here = {0, 1, 0}; /* shifted by nothing */
    h2s_spans_add_shifted(&out->bytes.reads, &b->reads, here);
    h2s_spans_add_shifted(&out->bytes.writes, &b->writes, here);
    h2s_spans_add_shifted(&out->bytes.zeroes, &b->zeroes, here);
    h2s_spans_add_shifted(&out->bytes.reads_deep, &b->reads_deep, here);
    h2s_spans_add_shifted(&out->bytes.writes_deep, &b->writes_deep, here);
    if (!out->why && s->why[arg][0])
      out->why = s->why[arg];
  }
  return true;
}

/* An old-style call's argument, by the callee's summary where it applies. */
static void mismatched_arg_effect(struct h2s_host *host, LLVMValueRef call, unsigned arg,
                                  struct h2s_arg_effect *out) {
  LLVMValueRef fn = h2s_summarized_callee(host, call);
  const struct h2s_summary *s = fn ? h2s_summary_of(host, fn) : NULL;
  if (!s || !arrives_as_parameter(call, fn, arg) || arg >= s->param_count ||
      arg >= H2S_SUMMARY_PARAMS) {
    out->flags = H2S_PARAM_WORST;
    return;
  }
  out->flags = s->flags[arg];
  out->bytes = s->bytes[arg];
  out->why = s->why[arg][0] ? s->why[arg] : NULL;
  if (LLVMGetReturnType(LLVMGetCalledFunctionType(call)) !=
      LLVMGetReturnType(LLVMGlobalGetValueType(fn)))
    result_reinterpreted(out);
}

void h2s_call_arg_effect(struct h2s_host *host, LLVMValueRef call, unsigned arg,
                         struct h2s_arg_effect *out) {
  memset(out, 0, sizeof *out);
  LLVMValueRef fn = h2s_called_function(call);
  if (!fn && h2s_mismatched_callee(call)) {
    mismatched_arg_effect(host, call, arg, out);
    return;
  }
  if (!fn && indirect_arg_effect(host, call, arg, out))
    return;
  if (!fn || LLVMIsAInlineAsm(LLVMGetCalledValue(call))) {
    out->flags = H2S_PARAM_WORST;
    return;
  }
  bool mismatch;
  const struct lib_function *lib = library_entry(host, call, &mismatch);
  if (lib || mismatch) {
    if (lib)
      library_arg_effect(lib, call, arg, out);
    else
      out->flags = H2S_PARAM_WORST; /* not the prototype its table entry speaks for */
    return;
  }
  unsigned fixed = LLVMCountParams(fn);
  if (arg >= fixed) {
    out->flags = H2S_PARAM_WORST; /* a variadic argument: va_arg may do anything with it */
    return;
  }
  if (!LLVMIsDeclaration(fn) && may_be_replaced(fn)) {
    out->why = "may be replaced by another definition at link time (weak or linkonce)";
    declaration_effect(call, fn, arg, out);
    return;
  }
  if (h2s_inline_definition_only(fn)) {
    /* The call may run another definition than this body (C11 6.7.4p7),
       or, for a kept body, the function's own: its declaration speaks. */
    out->why = "may run another definition than the one here (an inline definition, "
               "available_externally: C's `inline` or `extern inline` allows the external "
               "one to differ)";
    declaration_effect(call, LLVMGetCalledValue(call), arg, out);
    return;
  }
  const struct h2s_summary *s = h2s_summarized_callee(host, call) ? h2s_summary_of(host, fn)
                                                                   : NULL;
  if (s) {
    if (arg < s->param_count && arg < H2S_SUMMARY_PARAMS) {
      out->flags = s->flags[arg];
      out->bytes = s->bytes[arg];
      out->why = s->why[arg][0] ? s->why[arg] : NULL;
    } else {
      out->flags = H2S_PARAM_WORST;
    }
    return;
  }
  declaration_effect(call, fn, arg, out);
}
