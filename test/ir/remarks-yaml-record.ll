; The YAML optimization record: one document per remark, the stable remark
; name under Name:, the values as named arguments (Size, Limit, Align,
; Allocator, Target, Blocker) so that tools need not parse the prose.
; RUN: %opt -passes=heap2stack -pass-remarks-output=%t.yaml -pass-remarks-filter=heap2stack \
; RUN:   -disable-output %s
; RUN: FileCheck %s < %t.yaml
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -pass-remarks-analysis=heap2stack -disable-output %s 2>%t.err
; RUN: FileCheck %s --check-prefixes=REMARK,DETAIL --allow-unused-prefixes < %t.err
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefix=REMARK --implicit-check-not=remark:
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g = global ptr null
declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK:      --- !Passed
; CHECK-NEXT: Pass:            heap2stack
; CHECK-NEXT: Name:            Moved
; CHECK-NEXT: Function:        f
; CHECK-NEXT: Args:
; CHECK-NEXT:   - String:          'moved to stack: '
; CHECK-NEXT:   - Size:            '24'
; CHECK-NEXT:   - String:          '-byte '
; CHECK-NEXT:   - Allocator:       malloc
; CHECK-NEXT:   - String:          ' (align '
; CHECK-NEXT:   - Align:           '16'
; CHECK-NEXT:   - String:          ')'
; CHECK-NEXT: ...
; CHECK-NEXT: --- !Analysis
; CHECK-NEXT: Pass:            heap2stack
; CHECK-NEXT: Name:            DeallocationRemoved
; CHECK-NEXT: Function:        f
; CHECK-NEXT: Args:
; CHECK-NEXT:   - String:          'deallocation removed: '''
; CHECK-NEXT:   - Deallocator:     free
; CHECK:        - Allocation:      '%p = call ptr @malloc(i64 24)'
; CHECK:      --- !Missed
; CHECK-NEXT: Pass:            heap2stack
; CHECK-NEXT: Name:            TooLarge
; CHECK-NEXT: Function:        f
; CHECK-NEXT: Args:
; CHECK-NEXT:   - String:          'too large for stack: '
; CHECK-NEXT:   - Size:            '100000'
; CHECK-NEXT:   - String:          ' bytes > max-size '
; CHECK-NEXT:   - Limit:           '65536'
; CHECK-NEXT: ...
; CHECK-NEXT: --- !Missed
; CHECK-NEXT: Pass:            heap2stack
; CHECK-NEXT: Name:            Escapes
; CHECK-NEXT: Function:        f
; CHECK-NEXT: Args:
; CHECK-NEXT:   - String:          'escapes: '
; CHECK-NEXT:   - String:          'stored to global '''
; CHECK-NEXT:   - Target:          g
; CHECK-NEXT:   - String:          ''''
; CHECK-NEXT:   - String:          ' at '''
; CHECK-NEXT:   - Blocker:         'store ptr %e, ptr @g, align 8'
; CHECK-NEXT:   - String:          ''''
; CHECK-NEXT: ...
; CHECK-NOT:  --- !Passed
; CHECK-NOT:  --- !Missed

; REMARK:      remark: <unknown>:0:0: moved to stack: 24-byte malloc (align 16)
; DETAIL: remark: <unknown>:0:0: deallocation removed: 'free' of the 24-byte malloc at '%p = call ptr @malloc(i64 24)'
; REMARK: remark: <unknown>:0:0: too large for stack: 100000 bytes > max-size 65536
; REMARK: remark: <unknown>:0:0: escapes: stored to global 'g' at 'store ptr %e, ptr @g, align 8'
define i32 @f() {
  %p = call ptr @malloc(i64 24)
  store i32 1, ptr %p
  %v = load i32, ptr %p
  call void @free(ptr %p)
  %big = call ptr @malloc(i64 100000)
  store i32 1, ptr %big
  call void @free(ptr %big)
  %e = call ptr @malloc(i64 8)
  store ptr %e, ptr @g
  ret i32 %v
}
