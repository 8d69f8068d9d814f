#!/usr/bin/env bash
# Builds the benchmarks jar, runs every benchmark once side by side (about 12 minutes on two
# cores) and rewrites bench/RESULTS.md from the JSON results. Run from anywhere:
#   bench/run.sh
# Extra arguments go to JMH, e.g. `bench/run.sh EvaluationBenchmark` for one class (RESULTS.md
# then shows only what ran).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl bench -am -DskipTests package
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
cmd=(java -jar bench/target/benchmarks.jar -prof gc -rf json -rff bench/target/results.json "$@")
"${cmd[@]}"
java -cp bench/target/benchmarks.jar dev.rubric.bench.ResultsReport \
  bench/target/results.json bench/RESULTS.md "${cmd[*]}" "$load_before"
echo "wrote bench/RESULTS.md"
