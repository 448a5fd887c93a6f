#!/usr/bin/env bash
# Offline-safe install of code-server (default 4.100.3 = VS Code 1.100.3) for the e2e tests, Node 20, Debian 12.
# Needs only the npm registry and Debian apt; never downloads from GitHub or nodejs.org.
#
# Usage: scripts/install-code-server.sh [CACHE_DIR]
#   CACHE_DIR defaults to $FACTCHECK_E2E_CACHE or ${XDG_CACHE_HOME:-$HOME/.cache}/factcheck-e2e.
#   Installs into CACHE_DIR/code-server-<version>/ and prints the launcher path as the last line of stdout.
#   An install is reused when its completion marker exists and its health check passes; a broken or
#   half-finished one is removed and redone. A lock (flock) serialises concurrent runs.
# Env: CS_VERSION (default 4.100.3), SKIP_APT=1 (do not touch apt even when a tool is missing).
set -euo pipefail
CS_VERSION=${CS_VERSION:-4.100.3}
CACHE=${1:-${FACTCHECK_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/factcheck-e2e}}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
DEST="$CACHE/code-server-$CS_VERSION"
BIN="$DEST/node_modules/.bin/code-server"
VS="$DEST/node_modules/code-server/lib/vscode"
MARKER="$DEST/.factcheck-install-complete"
log() { echo "[install-code-server] $*" >&2; }

# 0. system packages: compilers for native modules, krb5 headers (kerberos), Debian's ripgrep and chromium
need_apt=0
for t in rg chromium krb5-config g++ make python3; do command -v "$t" >/dev/null || need_apt=1; done
if [ "$need_apt" = 1 ]; then
  if [ "${SKIP_APT:-0}" = 1 ]; then log "missing system tools and SKIP_APT=1"; exit 1; fi
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  log "apt: installing build-essential python3 libkrb5-dev ripgrep chromium"
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends \
    build-essential python3 libkrb5-dev ripgrep chromium >&2
fi

node -v | grep -q '^v20\.' || { log "code-server $CS_VERSION needs Node 20 (found $(node -v))"; exit 1; }

# health check of an existing install: marker + every native module loads + launcher answers --version
healthy() {
  [ -f "$MARKER" ] && [ -x "$BIN" ] && [ -x "$VS/node_modules/@vscode/ripgrep/bin/rg" ] || return 1
  (cd "$VS" && node -e '
    for (const m of ["@vscode/spdlog","kerberos","native-watchdog","node-pty","@parcel/watcher","@vscode/deviceid"]) require(m);' ) >/dev/null 2>&1 || return 1
  local v
  v=$(XDG_CONFIG_HOME="$CACHE/xdg-config" XDG_DATA_HOME="$CACHE/xdg-data" "$BIN" --version 2>/dev/null) || return 1
  # (the first run may print "Wrote default config file" before the version line)
  [[ $'\n'"$v" == *$'\n'"$CS_VERSION "* ]]
}

exec 9>"$CACHE/.install.lock"
flock -w 1800 9 || { log "timed out waiting for the install lock $CACHE/.install.lock"; exit 1; }

if healthy; then
  log "reusing healthy code-server $CS_VERSION in $DEST"
  echo "$BIN"; exit 0
fi
if [ -e "$DEST" ]; then log "removing incomplete or broken install $DEST"; rm -rf "$DEST"; fi
mkdir -p "$DEST"

# node-gyp must not download headers from nodejs.org: use the installed headers (NodeSource/Debian nodejs ship them)
NODE_PREFIX=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ -f "$NODE_PREFIX/include/node/node.h" ] || { log "no Node headers in $NODE_PREFIX/include/node (install the nodejs headers)"; exit 1; }
export npm_config_nodedir="$NODE_PREFIX"
export npm_config_build_from_source=true   # never try GitHub prebuilt downloads (node-pre-gyp / prebuild-install)
export npm_config_yes=true                 # node-pty's postinstall runs `npx node-gyp ...` (from the npm registry)
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_loglevel=error

{
  cd "$DEST"
  echo '{ "name": "cs-host", "version": "1.0.0", "private": true }' > package.json
  # 1. code-server WITHOUT its postinstall (it would `npm install` lib/vscode with all scripts -> ripgrep download fails)
  log "npm install code-server@$CS_VERSION (no scripts)"
  npm install --ignore-scripts "code-server@$CS_VERSION"
  log "rebuild argon2 from source"
  npm rebuild argon2

  # 2. what code-server's postinstall.sh does, by hand
  cd "$VS"
  log "lib/vscode: npm install --omit=dev (no scripts)"
  npm install --omit=dev --ignore-scripts
  # native modules used on Linux (@parcel/watcher comes prebuilt in @parcel/watcher-linux-x64-glibc; @vscode/windows-* are Windows only)
  log "lib/vscode: rebuild native modules (the slow part)"
  npm rebuild @vscode/deviceid @vscode/spdlog kerberos native-watchdog node-pty
  # @vscode/ripgrep's postinstall downloads rg from GitHub: use Debian's binary where its index.js looks
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  rm -rf node_modules.asar && ln -s node_modules node_modules.asar
  (cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
  (cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
  log "lib/vscode/extensions: npm install --omit=dev"
  (cd extensions && npm install --omit=dev)
} >&2

touch "$MARKER"
if ! healthy; then log "health check failed after install (see the output above)"; rm -f "$MARKER"; exit 1; fi
log "code-server $CS_VERSION installed in $DEST"
echo "$BIN"
