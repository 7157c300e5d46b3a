; valloc and pvalloc promise page-aligned memory, and the page size is a
; run-time property (4 KiB, or 16 or 64 KiB on some arm64 and ppc64
; systems); pvalloc also rounds the size up to whole pages.  No stack slot
; can promise that: both stay on the heap with a BadAlignment remark naming
; the allocator.  The declarations are clang 22's (LLVM 19's pvalloc has no
; allockind and is no allocation at all); pvalloc's allocsize comes from
; glibc's alloc_size at the call site.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; RUN: %opt-noplugin -passes=verify -disable-output %t.ll
; RUN: %opt -passes=heap2stack -pass-remarks-output=%t.yaml -pass-remarks-filter=heap2stack \
; RUN:   -disable-output %s
; RUN: FileCheck %s --check-prefix=YAML < %t.yaml
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare noalias noundef ptr @valloc(i64 noundef) #0
declare noalias noundef ptr @pvalloc(i64 noundef) #1
declare void @free(ptr allocptr noundef) #2

; CHECK-LABEL: define i8 @valloc_stays(
; CHECK-NOT: alloca
; CHECK: %p = call ptr @valloc(i64 100)
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 'valloc' returns page-aligned memory, and the page size is known only at run time
define i8 @valloc_stays(i64 %i) {
  %p = call ptr @valloc(i64 100)
  %a = getelementptr i8, ptr %p, i64 %i
  store i8 1, ptr %a
  %v = load i8, ptr %p
  call void @free(ptr %p)
  ret i8 %v
}

; CHECK-LABEL: define i8 @pvalloc_stays(
; CHECK-NOT: alloca
; CHECK: %p = call ptr @pvalloc(i64 100) {{#[0-9]+}}
; CHECK: call void @free(ptr %p)
; REMARK: remark: <unknown>:0:0: unsupported alignment: 'pvalloc' returns page-aligned memory, and the page size is known only at run time
define i8 @pvalloc_stays(i64 %i) {
  %p = call ptr @pvalloc(i64 100) #3
  %a = getelementptr i8, ptr %p, i64 %i
  store i8 1, ptr %a
  %v = load i8, ptr %p
  call void @free(ptr %p)
  ret i8 %v
}

; YAML:      --- !Missed
; YAML-NEXT: Pass: heap2stack
; YAML-NEXT: Name: BadAlignment
; YAML-NEXT: Function: valloc_stays
; YAML:        - Allocator: valloc
; YAML:      --- !Missed
; YAML-NEXT: Pass: heap2stack
; YAML-NEXT: Name: BadAlignment
; YAML-NEXT: Function: pvalloc_stays
; YAML:        - Allocator: pvalloc

attributes #0 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") memory(inaccessiblemem: readwrite) "alloc-family"="malloc" }
attributes #2 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" }
attributes #3 = { nounwind allocsize(0) }
