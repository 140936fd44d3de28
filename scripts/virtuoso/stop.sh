#!/usr/bin/env bash
# Stops the Virtuoso started by start.sh (by its pid file) and, with --clean, removes its folder.
# Usage: scripts/virtuoso/stop.sh DIR [--clean]
set -euo pipefail
dir="$1"
if [ -f "$dir/pid" ]; then
  pid="$(cat "$dir/pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$dir/pid"
fi
if [ "${2:-}" = "--clean" ]; then rm -rf "$dir"; fi
