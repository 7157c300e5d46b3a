"""plugin-races.py LOG PASS_DIR: reads a helgrind log; prints each data race
one of whose frames is in the plugin (a source file of PASS_DIR, or its .so
when built without debug information) and exits 1 if there is any, 2 if the
log is not a finished helgrind run."""
import os
import re
import sys

log, pass_dir = sys.argv[1], sys.argv[2]
sources = [f for _, _, files in os.walk(pass_dir) for f in files
           if f.endswith((".c", ".cpp", ".h"))]
plugin = re.compile(r"\((?:%s):\d+\)|heap2stack\.so\)" % "|".join(map(re.escape, sources)))
text = open(log, errors="replace").read()
if "ERROR SUMMARY" not in text:
    print("plugin-races: no ERROR SUMMARY: helgrind did not finish")
    sys.exit(2)
# Reports are separated by "==pid== ----...----" lines.
blocks = re.split(r"^==\d+== -{20,}\s*$", text, flags=re.M)
races = [b for b in blocks if "Possible data race" in b and plugin.search(b)]
for b in races:
    print(b.strip())
print(f"plugin-races: {len(races)} data race(s) in the plugin")
sys.exit(1 if races else 0)
