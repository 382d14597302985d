#!/usr/bin/env bash
# Compares costmodel's Monte Carlo with the project's numpy peer on the reference scenario
# (cost-model-benchmarks/REFERENCE-SCENARIO.md), on this machine, with the same thread count on both sides.
#
# Usage: bash cost-model-benchmarks/compare-peer.sh [threads] [rounds] [samples]   (defaults: 1, 5, 1000000)
# Needs: the benchmarks jar (mvn -B -q package -DskipTests), python3 with numpy, /usr/bin/time. Nothing outside
# this repository.
#
# 1. Time per run inside a warm process, in rounds that alternate numpy, costmodel, numpy, costmodel, ...:
#    numpy: peer/numpy_montecarlo.py --repeats 5 (mean of 5 runs after one warm-up run);
#    costmodel: MonteCarloBenchmark under JMH (average of 5 iterations of 2 s after 5 warm-up iterations).
# 2. The whole process, start to exit, in alternating rounds: python3 peer/numpy_montecarlo.py (one run) and
#    java -cp benchmarks.jar dev.costmodel.benchmarks.MonteCarloMain (one run), the latter twice: with the JVM's
#    default flags, and with the flags the README gives for a short-lived process (C1 only, the serial GC, and an
#    AppCDS archive of the classes the run loads, written once before the rounds by a run with
#    -XX:ArchiveClassesAtExit); wall clock from date +%s%N, CPU (user + system) from /usr/bin/time.
# Then the median of each side, and costmodel's median divided by numpy's.
#
# Threads: numpy gets OMP_NUM_THREADS, OPENBLAS_NUM_THREADS and MKL_NUM_THREADS set to the thread count;
# costmodel gets MonteCarlo.Builder.threads(n) (JMH -p threads=n, MonteCarloMain's second argument). numpy's
# random draws and percentiles use one thread whatever those say; each side prints CPU/wall so you can see what
# it really used. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the numpy commands' environment only:
# set to values that do not fit the machine they slow numpy down, and a user's machine would not have them.
set -euo pipefail
cd "$(dirname "$0")/.."

threads=${1:-1}
rounds=${2:-5}
samples=${3:-1000000}
jar=cost-model-benchmarks/target/benchmarks.jar
peer=cost-model-benchmarks/peer/numpy_montecarlo.py
work=cost-model-benchmarks/target/compare-peer
[ -f "$jar" ] || { echo "no $jar: build it first with: mvn -B -q package -DskipTests" >&2; exit 1; }
mkdir -p "$work"

numpy_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE
  OMP_NUM_THREADS="$threads" OPENBLAS_NUM_THREADS="$threads" MKL_NUM_THREADS="$threads")

median() { # the median of the numbers given as arguments
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "== machine =="
echo "cores (nproc): $(nproc)"
echo "java: $(java -version 2>&1 | head -n 1)"
echo "threads on both sides: $threads (numpy: OMP_NUM_THREADS=OPENBLAS_NUM_THREADS=MKL_NUM_THREADS=$threads;" \
  "costmodel: MonteCarlo threads=$threads)"
echo "for the numpy commands only, unset OPENBLAS_CORETYPE (was: ${OPENBLAS_CORETYPE-unset})" \
  "and OPENBLAS_L2_SIZE (was: ${OPENBLAS_L2_SIZE-unset})"
echo "samples: $samples, rounds: $rounds"

echo
echo "== 1. time per run in a warm process, $rounds rounds, numpy and costmodel alternating =="
numpy_runs=()
ours_runs=()
for round in $(seq 1 "$rounds"); do
  out=$("${numpy_env[@]}" python3 "$peer" "$samples" --repeats 5)
  ms=$(echo "$out" | sed -nE 's/^time per run .*: ([0-9.]+) ms.*/\1/p')
  numpy_runs+=("$ms")
  echo "round $round numpy: $ms ms"
  echo "$out" | sed 's/^/    /'

  java -jar "$jar" MonteCarloBenchmark -p samples="$samples" -p threads="$threads" \
    -rf json -rff "$work/jmh-$round.json" > "$work/jmh-$round.log" 2>&1 \
    || { cat "$work/jmh-$round.log" >&2; exit 1; }
  ms=$(python3 -c "import json, sys; print('%.1f' % json.load(open(sys.argv[1]))[0]['primaryMetric']['score'])" \
    "$work/jmh-$round.json")
  ours_runs+=("$ms")
  echo "round $round costmodel: $ms ms (JMH average; log in $work/jmh-$round.log)"
  grep -E '^P10 ' "$work/jmh-$round.log" | head -n 1 | sed 's/^/    /'
done
numpy_median=$(median "${numpy_runs[@]}")
ours_median=$(median "${ours_runs[@]}")
echo "median time per run: numpy $numpy_median ms, costmodel $ours_median ms" \
  "($rounds rounds, $threads thread(s) each)"
echo "ratio of medians, costmodel / numpy: $(ratio "$ours_median" "$numpy_median")" \
  "(below 1: costmodel is faster; numpy is $(ratio "$numpy_median" "$ours_median") times costmodel's time)"

echo
echo "== 2. whole process (start, one run, print percentiles), $rounds rounds, numpy and costmodel alternating =="
cds="$work/costmodel.jsa"
rm -f "$cds"
java -XX:ArchiveClassesAtExit="$cds" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" \
  dev.costmodel.benchmarks.MonteCarloMain 1000 "$threads" > /dev/null 2>&1
short_lived=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="$cds")
echo "flags for a short-lived process: ${short_lived[*]} (archive written by one run of 1,000 samples)"
numpy_walls=()
ours_walls=()
flagged_walls=()
whole() { # whole <label> <command...>: prints wall ms and CPU s of one process, and its output
  local label=$1; shift
  local start end cpu
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" > "$work/out"
  end=$(date +%s%N)
  wall=$(( (end - start) / 1000000 ))
  cpu=$(awk '{printf "%.2f", $1 + $2}' "$work/time")
  echo "round $round $label: $wall ms wall, $cpu s CPU"
  sed 's/^/    /' "$work/out"
}
for round in $(seq 1 "$rounds"); do
  whole "numpy process" "${numpy_env[@]}" python3 "$peer" "$samples"
  numpy_walls+=("$wall")
  whole "costmodel process, default flags" java -cp "$jar" dev.costmodel.benchmarks.MonteCarloMain "$samples" "$threads"
  ours_walls+=("$wall")
  whole "costmodel process, ${short_lived[*]}" java "${short_lived[@]}" -cp "$jar" \
    dev.costmodel.benchmarks.MonteCarloMain "$samples" "$threads"
  flagged_walls+=("$wall")
done
numpy_median=$(median "${numpy_walls[@]}")
ours_median=$(median "${ours_walls[@]}")
flagged_median=$(median "${flagged_walls[@]}")
echo "median whole-process wall time: numpy $numpy_median ms, costmodel $ours_median ms with default flags," \
  "$flagged_median ms with ${short_lived[*]} ($rounds rounds, $threads thread(s) each)"
echo "ratio of medians, costmodel / numpy: $(ratio "$ours_median" "$numpy_median") with default flags," \
  "$(ratio "$flagged_median" "$numpy_median") with the short-lived flags (below 1: costmodel is faster)"
