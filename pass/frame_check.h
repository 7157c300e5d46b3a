/*
 * frame_check.h - max-frame, checked again once slots have been inlined.
 */
#ifndef H2S_FRAME_CHECK_H
#define H2S_FRAME_CHECK_H

#include "analysis.h"

#include <heap2stack/host.h>
#include <heap2stack/options.h>

/*
 * Estimates fn's frame with the static slots heap2stack made (in fn, or in
 * functions since inlined into it) as stack colouring would pack them, and
 * while it is above max-frame, or its slots plus `below` (the heaviest
 * chain of static slots under fn) are above max-chain, or fn may be
 * re-entered through code heap2stack cannot see (`reentry`, its reason, or
 * NULL), turns the largest slot into a checked one, with a
 * FrameAfterInlining remark each.  True if
 * fn changed.
 */
bool h2s_recheck_frame(struct h2s_host *host, const struct h2s_intrinsics *ids, LLVMValueRef fn,
                       const struct h2s_options *opts, uint64_t below, const char *reentry);

#endif
