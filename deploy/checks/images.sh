#!/usr/bin/env bash
# Builds the four container images with Jib inside the Maven build (no Docker engine) and pushes them to a registry
# this script starts: Debian's docker-registry (the CNCF Distribution registry) on a free port, its storage in a
# temporary folder removed at the end. Then reads each image back through the registry's API and checks what the
# Kubernetes manifests rely on: user 185, the JVM settings, the port, the application in layers of its own.
# Installs docker-registry when missing (needs root). Not part of ./mvnw verify, which must not depend on apt.
#
# Usage: deploy/checks/images.sh [BASE]
#   BASE is the base image: by default the pom's (Red Hat's OpenJDK 17 runtime, pulled from registry.access.redhat.com).
#   "empty" pushes an image of no layers to the same registry and builds on it: for machines that reach no public
#   registry, as the ones this project is built on; the build, the push and the images' settings are checked, not the
#   Java runtime a real base brings.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v docker-registry >/dev/null; then
  echo "Installing docker-registry from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-registry >/dev/null
fi

work=$(mktemp -d /tmp/lifelong-images-XXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
registry=127.0.0.1:$port
cat >"$work/registry.yml" <<EOF
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/storage
http:
  addr: $registry
EOF
setsid docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
trap 'kill $registry_pid 2>/dev/null || true; wait $registry_pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://$registry/v2/" >/dev/null; do
  kill -0 $registry_pid 2>/dev/null || { cat "$work/registry.log"; exit 1; }
  sleep 0.2
done
echo "Registry $registry"

base=()
if [ "${1:-}" = empty ]; then
  python3 deploy/checks/images.py push-empty "$registry" base/empty 1
  base=("-Dquarkus.jib.base-jvm-image=$registry/base/empty:1")
elif [ -n "${1:-}" ]; then
  base=("-Dquarkus.jib.base-jvm-image=$1")
fi

deployables=(gateway plans-service reporting-service events-service)
echo "Building and pushing ${deployables[*]}"
# Jib's caches and temporary files go to the work folder too, and leave with it.
mkdir -p "$work/tmp"
MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.io.tmpdir=$work/tmp" ./mvnw -B -q -Pimages package -DskipTests \
  -pl "$(IFS=,; echo "${deployables[*]}")" -am \
  -Dquarkus.container-image.registry="$registry" -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-image-layers-cache="$work/base-layers" \
  -Dquarkus.jib.application-layers-cache="$work/application-layers" "${base[@]}"

version=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" pom.xml | head -1)
python3 deploy/checks/images.py check "$registry" "$version" "${deployables[@]}"
