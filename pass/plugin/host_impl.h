//===- host_impl.h - the C++ side of struct h2s_host ----------------------===//
//
// A host bundles what the C core may ask of LLVM's C++ analyses while one
// pass runs: the function analysis manager (TargetLibraryInfo, the remark
// emitter) and the set of allocation calls already decided in this pipeline.
//
//===----------------------------------------------------------------------===//
#ifndef H2S_HOST_IMPL_H
#define H2S_HOST_IMPL_H

#include <heap2stack/host.h>

#include <llvm/IR/ModuleSlotTracker.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/ValueMap.h>

#include <memory>
#include <string>

// Allocation calls that already received their final remark.
using H2SDecidedSet = llvm::ValueMap<const llvm::Value *, bool>;
// The C core's summary of each function, forgotten when the function goes.
using H2SSummaryMap = llvm::ValueMap<const llvm::Value *, std::string>;

// Value numbering for quoting instructions in remarks that have no debug
// location: the module's globals once, then one function at a time.  (Each
// LLVMPrintValueToString numbers the whole module, which made remarks on IR
// without debug locations quadratic.)  Kept while no other pass runs: for a
// module pass's whole run, for one SCC in the CGSCC pipeline.  Stale: a
// function rewritten while it was the numbered one.
struct H2SNumbering {
  std::unique_ptr<llvm::ModuleSlotTracker> Slots;
  const llvm::Function *Stale = nullptr;
};

struct h2s_host {
  h2s_host(llvm::FunctionAnalysisManager &FAM, H2SDecidedSet &Decided, H2SSummaryMap &Summaries,
           H2SNumbering &Numbering, h2s_remark_policy Policy = H2S_REMARKS_ALL)
      : FAM(FAM), Decided(Decided), Summaries(Summaries), Numbering(Numbering), Policy(Policy) {}

  llvm::FunctionAnalysisManager &FAM;
  H2SDecidedSet &Decided;
  H2SSummaryMap &Summaries;
  std::string LibFuncName; // storage for h2s_host_library_function's answer
  std::string ParamName;   // storage for h2s_host_param_name's answer
  std::string SourceName;  // storage for h2s_host_source_name's answer
  H2SNumbering &Numbering;
  h2s_remark_policy Policy;
  void *Core = nullptr; // h2s_host_set_core
};

#endif
