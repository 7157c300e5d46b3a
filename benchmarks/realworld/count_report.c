/* count_report.so: writes malloc_count.so's totals to a file at exit, for
 * benchmarks/realworld/run.
 *
 *   LD_PRELOAD="malloc_count.so count_report.so" COUNT_REPORT_FILE=/abs/path prog
 *
 * appends one line "malloc_count: <allocs> allocations, <frees> frees
 * (<pid> <program>)" per process to COUNT_REPORT_FILE, written with
 * open(2)/write(2): malloc_count's own MALLOC_COUNT_REPORT prints to
 * stderr, which some programs close before they exit (xz's tuklib_exit
 * does) or redirect.  The counters are read through dlsym(RTLD_DEFAULT),
 * so without malloc_count.so nothing is written. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char *program_invocation_name;

__attribute__((destructor)) static void count_report(void) {
  const char *path = getenv("COUNT_REPORT_FILE");
  size_t (*allocs)(void), (*frees)(void);
  char line[512];
  int fd, n, saved = errno;
  if (!path || !*path) return;
  allocs = (size_t (*)(void))dlsym(RTLD_DEFAULT, "malloc_count_allocs");
  frees = (size_t (*)(void))dlsym(RTLD_DEFAULT, "malloc_count_frees");
  if (!allocs || !frees) return;
  n = snprintf(line, sizeof line, "malloc_count: %zu allocations, %zu frees (%ld %s)\n", allocs(),
               frees(), (long)getpid(), program_invocation_name ? program_invocation_name : "?");
  if (n < 0) return;
  if ((size_t)n >= sizeof line) n = sizeof line - 1;
  fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) {
    if (write(fd, line, (size_t)n) < 0) { /* nothing to do */ }
    close(fd);
  }
  errno = saved;
}
