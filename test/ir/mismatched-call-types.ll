; Calls through a function type other than the callee's are not calls of
; that allocator or deallocator as LLVM sees them: nothing is recognised or
; rewritten, and nothing crashes.
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o - 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not=remark: < %t.err
; REMARK: remark: <unknown>:0:0: escapes: passed to 'free' called through a mismatched function type at 'call void @free(ptr %r, i32 1)'
; CHECK: %p = call ptr @malloc(i32 8)
; CHECK: %q = call ptr @pool_alloc()
; CHECK: %r = call ptr @malloc(i64 8)
; CHECK: call void @free(ptr %r, i32 1)
declare ptr @malloc(i64)
declare void @free(ptr)
declare noalias ptr @pool_alloc(i64) allockind("alloc") allocsize(0) "alloc-family"="pool"
define i32 @f() {
  %p = call ptr @malloc(i32 8)
  %q = call ptr @pool_alloc()
  %r = call ptr @malloc(i64 8)
  call void @free(ptr %r, i32 1)
  ret i32 0
}
