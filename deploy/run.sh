#!/usr/bin/env bash
# Builds what is needed, then runs the whole system in the foreground: PostgreSQL, Kafka, Keycloak, the three
# services and the gateway. Ctrl-C stops every process it started. Options: see README ("Run it").
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -Xms64m -Xmx512m -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  vn.culture.lifelong.stack.RunLocalStack "$@"
