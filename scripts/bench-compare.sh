#!/usr/bin/env bash
# Times enquete's statistics against what a user would run instead, on the same synthetic file:
#   scripts/bench-compare.sh [RESPONDENTS] [DIR] [RUNS]
# Each tool computes every frequency table and the quartiles of the numeric columns, as a whole command
# (interpreter or JVM start included). The file's submission date column (LimeSurvey's `submitdate`) is checked for
# order by each tool (R's is.unsorted, pandas' is_monotonic_increasing), as enquete follows it for late questions;
# R and pandas read it as date-times, their fastest way.
# The tools take turns, round after round (RUNS rounds, default 5), so that a
# busy machine slows them alike; the median wall time, the largest resident memory, the machine's load before and
# after, and the ratio of each tool's median to enquete's are printed. enquete runs as the launcher starts it by
# default (ENQUETE_JAVA_OPTS, if set, is used as is).
# R data.table's fread comes from Debian's packages (apt-get install r-base-core r-cran-data.table); with
# BENCH_ALL=1, base R's read.csv and pandas (python3-pandas) are timed too (much slower).
# BENCH_LOAD=N makes the machine busy on purpose for the whole run: N processes that only spin on the CPU, each in
# its own session (as another user's work would be: the kernel's autogroups then share the cores between sessions),
# stopped when the script ends. Each tool's CPU time (user + system) is printed beside its wall time: on a busy machine
# the wall times follow the CPU times.
set -euo pipefail
n="${1:-1000000}"
dir="${2:-$(mktemp -d)}"
runs="${3:-5}"
mkdir -p "$dir"
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
if [ ! -f "$dir/export.csv" ] || [ ! -f "$dir/spec.yaml" ]; then
  "$home/enquete" bench --survey "$n" --rounds 1 --keep "$dir" | tee "$dir/enquete.txt"
fi
csv="$dir/export.csv"
# The launcher rebuilds the jar when a source is newer than it: do that now, not inside the first timed round (a
# 90 s build once counted as enquete's first run and its 1,3 GB as its memory).
"$home/enquete" --version >/dev/null

labels=()
commands=()
add() {
  labels+=("$1")
  commands+=("$2")
}
add "enquete stats --format json --no-terms" "$home/enquete stats $csv --spec $dir/spec.yaml --format json --no-terms"
if command -v Rscript >/dev/null && Rscript -e 'library(data.table)' >/dev/null 2>&1; then
  cat > "$dir/dt.R" <<'R'
library(data.table); args <- commandArgs(TRUE); h <- names(fread(args[1], sep = ";", nrows = 0))
# The answers as text; the submission date as fread reads a date-time (POSIXct): a million distinct strings would cost
# R 2,5 s of CPU to intern, which a data.table user would not pay.
d <- fread(args[1], sep = ";", colClasses = list(character = setdiff(h, "submitdate")), na.strings = "", tz = "UTC")
for (c in names(d)) { if (c == "submitdate") is.unsorted(d[[c]]) else if (startsWith(c, "n")) quantile(as.numeric(d[[c]]), c(.25, .5, .75), na.rm = TRUE) else table(d[[c]], useNA = "ifany") }
R
  add "R data.table fread + table + quantile" "Rscript $dir/dt.R $csv"
else
  echo "R data.table not found (apt-get install r-base-core r-cran-data.table): enquete alone" >&2
fi
if [ "${BENCH_ALL:-0}" = 1 ]; then
  if command -v Rscript >/dev/null; then
    cat > "$dir/base.R" <<'R'
args <- commandArgs(TRUE); d <- read.csv(args[1], sep = ";", colClasses = "character", na.strings = "")
for (c in names(d)) { if (c == "submitdate") is.unsorted(d[[c]]) else if (startsWith(c, "n")) quantile(as.numeric(d[[c]]), c(.25, .5, .75), na.rm = TRUE) else table(d[[c]], useNA = "ifany") }
R
    add "R read.csv + table + quantile" "Rscript $dir/base.R $csv"
  fi
  if /usr/bin/python3 -s -c 'import pandas' >/dev/null 2>&1; then
    cat > "$dir/pd.py" <<'PY'
import sys, pandas as pd
h = pd.read_csv(sys.argv[1], sep=";", nrows=0).columns
dated = ["submitdate"] if "submitdate" in h else []
d = pd.read_csv(sys.argv[1], sep=";", dtype={c: str for c in h if c not in dated}, parse_dates=dated,
                keep_default_na=False, na_values=[""])
for c in d.columns:
    if c == "submitdate":
        d[c].is_monotonic_increasing
    elif c.startswith("n"):
        pd.to_numeric(d[c]).quantile([.25, .5, .75])
    else:
        d[c].value_counts(dropna=False)
PY
    add "pandas read_csv + value_counts + quantile" "/usr/bin/python3 -s $dir/pd.py $csv"
  fi
fi

load="${BENCH_LOAD:-0}"
case "$load" in
  ''|*[!0-9]*) echo "BENCH_LOAD takes a number of busy processes" >&2; exit 2 ;;
esac
spinners=()
stop_spinners() {
  [ ${#spinners[@]} -eq 0 ] || kill "${spinners[@]}" 2>/dev/null || true
}
trap stop_spinners EXIT
for _ in $(seq "$load"); do
  # setsid: a session of its own, so a separate autogroup, as another user's work.
  setsid sh -c 'while :; do :; done' &
  spinners+=($!)
done
# The launcher tells a busy machine by the processes runnable when it starts (the spinners are, at once).
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $n respondents x 60 ($(( $(stat -c %s "$csv") / 1048576 )) MB), $runs rounds"
[ "$load" -gt 0 ] && echo "BENCH_LOAD=$load: $load busy processes in sessions of their own during the run"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times cpus mem
for r in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M %U %S" -o "$dir/time.txt" ${commands[$i]} >/dev/null 2>"$dir/err.txt" || { cat "$dir/err.txt" >&2; exit 1; }
    read -r t m u s < "$dir/time.txt"
    c=$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')
    times[$i]="${times[$i]:-} $t"
    cpus[$i]="${cpus[$i]:-} $c"
    [ "$m" -gt "${mem[$i]:-0}" ] && mem[$i]="$m"
    printf '  round %d: %-42s %6.2f s  CPU %6.2f s  %5d MB resident\n' "$r" "${labels[$i]}" "$t" "$c" $((m / 1024))
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() {
  tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
base=$(echo "${times[0]}" | median)
cbase=$(echo "${cpus[0]}" | median)
for i in "${!commands[@]}"; do
  m=$(echo "${times[$i]}" | median)
  c=$(echo "${cpus[$i]}" | median)
  printf '%-45s median %6.2f s  %5d MB resident  %5.2f x enquete  (runs:%s)\n' "${labels[$i]}" "$m" $((mem[$i] / 1024)) \
    "$(awk -v a="$m" -v b="$base" 'BEGIN {print a / b}')" "${times[$i]}"
  printf '%-45s CPU median %6.2f s  %5.2f x enquete  (runs:%s)\n' "" "$c" \
    "$(awk -v a="$c" -v b="$cbase" 'BEGIN {print a / b}')" "${cpus[$i]}"
done
