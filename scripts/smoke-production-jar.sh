#!/usr/bin/env bash
# Applies the database changes with the jar's migrate command (as production does, in its own
# step), then starts the production jar on that scratch embedded database without running
# migrations itself, and checks that it becomes ready, runs in Vaadin production mode and
# serves the sign-in page under its security policy. Used by CI.
set -euo pipefail
jar="$1"
port="${SMOKE_PORT:-18081}"
data="$(mktemp -d)"
log="$(mktemp)"
java -jar "$jar" migrate --portal.database.embedded.data-directory="$data" \
    --portal.mail.embedded.enabled=false >"$log" 2>&1 || { echo "The migrate command failed:"; cat "$log"; exit 1; }
grep -q "Update has been successful" "$log" || { echo "The migrate command applied nothing:"; cat "$log"; exit 1; }
java -jar "$jar" --server.port="$port" --portal.database.embedded.data-directory="$data" \
    --spring.liquibase.enabled=false >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
    if curl -fsS "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "The portal stopped while starting:"; cat "$log"; exit 1
    fi
    sleep 1
done
curl -fsS "http://localhost:$port/actuator/health/readiness" | grep -q '"UP"' || { echo "not ready"; cat "$log"; exit 1; }
if grep -q "Vaadin is running in DEVELOPMENT mode" "$log"; then
    echo "The production jar runs in development mode"; exit 1
fi
curl -fsS "http://localhost:$port/login" | grep -qi "<html" || { echo "no sign-in page"; exit 1; }
curl -fsS -D - -o /dev/null "http://localhost:$port/login" | grep -qi "^Content-Security-Policy: default-src 'self'" \
    || { echo "the sign-in page is not served under an enforced content security policy"; exit 1; }
curl -fsS "http://localhost:$port/api/v1/openapi.json" | grep -q '"/api/v1/run-events"' \
    || { echo "the API's description is not served"; exit 1; }
curl -fsSL "http://localhost:$port/api/docs" | grep -qi "swagger" || { echo "the API's browsable reference is not served"; exit 1; }
# The README's demo key reads the savings (demo data is written once the portal is up).
key=$(grep -o 'KEY=sw_[A-Za-z0-9]*' "$(dirname "$0")/../README.md" | head -1 | cut -d= -f2)
for _ in $(seq 1 30); do
    if curl -fsS -H "Authorization: Bearer $key" "http://localhost:$port/api/v1/savings" | grep -q '"currency"'; then
        savings=ok; break
    fi
    sleep 1
done
[ "${savings:-}" = ok ] || { echo "the README's demo key does not read the savings"; cat "$log"; exit 1; }
curl -sS -o /dev/null -w '%{http_code}' "http://localhost:$port/api/v1/savings" | grep -q 401 \
    || { echo "the API answers without a key"; exit 1; }
echo "Production jar smoke test passed: ready, production mode, sign-in page served under its security policy, the API and its reference served"
