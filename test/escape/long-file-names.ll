; A parameter summary's reason names its place as " at file:line:col" within
; a bounded text: a long file name (a deep checkout, an out-of-tree build)
; keeps its tail after "...", so the file's own name, the line and the
; column survive; the head of the path is what gets cut.
; RUN: %opt -passes='heap2stack<no-caller-frames>' -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; In the YAML record the Reason argument is the same bounded text, and
; LLVM's YAML writer folds a DebugLoc with a long file name after a comma.
; RUN: %opt -passes='heap2stack<no-caller-frames>' -pass-remarks-output=%t.yaml -pass-remarks-filter=heap2stack \
; RUN:   -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@Leaked = global ptr null, align 8

; REMARK: remark: {{.*}}/long-file-names.c:3:0: leaking param: p: stores it to global 'Leaked' at ...-below-it/and-a-third-one-to-pass-the-limit/heap2stack/test/escape/long-file-names.c:3:38{{$}}
; YAML:      Name: ParamSummary
; YAML-NEXT: DebugLoc: { File: '{{.*}}/long-file-names.c',{{[[:space:]]+}}Line: 3,{{[[:space:]]+}}Column: 0 }
; YAML-NEXT: Function: savePointer
; YAML:      - Reason: 'stores it to global ''Leaked'' at ...-below-it/and-a-third-one-to-pass-the-limit/heap2stack/test/escape/long-file-names.c:3:38'
define void @savePointer(ptr %p) !dbg !10 {
  store ptr %p, ptr @Leaked, align 8, !dbg !11
  ret void, !dbg !11
}

; REMARK: remark: {{.*}}/long-file-names.c:4:0: freed param: p: frees it at ...-below-it/and-a-third-one-to-pass-the-limit/heap2stack/test/escape/long-file-names.c:4:28{{$}}
define void @dropPointer(ptr %p) !dbg !12 {
  call void @free(ptr %p), !dbg !13
  ret void, !dbg !13
}

; Neither allocation moves; each reason quotes the callee's summary.
; CHECK-LABEL: define void @caller(
; CHECK-NOT: alloca
; CHECK: %a = call ptr @malloc(i64 4)
; CHECK: %b = call ptr @malloc(i64 4)
; CHECK: ret void
; REMARK: remark: {{.*}}/long-file-names.c:6:12: escapes: passed to 'savePointer' at {{.*}}/long-file-names.c:7:3, which stores it to global 'Leaked' at ...-below-it/and-a-third-one-to-pass-the-limit/heap2stack/test/escape/long-file-names.c:3:38{{$}}
; REMARK: remark: {{.*}}/long-file-names.c:8:12: freed by a callee: passed to 'dropPointer' at {{.*}}/long-file-names.c:9:3, which frees it at ...-below-it/and-a-third-one-to-pass-the-limit/heap2stack/test/escape/long-file-names.c:4:28{{$}}
define void @caller() !dbg !14 {
  %a = call ptr @malloc(i64 4), !dbg !15
  call void @savePointer(ptr %a), !dbg !16
  %b = call ptr @malloc(i64 4), !dbg !17
  call void @dropPointer(ptr %b), !dbg !18
  ret void, !dbg !18
}

declare ptr @malloc(i64)
declare void @free(ptr)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 19", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "/home/builder/checkouts/a-rather-long-directory-name-for-a-checkout/with-another-long-directory-below-it/and-a-third-one-to-pass-the-limit/heap2stack/test/escape/long-file-names.c", directory: "/")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "savePointer", scope: !1, file: !1, line: 3, type: !4, scopeLine: 3, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!11 = !DILocation(line: 3, column: 38, scope: !10)
!12 = distinct !DISubprogram(name: "dropPointer", scope: !1, file: !1, line: 4, type: !4, scopeLine: 4, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!13 = !DILocation(line: 4, column: 28, scope: !12)
!14 = distinct !DISubprogram(name: "caller", scope: !1, file: !1, line: 5, type: !4, scopeLine: 5, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!15 = !DILocation(line: 6, column: 12, scope: !14)
!16 = !DILocation(line: 7, column: 3, scope: !14)
!17 = !DILocation(line: 8, column: 12, scope: !14)
!18 = !DILocation(line: 9, column: 3, scope: !14)
