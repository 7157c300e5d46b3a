# heap2stack's lit configuration.
#
# Substitutions:
#   %opt        opt with the plugin loaded (-load-pass-plugin)
#   %clang      clang with the plugin in its -O1..-O3 pipeline
#   %clangxx    the same for C++
#   %clang-noplugin / %clangxx-noplugin   the same compilers without it
#   %plugin     the plugin's path
#   %interleaved-pipelines  tools/two-pipelines.cpp: two pipelines built interleaved
# Features: llvm19 ... llvm22 (the LLVM major version), lifetime-size
# (lifetime intrinsics still take a size operand, LLVM < 22), other-llvm
# (another major version of LLVM is installed: %other_opt, %other_clang),
# other-build (heap2stack built for it too: %other_obj), autotools
# (autoreconf, automake, libtoolize and make, for examples/autotools).
import os

import lit.formats
import lit.util

config.name = "heap2stack"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".ll", ".c", ".cpp", ".test"]
config.excludes = ["Inputs", "tools", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.h2s_obj_root, "test")

tools = config.llvm_tools_dir
plugin = config.h2s_plugin
config.environment["PATH"] = os.pathsep.join([tools, config.environment.get("PATH", "")])
# Keep clang's and opt's diagnostics stable: no colours, no locale surprises.
config.environment["LC_ALL"] = "C"

# clang-19 registers a -fpass-plugin plugin's options too late for -mllvm:
# -fplugin loads it first.  Harmless on later versions.
load = f"-fpass-plugin={plugin} -fplugin={plugin}"
config.substitutions.append(("%clangxx-noplugin", os.path.join(tools, "clang++")))
config.substitutions.append(("%clang-noplugin", os.path.join(tools, "clang")))
config.substitutions.append(("%clangxx", f"{os.path.join(tools, 'clang++')} {load}"))
config.substitutions.append(("%clang", f"{os.path.join(tools, 'clang')} {load}"))
config.substitutions.append(("%opt-noplugin", os.path.join(tools, "opt")))
config.substitutions.append(("%opt", f"{os.path.join(tools, 'opt')} -load-pass-plugin={plugin}"))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(
    ("%interleaved-pipelines", f"{os.path.join(config.h2s_obj_root, 'test', 'h2s-two-pipelines')} {plugin}"))
config.substitutions.append(("%h2s_src", config.h2s_src_root))
config.substitutions.append(("%h2s_obj", config.h2s_obj_root))
config.substitutions.append(("%llvm_major", str(config.llvm_version_major)))
config.substitutions.append(("%python", config.python_executable))

config.available_features.add(f"llvm{config.llvm_version_major}")

# Another major version of LLVM installed beside this one (Debian's
# /usr/lib/llvm-N): the plugin must refuse to run in it.  Feature other-llvm;
# %other_llvm_major, %other_opt, %other_clang.
llvm_root = os.path.dirname(os.path.dirname(os.path.realpath(tools)))
for other in range(config.llvm_version_major + 6, 18, -1):
    other_bin = os.path.join(llvm_root, f"llvm-{other}", "bin")
    if other != config.llvm_version_major and all(
            os.path.exists(os.path.join(other_bin, t)) for t in ("opt", "clang")):
        config.available_features.add("other-llvm")
        config.substitutions.append(("%other_llvm_major", str(other)))
        config.substitutions.append(("%other_opt", os.path.join(other_bin, "opt")))
        config.substitutions.append(("%other_clang", os.path.join(other_bin, "clang")))
        # That LLVM's build of heap2stack beside this checkout's (build-N, as
        # utils/build makes it; .ci/run builds 19 then 22): feature
        # other-build, %other_obj.  It must be of the same commit.
        other_obj = os.path.join(config.h2s_src_root, f"build-{other}")
        if all(os.path.exists(os.path.join(other_obj, f))
               for f in ("CPackConfig.cmake", os.path.join("pass", f"heap2stack-{other}.so"))):
            config.available_features.add("other-build")
            config.substitutions.append(("%other_obj", other_obj))
        break
if os.path.exists(os.path.join(tools, "ld.lld")):
    config.available_features.add("lld")
import shutil
if shutil.which("valgrind"):
    config.available_features.add("valgrind")
if all(shutil.which(t) for t in ("autoreconf", "autoconf", "automake", "libtoolize", "make")):
    config.available_features.add("autotools")
else:
    lit_config.note("autoconf, automake, libtool or make missing: the autotools test is skipped "
                    "(utils/install-deps installs them)")
if config.llvm_version_major < 22:
    config.available_features.add("lifetime-size")
