#!/usr/bin/env bash
# Installs what this project needs on a fresh machine (Node 20 with npm is assumed): the pinned pnpm,
# the workspace's packages and, for the browser tests, Debian's Chromium. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  npm install -g "pnpm@$want_pnpm" >/dev/null
fi
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium for the browser tests…"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
export TURBO_TELEMETRY_DISABLED=1
if [ -n "${CI:-}" ]; then pnpm install --frozen-lockfile; else pnpm install; fi
