# Shared by the scripts: where the broker listens and keeps its jars, data, log and pid.
KAFKA_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_CACHE="$KAFKA_HOME_DIR/.cache"
KAFKA_LIBS="$KAFKA_CACHE/libs"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$KAFKA_CACHE/data}"
# Each data folder has its own properties, log and pid, so a second broker on other ports runs beside the first.
KAFKA_RUN_DIR="$KAFKA_DATA_DIR.run"
KAFKA_PID_FILE="$KAFKA_RUN_DIR/broker.pid"
KAFKA_LOG="$KAFKA_RUN_DIR/broker.log"
