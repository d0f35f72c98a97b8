#!/usr/bin/env bash
# Builds what is needed, then runs the whole system in the foreground: PostgreSQL, Kafka, Keycloak, the three
# services and the gateway. Ctrl-C stops every process it started. Options: see README ("Run it").
set -euo pipefail
cd "$(dirname "$0")/.."

# What the launcher runs; a missing one means a build is needed.
artifacts=(
  plans-service/target/quarkus-app/quarkus-run.jar
  reporting-service/target/quarkus-app/quarkus-run.jar
  events-service/target/quarkus-app/quarkus-run.jar
  gateway/target/quarkus-app/quarkus-run.jar
  deploy/local-stack/target/local-stack.jar
  deploy/local-stack/target/lib
  deploy/local-stack/target/keycloak-*/bin/kc.sh
)
# Left by the last build this script ran, dated when that build began: a source changed during it is newer.
stamp=deploy/local-stack/target/run-build.stamp

# Any module's sources and poms, whatever modules there are, the build settings, and the seeds the launcher jar carries.
newer_source() {
  find . \( -name target -o -name .git -o -name node_modules \) -prune -o -type f \
    \( -path '*/src/*' -o -name pom.xml -o -path './.mvn/*' -o -path './deploy/seeds/*' \) \
    -newer "$stamp" -print -quit
}

up_to_date() {
  [ -f "$stamp" ] || return 1
  for artifact in "${artifacts[@]}"; do [ -e "$artifact" ] || return 1; done
  [ -z "$(newer_source)" ]
}

if up_to_date; then
  echo "Nothing changed since the last build; starting."
else
  mkdir -p "$(dirname "$stamp")"
  touch "$stamp.pending"
  ./mvnw -q -B -DskipTests package
  mv "$stamp.pending" "$stamp"
fi
exec java -Xms64m -Xmx512m -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  vn.culture.lifelong.stack.RunLocalStack "$@"
