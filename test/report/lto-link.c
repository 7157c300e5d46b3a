// End to end: test/lto's cross-module allocation, compiled with the plugin
// and a record, then linked with ThinLTO (lld writes the backend's record as
// thin.yaml.thin.1.) and with full LTO (full.yaml, named with --link).  At
// compile time the malloc escapes to fill16 (in another module); at link
// time fill16 is visible and the malloc moves: only that is shown.
// REQUIRES: python-yaml, lld
// RUN: rm -rf %t && mkdir -p %t/thin %t/full
// RUN: cd %t/thin && %clang -O2 -g -flto=thin -c %h2s_src/test/lto/cross-module-allocation.c -o a.o -fsave-optimization-record
// RUN: cd %t/thin && %clang-noplugin -O2 -g -flto=thin -c %h2s_src/test/lto/Inputs/lto-helpers.c -o b.o
// RUN: cd %t/thin && %clang-noplugin -flto=thin -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,--plugin-opt=opt-remarks-filename=thin.yaml -Wl,--plugin-opt=opt-remarks-passes=heap2stack a.o b.o -o thin
// RUN: ls %t/thin | FileCheck %s --check-prefix=FILES
// FILES: thin.yaml.thin.1.
// RUN: %report --strip-prefix %h2s_src %t/thin | FileCheck %s
// CHECK: test/lto/cross-module-allocation.c:[[#LINE:]]:{{[0-9]+}}: moved to stack when the thread's stack has room: 64-byte malloc (align 16)
// CHECK-NOT: stays on heap: escapes
// CHECK: (1 compile-time decision superseded by the link step's)
//
// Full LTO: the link record has no telling name; --link names it.
// RUN: cd %t/full && %clang -O2 -g -flto=full -c %h2s_src/test/lto/cross-module-allocation.c -o a.o -fsave-optimization-record
// RUN: cd %t/full && %clang-noplugin -O2 -g -flto=full -c %h2s_src/test/lto/Inputs/lto-helpers.c -o b.o
// RUN: cd %t/full && %clang-noplugin -flto=full -fuse-ld=lld -Wl,--load-pass-plugin=%plugin \
// RUN:   -Wl,--plugin-opt=opt-remarks-filename=full.yaml -Wl,--plugin-opt=opt-remarks-passes=heap2stack a.o b.o -o full
// RUN: %report --strip-prefix %h2s_src %t/full | FileCheck %s --check-prefix=NOLINK
// NOLINK: stays on heap: escapes: passed to 'fill16'
// RUN: %report --strip-prefix %h2s_src %t/full/a.opt.yaml --link %t/full/full.yaml | FileCheck %s

// Since the fifth audit (cookie-stream-other-tu), the slot checked at line 15 above is
// checked ("when the thread's stack has room"): its function calls 'printf', which
// may run a cookie stream's functions or a printf handler made in any file, so
// it may be called again before it returns (pass/reentry.c).
