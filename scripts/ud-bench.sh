#!/usr/bin/env bash
# Scores enquete's French text pipeline on the Universal Dependencies French GSD and Sequoia test splits, from
# their raw text (enquete bench ud: token F1, UPOS and lemma F1 as conll18_ud_eval.py computes them, content-word
# lemma accuracy, words per second):
#   scripts/ud-bench.sh [--dir DIR] [FILE.conllu...]
# With no FILE, the two test splits are downloaded (curl) at the commits the figures of docs/annotate.md were
# measured on, into DIR (default target/ud; kept there, never committed: CC BY-SA 4.0 and LGPL-LR data).
# Set GSD_COMMIT / SEQUOIA_COMMIT to measure other versions; extra options go to enquete via BENCH_OPTS
# (e.g. BENCH_OPTS="--errors 40").
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="$home/target/ud"
if [ "${1:-}" = "--dir" ]; then
  dir="$2"
  shift 2
fi
gsd="${GSD_COMMIT:-830e2782304af08b3cc1c9250475343e04274d81}"
sequoia="${SEQUOIA_COMMIT:-f5b049600c89d2cf15ebbec860f75d703884d32b}"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mkdir -p "$dir"
  . "$home/scripts/ud-fetch.sh"
  fetch() { # repository, commit, file
    files+=("$(ud_fetch "$dir" "$1" "$2" "$3")")
  }
  fetch UD_French-GSD "$gsd" fr_gsd-ud-test.conllu
  fetch UD_French-Sequoia "$sequoia" fr_sequoia-ud-test.conllu
  echo "UD_French-GSD $gsd, UD_French-Sequoia $sequoia"
fi
# shellcheck disable=SC2086
"$home/enquete" bench ud ${BENCH_OPTS:-} "${files[@]}"
