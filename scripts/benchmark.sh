#!/usr/bin/env bash
# Builds the test classes (JMH's annotation processor writes META-INF/BenchmarkList) and runs
# org.frontdoor.benchmark.EngineBenchmark: engine vs fast path, 1 and 2 threads, p50/p99. About 6 minutes.
# Arguments go to the benchmark: "quick" runs 1 s iterations to try the setup.
# BENCHMARK=ReplayBenchmark runs org.frontdoor.benchmark.ReplayBenchmark instead (impact analysis replay of 100,000
# recorded referrals; arguments: a number of referrals, "all" for the worst case too). JAVA_OPTS: JVM flags for it.
# MVN_FLAGS is passed to Maven, e.g. MVN_FLAGS=-o to stay offline.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q ${MVN_FLAGS:-} test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
if [[ ! -s target/test-classes/META-INF/BenchmarkList ]]; then
    echo "target/test-classes/META-INF/BenchmarkList is missing: JMH's annotation processor did not run" >&2
    exit 1
fi

# the machine's load is printed before and after: another busy process on a 2-core machine skews every number
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(java -version 2>&1 | head -1)"
echo "Start: $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java ${JAVA_OPTS:--Xss2m} -cp "target/test-classes:target/classes:$(cat target/cp.txt)" "org.frontdoor.benchmark.${BENCHMARK:-EngineBenchmark}" "$@"
echo "End: $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
