#!/usr/bin/env python3
"""Writes benchmark outputs into a README between marker comments.

  splice.py README.md SECTIONS_DIR

For every pair of lines
    <!-- BEGIN GENERATED: name -->
    <!-- END GENERATED: name -->
in README.md, replaces what is between them with SECTIONS_DIR/name.md
(the Markdown a benchmark printed). A marker whose file does not exist is
left as it is, with a warning. Standard library only.
"""
import os
import re
import sys

BEGIN = re.compile(r"^<!-- BEGIN GENERATED: ([\w-]+) -->\s*$")


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    readme, sections = argv[1], argv[2]
    with open(readme, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    out, i, done = [], 0, []
    while i < len(lines):
        m = BEGIN.match(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        name = m.group(1)
        end = f"<!-- END GENERATED: {name} -->"
        j = i + 1
        while j < len(lines) and lines[j].strip() != end:
            j += 1
        if j == len(lines):
            sys.exit(f"splice: {readme}: no '{end}' after line {i + 1}")
        path = os.path.join(sections, name + ".md")
        out.append(lines[i])
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                body = fh.read().strip("\n")
            out.extend(["", body, ""])
            done.append(name)
        else:
            print(f"splice: warning: no {path}; section '{name}' left as it was", file=sys.stderr)
            out.extend(lines[i + 1:j])
        out.append(lines[j])
        i = j + 1
    tmp = readme + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    os.replace(tmp, readme)
    print(f"splice: {len(done)} section(s): {' '.join(done)}")


if __name__ == "__main__":
    main(sys.argv)
