#!/usr/bin/env bash
# The local stack: a single-node Apache Kafka (KRaft; jars from Maven Central) and a Redis server.
#   deploy/stack.sh up       start what is not already answering, wait until both answer
#   deploy/stack.sh down     stop what this script started (a Kafka or Redis it found running is left alone)
#   deploy/stack.sh status   say what answers
#   deploy/stack.sh tools    install Prometheus, promtool, Chromium and chromedriver when missing (the tests use them)
#   deploy/stack.sh reset    down, then delete the local Kafka and Redis data
# Settings: VIGIA_KAFKA_PORT (9092), VIGIA_REDIS_PORT (6379), VIGIA_STACK_DIR (.local/stack),
#           VIGIA_KAFKA_JARS (~/.cache/vigia/kafka-<version>), VIGIA_KAFKA_HEAP (512m),
#           VIGIA_KAFKA_START_S (300: how long a starting Kafka may take; one holding thousands of old
#           topic partitions loads them first, 86 s for ~3,900 on a 2-core machine).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${VIGIA_STACK_DIR:-$ROOT/.local/stack}
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT/deploy/kafka/pom.xml")
KAFKA_PORT=${VIGIA_KAFKA_PORT:-9092}
CONTROLLER_PORT=$((KAFKA_PORT + 1))
REDIS_PORT=${VIGIA_REDIS_PORT:-6379}
JARS=${VIGIA_KAFKA_JARS:-$HOME/.cache/vigia/kafka-$KAFKA_VERSION}

say() { printf '[stack] %s\n' "$*"; }
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
apt_install() {
  command -v apt-get >/dev/null || { say "cannot install $*: no apt-get; install it yourself"; exit 1; }
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  say "installing $* from the OS packages"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

fetch_kafka() {
  [ -f "$JARS/.complete" ] && return 0
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v mvn >/dev/null || apt_install maven
  say "fetching Apache Kafka $KAFKA_VERSION jars from Maven Central into $JARS"
  rm -rf "$JARS.tmp"
  mvn -q -B -f "$ROOT/deploy/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$JARS.tmp" -DincludeScope=runtime -Dstyle.color=never >/dev/null
  rm -rf "$JARS" && mv "$JARS.tmp" "$JARS" && touch "$JARS/.complete"
}

kafka_up() {
  if answers "$KAFKA_PORT"; then say "Kafka answers on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  fetch_kafka
  local dir="$STATE/kafka"; mkdir -p "$dir/data"
  sed -e "s|@PORT@|$KAFKA_PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" -e "s|@LOG_DIR@|$dir/data|g" \
      "$ROOT/deploy/kafka/server.properties.template" > "$dir/server.properties"
  local java_opts=(-Xms256m "-Xmx${VIGIA_KAFKA_HEAP:-512m}" -XX:+UseG1GC -Djava.awt.headless=true
                   "-Dlog4j.configuration=file:$ROOT/deploy/kafka/log4j.properties" -cp "$JARS/*")
  if [ ! -f "$dir/data/meta.properties" ]; then
    java "${java_opts[@]}" kafka.tools.StorageTool format -t "$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid)" \
         -c "$dir/server.properties" >/dev/null
  fi
  say "starting Kafka $KAFKA_VERSION (KRaft) on 127.0.0.1:$KAFKA_PORT"
  nohup java "${java_opts[@]}" kafka.Kafka "$dir/server.properties" > "$dir/kafka.log" 2>&1 &
  echo $! > "$dir/kafka.pid"
  local limit=${VIGIA_KAFKA_START_S:-300} waited=0
  for _ in $(seq 1 $((limit * 2))); do
    if grep -q "Kafka Server started\|\[KafkaRaftServer nodeId=1\] Kafka Server started" "$dir/kafka.log" 2>/dev/null && answers "$KAFKA_PORT"; then
      say "Kafka is up"; return 0
    fi
    kill -0 "$(cat "$dir/kafka.pid")" 2>/dev/null || { say "Kafka exited; see $dir/kafka.log"; tail -20 "$dir/kafka.log"; exit 1; }
    waited=$((waited + 1))
    if [ "$waited" = 120 ]; then
      say "Kafka is still starting after 60 s (it loads the partitions of every topic in $dir/data first);" \
          "waiting up to ${limit} s. 'deploy/stack.sh reset' deletes old local topics"
    fi
    sleep 0.5
  done
  say "Kafka did not answer within ${limit} s; see $dir/kafka.log (VIGIA_KAFKA_START_S sets the wait)"; exit 1
}

redis_up() {
  if answers "$REDIS_PORT"; then say "Redis answers on 127.0.0.1:$REDIS_PORT"; return 0; fi
  command -v redis-server >/dev/null || apt_install redis-server
  local dir="$STATE/redis"; mkdir -p "$dir"
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$dir" \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 40); do
    [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ] && { say "Redis is up"; return 0; }
    sleep 0.25
  done
  say "Redis did not answer; see $dir/redis.log"; exit 1
}

stop_pid() {  # stop_pid NAME PIDFILE
  [ -f "$2" ] || return 0
  local pid; pid=$(cat "$2")
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $1 (pid $pid)"; kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$2"
}

tools_up() {  # Prometheus and promtool, Chromium and its driver (Debian's packages), for the ops and browser tests
  command -v promtool >/dev/null && command -v prometheus >/dev/null && command -v chromedriver >/dev/null && return 0
  apt_install --no-install-recommends prometheus chromium chromium-driver
}

case "${1:-}" in
  up) redis_up; kafka_up ;;
  tools) tools_up ;;
  down) stop_pid Kafka "$STATE/kafka/kafka.pid"; stop_pid Redis "$STATE/redis/redis.pid" ;;
  status)
    answers "$KAFKA_PORT" && say "Kafka answers on 127.0.0.1:$KAFKA_PORT" || say "Kafka is down"
    answers "$REDIS_PORT" && say "Redis answers on 127.0.0.1:$REDIS_PORT" || say "Redis is down" ;;
  reset) "$0" down; rm -rf "$STATE"; say "local data deleted" ;;
  fetch) fetch_kafka ;;
  *) echo "usage: $0 up|down|status|reset|fetch|tools" >&2; exit 2 ;;
esac
