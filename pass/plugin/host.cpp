//===- host.cpp - LLVM analyses and remarks for the C core ----------------===//
//
// What the C API lacks, for the C core (declared in heap2stack/host.h):
// TargetLibraryInfo, dominators, loop headers and trip counts, debug-info names,
// summary and decided-site storage, instruction quoting, and remark
// emission.  Nothing here decides anything: which remarks a run holds back
// is remarks.c's call, handed over as a flag.
//
//===----------------------------------------------------------------------===//
#include "compat.h"
#include "host_impl.h"

#include <llvm/Analysis/LoopInfo.h>
#include <llvm/Analysis/OptimizationRemarkEmitter.h>
#include <llvm/Analysis/ScalarEvolution.h>
#include <llvm/Analysis/ScalarEvolutionExpressions.h>
#include <llvm/Demangle/Demangle.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/DebugProgramInstruction.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/IR/DiagnosticInfo.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/Local.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>
#include <llvm/Transforms/Utils/ValueMapper.h>

#include <cstring>
#include <memory>

using namespace llvm;

static const char *const PassName = "heap2stack";

struct h2s_remark {
  std::unique_ptr<DiagnosticInfoIROptimization> Diag;
  OptimizationRemarkEmitter *ORE;
  h2s_host *Host;
  bool Wanted;   // selected by a remark filter, or a remark file is written
  bool HeldBack; // this run does not emit it (remarks.c: held_back)
};

// A new remark of kind Kind; Loc is what the diagnostic's constructor takes.
template <typename... LocT>
static h2s_remark *started(h2s_host *Host, Function &F, h2s_remark_kind Kind, const char *Name,
                           bool HeldBack, LocT &&...Loc) {
  auto *R = new h2s_remark;
  R->ORE = &Host->FAM.getResult<OptimizationRemarkEmitterAnalysis>(F);
  if (Kind == H2S_REMARK_PASSED)
    R->Diag = std::make_unique<OptimizationRemark>(PassName, Name, Loc...);
  else if (Kind == H2S_REMARK_MISSED)
    R->Diag = std::make_unique<OptimizationRemarkMissed>(PassName, Name, Loc...);
  else
    R->Diag = std::make_unique<OptimizationRemarkAnalysis>(PassName, Name, Loc...);
  R->Host = Host;
  R->HeldBack = HeldBack;
  LLVMContext &Ctx = R->Diag->getFunction().getContext();
  R->Wanted = !R->HeldBack && (Ctx.getLLVMRemarkStreamer() || R->Diag->isEnabled());
  return R;
}

// Keeps a name for the C core until the host's next answer.
static const char *answer(std::string &Storage, StringRef Name) {
  Storage = Name.str();
  return Storage.c_str();
}

// TargetLibraryInfoImpl::getLibFunc builds its name index in a function-
// local static on first use.  C++ makes that initialization thread-safe,
// but helgrind cannot see the guard's fast path, and heap2stack's pass at
// the start of the simplification pipeline may be a ThinLTO backend
// thread's first caller: build the index once, when the plugin is loaded,
// before lld starts its backend threads.
static struct WarmLibraryNames {
  WarmLibraryNames() {
    LibFunc LF;
    (void)TargetLibraryInfoImpl(Triple("x86_64-unknown-linux-gnu")).getLibFunc("malloc", LF);
  }
} WarmLibraryNamesOnLoad;

extern "C" const char *h2s_host_library_function(h2s_host *Host, LLVMValueRef Call) {
  auto *CB = dyn_cast<CallBase>(unwrap(Call));
  if (!CB)
    return nullptr;
  Function &F = *CB->getFunction();
  const TargetLibraryInfo &TLI = Host->FAM.getResult<TargetLibraryAnalysis>(F);
  LibFunc LF;
  if (!TLI.getLibFunc(*CB, LF) || !TLI.has(LF))
    return nullptr;
  // getLibFunc found LF by the callee's name, less an asm label's \1: that
  // is LF's standard name.  (Not TLI.getName(LF): its inline body reads
  // TargetLibraryInfoImpl's name table, a data symbol that differs between
  // LLVM versions, and the dynamic loader would refuse a plugin loaded into
  // the wrong LLVM before host_version.c could say which LLVM it needs.)
  return answer(Host->LibFuncName,
                GlobalValue::dropLLVMManglingEscape(CB->getCalledFunction()->getName()));
}

extern "C" bool h2s_host_first_visit(h2s_host *Host, LLVMValueRef Call) {
  return Host->Decided.insert({unwrap(Call), true}).second;
}

extern "C" bool h2s_host_dominates(h2s_host *Host, LLVMValueRef A, LLVMValueRef B) {
  auto *IA = cast<Instruction>(unwrap(A));
  auto *IB = cast<Instruction>(unwrap(B));
  DominatorTree &DT = Host->FAM.getResult<DominatorTreeAnalysis>(*IA->getFunction());
  return DT.dominates(IA, IB);
}

extern "C" LLVMBasicBlockRef h2s_host_loop_header(h2s_host *Host, LLVMBasicBlockRef BB) {
  BasicBlock *B = unwrap(BB);
  LoopInfo &LI = Host->FAM.getResult<LoopAnalysis>(*B->getParent());
  Loop *L = LI.getLoopFor(B);
  return L ? wrap(L->getHeader()) : nullptr;
}

extern "C" bool h2s_host_loop_shape(h2s_host *Host, LLVMBasicBlockRef BB, h2s_loop_shape *Out) {
  BasicBlock *B = unwrap(BB);
  Function &F = *B->getParent();
  Loop *L = Host->FAM.getResult<LoopAnalysis>(F).getLoopFor(B);
  if (!L)
    return false;
  ScalarEvolution &SE = Host->FAM.getResult<ScalarEvolutionAnalysis>(F);
  Out->header = wrap(L->getHeader());
  Out->preheader = L->getLoopPreheader() ? wrap(L->getLoopPreheader()) : nullptr;
  Out->latch = L->getLoopLatch() ? wrap(L->getLoopLatch()) : nullptr;
  Out->max_trip_count = SE.getSmallConstantMaxTripCount(L);
  return true;
}

extern "C" bool h2s_host_loop_exit_bound(h2s_host *Host, LLVMBasicBlockRef BB, uint64_t *Bound) {
  BasicBlock *B = unwrap(BB);
  Function &F = *B->getParent();
  Loop *L = Host->FAM.getResult<LoopAnalysis>(F).getLoopFor(B);
  if (!L || !L->isLoopExiting(B))
    return false;
  ScalarEvolution &SE = Host->FAM.getResult<ScalarEvolutionAnalysis>(F);
  auto *C = dyn_cast<SCEVConstant>(SE.getExitCount(L, B, ScalarEvolution::ConstantMaximum));
  if (!C || C->getAPInt().getActiveBits() > 64)
    return false;
  *Bound = C->getAPInt().getZExtValue();
  return true;
}

// The variable described by a debug record or intrinsic, if it is argument
// `Arg` (1-based) of F itself, not of a function inlined into it.
static const DILocalVariable *paramVariable(const DILocalVariable *V, const DILocation *Loc,
                                            unsigned Arg) {
  if (!V || V->getArg() != Arg || !Loc || Loc->getInlinedAt())
    return nullptr;
  return V;
}

// Does F still have the parameters its debug info declares?  Dead argument
// elimination and argument promotion drop or reorder them, and then the
// debug info's argument numbers no longer match IR positions.
static bool signatureAsDeclared(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP || !SP->getType())
    return false;
  return SP->getType()->getTypeArray().size() == F.arg_size() + 1; // [0] is the result
}

// The parameter variable a debug record (or intrinsic) names for argument A
// (IR position Index): one whose value is A itself, or, while ByPosition,
// one with A's argument number.
template <typename RecordT>
static const DILocalVariable *paramOf(const RecordT &R, const Argument *A, unsigned Index,
                                      bool ByPosition) {
  const DILocalVariable *V = R.getVariable();
  if (V && V->isParameter() && llvm::is_contained(R.location_ops(), A))
    return V;
  return ByPosition ? paramVariable(V, R.getDebugLoc().get(), Index + 1) : nullptr;
}

extern "C" const char *h2s_host_param_name(h2s_host *Host, LLVMValueRef Fn, unsigned Index) {
  auto *F = cast<Function>(unwrap(Fn));
  if (Index >= F->arg_size())
    return nullptr;
  const Argument *A = F->getArg(Index);
  bool ByPosition = signatureAsDeclared(*F);
  // A debug record whose value is the argument itself names it best; the
  // debug info's argument number is trusted only if the signature is intact.
  for (const Instruction &I : instructions(*F)) {
    const DILocalVariable *V = nullptr;
    for (const DbgVariableRecord &R : filterDbgVars(I.getDbgRecordRange()))
      if ((V = paramOf(R, A, Index, ByPosition)))
        break;
    if (!V)
      if (auto *D = dyn_cast<DbgVariableIntrinsic>(&I))
        V = paramOf(*D, A, Index, ByPosition);
    if (V && !V->getName().empty())
      return answer(Host->ParamName, V->getName());
  }
  if (A->hasName())
    return answer(Host->ParamName, A->getName());
  return nullptr;
}

extern "C" const char *h2s_host_variable_name(h2s_host *Host, LLVMValueRef Alloca) {
  Value *V = unwrap(Alloca);
  for (DbgVariableRecord *R : findDVRDeclares(V))
    if (R->getVariable() && !R->getVariable()->getName().empty())
      return answer(Host->ParamName, R->getVariable()->getName());
#if H2S_HAS_DEBUG_INTRINSICS
  for (DbgDeclareInst *D : findDbgDeclares(V)) // the intrinsic form, still around in 19
    if (D->getVariable() && !D->getVariable()->getName().empty())
      return answer(Host->ParamName, D->getVariable()->getName());
#endif
  return nullptr;
}

// A named variable of the function itself (not of a callee inlined into it,
// whose parameter may hold the same value under another name).
static bool ownVariable(const DILocalVariable *V, const DILocation *Loc) {
  return V && !V->getName().empty() && Loc && !Loc->getInlinedAt();
}

extern "C" const char *h2s_host_value_variable(h2s_host *Host, LLVMValueRef Value_) {
  Value *V = unwrap(Value_);
  SmallVector<DbgVariableRecord *, 2> Records;
#if H2S_HAS_DEBUG_INTRINSICS
  SmallVector<DbgValueInst *, 2> Intrinsics;
  findDbgValues(Intrinsics, V, &Records);
  for (DbgValueInst *D : Intrinsics)
    if (ownVariable(D->getVariable(), D->getDebugLoc().get()))
      return answer(Host->ParamName, D->getVariable()->getName());
#else
  findDbgValues(V, Records);
#endif
  for (DbgVariableRecord *R : Records)
    if (ownVariable(R->getVariable(), R->getDebugLoc().get()))
      return answer(Host->ParamName, R->getVariable()->getName());
  return nullptr;
}

// The innermost lexical block or subprogram with a line around I's location
// (or I's function's subprogram when I has none).
static const DILocalScope *enclosingScope(const Instruction &I) {
  const DILocalScope *S = nullptr;
  if (const DILocation *L = I.getDebugLoc().get())
    S = L->getScope();
  else
    S = I.getFunction()->getSubprogram();
  while (S) {
    if (const auto *SP = dyn_cast<DISubprogram>(S))
      return SP->getLine() ? SP : nullptr;
    if (const auto *B = dyn_cast<DILexicalBlock>(S); B && B->getLine())
      return B;
    S = dyn_cast_or_null<DILocalScope>(S->getScope()); // a block file, or a block without a line
  }
  return nullptr;
}

extern "C" h2s_scope_kind h2s_host_enclosing_scope(h2s_host *Host, LLVMValueRef Inst,
                                                   const char **Name) {
  const DILocalScope *S = enclosingScope(*cast<Instruction>(unwrap(Inst)));
  if (const auto *SP = dyn_cast_or_null<DISubprogram>(S)) {
    *Name = answer(Host->SourceName, SP->getName());
    return H2S_SCOPE_FUNCTION;
  }
  return S ? H2S_SCOPE_BLOCK : H2S_SCOPE_NONE;
}

extern "C" const char *h2s_host_source_name(h2s_host *Host, LLVMValueRef Fn) {
  auto *F = cast<Function>(unwrap(Fn));
  if (const DISubprogram *SP = F->getSubprogram(); SP && !SP->getName().empty())
    return answer(Host->SourceName, SP->getName());
  return answer(Host->SourceName, demangle(F->getName()));
}

extern "C" const void *h2s_host_summary(h2s_host *Host, LLVMValueRef Fn, size_t *Size) {
  auto It = Host->Summaries.find(unwrap(Fn));
  if (It == Host->Summaries.end())
    return nullptr;
  *Size = It->second.size();
  return It->second.data();
}

extern "C" void h2s_host_set_summary(h2s_host *Host, LLVMValueRef Fn, const void *Data,
                                     size_t Size) {
  Host->Summaries[unwrap(Fn)] = std::string(static_cast<const char *>(Data), Size);
}

extern "C" enum h2s_remark_policy h2s_host_remark_policy(h2s_host *Host) { return Host->Policy; }

extern "C" h2s_remark *h2s_remark_begin_function(h2s_host *Host, h2s_remark_kind Kind,
                                                 const char *Name, LLVMValueRef Fn, bool Held) {
  auto *F = cast<Function>(unwrap(Fn));
  return started(Host, *F, Kind, Name, Held, DiagnosticLocation(F->getSubprogram()),
                 &F->getEntryBlock());
}

extern "C" h2s_remark *h2s_remark_begin(h2s_host *Host, h2s_remark_kind Kind, const char *Name,
                                        LLVMValueRef At, bool Held) {
  auto *I = cast<Instruction>(unwrap(At));
  return started(Host, *I->getFunction(), Kind, Name, Held, I);
}

extern "C" void h2s_remark_text(h2s_remark *R, const char *Text) { R->Diag->insert(Text); }

extern "C" void h2s_remark_arg_str(h2s_remark *R, const char *Key, const char *Value) {
  R->Diag->insert(DiagnosticInfoOptimizationBase::Argument(Key, StringRef(Value)));
}

extern "C" void h2s_remark_arg_uint(h2s_remark *R, const char *Key, uint64_t Value) {
  R->Diag->insert(DiagnosticInfoOptimizationBase::Argument(Key, Value));
}

extern "C" void h2s_remark_arg_loc(h2s_remark *R, const char *Key, LLVMValueRef Inst) {
  DebugLoc Loc = cast<Instruction>(unwrap(Inst))->getDebugLoc();
  R->Diag->insert(DiagnosticInfoOptimizationBase::Argument(Key, Loc));
}

extern "C" void h2s_remark_arg_scope(h2s_remark *R, const char *Key, LLVMValueRef Inst) {
  const DILocalScope *S = enclosingScope(*cast<Instruction>(unwrap(Inst)));
  if (!S)
    return;
  unsigned Line = 0, Column = 0;
  if (const auto *B = dyn_cast<DILexicalBlock>(S)) {
    Line = B->getLine();
    Column = B->getColumn();
  } else {
    Line = cast<DISubprogram>(S)->getLine();
  }
  DebugLoc Loc(DILocation::get(S->getContext(), Line, Column, const_cast<DILocalScope *>(S)));
  R->Diag->insert(DiagnosticInfoOptimizationBase::Argument(Key, Loc));
}

extern "C" void h2s_remark_raise_error(h2s_remark *R, const char *Prefix) {
  if (R->HeldBack) // the late run decides again, and raises it if the heap stays
    return;
  const Function &F = R->Diag->getFunction();
  DiagnosticLocation Loc = R->Diag->getLocation();
  F.getContext().diagnose(
      DiagnosticInfoUnsupported(F, Twine(Prefix) + R->Diag->getMsg(), Loc, DS_Error));
}

extern "C" void h2s_host_warn(h2s_host *, LLVMValueRef At, const char *Message) {
  auto *I = cast<Instruction>(unwrap(At));
  const Function &F = *I->getFunction();
  F.getContext().diagnose(DiagnosticInfoUnsupported(F, Message, I->getDebugLoc(), DS_Warning));
}

extern "C" bool h2s_remark_wanted(const h2s_remark *R) { return R->Wanted; }

extern "C" void h2s_remark_need_words(h2s_remark *R) { R->Wanted = !R->HeldBack; }

extern "C" char *h2s_remark_print_instruction(h2s_remark *R, LLVMValueRef Inst) {
  auto *I = cast<Instruction>(unwrap(Inst));
  H2SNumbering &N = R->Host->Numbering;
  const Function *F = I->getFunction();
  if (N.Slots && N.Stale == F && N.Slots->getCurrentFunction() == F)
    N.Slots.reset(); // F changed after it was numbered (rare: quoted again after its rewrite)
  if (!N.Slots)
    N.Slots = std::make_unique<ModuleSlotTracker>(F->getParent(), /*AllMetadata=*/false);
  N.Slots->incorporateFunction(*F); // a no-op when F is the numbered function already
  N.Stale = nullptr;
  std::string Text;
  raw_string_ostream OS(Text);
  if (!I->getType()->isVoidTy()) {
    I->printAsOperand(OS, /*PrintType=*/false, *N.Slots);
    OS << " = ";
  }
  // Printing I itself costs a walk over every global of the module (the
  // printer collects comdats); a detached copy prints the same operands with
  // the same numbers without it.  Its own name or number is the part above.
  Instruction *Copy = I->clone();
  std::string Body;
  raw_string_ostream BS(Body);
  Copy->print(BS, *N.Slots);
  Copy->deleteValue();
  std::string Rest = StringRef(BS.str()).ltrim(' ').str();
  if (StringRef(Rest).starts_with("<badref> = "))
    Rest.erase(0, strlen("<badref> = "));
  // Without a module the printer cannot see that calls use address space 0.
  size_t AS0 = Rest.find(" addrspace(0) ");
  if (isa<CallBase>(I) && AS0 != std::string::npos &&
      F->getParent()->getDataLayout().getProgramAddressSpace() == 0)
    Rest.erase(AS0, strlen(" addrspace(0)"));
  OS << Rest;
  return strdup(OS.str().c_str()); // LLVMDisposeMessage frees with free()
}

extern "C" void h2s_host_function_changed(h2s_host *Host, LLVMValueRef Fn) {
  H2SNumbering &N = Host->Numbering;
  if (N.Slots && N.Slots->getCurrentFunction() == unwrap(Fn))
    N.Stale = cast<Function>(unwrap(Fn));
}

extern "C" void h2s_host_set_core(h2s_host *Host, void *Core) { Host->Core = Core; }
extern "C" void *h2s_host_core(h2s_host *Host) { return Host->Core; }

// LLVM's own cloning (the C API has none): the body, attributes and debug
// info, the subprogram included.  What no longer holds for the clone, whose
// result is now the caller's storage, is dropped: the result's noalias, the
// allocator attributes and the memory effects (it writes its argument).
extern "C" LLVMValueRef h2s_host_clone_function(h2s_host *, LLVMValueRef FnRef, const char *Name,
                                                bool Storage, LLVMValueRef *Values,
                                                unsigned Count) {
  Function *F = cast<Function>(unwrap(FnRef));
  FunctionType *FTy = F->getFunctionType();
  SmallVector<Type *, 8> Params(FTy->param_begin(), FTy->param_end());
  if (Storage)
    Params.push_back(PointerType::get(F->getContext(), 0));
  FunctionType *NewTy = FunctionType::get(FTy->getReturnType(), Params, false);
  Function *Clone = Function::Create(NewTy, GlobalValue::InternalLinkage,
                                     F->getAddressSpace(), Name, F->getParent());
  ValueToValueMapTy VMap;
  auto NewArg = Clone->arg_begin();
  for (Argument &A : F->args()) {
    NewArg->setName(A.getName());
    VMap[&A] = &*NewArg++;
  }
  if (Storage)
    NewArg->setName("h2s.storage");
  SmallVector<ReturnInst *, 8> Returns;
  CloneFunctionInto(Clone, F, VMap, CloneFunctionChangeType::LocalChangesOnly, Returns);
  Clone->setLinkage(GlobalValue::InternalLinkage);
  Clone->setVisibility(GlobalValue::DefaultVisibility);
  Clone->setDLLStorageClass(GlobalValue::DefaultStorageClass);
  Clone->setComdat(nullptr);
  Clone->removeFnAttr(Attribute::Memory);
  Clone->removeFnAttr(Attribute::AllocKind);
  Clone->removeFnAttr(Attribute::AllocSize);
  Clone->removeFnAttr("alloc-family");
  Clone->removeFnAttr("alloc-variant-zeroed");
  Clone->removeRetAttr(Attribute::NoAlias);
  for (unsigned I = 0; I < Count; ++I)
    Values[I] = wrap(cast<Value>(VMap[unwrap(Values[I])]));
  return wrap(Clone);
}

extern "C" void h2s_host_keep_alive(LLVMValueRef FnRef, bool Keep) {
  Function *F = cast<Function>(unwrap(FnRef));
  if (Keep)
    appendToCompilerUsed(*F->getParent(), {F});
  else {
    removeFromUsedLists(*F->getParent(), [F](Constant *C) { return C == F; });
    F->removeDeadConstantUsers(); // the old list's array still uses F
  }
}

extern "C" bool h2s_host_call_may_unwind(LLVMValueRef CallRef) {
  auto *CB = cast<CallBase>(unwrap(CallRef));
  if (auto *IA = dyn_cast<InlineAsm>(CB->getCalledOperand()))
    return IA->canThrow();
  return !CB->doesNotThrow();
}

extern "C" LLVMValueRef h2s_host_call_to_invoke(LLVMValueRef CallRef, LLVMBasicBlockRef Unwind) {
  auto *CI = cast<CallInst>(unwrap(CallRef));
  BasicBlock *Normal = changeToInvokeAndSplitBasicBlock(CI, unwrap(Unwind));
  return wrap(Normal->getSinglePredecessor()->getTerminator());
}

extern "C" h2s_host *h2s_remark_host(h2s_remark *R) { return R->Host; }

extern "C" void h2s_remark_discard(h2s_remark *R) { delete R; }

extern "C" void h2s_remark_emit(h2s_remark *R) {
  if (R->HeldBack) {
    delete R;
    return;
  }
  R->ORE->emit(*R->Diag);
  delete R;
}
