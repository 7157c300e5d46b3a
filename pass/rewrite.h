/*
 * rewrite.h - turning a heap allocation into a stack slot.
 */
#ifndef H2S_REWRITE_H
#define H2S_REWRITE_H

#include "escape.h"

/* Rewrites a site whose decision is H2S_MOVE.  Never fails. */
void h2s_rewrite_site(const struct h2s_intrinsics *ids, struct h2s_site *site);

#endif
