#!/usr/bin/env bash
# End-to-end demo: two fake OpenAI-compatible servers stand in for a local and a remote model, the
# gateway is started pointing at them, and the official openai npm client sends a sentiment request
# and a maths word problem, complete and streamed. Everything runs on 127.0.0.1 and stops at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${TRIAGE_DEMO_PORT:-8080}
(cd scripts/demo && npm install --silent --no-audit --no-fund)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
node scripts/demo/fake-upstream.mjs local 9101 & pids+=($!)
node scripts/demo/fake-upstream.mjs remote 9102 & pids+=($!)
TRIAGE_LOCAL_BASE_URL=http://127.0.0.1:9101/v1 TRIAGE_LOCAL_MODEL=demo-small \
TRIAGE_REMOTE_BASE_URL=http://127.0.0.1:9102/v1 TRIAGE_REMOTE_MODEL=demo-large \
TRIAGE_PRICING_FILE=scripts/demo-pricing.yaml TRIAGE_LEDGER_URL="jdbc:h2:file:./target/demo-ledger" TRIAGE_LEDGER_WAL_DIR=target/demo-ledger-wal \
QUARKUS_HTTP_PORT=$port bin/run > target/demo-gateway.log 2>&1 & pids+=($!)
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/q/health/ready" > /dev/null && break
  sleep 1
done
node scripts/demo/client.mjs "http://localhost:$port/v1"
echo
echo "Dry run of the routing decision (POST /v1/route):"
curl -s "http://localhost:$port/v1/route" -H 'content-type: application/json' \
  -d '{"model":"auto","messages":[{"role":"user","content":"Translate to French: good morning"}]}'
echo
