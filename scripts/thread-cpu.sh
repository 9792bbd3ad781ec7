#!/usr/bin/env bash
# CPU time (user + system) of each thread of a command, summed by thread name:
#   scripts/thread-cpu.sh ./enquete stats DIR/export.csv --spec DIR/spec.yaml --format json --no-terms
# The command's standard output goes to /dev/null (THREAD_CPU_OUT=FILE keeps it). Every 50 ms the script reads
# /proc/PID/task/*/stat of the command's process (the launcher execs java, so it is the JVM), keeping each thread's
# last figures: a thread that ends between two reads loses at most 50 ms. The JIT compilers' threads ("C2
# CompilerThre", "C1 CompilerThre") are summed as C2 and C1; with the serial collector, collections run in "VM Thread".
# Linux only (docs/performance.md, "Sixth pass").
set -euo pipefail
out="${THREAD_CPU_OUT:-/dev/null}"
"$@" > "$out" &
pid=$!
tick=$(getconf CLK_TCK)
declare -A last name
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    tid=${t##*/}
    stat=$(cat "$t/stat" 2>/dev/null) || continue
    comm=$(cat "$t/comm" 2>/dev/null) || continue
    # Fields after the command name in parentheses: utime and stime are the 12th and 13th.
    read -r -a f <<< "${stat##*) }"
    last[$tid]=$((f[11] + f[12]))
    name[$tid]="$comm"
  done
  sleep 0.05
done
wait "$pid" || true
declare -A sum
total=0
for tid in "${!last[@]}"; do
  n="${name[$tid]}"
  case "$n" in C1\ *|C2\ *) n="${n%% *}" ;; esac
  sum[$n]=$(( ${sum[$n]:-0} + last[$tid] ))
  total=$((total + last[$tid]))
done
for n in "${!sum[@]}"; do
  [ "${sum[$n]}" -gt 0 ] && awk -v t="${sum[$n]}" -v k="$tick" -v n="$n" 'BEGIN { printf "%6.2f s  %s\n", t / k, n }'
done | sort -rn
awk -v t="$total" -v k="$tick" 'BEGIN { printf "%6.2f s  all threads\n", t / k }'
