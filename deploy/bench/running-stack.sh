# Sourced by the load benchmarks and deploy/checks/console-login.sh: starts the stack on fresh data and free
# ports, waits until it is ready, and sets gateway, plans (plans-service's own URL), log and data; token prints an
# access token of admin.demo. The stack stops and its data is removed when the script exits, after before_stop if
# the script defines it.
data=$(mktemp -d /tmp/lifelong-bench-XXXX)
# The load generators are one user (or one address) sending as fast as the stack answers: the gateway's limits per
# caller would measure themselves, not the stack. The stack's processes inherit these.
export GATEWAY_RATE_LIMITS_READS_CAPACITY=1000000 GATEWAY_RATE_LIMITS_READS_REFILL=1000000 \
  GATEWAY_RATE_LIMITS_WRITES_CAPACITY=1000000 GATEWAY_RATE_LIMITS_WRITES_REFILL=1000000 \
  GATEWAY_RATE_LIMITS_PUBLIC_CALENDAR_CAPACITY=1000000 GATEWAY_RATE_LIMITS_PUBLIC_CALENDAR_REFILL=1000000
log="$data/stack.log"
setsid java -Xms64m -Xmx512m -cp "deploy/local-stack/target/local-stack.jar:deploy/local-stack/target/lib/*" \
  vn.culture.lifelong.stack.RunLocalStack --data-dir="$data" --gateway-port=0 --keycloak-port=0 >"$log" 2>&1 &
stack=$!
finish() {
  if declare -F before_stop >/dev/null; then before_stop; fi
  kill -TERM $stack; while kill -0 $stack 2>/dev/null; do sleep 0.2; done; rm -rf "$data"
}
trap finish EXIT
until grep -q 'The stack is ready' "$log"; do kill -0 $stack || exit 1; sleep 0.5; done

# The stack is ready before it is quiet: the read models still take in the reference tree for a while. Waits until
# the machine's CPUs are 85% idle over two seconds, so that a measurement starts on a settled stack; after two
# minutes it goes on anyway (something else keeps the machine busy), and says so.
await_quiet() {
  local busy idle busy2 idle2 tries
  for tries in $(seq 60); do
    read -r busy idle < <(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat)
    sleep 2
    read -r busy2 idle2 < <(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat)
    (( (idle2 - idle) * 100 >= 85 * (busy2 - busy + idle2 - idle) )) && return
  done
  echo "(the machine did not become quiet: measuring anyway)"
}
gateway=$(grep -o 'API gateway *http://[0-9.:]*' "$log" | awk '{print $3}')
plans=$(grep -o 'plans-service *http://[0-9.:]*' "$log" | awk '{print $2}')
realm=$(grep -o 'http://[0-9.:]*/realms/lifelong' "$log" | head -1)
password=$(grep -o 'Demo logins (password [^)]*' "$log" | awk '{print $4}')
token() {
  curl -sf -d grant_type=password -d client_id=cli -d username=admin.demo -d password="$password" \
    "$realm/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
# Issues the plan of the JSON file $1 as 2/KH-BVHTTDL and prints its id.
issue_plan() {
  local bearer plan
  bearer=$(token)
  plan=$(curl -sf -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' --data-binary @"$1" \
    "$gateway/api/plans/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["plan"]["id"])')
  curl -sf -o /dev/null -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' \
    -d '{"number": "2/KH-BVHTTDL", "issueDate": "2026-01-05"}' "$gateway/api/plans/plans/$plan/issue"
  echo "$plan"
}
