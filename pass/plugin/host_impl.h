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

#include <llvm/IR/PassManager.h>
#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/IR/ValueMap.h>

#include <llvm/IR/Module.h>
#include <llvm/IR/ModuleSlotTracker.h>

#include <memory>
#include <string>

// Allocation calls that already received their final remark.
using H2SDecidedSet = llvm::ValueMap<const llvm::Value *, bool>;
// The C core's summary of each function, forgotten when the function goes.
using H2SSummaryMap = llvm::ValueMap<const llvm::Value *, std::string>;

// Blocks on a cycle of the CFG, computed once per function and pass run.
struct H2SCycleCache {
  const llvm::Function *F = nullptr;
  llvm::SmallPtrSet<const llvm::BasicBlock *, 32> InCycle;
};

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

// Which remarks a run emits.  In clang's -O1..-O3 pipelines heap2stack runs
// twice (pass/plugin/plugin.cpp): the first run's Passed remarks are final,
// but a site it keeps is decided again by the late run, which gives the
// final remark; so the first run holds back its Missed remarks (and their
// EscapeFlow trails), and the late run does not repeat the ParamSummary
// remarks the first one gave.
enum class H2SRemarkMode { All, HoldMissed, NoSummaries };

struct h2s_host {
  h2s_host(llvm::FunctionAnalysisManager &FAM, H2SDecidedSet &Decided, H2SSummaryMap &Summaries,
           H2SNumbering &Numbering, H2SRemarkMode Mode = H2SRemarkMode::All)
      : FAM(FAM), Decided(Decided), Summaries(Summaries), Numbering(Numbering), Mode(Mode) {}

  llvm::FunctionAnalysisManager &FAM;
  H2SDecidedSet &Decided;
  H2SSummaryMap &Summaries;
  std::string LibFuncName; // storage for h2s_host_library_function's answer
  std::string ParamName;   // storage for h2s_host_param_name's answer
  std::string SourceName;  // storage for h2s_host_source_name's answer
  H2SCycleCache Cycles;
  H2SNumbering &Numbering;
  H2SRemarkMode Mode;
};

#endif
