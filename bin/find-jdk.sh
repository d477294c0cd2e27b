# Sourced by ./steadyhand and ./run-tests: sets JAVA_HOME to a JDK 21 or newer, or stops with one
# line naming what to install. Looks at JAVA_HOME, the java on PATH, then the usual install folders,
# and prefers the newest version found. Reads each JDK's `release` file instead of starting a JVM,
# so the search takes milliseconds.

steadyhand_jdk_major() { # $1 = JDK home; prints the feature version (e.g. 21) or nothing
  local release="$1/release" version
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$release")
  else
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  printf '%s\n' "${version%%[.+-]*}"
}

steadyhand_find_jdk() {
  local candidate major best="" best_major=0
  local path_java
  path_java=$(command -v java 2>/dev/null || true)
  # STEADYHAND_JDK_DIRS (colon-separated folders holding JDKs) replaces the usual install folders.
  local -a folders=()
  if [ -n "${STEADYHAND_JDK_DIRS:-}" ]; then
    local dir
    IFS=: read -r -a dirs <<< "$STEADYHAND_JDK_DIRS"
    for dir in "${dirs[@]}"; do folders+=("$dir"/*); done
  else
    folders=(/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/*
      "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home)
  fi
  for candidate in "${JAVA_HOME:-}" \
      "${path_java:+$(dirname "$(dirname "$(readlink -f "$path_java")")")}" \
      "${folders[@]}"; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(steadyhand_jdk_major "$candidate")
    case "$major" in ''|*[!0-9]*) continue ;; esac
    # JAVA_HOME wins when it is new enough: the user chose it.
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then best=$candidate; break; fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "steadyhand: no JDK 21 or newer found (looked at JAVA_HOME, PATH and ${STEADYHAND_JDK_DIRS:-/usr/lib/jvm and the usual folders}); install one, e.g. 'sudo apt install openjdk-21-jdk' or Eclipse Temurin 21 from https://adoptium.net" >&2
    exit 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
  STEADYHAND_JDK_MAJOR=$(steadyhand_jdk_major "$best")
  # Maven itself (Guice, Guava) uses sun.misc.Unsafe, which JDK 23+ warns about on every build.
  if [ "$STEADYHAND_JDK_MAJOR" -ge 23 ]; then
    case "${MAVEN_OPTS:-}" in *sun-misc-unsafe-memory-access*) ;; *)
      MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
    esac
  fi
}

steadyhand_find_jdk
