#!/usr/bin/env bash
# Starts a single-node Kafka broker from Maven Central jars, in the background, and waits until it answers.
set -euo pipefail
source "$(dirname "$0")/env.sh"

if [[ -f $KAFKA_PID_FILE ]] && kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null; then
  echo "kafka: already running (pid $(cat "$KAFKA_PID_FILE")) at 127.0.0.1:$KAFKA_PORT"
  exec bash "$KAFKA_HOME_DIR/wait-ready.sh"
fi

# The jars once: later starts need no network.
if ! compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null; then
  echo "kafka: resolving the broker's jars from Maven Central"
  mvn -q -B -f "$KAFKA_HOME_DIR/pom.xml" dependency:copy-dependencies -DoutputDirectory="$KAFKA_LIBS"
fi

mkdir -p "$KAFKA_RUN_DIR"
sed -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" -e "s|@DATA_DIR@|$KAFKA_DATA_DIR|g" \
  "$KAFKA_HOME_DIR/server.properties.template" >"$KAFKA_RUN_DIR/server.properties"

# The storage is formatted once; its data (topics, offsets) survives restarts.
if [[ ! -f $KAFKA_DATA_DIR/meta.properties ]]; then
  cluster_id=$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
  java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_RUN_DIR/server.properties" >/dev/null
fi

echo "kafka: starting at 127.0.0.1:$KAFKA_PORT (log: $KAFKA_LOG)"
nohup java -Xmx512m -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_RUN_DIR/server.properties" >"$KAFKA_LOG" 2>&1 &
echo $! >"$KAFKA_PID_FILE"
exec bash "$KAFKA_HOME_DIR/wait-ready.sh"
