"""Turns every alloca of an llvm-stress module into a 64-byte malloc, so the
random code around it exercises heap2stack's analysis and rewrite."""
import re
import sys

text = open(sys.argv[1]).read()
text = re.sub(r"(%\w+) = alloca [^\n]*", r"\1 = call ptr @malloc(i64 64)", text)
text += "\ndeclare ptr @malloc(i64)\ndeclare void @free(ptr)\n"
open(sys.argv[2], "w").write(text)
