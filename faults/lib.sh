# Shared by the fault scripts: a throwaway PostgreSQL cluster (never the machine's main one), the
# packaged service started against it, and the checks. Source it; it cleans up on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PG_PORT="${FAULTS_PG_PORT:-5499}"
APP_PORT="${FAULTS_APP_PORT:-18091}"
ADMIN_KEY="fault-admin-key"
JAR="target/quarkus-app/quarkus-run.jar"
PGBIN="/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin"
WORK="$(mktemp -d /tmp/mave-faults.XXXXXX)"
APP_PID=""

as_postgres() { runuser -u postgres -- "$@"; }
now_ms() { date +%s%3N; }
log() { printf '[%s] %s\n' "$(date +%T)" "$*"; }

cleanup() {
  local status=$?
  if [ "$status" != 0 ] && [ -f "$WORK/app.log" ]; then
    echo "faults: failed (exit $status); the service's errors:" >&2
    grep -A30 ' ERROR ' "$WORK/app.log" | head -200 >&2 || true
  fi
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${FAULTS_KEEP:-}" ] && cp "$WORK/app.log" /tmp/faults-app.log; rm -rf "$WORK"
}
trap cleanup EXIT

require_jar() {
  [ -f "$JAR" ] || { echo "faults: $JAR is missing; run ./mvnw package first" >&2; exit 2; }
}

pg_start() { as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -t 30 start >/dev/null; }
pg_stop() { as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null; }

# A new cluster in a temporary directory, owned by postgres, on its own port and socket directory.
throwaway_cluster() {
  chown postgres:postgres "$WORK"
  as_postgres "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
  cat >> "$WORK/pg/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
fsync = on
CONF
  pg_start
  as_postgres psql -h "$WORK" -p "$PG_PORT" -U postgres -qAt \
    -c "create role mave login password 'mave'" -c "create database mave_faults owner mave"
}

psql_faults() { as_postgres psql -h "$WORK" -p "$PG_PORT" -U postgres -d mave_faults -qAt "$@"; }

# Starts the packaged service against the throwaway cluster; extra VAR=value arguments go to its environment.
app_start() {
  env QUARKUS_HTTP_PORT="$APP_PORT" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mave_faults" \
      REGISTRY_ADMIN_API_KEY="$ADMIN_KEY" "$@" \
      java -jar "$JAR" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
}

# Waits until readiness answers 200; prints how long it took in ms.
await_ready() {
  local start; start=$(now_ms)
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/q/health/ready")" = 200 ]; then
      echo $(( $(now_ms) - start )); return 0
    fi
    sleep 0.1
  done
  echo "faults: the service did not become ready; its log:" >&2; tail -50 "$WORK/app.log" >&2; exit 1
}

# Compares the workload's acknowledged items with what the database holds.
verify_against_database() {
  local prefix="$1"
  psql_faults -c "select title, count(*) from experiments where title like '$prefix-%' group by title" > "$WORK/experiments"
  psql_faults -c "select s.title, count(*), bool_and(s.published_date is not null),
                         bool_and(s.num_variants = (select count(*) from variants v where v.score_set_id = s.id))
                    from score_sets s where s.title like '$prefix-%' group by s.title" > "$WORK/score_sets"
  java faults/Workload.java verify "$WORK/acknowledged" "$WORK/experiments" "$WORK/score_sets"
}

burst() { # PREFIX ITEMS CONCURRENCY DEADLINE_S
  java faults/Workload.java burst "http://127.0.0.1:$APP_PORT" "$ADMIN_KEY" "$1" "$2" "$3" "$4" "$WORK/acknowledged"
}
