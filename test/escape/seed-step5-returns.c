// The seed's Step 5 ("Function returns and interfaces"), in C, with Go's
// verdicts:
//   ReturnPointer       &s returned                  -> heap ("flow: ~r0 = ...")
//   InterfaceOnStack    the boxed int used locally   -> stack
//   InterfaceEscapes    the box handed to a function -> heap
//   ConditionalEscape   one branch returns a string, the other a boxed 42:
//                       both are returned            -> heap for BOTH branches
// The -O0 IR (returns go through clang's retval slot) and its mem2reg'd
// twin (a phi merges the two branches) must reach identical verdicts.
//
// RUN: %clang-noplugin -O0 -Xclang -disable-O0-optnone -g -S -emit-llvm %s -o %t.o0.ll
// RUN: %opt-noplugin -passes='function(mem2reg)' -S %t.o0.ll -o %t.m2r.ll
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -S %t.o0.ll -o %t.o0.out.ll 2>%t.o0.err
// RUN: FileCheck %s --check-prefix=IR < %t.o0.out.ll
// RUN: FileCheck %s --check-prefixes=REMARK,O0 < %t.o0.err
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -pass-remarks-analysis=heap2stack -S %t.m2r.ll -o %t.m2r.out.ll 2>%t.m2r.err
// RUN: FileCheck %s --check-prefix=IR < %t.m2r.out.ll
// RUN: FileCheck %s --check-prefixes=REMARK,M2R < %t.m2r.err
// RUN: %opt-noplugin -passes=verify -disable-output %t.o0.out.ll
// RUN: %opt-noplugin -passes=verify -disable-output %t.m2r.out.ll
//
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.o0.ll 2>%t.o0.final
// RUN: %opt -passes=heap2stack -pass-remarks=heap2stack -pass-remarks-missed=heap2stack \
// RUN:   -disable-output %t.m2r.ll 2>%t.m2r.final
// RUN: diff %t.o0.final %t.m2r.final
// RUN: FileCheck %s --check-prefix=FINAL --implicit-check-not=remark: < %t.o0.final
#include <stdlib.h>
#include <string.h>

void println_any(void *v); // an opaque function, like fmt.Println

// IR-LABEL: define {{.*}}ptr @ReturnPointer(
// IR-NOT: alloca [6 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 6)
char *ReturnPointer(void) {
  // REMARK: remark: {{.*}}seed-step5-returns.c:[[@LINE+7]]:13: escapes: returned at {{.*}}seed-step5-returns.c:[[@LINE+9]]:3
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+6]]:13: flow: ~r0 = &{storage for malloc}:
  // O0-NEXT:     remark: {{.*}}:[[@LINE+5]]:13:   from store to variable 's' (store) at {{.*}}:[[@LINE+5]]:9
  // O0-NEXT:     remark: {{.*}}:[[@LINE+4]]:13:   from load from variable 's' (load) at {{.*}}:[[@LINE+6]]:10
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+3]]:13:   from return (return) at {{.*}}:[[@LINE+5]]:3
  // REMARK-NOT:  remark: {{.*}}:[[@LINE+2]]:13:
  // FINAL: remark: {{.*}}:[[@LINE+1]]:13: escapes: returned at {{.*}}:[[@LINE+3]]:3
  char *s = malloc(6);
  strcpy(s, "hello");
  return s; // &s lives longer than the frame: heap
}

// IR-LABEL: define {{.*}}i32 @InterfaceOnStack(
// IR: alloca [4 x i8], align 16
// IR-NOT: @malloc(
// IR-NOT: @free(
// IR: ret i32
int InterfaceOnStack(void) {
  // REMARK: remark: {{.*}}:[[@LINE+2]]:12: moved to stack: 4-byte malloc (align 16)
  // FINAL: remark: {{.*}}:[[@LINE+1]]:12: moved to stack: 4-byte malloc (align 16)
  int *x = malloc(sizeof *x);
  *x = 42;
  void *i = x; // the "interface" holds the box...
  int r = *(int *)i;
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+1]]:3: deallocation removed: 'free' of the 4-byte malloc
  free(i); // ...and dies here: stack
  return r;
}

// IR-LABEL: define {{.*}}void @InterfaceEscapes(
// IR-NOT: alloca [4 x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 4)
// IR: call void @println_any(
void InterfaceEscapes(void) {
  // REMARK: remark: {{.*}}:[[@LINE+9]]:12: escapes: passed to 'println_any' at {{.*}}:[[@LINE+12]]:3
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+8]]:12: flow: {heap} = &{storage for malloc}:
  // O0-NEXT:     remark: {{.*}}:[[@LINE+7]]:12:   from store to variable 'x' (store) at {{.*}}:[[@LINE+7]]:8
  // O0-NEXT:     remark: {{.*}}:[[@LINE+6]]:12:   from load from variable 'x' (load) at {{.*}}:[[@LINE+8]]:13
  // O0-NEXT:     remark: {{.*}}:[[@LINE+5]]:12:   from store to variable 'i' (store) at {{.*}}:[[@LINE+7]]:9
  // O0-NEXT:     remark: {{.*}}:[[@LINE+4]]:12:   from load from variable 'i' (load) at {{.*}}:[[@LINE+7]]:15
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+3]]:12:   from call to 'println_any' (call parameter) at {{.*}}:[[@LINE+6]]:3
  // REMARK-NOT:  remark: {{.*}}:[[@LINE+2]]:12:
  // FINAL: remark: {{.*}}:[[@LINE+1]]:12: escapes: passed to 'println_any' at {{.*}}:[[@LINE+4]]:3
  int *x = malloc(sizeof *x);
  *x = 42;
  void *i = x;
  println_any(i);
}

// Both allocations stay on the heap: the result may be either of them.
// IR-LABEL: define {{.*}}ptr @ConditionalEscape(
// IR-NOT: alloca [{{[48]}} x i8]
// IR: call {{.*}}ptr @malloc(i64 noundef 8)
// IR: call {{.*}}ptr @malloc(i64 noundef 4)
void *ConditionalEscape(int flag) {
  if (flag) {
    // REMARK: remark: {{.*}}:[[@LINE+9]]:15: escapes: returned at {{.*}}:[[@LINE+25]]:1
    // REMARK-NEXT: remark: {{.*}}:[[@LINE+8]]:15: flow: ~r0 = &{storage for malloc}:
    // O0-NEXT:     remark: {{.*}}:[[@LINE+7]]:15:   from store to variable 's' (store) at {{.*}}:[[@LINE+7]]:11
    // O0-NEXT:     remark: {{.*}}:[[@LINE+6]]:15:   from load from variable 's' (load) at {{.*}}:[[@LINE+8]]:12
    // O0-NEXT:     remark: {{.*}}:[[@LINE+5]]:15:   from store to a local variable (store) at {{.*}}:[[@LINE+7]]:5
    // O0-NEXT:     remark: {{.*}}:[[@LINE+4]]:15:   from load from a local variable (load) at {{.*}}:[[@LINE+20]]:1
    // M2R-NEXT:    remark: {{.*}}:[[@LINE+3]]:15:   from a value merged where control flow joins (assign) in 'ConditionalEscape' at {{.*}}:[[#@LINE-8]]:0
    // REMARK-NEXT: remark: {{.*}}:[[@LINE+2]]:15:   from return (return) at {{.*}}:[[@LINE+18]]:1
    // FINAL: remark: {{.*}}:[[@LINE+1]]:15: escapes: returned at {{.*}}:[[@LINE+17]]:1
    char *s = malloc(8);
    strcpy(s, "escaped");
    return s; // s must live past the frame: heap
  }
  // REMARK: remark: {{.*}}:[[@LINE+9]]:12: escapes: returned at {{.*}}:[[@LINE+12]]:1
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+8]]:12: flow: ~r0 = &{storage for malloc}:
  // O0-NEXT:     remark: {{.*}}:[[@LINE+7]]:12:   from store to variable 'n' (store) at {{.*}}:[[@LINE+7]]:8
  // O0-NEXT:     remark: {{.*}}:[[@LINE+6]]:12:   from load from variable 'n' (load) at {{.*}}:[[@LINE+8]]:10
  // O0-NEXT:     remark: {{.*}}:[[@LINE+5]]:12:   from store to a local variable (store) at {{.*}}:[[@LINE+7]]:3
  // O0-NEXT:     remark: {{.*}}:[[@LINE+4]]:12:   from load from a local variable (load) at {{.*}}:[[@LINE+7]]:1
  // M2R-NEXT:    remark: {{.*}}:[[@LINE+3]]:12:   from a value merged where control flow joins (assign) in 'ConditionalEscape' at {{.*}}:[[#@LINE-21]]:0
  // REMARK-NEXT: remark: {{.*}}:[[@LINE+2]]:12:   from return (return) at {{.*}}:[[@LINE+5]]:1
  // FINAL: remark: {{.*}}:[[@LINE+1]]:12: escapes: returned at {{.*}}:[[@LINE+4]]:1
  int *n = malloc(sizeof *n);
  *n = 42;
  return n; // constants need storage too: heap
}
