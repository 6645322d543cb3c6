#!/usr/bin/env bash
# Durability under load and a crash (docs/reliability.md): 10,000 referrals from 32 clients with Idempotency-Keys and
# retries; the service is killed with SIGKILL half way and restarted; then every acknowledged referral must be present
# exactly once and intact. Usage: scripts/load-and-kill.sh [referrals] [clients]
# The service runs with its default database URL; to compare another H2 setting, set FRONTDOOR_DB_URL to an URL for the
# same file, e.g. FRONTDOOR_DB_URL="jdbc:h2:file:./data/frontdoor;MODE=PostgreSQL;...;WRITE_DELAY=500" (see docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/front-door-thresholds-0.1.0-SNAPSHOT.jar
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/org/frontdoor/reliability/LoadAndKill.class ]; then
  # offline first (the dependencies are usually in ~/.m2 already), else fetch them
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
if [ ! -f target/test-classpath.txt ]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.frontdoor.reliability.LoadAndKill "$JAR" "${1:-10000}" "${2:-32}"
