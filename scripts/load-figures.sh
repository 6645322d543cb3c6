#!/usr/bin/env bash
# Load figures (docs/benchmarks.md): POST /api/referrals at a fixed rate, open loop, on loopback against the packaged
# jar: on H2, on PostgreSQL 17 (zonky) with one instance, and with two instances on one database.
# Usage: scripts/load-figures.sh [rate per second, 300] [seconds measured, 30] [seconds of warm-up, 15] [runs: h2,pg1,pg2]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/front-door-thresholds-0.1.0-SNAPSHOT.jar
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/org/frontdoor/reliability/LoadFigures.class ]; then
  mvn -B -q package -DskipTests
fi
if [ ! -f target/test-classpath.txt ]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.frontdoor.reliability.LoadFigures "$JAR" "${1:-300}" "${2:-30}" "${3:-15}" "${4:-h2,pg1,pg2}"
