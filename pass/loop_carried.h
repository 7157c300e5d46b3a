/*
 * loop_carried.h - may a pointer outlive its loop iteration?
 */
#ifndef H2S_LOOP_CARRIED_H
#define H2S_LOOP_CARRIED_H

#include "escape.h"

/*
 * For a site whose allocation is on a cycle of the CFG: refuses it
 * (H2S_LOOP_CARRIED, blocker = the carrying value) if a pointer to one
 * execution's object may be used after the allocation runs again, since all
 * executions will share one stack slot.
 */
void h2s_check_loop_carried(struct h2s_host *host, const struct h2s_function_analysis *fa,
                            struct h2s_site *site);

#endif
