/*
 * loop_slots.h - one stack slot per loop iteration, for objects alive together.
 */
#ifndef H2S_LOOP_SLOTS_H
#define H2S_LOOP_SLOTS_H

#include "site.h"

#include <heap2stack/host.h>
#include <llvm-c/Core.h>

/*
 * For a site the loop rule refused (H2S_LOOP_CARRIED): if its loop is
 * entered at most once per call, runs at most a constant number N of
 * times, and runs the allocation at most once per iteration, the site
 * moves again (H2S_MOVE) with site->slots = N; otherwise it stays refused
 * and site->slots_reason says why.
 */
void h2s_consider_loop_slots(struct h2s_host *host, struct h2s_site *site);

/*
 * For a site with slots, once its size and alignment are known: sets the
 * stride between slots, or refuses the site (back to H2S_LOOP_CARRIED,
 * with a reason) when its size is not a constant or is queried, or when
 * its slots together are above max_size (then site->slots, slot_stride
 * and limit stay set for the remark).  Returns whether it may still move.
 */
bool h2s_loop_slots_sized(struct h2s_site *site, uint64_t max_size);

/* The stack bytes a site takes: all its slots, or its one slot's size. */
uint64_t h2s_site_stack_bytes(const struct h2s_site *site);

/*
 * The rewrite's part (rewrite.c makes the array `slots` and everything
 * else): an iteration counter in the loop's header, 0 on entry and one
 * more on each way round, and before the allocation a pointer to the
 * counter's slot of the array.  Returns that pointer; the builder is left
 * just after it.
 */
LLVMValueRef h2s_build_iteration_slot(LLVMBuilderRef builder, const struct h2s_site *site,
                                      LLVMValueRef slots);

#endif
