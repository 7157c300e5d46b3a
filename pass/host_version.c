/*
 * host_version.c - the plugin refuses to run in another major version of LLVM.
 *
 * A plugin built with LLVM 19's headers cannot run in LLVM 22's opt, clang
 * or lld: LLVM's C++ classes change layout between major versions.  The
 * dynamic loader refuses such a plugin only when a symbol it needs at load
 * time is missing ("undefined symbol: _ZN4llvm..."), which says nothing of
 * versions; otherwise the plugin's C++ static initializers (its cl::opt
 * options) run against the other LLVM's classes and crash it.  This
 * constructor runs first (priority 101: before every default-priority C++
 * initializer of the plugin), asks the LLVM that loaded the plugin for its
 * version through the C API, and on a mismatch stops the tool, exit status 1,
 * naming the LLVM the plugin needs.  It runs in the dynamic loader, before
 * opt, clang or ld.lld has written anything.
 */
#include <llvm-c/Core.h>
#include <llvm/Config/llvm-config.h>

#include <stdio.h>
#include <unistd.h>

__attribute__((constructor(101))) static void h2s_check_host_version(void) {
  unsigned major = 0, minor = 0, patch = 0;
  LLVMGetVersion(&major, &minor, &patch);
  if (major == LLVM_VERSION_MAJOR)
    return;
  fprintf(stderr,
          "heap2stack: this plugin (heap2stack-%d.so) was built for LLVM %d and cannot run "
          "in LLVM %u.%u.%u: load heap2stack-%u.so, the plugin built for LLVM %u "
          "(utils/build %u, or the Debian package heap2stack-llvm%u)\n",
          LLVM_VERSION_MAJOR, LLVM_VERSION_MAJOR, major, minor, patch, major, major, major,
          major);
  fflush(stderr);
  _exit(1);
}
