/*
 * summary_solver.h - computing parameter summaries, a call cycle at a time.
 */
#ifndef H2S_SUMMARY_SOLVER_H
#define H2S_SUMMARY_SOLVER_H

#include "analysis.h"

/*
 * Makes sure fn and every function it calls (directly, with a body that is
 * the one that runs) have their final summaries: callees first, the
 * functions of one call cycle solved together to a fixed point.  Emits a
 * ParamSummary remark for each summary it computes.
 */
void h2s_summaries_ensure(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                          LLVMValueRef fn);

/*
 * The same, except for fn's own summary when fn is not part of a call
 * cycle: then it returns H2S_OWN_PENDING, and the caller, which is about
 * to analyse fn anyway (with every callee's summary now final, the same
 * analysis), gives that analysis to h2s_summary_finish, saving a second
 * one.  When fn's call cycle is solved here and cycle_fa is not NULL, it
 * returns H2S_OWN_ANALYSED with *cycle_fa the analysis of fn the last
 * round made (with the final summaries) for the caller to use and free.
 */
enum h2s_own_summary {
  H2S_OWN_SOLVED,   /* fn's summary is stored, and no analysis of it is kept */
  H2S_OWN_PENDING,  /* outside any cycle: the caller finishes it */
  H2S_OWN_ANALYSED, /* its cycle was solved, and *cycle_fa is fn's analysis */
};
enum h2s_own_summary h2s_summaries_ensure_callees(struct h2s_host *host,
                                                  const struct h2s_analysis_config *cfg,
                                                  LLVMValueRef fn,
                                                  struct h2s_function_analysis *cycle_fa);

/* Stores fn's summary from fa, an analysis of fn made with its callees'
   final summaries (NULL: analyses fn itself), unless fn has one already. */
void h2s_summary_finish(struct h2s_host *host, const struct h2s_analysis_config *cfg,
                        LLVMValueRef fn, const struct h2s_function_analysis *fa);

/* Fn's parameter summary, from its solved graph. */
void h2s_summarize(const struct h2s_function_analysis *fa, bool in_cycle,
                   struct h2s_summary *out);

#endif
