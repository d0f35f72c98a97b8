#!/usr/bin/env bash
# Benchmark: the public calendar of a busy province. Starts the stack on fresh data, plans [activities] public
# activities over this year in the communes of province [province] through the gateway, then [subscribers] anonymous
# subscribers at once fetch its public iCalendar feed [requests] times cold and as often with If-None-Match
# (PublicFeedLoad in deploy/local-stack). Prints requests per second, time to first byte and to the last byte, and
# events-service's resident memory afterwards.
# Usage: deploy/bench/public-feed.sh [activities] [subscribers] [requests] [province]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
activities=${1:-10000}
subscribers=${2:-8}
requests=${3:-400}
province=${4:-20}
source deploy/bench/running-stack.sh
java -Xmx512m -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  vn.culture.lifelong.stack.bench.PublicFeedLoad "$gateway" "$realm" "$password" "$province" "$activities" \
  "$subscribers" "$requests"
for service in events-service gateway; do
  pid=$(grep -o "$service pid [0-9]*" "$log" | awk '{print $3}')
  echo "$service resident memory afterwards: $(ps -o rss= -p "$pid" | awk '{print int($1/1024)}') MiB"
done
