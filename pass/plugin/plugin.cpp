//===- plugin.cpp - heap2stack's pass plugin entry point ------------------===//
//
// The thin C++ shell around the C core:
//
//  * `heap2stack` (and `heap2stack<max-size=N;...>`) as a module pass for
//    opt pipelines: it walks LLVM's call graph bottom-up, one strongly
//    connected component at a time, and hands each to the core;
//  * the same pass as a CGSCC pass, which clang's -O1..-O3 pipelines run at
//    the CGSCC-optimizer-late extension point: after the inliner has visited
//    the SCC and before the function simplification pipeline (SROA,
//    InstCombine, ...), so a moved object usually ends up in registers;
//  * at the start of the simplification pipeline, kept bodies of imported
//    functions for the late run (pass/imported_bodies.c);
//  * the -heap2stack-* command-line twins of the pipeline parameters;
//  * a warning when it is loaded into clang's ThinLTO backend, which never
//    runs it.
//
//===----------------------------------------------------------------------===//
#include "compat.h"
#include "host_impl.h"

#include <heap2stack/core.h>

#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LazyCallGraph.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/EarlyCSE.h>
#include <llvm/Transforms/Scalar/SROA.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include H2S_PASS_PLUGIN_HEADER

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

using namespace llvm;

namespace {

// Malformed values ("abc", "-1") are refused by cl's own parser, which names
// the option and the accepted type before opt or clang runs anything.
cl::opt<uint64_t>
    MaxSize("heap2stack-max-size", cl::init(H2S_DEFAULT_MAX_SIZE),
            cl::desc("heap2stack: largest allocation moved to the stack, in bytes "
                     "(default 65536)"));
cl::opt<uint64_t>
    MaxFrame("heap2stack-max-frame", cl::init(H2S_DEFAULT_MAX_FRAME),
             cl::desc("heap2stack: per-function limit on static allocas plus moved "
                      "bytes (default 131072)"));
cl::opt<uint64_t> MaxRecursiveSize(
    "heap2stack-max-recursive-size", cl::init(H2S_DEFAULT_MAX_RECURSIVE_SIZE),
    cl::desc("heap2stack: largest allocation moved in a function that is part of a "
             "call cycle (default 0: none)"));
cl::opt<uint64_t> DynamicCapacity(
    "heap2stack-dynamic-capacity", cl::init(H2S_DEFAULT_DYNAMIC_CAPACITY),
    cl::desc("heap2stack: stack buffer for an allocation of a run-time size, used when "
             "the size fits (default 256; 0: keep such allocations on the heap)"));
cl::opt<uint64_t> MaxChain(
    "heap2stack-max-chain", cl::init(H2S_DEFAULT_MAX_CHAIN),
    cl::desc("heap2stack: limit on the bytes of static stack slots heap2stack adds along any "
             "call path (default 65536)"));
cl::opt<uint64_t> StackCheckAbove(
    "heap2stack-stack-check-above", cl::init(H2S_DEFAULT_STACK_CHECK_ABOVE),
    cl::desc("heap2stack: allocations larger than this many bytes get their stack slot only "
             "when the running thread's stack has room, the heap otherwise (default 4096)"));
// Budgets, like LLVM's capture-tracking-max-uses-to-explore: past them an
// allocation stays on the heap, with the remark that names the budget.
cl::opt<uint64_t> AnalysisBudget(
    "heap2stack-analysis-budget", cl::init(H2S_DEFAULT_ANALYSIS_BUDGET), cl::Hidden,
    cl::desc("heap2stack: solver steps per instruction of a function before its allocations "
             "stay on the heap (AnalysisBudget remark; default 256)"));
cl::opt<unsigned> CycleRounds(
    "heap2stack-cycle-rounds", cl::init(H2S_DEFAULT_CYCLE_ROUNDS), cl::Hidden,
    cl::desc("heap2stack: rounds of a call cycle's summary fixed point before its members get "
             "the worst summary (default 8)"));
cl::opt<bool> Disable("heap2stack-disable", cl::init(false),
                      cl::desc("heap2stack: do nothing"));
cl::opt<bool> CallerFrames(
    "heap2stack-caller-frames", cl::init(true),
    cl::desc("heap2stack: an object a callee allocates and returns may live in the frame of "
             "a caller that frees it, through a copy of the callee that takes the storage "
             "(module pass, late run and full LTO; default on, =false to keep such objects "
             "on the heap)"));
cl::opt<uint64_t> MaxCopy(
    "heap2stack-max-copy", cl::init(H2S_DEFAULT_MAX_COPY),
    cl::desc("heap2stack: the largest maker (a function whose returned object may live in its "
             "caller's frame) that heap2stack copies, in instructions; each maker is copied at "
             "most once (default 1000; 0: no copies)"));
cl::opt<bool> LateRerun(
    "heap2stack-late-rerun", cl::init(true),
    cl::desc("heap2stack: in clang -O1..-O3, decide the allocations the first run kept once "
             "more when the optimizer starts, on simplified functions (the late run gives "
             "their final remark; on by default, =false for the first run alone)"));

// A misspelt option must stop the compiler.  LLVM's command line takes an
// unknown option for an option that prefixes it when one is marked Prefix or
// Grouping: `-heap2stack-maxsize=10` ended as `-h` (help), which prints the
// option list and exits 0, so clang wrote no object file and said nothing
// wrong.  `heap2stack` is a Prefix option that no one is meant to write: the
// command line looks for the exact name first, so the real options still
// win, and the longest prefix next, so every other `-heap2stack...` ends
// here, where it is refused with the list of the real options.
const cl::Option *const KnownOptions[] = {
    &MaxSize, &MaxFrame, &MaxRecursiveSize, &DynamicCapacity, &MaxChain, &StackCheckAbove,
    &Disable, &CallerFrames, &MaxCopy, &LateRerun, &AnalysisBudget, &CycleRounds};

class MisspeltOptionParser : public cl::parser<std::string> {
public:
  using cl::parser<std::string>::parser;

  // ArgName is "heap2stack" and Arg the rest of what was written.
  bool parse(cl::Option &, StringRef ArgName, StringRef Arg, std::string &) {
    std::string Written = ("-" + ArgName + Arg).str();
    StringRef Name = StringRef(Written).drop_front().split('=').first;
    StringRef Value = StringRef(Written).split('=').second;
    const cl::Option *Nearest = nullptr;
    unsigned Best = 0;
    for (const cl::Option *O : KnownOptions) {
      unsigned D = O->ArgStr.edit_distance(Name, /*AllowReplacements=*/true);
      if (!Nearest || D < Best) {
        Nearest = O;
        Best = D;
      }
    }
    errs() << "heap2stack: unknown option '" << Written << "'";
    if (Nearest && Best <= 3) {
      errs() << " (did you mean '-" << Nearest->ArgStr;
      if (StringRef(Written).contains('='))
        errs() << "=" << Value;
      errs() << "'?)";
    }
    errs() << "; the heap2stack options are:";
    for (const cl::Option *O : KnownOptions) {
      errs() << " -" << O->ArgStr;
      if (O->getValueExpectedFlag() == cl::ValueRequired)
        errs() << "=N"; // the booleans take no value, or =true/=false
    }
    errs() << "\n";
    return true; // an error: the command line stops the tool (exit 1)
  }
};

cl::opt<std::string, false, MisspeltOptionParser>
    Misspelt("heap2stack", cl::Prefix, cl::ValueOptional, cl::ReallyHidden,
             cl::desc("heap2stack: refuses misspelt -heap2stack-* options"));

h2s_options optionsFromCommandLine() {
  h2s_options O = h2s_options_default();
  O.max_size = MaxSize;
  O.max_frame = MaxFrame;
  O.max_recursive_size = MaxRecursiveSize;
  O.dynamic_capacity = DynamicCapacity;
  O.stack_check_above = StackCheckAbove;
  O.max_chain = MaxChain;
  O.disable = Disable;
  O.caller_frames = CallerFrames;
  O.max_copy = MaxCopy;
  O.analysis_budget = AnalysisBudget;
  O.cycle_rounds = CycleRounds;
  return O;
}

// What one pipeline run of heap2stack remembers: the core's session and the
// allocation calls that already have their final remark.
struct RunState {
  explicit RunState(const h2s_options &O) : Session(h2s_session_create(&O)) {}
  ~RunState() { h2s_session_destroy(Session); }
  RunState(const RunState &) = delete;
  RunState &operator=(const RunState &) = delete;
  h2s_session *Session;
  H2SDecidedSet Decided;
  H2SSummaryMap Summaries;
};

// Runs the core over one SCC's functions; returns which ones changed.
std::vector<bool> runCore(RunState &State, H2SNumbering &Numbering, h2s_remark_policy Mode,
                          FunctionAnalysisManager &FAM, ArrayRef<Function *> Fns) {
  std::vector<LLVMValueRef> Wrapped;
  for (Function *F : Fns)
    Wrapped.push_back(wrap(F));
  std::unique_ptr<bool[]> Changed(new bool[Fns.size() + 1]());
  h2s_host Host(FAM, State.Decided, State.Summaries, Numbering, Mode);
  h2s_run_on_scc(State.Session, &Host, Wrapped.data(), Wrapped.size(), Changed.get());
  return std::vector<bool>(Changed.get(), Changed.get() + Fns.size());
}

// A host for a pass that decides no site: its own empty decided set,
// summaries and numbering.
struct ScratchHost {
  H2SDecidedSet Decided;
  H2SSummaryMap Summaries;
  H2SNumbering Numbering;
  h2s_host Host;
  explicit ScratchHost(FunctionAnalysisManager &FAM) : Host(FAM, Decided, Summaries, Numbering) {}
};

// Deletes the kept bodies (pass/imported_bodies.c) after their analyses.
bool dropKeptBodies(Module &M, FunctionAnalysisManager &FAM) {
  bool Any = false;
  for (Function &F : M)
    if (h2s_is_kept_body(wrap(&F)) || (h2s_is_inline_copy(wrap(&F)) && F.use_empty())) {
      FAM.clear(F, F.getName());
      Any = true;
    }
  return Any && h2s_drop_kept_bodies(wrap(&M)) > 0;
}

// `heap2stack-keep-bodies`, at the start of clang's simplification
// pipeline: an internal copy of each imported (available_externally)
// function the late run may use as a maker, filler or destroyer, which
// EliminateAvailableExternallyPass would otherwise turn into a declaration
// before it runs.
class KeepImportedBodiesPass : public PassInfoMixin<KeepImportedBodiesPass> {
  h2s_options Opts;

public:
  explicit KeepImportedBodiesPass(const h2s_options &O) : Opts(O) {}

  PreservedAnalyses run(Module &M, ModuleAnalysisManager &MAM) {
    if (Opts.disable || !Opts.caller_frames)
      return PreservedAnalyses::all();
    FunctionAnalysisManager &FAM =
        MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
    ScratchHost Scratch(FAM);
    if (!h2s_keep_imported_bodies(&Scratch.Host, wrap(&M), Opts.max_copy))
      return PreservedAnalyses::all();
    PreservedAnalyses PA;
    PA.preserveSet<AllAnalysesOn<Function>>(); // no function changed: one was added
    return PA;
  }
};

// `heap2stack` in an opt pipeline: a module pass walking the call graph's
// SCCs bottom-up (the lazy call graph's post-order: callees before callers).
class HeapToStackPass : public PassInfoMixin<HeapToStackPass> {
  h2s_options Opts;
  bool Cleanup; // run SROA and friends on the functions that changed
  h2s_remark_policy Mode;

  static void cleanUp(Function &F, FunctionAnalysisManager &FAM) {
    FunctionPassManager FPM;
    FPM.addPass(SROAPass(SROAOptions::ModifyCFG));
    FPM.addPass(EarlyCSEPass(/*UseMemorySSA=*/false));
    FPM.addPass(InstCombinePass());
    FPM.addPass(SimplifyCFGPass());
    FPM.run(F, FAM);
  }

public:
  explicit HeapToStackPass(const h2s_options &O, bool Cleanup = false,
                           h2s_remark_policy Mode = H2S_REMARKS_ALL)
      : Opts(O), Cleanup(Cleanup), Mode(Mode) {}

  PreservedAnalyses run(Module &M, ModuleAnalysisManager &MAM) {
    if (Opts.disable)
      return PreservedAnalyses::all();
    FunctionAnalysisManager &FAM =
        MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
    // Take every SCC first: the rewrite deletes calls the call graph points
    // at.  The lazy call graph's post-order, as in clang's CGSCC pipeline:
    // a function referenced from a constant table of functions (a call
    // through it: call_chain.c counts its chain) comes before its referrer.
    std::vector<std::vector<Function *>> SCCs;
    {
      LazyCallGraph &LCG = MAM.getResult<LazyCallGraphAnalysis>(M);
      LCG.buildRefSCCs();
      for (LazyCallGraph::RefSCC &RC : LCG.postorder_ref_sccs())
        for (LazyCallGraph::SCC &C : RC) {
          std::vector<Function *> Fns;
          for (LazyCallGraph::Node &N : C)
            if (!N.getFunction().isDeclaration() && !h2s_is_kept_body(wrap(&N.getFunction())))
              Fns.push_back(&N.getFunction());
          if (!Fns.empty())
            SCCs.push_back(std::move(Fns));
        }
    }
    RunState State(Opts);
    H2SNumbering Numbering; // only changed functions change until this loop ends
    bool AnyChanged = false;
    for (std::vector<Function *> &Fns : SCCs) {
      std::vector<bool> Changed = runCore(State, Numbering, Mode, FAM, Fns);
      for (size_t I = 0; I < Fns.size(); ++I)
        if (Changed[I]) {
          FAM.invalidate(*Fns[I], PreservedAnalyses::none());
          if (Cleanup)
            cleanUp(*Fns[I], FAM);
          AnyChanged = true;
        }
    }
    if (dropKeptBodies(M, FAM))
      AnyChanged = true;
    return AnyChanged ? PreservedAnalyses::none() : PreservedAnalyses::all();
  }
};

// At -O0 heap2stack does not run (clang makes every function optnone, and a
// debug build is not the place to move allocations), so a function annotated
// heap2stack_noheap would go unchecked without a word: this pass warns about
// each one that still allocates.  A warning, not an error: -O0 builds of
// such code keep working.
class NoHeapUncheckedPass : public PassInfoMixin<NoHeapUncheckedPass> {
public:
  PreservedAnalyses run(Module &M, ModuleAnalysisManager &MAM) {
    if (!M.getNamedGlobal("llvm.global.annotations"))
      return PreservedAnalyses::all();
    FunctionAnalysisManager &FAM =
        MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
    ScratchHost Scratch(FAM);
    for (Function &F : M)
      h2s_warn_unchecked_noheap(&Scratch.Host, wrap(&F));
    return PreservedAnalyses::all();
  }
};

// Set while a default pipeline is built: its late run exists, so the
// CGSCC run holds back its Missed remarks (the late run gives them).
struct LateRunLink {
  bool Scheduled = false;
};

// The same pass inside a CGSCC pipeline (clang's -O1..-O3, or `cgscc(...)`).
class HeapToStackCGSCCPass : public PassInfoMixin<HeapToStackCGSCCPass> {
  h2s_options Opts;
  // One state for the whole pipeline run: a function revisited after its
  // SCC changed does not get a second remark for the same allocation.
  std::shared_ptr<RunState> State;
  std::shared_ptr<LateRunLink> Late; // null outside clang's default pipelines

  // A CGSCC pass adds no functions: no copies of makers (caller_frames.c).
  static h2s_options withoutCopies(h2s_options O) {
    O.caller_frames = false;
    return O;
  }

public:
  explicit HeapToStackCGSCCPass(const h2s_options &O, std::shared_ptr<LateRunLink> Late = nullptr)
      : Opts(withoutCopies(O)), State(std::make_shared<RunState>(Opts)), Late(std::move(Late)) {}

  PreservedAnalyses run(LazyCallGraph::SCC &C, CGSCCAnalysisManager &AM, LazyCallGraph &CG,
                        CGSCCUpdateResult &UR) {
    if (Opts.disable)
      return PreservedAnalyses::all();
    FunctionAnalysisManager &FAM =
        AM.getResult<FunctionAnalysisManagerCGSCCProxy>(C, CG).getManager();
    std::vector<LazyCallGraph::Node *> Nodes;
    for (LazyCallGraph::Node &N : C)
      Nodes.push_back(&N);

    // Like CGSCCToFunctionPassAdaptor: one function at a time, keeping the
    // lazy call graph and the analyses up to date after each change.
    LazyCallGraph::SCC *Current = &C;
    PreservedAnalyses PA = PreservedAnalyses::all();
    H2SNumbering Numbering; // other passes run between SCCs
    h2s_remark_policy Mode = Late && Late->Scheduled ? H2S_REMARKS_HOLD_MISSED : H2S_REMARKS_ALL;
    for (LazyCallGraph::Node *N : Nodes) {
      if (CG.lookupSCC(*N) != Current)
        continue;
      Function &F = N->getFunction();
      if (F.isDeclaration() || h2s_is_kept_body(wrap(&F)))
        continue;
      Function *Fns[] = {&F};
      if (!runCore(*State, Numbering, Mode, FAM, Fns)[0])
        continue;
      FAM.invalidate(F, PreservedAnalyses::none());
      PA = PreservedAnalyses::none();
      Current = &updateCGAndAnalysisManagerForFunctionPass(CG, *Current, *N, AM, UR, FAM);
    }
    if (PA.areAllPreserved())
      return PA;
    PA.preserveSet<AllAnalysesOn<Function>>(); // invalidated one by one above
    PA.preserve<FunctionAnalysisManagerCGSCCProxy>();
    return PA;
  }
};

// Parses `heap2stack` or `heap2stack<...>`.  On a malformed parameter it
// prints why (once: the pass builder may ask several times; LastError is
// its PassBuilder's own, as ThinLTO backends parse on several threads) and
// refuses.
bool parsePassName(StringRef Name, h2s_options &Out, std::string &LastError) {
  if (Name == "heap2stack") {
    Out = optionsFromCommandLine();
    return true;
  }
  if (!Name.consume_front("heap2stack<") || !Name.consume_back(">"))
    return false;
  h2s_options O = optionsFromCommandLine();
  char Err[512];
  std::string Params = Name.str();
  if (h2s_options_parse(Params.c_str(), &O, Err, sizeof Err)) {
    Out = O;
    return true;
  }
  if (LastError != Err) {
    LastError = Err;
    errs() << Err << "\n";
  }
  return false;
}

// Called once per PassBuilder; ThinLTO's backends each have their own, on
// their own thread.  What the callbacks share lives here, per PassBuilder:
// nothing in the plugin is written by two pipeline builds at once.
void registerCallbacks(PassBuilder &PB) {
  auto LastError = std::make_shared<std::string>();
  PB.registerPipelineParsingCallback(
      [LastError](StringRef Name, ModulePassManager &MPM, ArrayRef<PassBuilder::PipelineElement>) {
        h2s_options O;
        if (!parsePassName(Name, O, *LastError))
          return false;
        MPM.addPass(HeapToStackPass(O));
        return true;
      });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM, ArrayRef<PassBuilder::PipelineElement>) {
        if (Name != "heap2stack-keep-bodies")
          return false;
        MPM.addPass(KeepImportedBodiesPass(optionsFromCommandLine()));
        return true;
      });
  PB.registerPipelineParsingCallback(
      [LastError](StringRef Name, CGSCCPassManager &CGPM, ArrayRef<PassBuilder::PipelineElement>) {
        h2s_options O;
        if (!parsePassName(Name, O, *LastError))
          return false;
        CGPM.addPass(HeapToStackCGSCCPass(O));
        return true;
      });
  // clang -O1..-O3, twice.  First after inlining into each SCC, before its
  // simplification (the callback is also invoked for -O0 pipelines;
  // heap2stack stays out).  Then, when the optimizer starts, on simplified
  // functions: SROA has taken std::unique_ptr's and std::vector's pointers
  // out of memory, InstCombine has folded vector's size arithmetic, invokes
  // that cannot throw are calls; that uncovers allocations the first run had
  // to keep.  SROA and friends then clean up the functions that changed,
  // before the loop and vectorization passes.  Each allocation still gets one
  // final remark: a site the first run keeps is decided again by the late
  // run, which alone reports it (see h2s_remark_policy).  The link between the
  // two runs is made while the pipeline is built: the late callback takes
  // the link the CGSCC callback of the same pipeline left in this
  // PassBuilder's Pending.  ThinLTO's pre-link pipeline has no late run, so
  // its CGSCC run reports everything.
  // (LLVM 20+ passes the LTO phase as a third argument; it does not matter.)
  auto Pending = std::make_shared<std::shared_ptr<LateRunLink>>();
  PB.registerCGSCCOptimizerLateEPCallback(
      [Pending](CGSCCPassManager &CGPM, OptimizationLevel Level) {
        if (Level == OptimizationLevel::O0)
          return;
        *Pending = std::make_shared<LateRunLink>();
        CGPM.addPass(HeapToStackCGSCCPass(optionsFromCommandLine(), *Pending));
      });
  PB.registerOptimizerEarlyEPCallback([Pending](ModulePassManager &MPM, OptimizationLevel Level,
                                                auto...) {
    std::shared_ptr<LateRunLink> Link = std::move(*Pending);
    Pending->reset();
    if (Level == OptimizationLevel::O0 && !Disable)
      MPM.addPass(NoHeapUncheckedPass());
    if (Level == OptimizationLevel::O0 || !LateRerun)
      return;
    if (Link)
      Link->Scheduled = true;
    MPM.addPass(HeapToStackPass(optionsFromCommandLine(), /*Cleanup=*/true,
                                Link ? H2S_REMARKS_NO_SUMMARIES : H2S_REMARKS_ALL));
  });
  // Imported bodies the late run needs (pass/imported_bodies.c): kept when
  // the simplification pipeline starts, before GlobalOpt and the inliner,
  // and deleted by the late run, which every pipeline that runs this
  // callback also has (ThinLTO's pre-link included), under the same
  // conditions.  Without a late run there is nobody to use or delete them.
  PB.registerPipelineEarlySimplificationEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level, auto...) {
        if (Level == OptimizationLevel::O0 || !LateRerun || Disable || !CallerFrames)
          return;
        MPM.addPass(KeepImportedBodiesPass(optionsFromCommandLine()));
      });
  // Full LTO's link-time pipeline inlines across modules without that
  // extension point: run at its end, then let SROA and InstCombine clean
  // up the functions that changed (nothing else runs before codegen).
  // ThinLTO's link-time backends run the CGSCC pipeline and need nothing.
  PB.registerFullLinkTimeOptimizationLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        if (Level == OptimizationLevel::O0)
          return;
        MPM.addPass(HeapToStackPass(optionsFromCommandLine(), /*Cleanup=*/true));
      });
}

// clang's ThinLTO backend (`clang -fthinlto-index=x.o.thinlto.bc -x ir x.o
// -c`, how distributed builds run backends) builds its pipeline from an
// lto::Config of its own, which clang gives none of its -fpass-plugin
// plugins: heap2stack's callbacks are never registered there, so it neither
// moves nor reports anything in that backend (-Rpass and
// -fsave-optimization-record work there, for LLVM's own passes).  clang 22
// still loads the plugin (clang 19 only with -fplugin), so the load says so,
// once.  The command line is the process's (/proc, Linux only): the driver's
// with the integrated cc1, or cc1's.
bool inClangThinLTOBackend() {
  std::ifstream In("/proc/self/cmdline", std::ios::binary);
  std::string Args((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  for (StringRef Rest = Args; !Rest.empty();) {
    auto [Arg, Tail] = Rest.split('\0');
    if (Arg.starts_with("-fthinlto-index="))
      return true;
    Rest = Tail;
  }
  return false;
}

struct ThinLTOBackendWarning {
  ThinLTOBackendWarning() {
    if (inClangThinLTOBackend())
      errs() << "heap2stack: warning: clang's ThinLTO backend (-fthinlto-index=) runs no pass "
                "plugin: heap2stack neither moves nor reports anything in it; compile the "
                "backend's -emit-llvm output with -fpass-plugin instead (README: "
                "\"Distributed ThinLTO\")\n";
  }
} WarnInThinLTOBackend;

} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK __attribute__((visibility("default"))) PassPluginLibraryInfo
llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "heap2stack", "0.1.0", registerCallbacks};
}
