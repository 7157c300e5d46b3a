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
#include <llvm/IR/ValueMap.h>

#include <string>

// Allocation calls that already received their final remark.
using H2SDecidedSet = llvm::ValueMap<const llvm::Value *, bool>;

struct h2s_host {
  llvm::FunctionAnalysisManager &FAM;
  H2SDecidedSet &Decided;
  std::string LibFuncName; // storage for h2s_host_library_function's answer
};

#endif
