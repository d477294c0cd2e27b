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
"$JAVA_HOME/bin/jpackage" @jpackage.cfg --type "$type"
echo "installers/build-installer.sh: built $(ls -d target/installer/*)"
