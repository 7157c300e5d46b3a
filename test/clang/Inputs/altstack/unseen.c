// Built without the plugin: heap2stack does not see this sigaltstack call,
// so no reset follows it; the stack check's query must notice the
// alternate stack itself.
#include <signal.h>
#include <stddef.h>

int unseen_sigaltstack(void *sp, size_t size) {
  stack_t ss = {.ss_sp = sp, .ss_size = size, .ss_flags = 0};
  return sigaltstack(&ss, NULL);
}

int unseen_disable_sigaltstack(void) {
  stack_t ss = {.ss_sp = NULL, .ss_size = 0, .ss_flags = SS_DISABLE};
  return sigaltstack(&ss, NULL);
}
