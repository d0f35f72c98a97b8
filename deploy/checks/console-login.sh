#!/usr/bin/env bash
# Logs in to the OpenAPI console in a real browser: starts the stack (free ports, fresh data), opens the gateway's
# /q/swagger-ui in headless Chromium driven by Selenium, clicks Authorize, logs in at Keycloak as admin.demo
# (authorization code with PKCE) and runs GET /api/plans/units with Try it out → Execute, expecting 200 with
# items. Installs Debian's chromium, chromium-driver and python3-selenium when missing (needs root).
# Build first: ./mvnw -DskipTests package. Not part of ./mvnw verify, which must not depend on apt.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! /usr/bin/python3 -c 'import selenium' 2>/dev/null; then
  echo "Installing chromium, chromium-driver and python3-selenium from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver python3-selenium >/dev/null
fi

echo "Starting the stack"
# Sets gateway and password; stops the stack and removes its data when this script exits, failed or not.
source deploy/bench/running-stack.sh
echo "Gateway $gateway"
/usr/bin/python3 deploy/checks/console_login.py "$gateway" admin.demo "$password"
