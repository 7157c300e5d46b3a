; __memcpy_chk and __snprintf_chk declared with parameters their prototypes
; do not have are not the C library's: TargetLibraryInfo does not recognise
; them, so no table entry speaks for them and the buffers passed stay on the
; heap (an unknown declaration without attributes: the worst).
; RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
; RUN:   -S %s -o %t.ll 2>%t.err
; RUN: FileCheck %s < %t.ll
; RUN: FileCheck %s --check-prefix=REMARK --implicit-check-not='moved to stack' < %t.err
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@fmt_s = private unnamed_addr constant [3 x i8] c"%s\00"

declare ptr @malloc(i64)
declare void @free(ptr)
declare ptr @__memcpy_chk(ptr, ptr, i64)
declare i32 @__snprintf_chk(ptr, i64, i32, ptr, ...)

; CHECK-LABEL: define void @wrong_prototypes(
; CHECK: %d = call ptr @malloc(i64 32)
; CHECK: %e = call ptr @malloc(i64 32)
; CHECK: %f = call ptr @malloc(i64 32)
; CHECK: ret void
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__memcpy_chk' at '%r = call ptr @__memcpy_chk(ptr %d, ptr %s, i64 %n)'
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__snprintf_chk' at '%r2 = call i32 (ptr, i64, i32, ptr, ...) @__snprintf_chk(ptr %e, i64 %n, i32 1, ptr @fmt_s, ptr %f)'
; REMARK-DAG: remark: <unknown>:0:0: escapes: passed to '__snprintf_chk' at '%r2 = call i32 (ptr, i64, i32, ptr, ...) @__snprintf_chk(ptr %e, i64 %n, i32 1, ptr @fmt_s, ptr %f)'
define void @wrong_prototypes(ptr %s, i64 %n) {
  %d = call ptr @malloc(i64 32)
  %r = call ptr @__memcpy_chk(ptr %d, ptr %s, i64 %n)
  call void @free(ptr %d)
  %e = call ptr @malloc(i64 32)
  %f = call ptr @malloc(i64 32)
  %r2 = call i32 (ptr, i64, i32, ptr, ...) @__snprintf_chk(ptr %e, i64 %n, i32 1, ptr @fmt_s, ptr %f)
  call void @free(ptr %e)
  call void @free(ptr %f)
  ret void
}
