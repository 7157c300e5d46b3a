//===- two-pipelines.cpp - two pipelines built interleaved, for lit ------===//
//
// A test driver: loads the heap2stack plugin into two PassBuilders and
// builds their O2 pipelines interleaved, as two ThinLTO backend threads may:
//
//   builder 1: module simplification (its CGSCC-optimizer-late callbacks)
//   builder 2: module simplification
//   builder 1: module optimization   (its optimizer-early callbacks)
//   builder 2: module optimization
//
// then runs pipeline 1 on one copy of the input and pipeline 2 on another,
// printing "; pipeline N" to stderr before each, then the remarks
// (-pass-remarks and friends), and "; pipeline N" and the module's IR after
// it to stdout.  Whatever links a pipeline's two halves must belong to its
// own builder: both runs then give the same remarks and the same IR.
//
//   h2s-two-pipelines <plugin.so> <input.ll> [LLVM options...]
//
//===----------------------------------------------------------------------===//
#include "compat.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>
#include H2S_PASS_PLUGIN_HEADER

#include <memory>
#include <vector>

using namespace llvm;

namespace {

struct Pipeline {
  LoopAnalysisManager LAM;
  FunctionAnalysisManager FAM;
  CGSCCAnalysisManager CGAM;
  ModuleAnalysisManager MAM;
  PassBuilder PB;
  ModulePassManager Simplification, Optimization;

  explicit Pipeline(PassPlugin &Plugin) {
    Plugin.registerPassBuilderCallbacks(PB);
    PB.registerModuleAnalyses(MAM);
    PB.registerCGSCCAnalyses(CGAM);
    PB.registerFunctionAnalyses(FAM);
    PB.registerLoopAnalyses(LAM);
    PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  }
};

} // namespace

int main(int argc, char **argv) {
  if (argc < 3) {
    errs() << "usage: h2s-two-pipelines <plugin.so> <input.ll> [LLVM options...]\n";
    return 2;
  }
  Expected<PassPlugin> Plugin = PassPlugin::Load(argv[1]);
  if (!Plugin) {
    errs() << "h2s-two-pipelines: " << toString(Plugin.takeError()) << "\n";
    return 1;
  }
  // The plugin's options exist once it is loaded.
  std::vector<const char *> Args = {argv[0]};
  for (int I = 3; I < argc; ++I)
    Args.push_back(argv[I]);
  cl::ParseCommandLineOptions(static_cast<int>(Args.size()), Args.data());

  LLVMContext Context;
  SMDiagnostic Err;
  std::unique_ptr<Module> Modules[2];
  for (std::unique_ptr<Module> &M : Modules)
    if (!(M = parseIRFile(argv[2], Err, Context))) {
      Err.print(argv[0], errs());
      return 1;
    }

  Pipeline P1(*Plugin), P2(*Plugin);
  OptimizationLevel O2 = OptimizationLevel::O2;
  ThinOrFullLTOPhase None = ThinOrFullLTOPhase::None;
  P1.Simplification = P1.PB.buildModuleSimplificationPipeline(O2, None);
  P2.Simplification = P2.PB.buildModuleSimplificationPipeline(O2, None);
  P1.Optimization = P1.PB.buildModuleOptimizationPipeline(O2, None);
  P2.Optimization = P2.PB.buildModuleOptimizationPipeline(O2, None);

  Pipeline *Ps[] = {&P1, &P2};
  for (int I = 0; I < 2; ++I) {
    errs() << "; pipeline " << I + 1 << "\n";
    Ps[I]->Simplification.run(*Modules[I], Ps[I]->MAM);
    Ps[I]->Optimization.run(*Modules[I], Ps[I]->MAM);
    outs() << "; pipeline " << I + 1 << "\n" << *Modules[I];
  }
  return 0;
}
