// A signal handler's 10000-byte malloc gets a *checked* slot (size above
// stack-check-above).  The handler runs on an alternate signal stack
// (SA_ONSTACK) whose 12 KiB buffer is an automatic array in main's frame,
// i.e. inside the thread's own stack.  The run-time check only asks whether
// sp lies within [limit, top] of the thread's stack and is far enough above
// the limit, so it takes the 10000-byte slot on the 12 KiB alternate stack,
// under the kernel's signal frame, and writes past the alternate stack's
// low end into the guard bytes below it.  The heap version leaves them
// intact.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile long result;
static void handler(int sig) {
  char *buf = malloc(10000);
  if (!buf) return;
  memset(buf, sig, 10000);
  long s = 0;
  for (int i = 0; i < 10000; i += 97) s += buf[i];
  result = s;
  free(buf);
}
struct area { char guard[16384]; char stk[12288]; };
__attribute__((noinline)) static int run(struct area *a) {
  memset(a->guard, 0x5a, sizeof a->guard);
  stack_t ss = { .ss_sp = a->stk, .ss_size = sizeof a->stk, .ss_flags = 0 };
  if (sigaltstack(&ss, NULL)) { perror("sigaltstack"); return 1; }
  struct sigaction sa; memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler; sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, NULL);
  raise(SIGUSR1);
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, NULL);
  int bad = 0;
  for (size_t i = 0; i < sizeof a->guard; i++) bad += a->guard[i] != 0x5a;
  return bad;
}
int main(void) {
  free(malloc(10000)); /* malloc initialised before the signal */
  struct area a;
  int bad = run(&a);
  printf("result %ld, guard bytes overwritten below the alternate stack: %d\n", result, bad);
  return 0;
}
