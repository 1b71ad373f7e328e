#!/usr/bin/env bash
# Starts every context as a service of its own, without Docker: the Kafka broker of infra/kafka, then one process
# per context on ports 3001-3006, each with its log and pid in .data/services/. DATABASE_URL, if set, is shared
# (each service has its own schemas); without it each service keeps an embedded store in its own folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/kafka/start.sh
node infra/build/build-if-stale.mjs
mkdir -p .data/services
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
# Reference data first: it makes the token keys every other service verifies with.
for context in reference-data harvest custody processing sanctions certificates; do
  pid_file=".data/services/$context.pid"
  if [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "$context: already running (pid $(cat "$pid_file"))"
    continue
  fi
  # V8's young generation as npm start sizes it (README, "Operating the service").
  nohup node --max-semi-space-size=64 "dist/bundle/$context.js" >".data/services/$context.log" 2>&1 &
  echo $! >"$pid_file"
  until grep -q "Listening on" ".data/services/$context.log"; do
    kill -0 "$(cat "$pid_file")" 2>/dev/null || { echo "$context: exited; see .data/services/$context.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$context: $(grep -o 'Listening on http://[^ ]*' ".data/services/$context.log" | head -n 1)"
done
echo "Tokens for these services: npm run --silent token -- --data-dir .data/services --role <role> --org <org> --sub <subject>"
