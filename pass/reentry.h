/*
 * reentry.h - may a function be called again before it returns, through
 * code heap2stack cannot see?
 */
#ifndef H2S_REENTRY_H
#define H2S_REENTRY_H

#include <heap2stack/host.h>
#include <llvm-c/Core.h>
#include <stdbool.h>

struct h2s_reentry_table;

struct h2s_reentry_table *h2s_reentry_table_create(void);
void h2s_reentry_table_destroy(struct h2s_reentry_table *t);

/*
 * NULL when every way fn can be entered again while its frame is live is a
 * call cycle the call graph shows (summaries' in_cycle); otherwise why it
 * may be: "it calls 'qsort', which may call back, and it can be called
 * from outside this module".  The text lives as long as the table.
 */
const char *h2s_may_reenter(struct h2s_reentry_table *t, struct h2s_host *host, LLVMValueRef fn);

/* Is fn's address used other than to call it (stored, in a table, passed)? */
bool h2s_address_taken(LLVMValueRef fn);

#endif
