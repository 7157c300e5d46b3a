#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char text[128];

/* glibc: "%5%" (flags then %) and unknown conversions such as "%y" consume no argument: "%s" takes "tag", "%p" takes b. */
__attribute__((noinline)) void publish(void) {
  char *b = malloc(16);
  strcpy(b, "heap-object");
  errno = 0;
  sprintf(text, "%5%|%s|%p", "tag", b);
}

__attribute__((noinline)) void clobber(void) {
  volatile char junk[256];
  for (int i = 0; i < 256; i++) junk[i] = 'Z';
}

int main(void) {
  publish();
  clobber();
  void *q = 0;
  char *bar = strrchr(text, '|');
  sscanf(bar + 1, "%p", &q);
  printf("%.11s\n", (char *)q);
  return 0;
}
