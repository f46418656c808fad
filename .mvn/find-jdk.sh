# Sourced by ./mvnw: RehabPlan needs a JDK 21+. Keep JAVA_HOME when it is new enough; otherwise use the
# newest JDK 21+ under /usr/lib/jvm (e.g. temurin-25 on our machines) so a newcomer needs no set-up step.
set +f  # mvnw runs with -f (no globbing); the JDK search needs it
rehabplan_java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
rehabplan_jdk_ok() { [ -x "$1/bin/java" ] && [ "$(rehabplan_java_major "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && rehabplan_jdk_ok "$JAVA_HOME"; then
  :
elif command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ] \
    && rehabplan_jdk_ok "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; then
  :
else
  for rehabplan_jdk in /usr/lib/jvm/*; do
    if rehabplan_jdk_ok "$rehabplan_jdk"; then
      JAVA_HOME=$rehabplan_jdk
    fi
  done
  if [ -n "${JAVA_HOME:-}" ] && rehabplan_jdk_ok "$JAVA_HOME"; then
    export JAVA_HOME
    echo "[mvnw] using JDK at $JAVA_HOME" >&2
  fi
fi
set -f
