; A parameter is named by the debug record that describes its own value.
; Here dead argument elimination has dropped `k` (its value 11 survives only
; in a debug record that still says arg: 1), so `out`, the debug info's
; argument 2, is IR argument 0.  Naming by position said "stored through
; parameter 'k'"; the record whose value is %0 says `out`.
; RUN: %opt -passes=heap2stack -pass-remarks-missed=heap2stack -pass-remarks-analysis=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --implicit-check-not="parameter 'k'"
; CHECK: remark: t.c:3:13: escapes: stored through parameter 'out' at t.c:4:10
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare ptr @malloc(i64)
declare void @llvm.dbg.value(metadata, metadata, metadata)

define void @maybe_out(ptr %0) !dbg !5 {
  call void @llvm.dbg.value(metadata i32 11, metadata !9, metadata !DIExpression()), !dbg !12
  call void @llvm.dbg.value(metadata ptr %0, metadata !10, metadata !DIExpression()), !dbg !12
  %p = call ptr @malloc(i64 20), !dbg !13
  store ptr %p, ptr %0, align 8, !dbg !14
  ret void, !dbg !15
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/tmp")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "maybe_out", scope: !1, file: !1, line: 2, type: !6, scopeLine: 2, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !11)
!6 = !DISubroutineType(types: !7)
!7 = !{!8, !8, !16}
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!9 = !DILocalVariable(name: "k", arg: 1, scope: !5, file: !1, line: 2, type: !8)
!10 = !DILocalVariable(name: "out", arg: 2, scope: !5, file: !1, line: 2, type: !16)
!11 = !{!9, !10}
!12 = !DILocation(line: 0, scope: !5)
!13 = !DILocation(line: 3, column: 13, scope: !5)
!14 = !DILocation(line: 4, column: 10, scope: !5)
!15 = !DILocation(line: 5, column: 1, scope: !5)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
