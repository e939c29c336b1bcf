#!/usr/bin/env bash
# The README's test command: set up everything on a fresh machine, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh --browser --redis --node-matrix
. scripts/env.sh
exec pnpm test
