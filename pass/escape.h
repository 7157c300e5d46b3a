/*
 * escape.h - does an allocation's pointer escape its function?
 */
#ifndef H2S_ESCAPE_H
#define H2S_ESCAPE_H

#include "site.h"

/* Intrinsics the escape walk knows; looked up once per session. */
struct h2s_intrinsics {
  unsigned memcpy, memcpy_inline, memmove, memset, memset_inline;
  unsigned lifetime_start, lifetime_end;
  unsigned objectsize, assume, prefetch, invariant_start, invariant_end;
  unsigned launder_invariant_group, strip_invariant_group, ptrmask;
  unsigned dbg_value, dbg_declare, dbg_assign;
};

void h2s_intrinsics_init(struct h2s_intrinsics *ids);

/*
 * Follows every use of site->call.  On return either site->decision is
 * H2S_MOVE and site->frees / pointer_calls / old_markers list what the
 * rewrite must touch, or the decision names the blocking rule and
 * site->blocker the instruction.
 */
void h2s_decide_escape(struct h2s_host *host, const struct h2s_intrinsics *ids,
                       struct h2s_site *site);

#endif
