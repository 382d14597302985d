#!/usr/bin/env bash
# Runs the Monte Carlo of the reference scenario in costmodel (JMH) and in the numpy peer, one after the
# other on this machine, and prints both and their ratio. Build first: mvn -B -q install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
peer=../shared/bench/peer_numpy_montecarlo.py
samples=${1:-1000000}

echo "== numpy peer (best of 5) =="
best=""
for i in 1 2 3 4 5; do
  line=$(python3 "$peer" "$samples")
  echo "$line"
  ms=$(echo "$line" | sed -E 's/.* in ([0-9.]+) ms.*/\1/')
  if [ -z "$best" ] || awk "BEGIN{exit !($ms < $best)}"; then best=$ms; fi
done

echo "== costmodel (JMH, average) =="
java -jar cost-model-benchmarks/target/benchmarks.jar MonteCarloBenchmark -p samples="$samples" \
  -rf json -rff cost-model-benchmarks/target/montecarlo-jmh.json | grep -E "^(MonteCarloBenchmark|Benchmark|P10)"
ours=$(python3 -c "import json;print(json.load(open('cost-model-benchmarks/target/montecarlo-jmh.json'))[0]['primaryMetric']['score'])")

python3 - "$best" "$ours" <<'PY'
import sys
peer, ours = float(sys.argv[1]), float(sys.argv[2])
print(f"numpy best {peer:.1f} ms, costmodel {ours:.1f} ms: costmodel is {peer / ours:.1f}x the peer's speed")
PY
