; Remarks sit at the allocation call's own debug location and name the
; blocking instruction's location; the new lifetime markers carry the
; locations of the malloc and the free they replace.  Generated from
;
;   1  #include <stdlib.h>
;   2  int *leaked;
;   3  int moved(int x) {
;   4    int *p = malloc(16);
;   5    p[0] = x;
;   6    int v = p[0];
;   7    free(p);
;   8    return v;
;   9  }
;  10  void escapes(int x) {
;  11    int *q = malloc(8);
;  12    q[0] = x;
;  13    leaked = q;
;  14  }
;
; by clang-19 -O1 -g -S -emit-llvm -Xclang -disable-llvm-passes, then
; opt -passes=mem2reg, trimmed.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: %opt -passes=heap2stack -pass-remarks-output=%t.yaml -pass-remarks-filter=heap2stack \
; RUN:   -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@leaked = dso_local global ptr null, align 8, !dbg !0

; CHECK-LABEL: define dso_local i32 @moved(
; CHECK: %h2s = alloca [16 x i8], align 16, !heap2stack.slot [[ORIGIN:![0-9]+]]{{$}}
; CHECK: call void @llvm.lifetime.start.p0({{(i64 16, )?}}ptr %h2s), !dbg [[MALLOC:![0-9]+]]
; CHECK: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %h2s), !dbg [[FREE:![0-9]+]]
; CHECK-NEXT: call void @llvm.lifetime.end.p0({{(i64 16, )?}}ptr %h2s), !dbg [[RET:![0-9]+]]
; CHECK-NEXT: ret i32 {{.*}}, !dbg [[RET]]
; CHECK-LABEL: define dso_local void @escapes(
; CHECK: %2 = call noalias ptr @malloc(i64 noundef 8), !dbg
; CHECK: store ptr %2, ptr @leaked
; CHECK-DAG: [[MALLOC]] = !DILocation(line: 4, column: 12,
; CHECK-DAG: [[FREE]] = !DILocation(line: 7, column: 3,
; The slot records where its allocation was, for frame_check.c's remarks:
; CHECK-DAG: [[ORIGIN]] = !{!"'moved' at debug-loc.c:4:12"}

; REMARK: remark: debug-loc.c:4:12: moved to stack: 16-byte malloc (align 16)
; DETAIL: remark: debug-loc.c:7:3: deallocation removed: 'free' of the 16-byte malloc at debug-loc.c:4:12
; REMARK: remark: debug-loc.c:11:12: escapes: stored to global 'leaked' at debug-loc.c:13:10

; The YAML record carries the same places as DebugLoc keys.
; YAML:      --- !Passed
; YAML-NEXT: Pass:            heap2stack
; YAML-NEXT: Name:            Moved
; YAML-NEXT: DebugLoc:        { File: debug-loc.c, Line: 4, Column: 12 }
; YAML-NEXT: Function:        moved
; YAML:      --- !Analysis
; YAML-NEXT: Pass:            heap2stack
; YAML-NEXT: Name:            DeallocationRemoved
; YAML-NEXT: DebugLoc:        { File: debug-loc.c, Line: 7, Column: 3 }
; YAML:        - Allocation:      'debug-loc.c:4:12'
; YAML-NEXT:     DebugLoc:        { File: debug-loc.c, Line: 4, Column: 12 }
; YAML:      --- !Missed
; YAML-NEXT: Pass:            heap2stack
; YAML-NEXT: Name:            Escapes
; YAML-NEXT: DebugLoc:        { File: debug-loc.c, Line: 11, Column: 12 }
; YAML-NEXT: Function:        escapes
; YAML:        - Target:          leaked
; YAML:        - Blocker:         'debug-loc.c:13:10'
; YAML-NEXT:     DebugLoc:        { File: debug-loc.c, Line: 13, Column: 10 }

define dso_local i32 @moved(i32 noundef %0) !dbg !14 {
    #dbg_value(i32 %0, !18, !DIExpression(), !21)
  %2 = call noalias ptr @malloc(i64 noundef 16), !dbg !22
    #dbg_value(ptr %2, !19, !DIExpression(), !21)
  %3 = getelementptr inbounds i32, ptr %2, i64 0, !dbg !23
  store i32 %0, ptr %3, align 4, !dbg !24
  %4 = getelementptr inbounds i32, ptr %2, i64 0, !dbg !29
  %5 = load i32, ptr %4, align 4, !dbg !29
    #dbg_value(i32 %5, !20, !DIExpression(), !21)
  call void @free(ptr noundef %2), !dbg !30
  ret i32 %5, !dbg !31
}

declare noalias ptr @malloc(i64 noundef)
declare void @free(ptr noundef)

define dso_local void @escapes(i32 noundef %0) !dbg !43 {
    #dbg_value(i32 %0, !47, !DIExpression(), !49)
  %2 = call noalias ptr @malloc(i64 noundef 8), !dbg !50
    #dbg_value(ptr %2, !48, !DIExpression(), !49)
  %3 = getelementptr inbounds i32, ptr %2, i64 0, !dbg !51
  store i32 %0, ptr %3, align 4, !dbg !52
  store ptr %2, ptr @leaked, align 8, !dbg !53
  ret void, !dbg !56
}

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!7, !8}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "leaked", scope: !2, file: !3, line: 2, type: !5, isLocal: false, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "clang version 19", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "debug-loc.c", directory: "/tmp")
!4 = !{!0}
!5 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = !{i32 7, !"Dwarf Version", i32 5}
!8 = !{i32 2, !"Debug Info Version", i32 3}
!14 = distinct !DISubprogram(name: "moved", scope: !3, file: !3, line: 3, type: !15, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !17)
!15 = !DISubroutineType(types: !16)
!16 = !{!6, !6}
!17 = !{!18, !19, !20}
!18 = !DILocalVariable(name: "x", arg: 1, scope: !14, file: !3, line: 3, type: !6)
!19 = !DILocalVariable(name: "p", scope: !14, file: !3, line: 4, type: !5)
!20 = !DILocalVariable(name: "v", scope: !14, file: !3, line: 6, type: !6)
!21 = !DILocation(line: 0, scope: !14)
!22 = !DILocation(line: 4, column: 12, scope: !14)
!23 = !DILocation(line: 5, column: 3, scope: !14)
!24 = !DILocation(line: 5, column: 8, scope: !14)
!29 = !DILocation(line: 6, column: 11, scope: !14)
!30 = !DILocation(line: 7, column: 3, scope: !14)
!31 = !DILocation(line: 8, column: 3, scope: !14)
!43 = distinct !DISubprogram(name: "escapes", scope: !3, file: !3, line: 10, type: !44, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !46)
!44 = !DISubroutineType(types: !45)
!45 = !{null, !6}
!46 = !{!47, !48}
!47 = !DILocalVariable(name: "x", arg: 1, scope: !43, file: !3, line: 10, type: !6)
!48 = !DILocalVariable(name: "q", scope: !43, file: !3, line: 11, type: !5)
!49 = !DILocation(line: 0, scope: !43)
!50 = !DILocation(line: 11, column: 12, scope: !43)
!51 = !DILocation(line: 12, column: 3, scope: !43)
!52 = !DILocation(line: 12, column: 8, scope: !43)
!53 = !DILocation(line: 13, column: 10, scope: !43)
!56 = !DILocation(line: 14, column: 1, scope: !43)
