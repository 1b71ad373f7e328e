#!/usr/bin/env bash
# Stops the services started by start.sh (SIGTERM: each finishes its requests, then closes its bus and store), then the broker.
set -euo pipefail
cd "$(dirname "$0")/../.."
for pid_file in .data/services/*.pid; do
  [[ -f $pid_file ]] || continue
  pid=$(cat "$pid_file")
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$pid_file"
  echo "$(basename "$pid_file" .pid): stopped"
done
bash infra/kafka/stop.sh
