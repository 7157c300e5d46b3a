/*
 * options.h - heap2stack's knobs and the one parser that reads them.
 *
 * The same text form is accepted from the pass pipeline
 * (`heap2stack<max-size=4096;max-frame=65536;dynamic-capacity=128>`) and, key by key, from the
 * command-line twins (`-heap2stack-max-size=4096`).  A pipeline parameter wins
 * over its command-line twin.
 */
#ifndef HEAP2STACK_OPTIONS_H
#define HEAP2STACK_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define H2S_DEFAULT_MAX_SIZE 65536u           /* per allocation, like Go's 64 KiB */
#define H2S_DEFAULT_MAX_FRAME 131072u         /* per function, like Go's 128 KiB */
#define H2S_DEFAULT_MAX_RECURSIVE_SIZE 0u     /* recursive functions: off */
#define H2S_DEFAULT_DYNAMIC_CAPACITY 256u     /* stack buffer for run-time sizes */

struct h2s_options {
  uint64_t max_size;           /* largest allocation moved, in bytes */
  uint64_t max_frame;          /* static allocas + moved bytes, per function */
  uint64_t max_recursive_size; /* largest allocation moved in a recursive function */
  uint64_t dynamic_capacity;   /* stack buffer for a run-time size; 0: off */
  bool disable;                /* the pass does nothing at all */
};

/* Which keys a parameter string set; a set key overrides a command-line twin. */
enum h2s_option_key {
  H2S_OPT_MAX_SIZE = 1u << 0,
  H2S_OPT_MAX_FRAME = 1u << 1,
  H2S_OPT_MAX_RECURSIVE_SIZE = 1u << 2,
  H2S_OPT_DISABLE = 1u << 3,
  H2S_OPT_DYNAMIC_CAPACITY = 1u << 4,
};

/* The defaults above. */
struct h2s_options h2s_options_default(void);

/*
 * Parses the text between `heap2stack<` and `>`: `key=value` pairs and bare
 * flags separated by ';'.  On success fills *out (starting from its current
 * contents), sets *set_keys to the keys given, and returns true.  On failure
 * writes a message naming the bad parameter and the accepted form to err and
 * returns false; *out is left untouched.
 */
bool h2s_options_parse(const char *params, struct h2s_options *out,
                       unsigned *set_keys, char *err, size_t errlen);

/* Parses one byte count as accepted by the size keys; false if malformed. */
bool h2s_parse_byte_count(const char *text, uint64_t *out);

/* A one-line description of every accepted parameter, for error messages. */
const char *h2s_options_accepted(void);

#ifdef __cplusplus
}
#endif
#endif
