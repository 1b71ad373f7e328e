#!/usr/bin/env bash
# Stops the broker started by start.sh: SIGTERM lets it close its logs cleanly; SIGKILL after 30 s.
set -euo pipefail
source "$(dirname "$0")/env.sh"
[[ -f $KAFKA_PID_FILE ]] || { echo "kafka: not running (no $KAFKA_PID_FILE)"; exit 0; }
pid=$(cat "$KAFKA_PID_FILE")
if kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
fi
rm -f "$KAFKA_PID_FILE"
echo "kafka: stopped"
