#!/usr/bin/env bash
# Waits until the broker at 127.0.0.1:$KAFKA_PORT answers a metadata request (not only accepts connections).
set -euo pipefail
source "$(dirname "$0")/env.sh"
timeout="${KAFKA_WAIT_SECONDS:-90}"
deadline=$((SECONDS + timeout))
until java -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.BrokerApiVersionsCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" >/dev/null 2>&1; do
  if ((SECONDS >= deadline)); then
    echo "kafka: not ready at 127.0.0.1:$KAFKA_PORT after ${timeout}s; see $KAFKA_LOG" >&2
    exit 1
  fi
  sleep 1
done
echo "kafka: ready at 127.0.0.1:$KAFKA_PORT"
