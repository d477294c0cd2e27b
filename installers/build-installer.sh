#!/usr/bin/env bash
# Builds a self-contained Steadyhand with its own Java runtime using jpackage (options in
# jpackage.cfg). Usage: installers/build-installer.sh [app-image|deb|rpm|msi|dmg]
# The default, app-image, needs no packaging tools; deb needs dpkg-deb and fakeroot, rpm needs
# rpmbuild, msi needs WiX on Windows, dmg runs on macOS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bin/find-jdk.sh"
type="${1:-app-image}"
cd "$root"
./mvnw -B -ntp -q -DskipTests -Dspotless.check.skip=true package
rm -rf target/jpackage-input target/installer
mkdir -p target/jpackage-input
cp target/steadyhand.jar target/lib/*.jar target/jpackage-input/
extra=()
# The bundled runtime is this JDK; from JDK 23 JavaFX 21's use of sun.misc.Unsafe must be allowed
# to keep users' consoles free of warnings (an unknown option on JDK 21/22, so only then).
if [ "$STEADYHAND_JDK_MAJOR" -ge 23 ]; then
  extra+=(--java-options --sun-misc-unsafe-memory-access=allow)
fi
"$JAVA_HOME/bin/jpackage" @jpackage.cfg --type "$type" "${extra[@]}"
echo "installers/build-installer.sh: built $(ls -d target/installer/*)"
