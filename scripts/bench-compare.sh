#!/usr/bin/env bash
# Times enquete's statistics against what a user would run instead, on the same synthetic file:
#   scripts/bench-compare.sh [RESPONDENTS] [DIR]
# R (base read.csv + table + quantile; data.table fread if installed) and pandas (Debian's python3-pandas)
# compute every frequency table and the quartiles of the numeric columns. Install them with
#   apt-get install r-base-core r-cran-data.table python3-pandas
set -euo pipefail
n="${1:-1000000}"
dir="${2:-$(mktemp -d)}"
mkdir -p "$dir"
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
"$home/enquete" bench --survey "$n" --rounds 3 --keep "$dir" | tee "$dir/enquete.txt"
csv="$dir/export.csv"
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "enquete stats (whole command, JVM start included): $(secs "$home/enquete" stats "$csv" --spec "$dir/spec.yaml" --format json --no-terms) s"
if command -v Rscript >/dev/null; then
  cat > "$dir/base.R" <<'R'
args <- commandArgs(TRUE); d <- read.csv(args[1], sep = ";", colClasses = "character", na.strings = "")
for (c in names(d)) { if (startsWith(c, "n")) quantile(as.numeric(d[[c]]), c(.25, .5, .75), na.rm = TRUE) else table(d[[c]], useNA = "ifany") }
R
  echo "R read.csv + table + quantile: $(secs Rscript "$dir/base.R" "$csv") s"
  if Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    cat > "$dir/dt.R" <<'R'
library(data.table); args <- commandArgs(TRUE); d <- fread(args[1], sep = ";", colClasses = "character", na.strings = "")
for (c in names(d)) { if (startsWith(c, "n")) quantile(as.numeric(d[[c]]), c(.25, .5, .75), na.rm = TRUE) else table(d[[c]], useNA = "ifany") }
R
    echo "R data.table fread + table + quantile: $(secs Rscript "$dir/dt.R" "$csv") s"
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
  echo "pandas read_csv + value_counts + quantile: $(secs /usr/bin/python3 "$dir/pd.py" "$csv") s"
fi
