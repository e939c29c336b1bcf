#!/usr/bin/env bash
# The README's demo command: set up on a fresh machine, then build and start the sandbox and demos
# (arguments go to `pnpm start`, e.g. --fresh for a clean sandbox store).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
. scripts/env.sh
exec pnpm start "$@"
