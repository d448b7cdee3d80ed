#!/usr/bin/env bash
# Installs what the editor tests need (apt: chromium and build headers; npm: the pinned code-server) into .e2e/, idempotently.
#
# Only the npm registry and Debian's apt are reachable on the project's machines, so everything comes from
# those two. code-server 4.100.3 (VS Code 1.100.3) is the newest release whose engines accept Node 20; its
# install needs four workarounds, each explained where it is applied below.
# Writes .e2e/setup-status (first line `ready` or `skipped: <why>`), which scripts/e2e/run.mjs reads: on a machine
# where nothing can be installed (not Debian/Ubuntu, not root, not Node 20) the tests are skipped, not failed.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11, whose postinstall fetches this asset from GitHub unless
# it already sits in its cache folder <os.tmpdir()>/vscode-ripgrep-cache-1.15.11/.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
E2E_DIR="$ROOT/.e2e"
STATUS="$E2E_DIR/setup-status"
PREFIX="$E2E_DIR/code-server"
CODE_SERVER="$PREFIX/node_modules/.bin/code-server"
mkdir -p "$E2E_DIR"
# code-server writes ~/.config/code-server/config.yaml even for --version unless XDG_* point elsewhere.
export XDG_CONFIG_HOME="$E2E_DIR/xdg/config" XDG_DATA_HOME="$E2E_DIR/xdg/data" XDG_CACHE_HOME="$E2E_DIR/xdg/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

started=$(date +%s)
say() { echo "[e2e setup +$(( $(date +%s) - started ))s] $*"; }
skip() { say "SKIPPED: $*"; printf 'skipped: %s\n' "$*" > "$STATUS"; exit 0; }

# The version line is `4.100.3 <commit> with Code 1.100.3`; a first run may print a log line before it.
installed_version() { [ -x "$CODE_SERVER" ] && "$CODE_SERVER" --version 2>/dev/null | grep -oE '^[0-9]+\.[0-9]+\.[0-9]+ ' | head -n 1 | tr -d ' ' || true; }
# npm 11 warns that install scripts are "not yet covered by allowScripts" but still runs them; should a later npm skip
# them, code-server's postinstall (which installs VS Code's own modules, rg among them) would be missing: check for it.
is_installed() {
  [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] && [ -x "$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]
}

# 1. apt packages: chromium is the browser; ripgrep seeds @vscode/ripgrep's cache; libkrb5-dev, g++, make and
#    python3 build code-server's native modules (kerberos has no reachable prebuilt, so it compiles from source);
#    fonts-wqy-microhei draws the Chinese translations in hovers, which are empty boxes in screenshots without it.
missing=()
for package in chromium ripgrep libkrb5-dev g++ make python3 fonts-wqy-microhei; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
is_debian_like=false
if [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release; then is_debian_like=true; fi
if [ ${#missing[@]} -gt 0 ]; then
  $is_debian_like || skip "not a Debian/Ubuntu machine and ${missing[*]} missing; install chromium and code-server $CODE_SERVER_VERSION yourself (see docs/e2e.md)"
  [ "$(id -u)" = 0 ] || skip "not root, so apt cannot install ${missing[*]}; run this script as root (see docs/e2e.md)"
  command -v apt-get >/dev/null || skip "apt-get not found, so ${missing[*]} cannot be installed"
  say "apt: installing ${missing[*]}$([[ " ${missing[*]} " == *" chromium "* ]] && echo ' (chromium alone takes about a minute)')"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$E2E_DIR/apt-install.log" 2>&1 \
    || { tail -n 20 "$E2E_DIR/apt-install.log" >&2; say "apt-get install failed, see $E2E_DIR/apt-install.log"; exit 1; }
  say "apt: done"
else
  say "apt: chromium, ripgrep, libkrb5-dev and the build tools are already installed"
fi

# 2. code-server, pinned, into .e2e/code-server (gitignored).
if is_installed; then
  say "code-server $CODE_SERVER_VERSION is already installed in $PREFIX"
else
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" = 20 ] || skip "code-server $CODE_SERVER_VERSION needs Node 20 (its native modules are built for the Node that runs it); this is $(node -v)"
  # Workaround 3: put Debian's rg where @vscode/ripgrep's postinstall looks before it tries GitHub.
  ripgrep_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
  if [ ! -s "$ripgrep_cache/$RIPGREP_ASSET" ]; then
    staging=$(mktemp -d)
    cp "$(command -v rg)" "$staging/rg"
    mkdir -p "$ripgrep_cache"
    tar czf "$ripgrep_cache/$RIPGREP_ASSET" -C "$staging" rg
    rm -rf "$staging"
    say "seeded the ripgrep download cache with Debian's rg: $ripgrep_cache/$RIPGREP_ASSET"
  fi
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  echo '{ "name": "negotext-e2e-code-server", "private": true }' > "$PREFIX/package.json"
  say "npm: installing code-server@$CODE_SERVER_VERSION (1 to 2 minutes: native modules compile; log in $E2E_DIR/code-server-install.log)"
  # Workaround 1: code-server's postinstall.sh refuses to run as root unless npm_config_unsafe_perm=true; npm 11
  #   no longer knows the option and only warns, but the script reads the variable itself.
  # Workaround 2: node-pty's post-install runs `npx node-gyp`; a ~/.npmrc with yes=false makes npx cancel.
  # Workaround 4 (libkrb5-dev) was applied by apt above.
  if ! (cd "$PREFIX" && npm_config_unsafe_perm=true npm_config_yes=true \
        npm install --no-audit --no-fund --loglevel=warn "code-server@$CODE_SERVER_VERSION") > "$E2E_DIR/code-server-install.log" 2>&1; then
    grep -E 'npm error|rror:' "$E2E_DIR/code-server-install.log" | tail -n 20 >&2 || true
    say "code-server install failed, see $E2E_DIR/code-server-install.log"
    exit 1
  fi
  is_installed || { say "code-server did not install completely (version '$(installed_version)', or its postinstall did not run); see $E2E_DIR/code-server-install.log"; exit 1; }
  say "code-server $CODE_SERVER_VERSION installed"
fi

printf 'ready\ncode-server %s\n%s\n' "$CODE_SERVER_VERSION" "$(/usr/bin/chromium --version 2>/dev/null || echo 'chromium ?')" > "$STATUS"
say "ready: code-server $(installed_version), $(/usr/bin/chromium --version 2>/dev/null)"
