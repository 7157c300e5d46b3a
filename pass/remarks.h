/*
 * remarks.h - the words heap2stack says about each allocation.
 */
#ifndef H2S_REMARKS_H
#define H2S_REMARKS_H

#include "site.h"

/* The one final remark for a site: Passed `Moved`, or Missed with its rule. */
void h2s_remark_decision(struct h2s_host *host, const struct h2s_site *site);

/* Analysis remarks for a moved site: each deallocation it removes. */
void h2s_remark_moved_details(struct h2s_host *host, const struct h2s_site *site);

#endif
