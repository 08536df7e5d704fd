# Sourced by bin/bench-gateway and bin/soak: builds the packaged gateway and the benchmark classes,
# installs wrk when missing, and defines bench_start/bench_stop, which start and stop the stub
# upstream (port STUB_PORT), the gateway pointed at it (port GW_PORT, a throwaway ledger) and the
# bare reference proxy (port PROXY_PORT), and wrk_figures, which reads wrk's --latency report.
# Whatever runs is stopped when the calling script exits.
STUB_PORT=${STUB_PORT:-18001}
GW_PORT=${GW_PORT:-18080}
PROXY_PORT=${PROXY_PORT:-18090}
if ! command -v wrk > /dev/null; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk > /dev/null
fi
./mvnw -B -ntp -q -Pbench -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test > /dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
WORK=$(mktemp -d)
STUB_PID=""; GW_PID=""; PROXY_PID=""
bench_stop() {
  kill $STUB_PID $GW_PID $PROXY_PID 2> /dev/null || true
  wait $STUB_PID $GW_PID $PROXY_PID 2> /dev/null || true
  STUB_PID=""; GW_PID=""; PROXY_PID=""
}
trap 'bench_stop; rm -rf "$WORK"' EXIT

# bench_start <stub latency ms> <stub jitter ms>
bench_start() {
  "$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" io.triage.bench.StubUpstream $STUB_PORT 1 "$1" "$2" > "$WORK/stub.log" 2>&1 &
  STUB_PID=$!
  "$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" io.triage.bench.BareProxy $PROXY_PORT $STUB_PORT > "$WORK/proxy.log" 2>&1 &
  PROXY_PID=$!
  rm -rf "$WORK/ledger"* "$WORK/wal"
  "$JAVA_HOME/bin/java" -Xmx1g ${GATEWAY_JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED \
    -Dquarkus.http.port=$GW_PORT -Dquarkus.log.level=WARN -Dquarkus.log.category.\"io.triage\".level=WARN \
    -Dtriage.local.base-url=http://localhost:$STUB_PORT/v1 -Dtriage.local.model=stub-small \
    -Dtriage.remote.base-url=http://localhost:$STUB_PORT/v1 -Dtriage.remote.api-key=bench -Dtriage.remote.model=stub-large \
    -Dtriage.pricing.file=src/bench/pricing.yaml -Dtriage.ledger.url="jdbc:h2:file:$WORK/ledger" \
    -Dtriage.ledger.wal-dir="$WORK/wal" -jar target/quarkus-app/quarkus-run.jar > "$WORK/gateway.log" 2>&1 &
  GW_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$GW_PORT/q/health/ready" > /dev/null 2>&1; then break; fi
    sleep 0.5
  done
  curl -fs "http://localhost:$GW_PORT/q/health/ready" > /dev/null || { cat "$WORK/gateway.log"; exit 1; }
}

# wrk_figures < wrk --latency report -> "rps p50_ms p99_ms errors" (errors: "-", or "ERR" when wrk
# saw non-2xx answers or socket errors)
wrk_figures() {
  awk '
    function tomillis(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = tomillis($2) }
    /^ +99%/ { p99 = tomillis($2) }
    /Non-2xx|Socket errors/ { errors = errors $0 " " }
    END { printf "%.0f %.3f %.3f %s\n", rps, p50, p99, (errors == "" ? "-" : "ERR") }'
}
