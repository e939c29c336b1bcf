# Sourced by the project's scripts (and by you: `. scripts/env.sh`): puts the project's own tools
# first on PATH. `.tools/` is made by scripts/ensure-tools.sh and is gitignored; the system's Node
# is never touched, only shadowed for the commands that run with this PATH.
_bc_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
if [ -x "$_bc_root/.tools/node/bin/node" ]; then PATH="$_bc_root/.tools/node/bin:$PATH"; fi
if [ -d "$_bc_root/.tools/pnpm/bin" ]; then PATH="$_bc_root/.tools/pnpm/bin:$PATH"; fi
export PATH TURBO_TELEMETRY_DISABLED=1
unset _bc_root
