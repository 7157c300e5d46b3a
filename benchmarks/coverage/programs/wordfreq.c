/* wordfreq: a small text-processing program written the way C programs
 * often are (coverage benchmark).  It generates a deterministic text,
 * splits it into lines and words, normalises each word in a temporary
 * buffer, counts words in a chained hash table, computes per-line
 * statistics in scratch arrays, and prints the most frequent words and a
 * few checksums.  Some allocations escape (table entries, the sorted
 * array), many are local temporaries. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
  char *word;
  unsigned count;
  struct Entry *next;
} Entry;

typedef struct {
  Entry **buckets;
  size_t nbuckets, size;
} Table;

static uint32_t rng = 2463534242u;
static uint32_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

static uint64_t fnv(const char *s, size_t n) {
  uint64_t h = 1469598103934665603u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211u;
  return h;
}

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    perror("malloc");
    exit(1);
  }
  return p;
}

/* Generates one line of text into a fresh heap string (returned). */
static char *make_line(void) {
  static const char *words[] = {"The", "quick", "brown", "fox", "jumps", "over", "the", "lazy",
                                "dog", "and", "runs", "away", "from", "a", "Cat", "that",
                                "sleeps", "in", "sun", "again"};
  size_t cap = 16, len = 0;
  char *line = xmalloc(cap);
  int n = 3 + (int)(next_rand() % 12);
  for (int i = 0; i < n; i++) {
    const char *w = words[next_rand() % 20];
    size_t wl = strlen(w);
    while (len + wl + 3 > cap) {
      cap *= 2;
      char *bigger = realloc(line, cap);
      if (!bigger) exit(1);
      line = bigger;
    }
    memcpy(line + len, w, wl);
    len += wl;
    if (next_rand() % 7 == 0) line[len++] = ',';
    line[len++] = ' ';
  }
  line[len] = 0;
  return line;
}

/* Lower-cases a word into a temporary copy and counts it. */
static void count_word(Table *t, const char *w, size_t n) {
  char *tmp = xmalloc(n + 1);
  for (size_t i = 0; i < n; i++)
    tmp[i] = (char)tolower((unsigned char)w[i]);
  tmp[n] = 0;
  size_t b = fnv(tmp, n) % t->nbuckets;
  for (Entry *e = t->buckets[b]; e; e = e->next)
    if (strcmp(e->word, tmp) == 0) {
      e->count++;
      free(tmp);
      return;
    }
  Entry *e = xmalloc(sizeof *e);
  e->word = tmp; /* escapes into the table */
  e->count = 1;
  e->next = t->buckets[b];
  t->buckets[b] = e;
  t->size++;
}

/* Per-line statistics with a fixed-size scratch histogram. */
static unsigned line_stats(const char *line, uint64_t *sum) {
  unsigned *hist = calloc(32, sizeof *hist);
  if (!hist) exit(1);
  unsigned words = 0;
  size_t i = 0, n = strlen(line);
  while (i < n) {
    while (i < n && !isalpha((unsigned char)line[i])) i++;
    size_t start = i;
    while (i < n && isalpha((unsigned char)line[i])) i++;
    if (i > start) {
      hist[(i - start) & 31]++;
      words++;
    }
  }
  for (int k = 0; k < 32; k++)
    *sum += (uint64_t)hist[k] * (uint64_t)(k + 1);
  free(hist);
  return words;
}

/* Reverses the words of a line into a buffer of a run-time size. */
static uint64_t reversed_hash(const char *line) {
  size_t n = strlen(line);
  char *buf = malloc(n + 1);
  if (!buf) exit(1);
  for (size_t i = 0; i < n; i++)
    buf[i] = line[n - 1 - i];
  buf[n] = 0;
  uint64_t h = fnv(buf, n);
  free(buf);
  return h;
}

static int by_count(const void *a, const void *b) {
  const Entry *x = *(Entry *const *)a, *y = *(Entry *const *)b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->word, y->word);
}

int main(int argc, char **argv) {
  int lines = argc > 1 ? atoi(argv[1]) : 20000;
  Table t = {calloc(257, sizeof(Entry *)), 257, 0};
  if (!t.buckets) return 1;
  uint64_t stat_sum = 0, rev = 0;
  unsigned long total_words = 0;
  for (int l = 0; l < lines; l++) {
    char *line = make_line();
    total_words += line_stats(line, &stat_sum);
    rev ^= reversed_hash(line);
    for (char *p = line; *p;) {
      while (*p && !isalpha((unsigned char)*p)) p++;
      char *start = p;
      while (isalpha((unsigned char)*p)) p++;
      if (p > start) count_word(&t, start, (size_t)(p - start));
    }
    free(line);
  }
  Entry **all = xmalloc(t.size * sizeof *all);
  size_t k = 0;
  for (size_t b = 0; b < t.nbuckets; b++)
    for (Entry *e = t.buckets[b]; e; e = e->next)
      all[k++] = e;
  qsort(all, k, sizeof *all, by_count);
  printf("%lu words, %zu distinct, stats %llu, reversed %016llx\n", total_words, t.size,
         (unsigned long long)stat_sum, (unsigned long long)rev);
  for (size_t i = 0; i < k && i < 10; i++)
    printf("%6u %s\n", all[i]->count, all[i]->word);
  for (size_t b = 0; b < t.nbuckets; b++)
    for (Entry *e = t.buckets[b]; e;) {
      Entry *n = e->next;
      free(e->word);
      free(e);
      e = n;
    }
  free(all);
  free(t.buckets);
  return 0;
}
