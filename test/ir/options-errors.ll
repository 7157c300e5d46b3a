; Malformed parameters: opt names the parameter and the accepted form, exits
; non-zero and prints no IR.  Nothing runs, so no remark either.
; RUN: not %opt -passes='heap2stack<max-size=abc>' -pass-remarks-missed=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=ABC,NOIR --implicit-check-not=define --implicit-check-not=remark:
; RUN: not %opt -passes='heap2stack<bogus=1>' -pass-remarks-missed=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=BOGUS,NOIR --implicit-check-not=define --implicit-check-not=remark:
; RUN: not %opt -passes='heap2stack<max-size=-5>' -pass-remarks-missed=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=NEGATIVE,NOIR --implicit-check-not=define --implicit-check-not=remark:
; RUN: not %opt -passes='heap2stack<disable=1>' -pass-remarks-missed=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=DISABLE,NOIR --implicit-check-not=define --implicit-check-not=remark:
; RUN: not %opt -passes='heap2stack<max-size=18446744073709551616>' -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=HUGE,NOIR --implicit-check-not=define
; RUN: not %opt -passes='cgscc(heap2stack<max-frame=1k>)' -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CGSCC --implicit-check-not=define
; RUN: not %opt -passes='heap2stack<stack-check-above=4k>' -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CHECKABOVE,NOIR --implicit-check-not=define
; RUN: not %opt -heap2stack-stack-check-above=x -passes=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=CHECKABOVE-TWIN --implicit-check-not=define
; RUN: not %opt -passes='heap2stack<max-copy=1e3>' -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=MAXCOPY,NOIR --implicit-check-not=define
; RUN: not %opt -passes='heap2stack<no-caller-frames=1>' -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=NOCF,NOIR --implicit-check-not=define
; RUN: not %opt -heap2stack-max-size=abc -passes=heap2stack -pass-remarks-missed=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=TWIN --implicit-check-not=define --implicit-check-not=remark:
; RUN: not %opt -heap2stack-max-size=-5 -passes=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=TWIN-NEGATIVE --implicit-check-not=define
; A misspelt command-line option stops opt with the list of the real ones
; (LLVM took -heap2stack-maxsize for -h, printed its help and exited 0):
; RUN: not %opt -heap2stack-maxsize=10 -passes=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=TYPO --implicit-check-not=define --implicit-check-not=OVERVIEW
; RUN: not %opt --heap2stack-disabled -passes=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=TYPO-BOOL --implicit-check-not=define --implicit-check-not=OVERVIEW
; RUN: not %opt -heap2stack -passes=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=TYPO-BARE --implicit-check-not=define --implicit-check-not=OVERVIEW
; RUN: not %opt -heap2stackmax-size=10 -passes=heap2stack -S %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=TYPO-DASH --implicit-check-not=define --implicit-check-not=OVERVIEW
; The real names still win over the catch-all, with a value glued or apart:
; RUN: %opt -heap2stack-max-size=4 -passes=heap2stack -pass-remarks-missed=heap2stack -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=EXACT
; RUN: %opt --heap2stack-max-size 4 -passes=heap2stack -pass-remarks-missed=heap2stack -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=EXACT

; TYPO: heap2stack: unknown option '-heap2stack-maxsize=10' (did you mean '-heap2stack-max-size=10'?); the heap2stack options are: -heap2stack-max-size=N -heap2stack-max-frame=N -heap2stack-max-recursive-size=N -heap2stack-dynamic-capacity=N -heap2stack-max-chain=N -heap2stack-stack-check-above=N -heap2stack-disable -heap2stack-caller-frames -heap2stack-max-copy=N -heap2stack-late-rerun -heap2stack-analysis-budget=N -heap2stack-cycle-rounds=N{{$}}
; TYPO-BOOL: heap2stack: unknown option '-heap2stack-disabled' (did you mean '-heap2stack-disable'?); the heap2stack options are: -heap2stack-max-size=N
; TYPO-BARE: heap2stack: unknown option '-heap2stack'; the heap2stack options are: -heap2stack-max-size=N
; TYPO-DASH: heap2stack: unknown option '-heap2stackmax-size=10' (did you mean '-heap2stack-max-size=10'?)
; EXACT: remark: <unknown>:0:0: too large for stack: 8 bytes > max-size 4

; MAXCOPY: heap2stack: invalid value '1e3' for parameter 'max-copy': expected a non-negative decimal number of instructions below 2^64 (e.g. max-copy=1000)
; NOCF: heap2stack: parameter 'no-caller-frames' takes no value; accepted:
; CHECKABOVE: heap2stack: invalid value '4k' for parameter 'stack-check-above': expected a non-negative decimal byte count below 2^64 (e.g. stack-check-above=65536)
; CHECKABOVE-TWIN: for the {{-+}}heap2stack-stack-check-above option: 'x' value invalid for
; ABC: heap2stack: invalid value 'abc' for parameter 'max-size': expected a non-negative decimal byte count below 2^64 (e.g. max-size=65536)
; BOGUS: heap2stack: unknown parameter 'bogus'; accepted: heap2stack<max-size=BYTES;max-frame=BYTES;max-recursive-size=BYTES;max-chain=BYTES;dynamic-capacity=BYTES;stack-check-above=BYTES;max-copy=N;no-caller-frames;disable>, BYTES and N non-negative decimal integers (N: instructions)
; NEGATIVE: heap2stack: invalid value '-5' for parameter 'max-size': expected a non-negative decimal byte count below 2^64 (e.g. max-size=65536)
; DISABLE: heap2stack: parameter 'disable' takes no value; accepted: heap2stack<max-size=BYTES;max-frame=BYTES;max-recursive-size=BYTES;max-chain=BYTES;dynamic-capacity=BYTES;stack-check-above=BYTES;max-copy=N;no-caller-frames;disable>, BYTES and N non-negative decimal integers (N: instructions)
; HUGE: heap2stack: invalid value '18446744073709551616' for parameter 'max-size'
; CGSCC: heap2stack: invalid value '1k' for parameter 'max-frame': expected a non-negative decimal byte count below 2^64 (e.g. max-frame=65536)
; NOIR: unknown pass name 'heap2stack<
; TWIN: for the --heap2stack-max-size option: 'abc' value invalid for {{.*}} argument!
; TWIN-NEGATIVE: for the --heap2stack-max-size option: '-5' value invalid for {{.*}} argument!
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @free(ptr)

define i32 @f() {
  %p = call ptr @malloc(i64 8)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  ret i32 %v
}
