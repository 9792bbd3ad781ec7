#!/usr/bin/env bash
# Times enquete's statistics against what a user would run instead, on the same synthetic file:
#   scripts/bench-compare.sh [RESPONDENTS] [DIR] [RUNS]
# Each tool computes every frequency table and the quartiles of the numeric columns, as a whole command
# (interpreter or JVM start included); each is run RUNS times (default 3) and the median wall time and the
# largest resident memory are printed. enquete runs with a 512 MB heap (ENQUETE_JAVA_OPTS=-Xmx512m).
# R (base read.csv; data.table's fread) and pandas come from Debian's packages:
#   apt-get install r-base-core r-cran-data.table python3-pandas
set -euo pipefail
n="${1:-1000000}"
dir="${2:-$(mktemp -d)}"
runs="${3:-3}"
mkdir -p "$dir"
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
"$home/enquete" bench --survey "$n" --rounds 3 --keep "$dir" | tee "$dir/enquete.txt"
csv="$dir/export.csv"
# Median wall seconds and largest resident MB over the runs of a command.
measure() {
  local label="$1"; shift
  local times=() mem=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/err.txt" || { cat "$dir/err.txt" >&2; return 1; }
    read -r t m < "$dir/time.txt"
    times+=("$t")
    [ "$m" -gt "$mem" ] && mem="$m"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
  printf '%-45s %6.2f s  %5d MB resident  (runs: %s)\n' "$label" "$median" $((mem / 1024)) "${times[*]}"
}
ENQUETE_JAVA_OPTS=-Xmx512m measure "enquete stats --no-terms (-Xmx512m)" "$home/enquete" stats "$csv" --spec "$dir/spec.yaml" --format json --no-terms
if command -v Rscript >/dev/null; then
  cat > "$dir/base.R" <<'R'
args <- commandArgs(TRUE); d <- read.csv(args[1], sep = ";", colClasses = "character", na.strings = "")
for (c in names(d)) { if (startsWith(c, "n")) quantile(as.numeric(d[[c]]), c(.25, .5, .75), na.rm = TRUE) else table(d[[c]], useNA = "ifany") }
R
  measure "R read.csv + table + quantile" Rscript "$dir/base.R" "$csv"
  if Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    cat > "$dir/dt.R" <<'R'
library(data.table); args <- commandArgs(TRUE); d <- fread(args[1], sep = ";", colClasses = "character", na.strings = "")
for (c in names(d)) { if (startsWith(c, "n")) quantile(as.numeric(d[[c]]), c(.25, .5, .75), na.rm = TRUE) else table(d[[c]], useNA = "ifany") }
R
    measure "R data.table fread + table + quantile" Rscript "$dir/dt.R" "$csv"
  fi
fi
if /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then
  cat > "$dir/pd.py" <<'PY'
import sys, pandas as pd
d = pd.read_csv(sys.argv[1], sep=";", dtype=str, keep_default_na=False, na_values=[""])
for c in d.columns:
    if c.startswith("n"):
        pd.to_numeric(d[c]).quantile([.25, .5, .75])
    else:
        d[c].value_counts(dropna=False)
PY
  measure "pandas read_csv + value_counts + quantile" /usr/bin/python3 "$dir/pd.py" "$csv"
fi
