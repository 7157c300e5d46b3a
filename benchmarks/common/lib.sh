# Shell helpers shared by the benchmark scripts (sourced, not run).

# measure LOG CMD...: runs CMD (stdout and stderr to LOG.out), appends
# "<wall seconds> <peak RSS KiB>" to LOG. Wall time from date +%s.%N,
# peak RSS from /usr/bin/time -f %M. Returns CMD's exit status.
measure() {
  local log=$1; shift
  local t0 t1 rc=0
  t0=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$log.rss" "$@" >"$log.out" 2>&1 || rc=$?
  t1=$(date +%s.%N)
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}') $(tail -1 "$log.rss")" >>"$log"
  return $rc
}

# stats [FMT]: reads numbers (one per line) on stdin, prints
# "median (min–max)" (just the median when there is one number).
stats() {
  local fmt=${1:-%.2f}
  sort -g | awk -v f="$fmt" '{a[NR] = $1}
    END {if (NR == 0) {print "?"; exit}
         m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
         if (NR == 1) printf f "\n", m;
         else printf f " (" f "–" f ")\n", m, a[1], a[NR]}'
}

# median: reads numbers on stdin, prints the median with full precision.
median() {
  sort -g | awk '{a[NR] = $1}
    END {if (NR == 0) {print "nan"; exit}
         print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# col N FILE: column N of FILE.
col() { awk -v c="$1" '{print $c}' "$2"; }

# header CC ROOT: the "date, machine, compiler, commit" line
# ($HEAP2STACK_PLUGIN_REV names the commit of a $HEAP2STACK_PLUGIN build).
header() {
  local cc=$1 root=$2 cpu rev
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  if [ -n "${HEAP2STACK_PLUGIN_REV:-}" ]; then
    rev="$HEAP2STACK_PLUGIN_REV"
  else
    rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
    [ -z "$(git -C "$root" status --porcelain -- pass include CMakeLists.txt 2>/dev/null)" ] ||
      rev="$rev + uncommitted changes in pass/"
  fi
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $cpu ($(nproc) CPUs), $("$cc" --version | head -1), heap2stack $rev"
}

# plugin_path N ROOT: the plugin to measure. $HEAP2STACK_PLUGIN_<N> (or
# $HEAP2STACK_PLUGIN) when set, e.g. a build of a pinned commit while pass/
# is being edited; otherwise utils/build N (a no-op when up to date).
plugin_path() {
  local v=$1 root=$2 var="HEAP2STACK_PLUGIN_$1"
  local p=${!var:-${HEAP2STACK_PLUGIN:-}}
  if [ -n "$p" ]; then
    [ -f "$p" ] || { echo "plugin '$p' not found" >&2; return 1; }
    echo "$p"
  else
    "$root/utils/build" "$v" 2>/dev/null | tail -1
  fi
}

# crash_reason LOG [RC]: one line saying why a compiler step failed: its
# "LLVM ERROR" or "error:" line, else the first named LLVM frame of its
# stack dump ("crashed in llvm::Foo::bar"), else its exit status and the
# log's last line (a step killed from outside, an empty log). Never fails
# itself: the scripts run under set -e, and a reason it cannot find must not
# stop a benchmark (CI, 2026-12-01: a build failed with no such line, and the
# grep's own exit status ended the runtime benchmark without a word).
crash_reason() {
  local r="" last=""
  r=$( { grep -m1 -E "LLVM ERROR|error:|Assertion" "$1" 2>/dev/null || true; } | cut -c1-100)
  [ -n "$r" ] || r=$(awk '/^ *#[0-9]+ 0x[0-9a-f]+ llvm::/ && !/llvm::sys::/ {
             sub(/^ *#[0-9]+ 0x[0-9a-f]+ /, ""); sub(/\(.*$/, ""); print "crashed in " $0; exit}' "$1" 2>/dev/null || true)
  if [ -z "$r" ]; then
    last=$( { grep -v '^[[:space:]]*$' "$1" 2>/dev/null || true; } | tail -n 1 | cut -c1-80)
    r="failed${2:+ (exit $2)}${last:+, last line: $last}"
    [ -s "$1" ] || r="${r}, empty log"
  fi
  echo "$r"
}
