/*
 * options.c - parsing `heap2stack<...>` parameters and their command-line twins.
 *
 * Grammar: params := item (';' item)* ; item := key '=' value | flag.
 * Byte counts are non-negative decimal integers, as on the command line.
 * Anything else is refused with a message naming the
 * parameter and the accepted form, and nothing is applied.
 */
#include <heap2stack/options.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

struct h2s_options h2s_options_default(void) {
  struct h2s_options o = {
      .max_size = H2S_DEFAULT_MAX_SIZE,
      .max_frame = H2S_DEFAULT_MAX_FRAME,
      .max_recursive_size = H2S_DEFAULT_MAX_RECURSIVE_SIZE,
      .max_chain = H2S_DEFAULT_MAX_CHAIN,
      .dynamic_capacity = H2S_DEFAULT_DYNAMIC_CAPACITY,
      .stack_check_above = H2S_DEFAULT_STACK_CHECK_ABOVE,
      .disable = false,
      .caller_frames = true,
      .max_copy = H2S_DEFAULT_MAX_COPY,
      .analysis_budget = H2S_DEFAULT_ANALYSIS_BUDGET,
      .cycle_rounds = H2S_DEFAULT_CYCLE_ROUNDS,
  };
  return o;
}

const char *h2s_options_accepted(void) {
  return "heap2stack<max-size=BYTES;max-frame=BYTES;max-recursive-size=BYTES;max-chain=BYTES;"
         "dynamic-capacity=BYTES;stack-check-above=BYTES;max-copy=N;no-caller-frames;disable>, "
         "BYTES and N non-negative decimal integers (N: instructions)";
}

/* One byte count as accepted by the size keys; false if malformed. */
static bool parse_byte_count(const char *text, uint64_t *out) {
  const char *p = text;
  if (!isdigit((unsigned char)*p))
    return false;
  uint64_t value = 0;
  for (; isdigit((unsigned char)*p); p++) {
    if (__builtin_mul_overflow(value, 10, &value) ||
        __builtin_add_overflow(value, (uint64_t)(*p - '0'), &value))
      return false;
  }
  if (*p)
    return false;
  *out = value;
  return true;
}

struct size_key {
  const char *name;
  size_t offset;
  const char *unit, *example; /* for the error message */
};

static const struct size_key size_keys[] = {
    {"max-size", offsetof(struct h2s_options, max_size), "byte count", "65536"},
    {"max-frame", offsetof(struct h2s_options, max_frame), "byte count", "65536"},
    {"max-recursive-size", offsetof(struct h2s_options, max_recursive_size), "byte count", "65536"},
    {"max-chain", offsetof(struct h2s_options, max_chain), "byte count", "65536"},
    {"dynamic-capacity", offsetof(struct h2s_options, dynamic_capacity), "byte count", "65536"},
    {"stack-check-above", offsetof(struct h2s_options, stack_check_above), "byte count", "65536"},
    {"max-copy", offsetof(struct h2s_options, max_copy), "number of instructions", "1000"},
};

static bool parse_item(const char *item, size_t len, struct h2s_options *o, char *err,
                       size_t errlen) {
  char text[256];
  if (len >= sizeof text) {
    snprintf(err, errlen, "heap2stack: parameter '%.40s...' is too long; accepted: %s", item,
             h2s_options_accepted());
    return false;
  }
  memcpy(text, item, len);
  text[len] = 0;
  char *eq = strchr(text, '=');
  if (!eq) {
    if (!strcmp(text, "disable")) {
      o->disable = true;
      return true;
    }
    if (!strcmp(text, "no-caller-frames")) {
      o->caller_frames = false;
      return true;
    }
    snprintf(err, errlen, "heap2stack: unknown parameter '%s'; accepted: %s", text,
             h2s_options_accepted());
    return false;
  }
  *eq = 0;
  const char *value = eq + 1;
  for (size_t i = 0; i < sizeof size_keys / sizeof size_keys[0]; i++) {
    if (strcmp(text, size_keys[i].name))
      continue;
    uint64_t bytes;
    if (!parse_byte_count(value, &bytes)) {
      snprintf(err, errlen,
               "heap2stack: invalid value '%s' for parameter '%s': expected a non-negative "
               "decimal %s below 2^64 (e.g. %s=%s)",
               value, text, size_keys[i].unit, text, size_keys[i].example);
      return false;
    }
    *(uint64_t *)((char *)o + size_keys[i].offset) = bytes;
    return true;
  }
  if (!strcmp(text, "disable") || !strcmp(text, "no-caller-frames"))
    snprintf(err, errlen, "heap2stack: parameter '%s' takes no value; accepted: %s", text,
             h2s_options_accepted());
  else
    snprintf(err, errlen, "heap2stack: unknown parameter '%s'; accepted: %s", text,
             h2s_options_accepted());
  return false;
}

bool h2s_options_parse(const char *params, struct h2s_options *out, char *err, size_t errlen) {
  struct h2s_options o = *out;
  const char *p = params;
  while (*p) {
    const char *end = strchr(p, ';');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    if (len == 0) {
      snprintf(err, errlen, "heap2stack: empty parameter in '%s'; accepted: %s", params,
               h2s_options_accepted());
      return false;
    }
    if (!parse_item(p, len, &o, err, errlen))
      return false;
    p += len;
    if (*p == ';')
      p++;
  }
  *out = o;
  return true;
}
