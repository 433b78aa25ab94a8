#!/usr/bin/env bash
# Installs code-server (a real VS Code served to a browser) from the npm registry into a
# project-local cache, for the e2e tests in test/e2e/. Desktop VS Code cannot be downloaded
# on the project's machines; code-server can, from npm.
#
# Usage: scripts/install-code-server.sh        (prints the install path on its last line)
# Env:   CODE_SERVER_CACHE   cache dir (default: <repo>/.cache/code-server)
#        CODE_SERVER_INTEGRITY  override the pinned sha512 (only to test the check)
#
# Why not `npm install code-server`: its postinstall.sh refuses to run as root without
# unsafe-perm, and the npm install it runs downloads ripgrep and native prebuilds from
# GitHub, which these machines cannot reach. So this script redoes postinstall.sh by
# hand with --ignore-scripts and builds the native modules from source.
#
# Idempotent: a finished install carries a stamp; a re-run only checks that stamp and that
# the native modules still load (about a second). Two runs at once serialize on a lock.
set -euo pipefail

# 4.100.3 is the newest code-server whose engines.node is 20 (newer ones want node 22+).
VERSION=4.100.3
NODE_MAJOR=20
INTEGRITY="${CODE_SERVER_INTEGRITY:-sha512-q/Fh2DOxCRNhC/WiG/6sAhSKnj7ZACTVBaeeZ+rWjol//0FCbl/qg1ln5ecZ99jYcfqMxZZAyWcN+YBIo0DgpA==}"
# Bump when the build steps below change, so old cached builds are not trusted.
RECIPE=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CODE_SERVER_CACHE:-$ROOT/.cache/code-server}"

log() { printf '[install-code-server %(%T)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- node -------------------------------------------------------------------------------
command -v node >/dev/null || die "node is not on PATH (code-server $VERSION needs node $NODE_MAJOR)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = "$NODE_MAJOR" ] || die "node $NODE_MAJOR is required for code-server $VERSION, found $(node --version)"
# Native modules are built per node ABI and CPU, so those are part of the cache key.
KEY="$VERSION-node$(node -p process.versions.modules)-$(node -p process.arch)"
DEST="$CACHE/$KEY"
STAMP_TEXT="code-server=$VERSION integrity=$INTEGRITY recipe=$RECIPE node=$(node --version)"

# --- Debian packages --------------------------------------------------------------------
# build-essential + python3: node-gyp; libkrb5-dev: kerberos; ripgrep: replaces the rg that
# @vscode/ripgrep would download (Debian 12's rg 13.0.0 is the version VS Code 1.100 pins);
# chromium: the browser the UI tests drive; fonts-wqy-microhei: a CJK font, without which
# chromium draws the zh-cn UI flow's Chinese text as empty boxes in its screenshots.
ensure_debian_packages() {
  local missing=()
  dpkg-query -W -f='${Status}' build-essential 2>/dev/null | grep -q 'ok installed' || missing+=(build-essential)
  command -v python3 >/dev/null || missing+=(python3)
  dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'ok installed' || missing+=(libkrb5-dev)
  [ -x /usr/bin/rg ] || missing+=(ripgrep)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'ok installed' || missing+=(fonts-wqy-microhei)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# --- checks of an install ---------------------------------------------------------------
# Loads every native module code-server needs, so a half-built or foreign-ABI tree is caught.
verify_install() {
  local dir="$1"
  [ -f "$dir/out/node/entry.js" ] || return 1
  [ -L "$dir/lib/vscode/node_modules.asar" ] || { log "node_modules.asar link missing in $dir"; return 1; }
  [ -x "$dir/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || { log "rg missing in $dir"; return 1; }
  # Private XDG dirs: otherwise code-server writes ~/.config/code-server/config.yaml.
  local v xdg
  xdg="$(mktemp -d)"
  v="$(XDG_CONFIG_HOME="$xdg" XDG_DATA_HOME="$xdg" XDG_CACHE_HOME="$xdg" \
    node "$dir/out/node/entry.js" --version 2>/dev/null | grep -v ' info ' | head -n1)" || true
  rm -rf "$xdg"
  case "$v" in "$VERSION"*) ;; *) log "code-server --version printed '$v'"; return 1 ;; esac
  node - "$dir" <<'EOF' || return 1
const { createRequire } = require('node:module');
const path = require('node:path');
const dir = process.argv[2];
const fromVscode = createRequire(path.join(dir, 'lib/vscode/package.json'));
const fromRoot = createRequire(path.join(dir, 'package.json'));
const failed = [];
for (const [req, name] of [
  [fromVscode, '@vscode/spdlog'], [fromVscode, 'node-pty'], [fromVscode, 'kerberos'],
  [fromVscode, 'native-watchdog'], [fromVscode, '@parcel/watcher'], [fromVscode, '@vscode/ripgrep'],
  [fromRoot, 'argon2'],
]) {
  try { req(name); } catch (e) { failed.push(`${name}: ${String(e.message).split('\n')[0]}`); }
}
if (failed.length) { console.error('native modules do not load:\n  ' + failed.join('\n  ')); process.exit(1); }
EOF
}

install_is_current() {
  [ -f "$DEST/.e2e-stamp" ] && [ "$(cat "$DEST/.e2e-stamp")" = "$STAMP_TEXT" ] && verify_install "$DEST"
}

# --- the tarball --------------------------------------------------------------------------
sri_of() { node -e 'const c=require("crypto"),f=require("fs");process.stdout.write("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"; }

fetch_tarball() {
  local tgz="$CACHE/tarballs/code-server-$VERSION.tgz"
  mkdir -p "$CACHE/tarballs"
  if [ -f "$tgz" ] && [ "$(sri_of "$tgz")" = "$INTEGRITY" ]; then
    echo "$tgz"; return 0
  fi
  [ -f "$tgz" ] && log "cached tarball does not match the pinned integrity: fetching it again"
  rm -f "$tgz"
  local tmp; tmp="$(mktemp -d "$CACHE/tarballs/pack.XXXXXX")"
  log "npm pack code-server@$VERSION"
  (cd "$tmp" && npm pack --silent "code-server@$VERSION" >/dev/null)
  local got; got="$(sri_of "$tmp/code-server-$VERSION.tgz")"
  if [ "$got" != "$INTEGRITY" ]; then
    rm -rf "$tmp"
    die "integrity mismatch for code-server@$VERSION: expected $INTEGRITY, got $got"
  fi
  mv "$tmp/code-server-$VERSION.tgz" "$tgz"
  rm -rf "$tmp"
  echo "$tgz"
}

# --- the build (postinstall.sh by hand) ---------------------------------------------------
build_into() {
  local tgz="$1" dir="$2"
  mkdir -p "$dir"
  tar -xzf "$tgz" -C "$dir" --strip-components=1

  # Compile native modules from source: the prebuilt binaries they would fetch live on
  # GitHub. JOBS=max lets node-gyp run make -j. node-pty's post-install runs
  # `npx node-gyp`, which without a TTY refuses to fetch node-gyp unless told yes.
  export JOBS=max npm_config_yes=true
  local vs="$dir/lib/vscode"

  log "lib/vscode: npm install (no scripts)"
  (cd "$vs" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  # @vscode/ripgrep's postinstall downloads rg; it skips that when bin/ already exists.
  mkdir -p "$vs/node_modules/@vscode/ripgrep/bin"
  ln -sfn /usr/bin/rg "$vs/node_modules/@vscode/ripgrep/bin/rg"

  # Every package with a binding.gyp, except @parcel/watcher, whose binary ships on npm as
  # @parcel/watcher-linux-x64-glibc (building it from source costs ~45 s for nothing).
  local natives=()
  while IFS= read -r gyp; do
    local pkg="${gyp#"$vs/node_modules/"}"; pkg="${pkg%/binding.gyp}"
    # depth 3 is a scoped package (@scope/name), or a subfolder of one: skip the latter
    case "$pkg" in @*/*/*|@parcel/watcher) continue ;; */*) [[ "$pkg" == @* ]] || continue ;; esac
    natives+=("$pkg")
  done < <(find "$vs/node_modules" -mindepth 2 -maxdepth 3 -name binding.gyp -not -path '*/node_modules/*/node_modules/*' | sort)
  log "lib/vscode: building native modules from source: ${natives[*]}"
  (cd "$vs" && npm_config_build_from_source=true npm rebuild --no-audit --no-fund --loglevel=error "${natives[@]}")
  (cd "$vs" && npm rebuild --no-audit --no-fund --loglevel=error @parcel/watcher)

  # What postinstall.sh's symlink_asar / symlink_bin_script do on Linux.
  ln -sfn node_modules "$vs/node_modules.asar"
  ln -sfn code-linux.sh "$vs/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$vs/bin/helpers/browser.sh"

  log "lib/vscode/extensions: npm install + postinstall.mjs"
  (cd "$vs/extensions" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error && node postinstall.mjs >/dev/null)

  # Not a bare `npm rebuild` here: that would run the package's own postinstall.sh.
  log "code-server root: npm install (no scripts) + argon2 from source"
  (cd "$dir" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
  (cd "$dir" && npm_config_build_from_source=true npm rebuild --no-audit --no-fund --loglevel=error argon2)
}

main() {
  ensure_debian_packages
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9

  if install_is_current; then
    log "code-server $VERSION already installed in $DEST"
  else
    if [ -e "$DEST" ]; then
      [ -f "$DEST/.e2e-stamp" ] || [ -f "$DEST/out/node/entry.js" ] || die "$DEST exists but was not made by this script; remove it"
      log "existing install in $DEST is stale or broken: rebuilding it"
    fi
    local tgz; tgz="$(fetch_tarball)"
    BUILD_TMP="$CACHE/$KEY.tmp.$$"
    rm -rf "$BUILD_TMP"
    trap 'rm -rf "$BUILD_TMP"' EXIT
    build_into "$tgz" "$BUILD_TMP"
    verify_install "$BUILD_TMP" || die "the fresh build does not verify"
    printf '%s' "$STAMP_TEXT" >"$BUILD_TMP/.e2e-stamp"
    rm -rf "$DEST"
    mv "$BUILD_TMP" "$DEST"
    trap - EXIT
    log "installed code-server $VERSION into $DEST"
  fi
  # The harness finds code-server through this link (or CODE_SERVER_HOME).
  ln -sfn "$KEY" "$CACHE/current"
  echo "$DEST"
}

main "$@"
