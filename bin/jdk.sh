# Sourced by bin/run, bin/test and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm and
# /opt/java, then whatever `javac` on PATH belongs to.

triage_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

triage_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(triage_java_major "$candidate")
    [ -n "$major" ] && [ "$major" -ge 21 ] || continue
    # A JAVA_HOME that is already good enough wins; otherwise take the newest.
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then best=$candidate; break; fi
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "Triage needs a JDK 21 or newer; none found in JAVA_HOME, /usr/lib/jvm, /opt or PATH." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

triage_find_jdk
