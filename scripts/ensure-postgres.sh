#!/usr/bin/env bash
# Makes sure the store tests have a PostgreSQL with trust auth and a database `test`.
#
#   eval "$(scripts/ensure-postgres.sh)"      # in .ci/run, before `npm test`
#
# - If 127.0.0.1:5432 answers (the project's service machines): prints nothing,
#   the tests' default URL postgresql://postgres@127.0.0.1:5432/test applies.
# - Otherwise: installs Debian's postgresql if needed, creates a throwaway
#   cluster (initdb as the postgres user, trust auth, 127.0.0.1 only) on a spare
#   port, starts it, creates the database `test` and prints
#   `export TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:<port>/test`.
#   Running it again reuses that cluster. Progress goes to stderr.
#
# Options: --force-cluster  make the throwaway cluster even if 5432 answers.
#          --stop           stop the throwaway cluster (and delete it).
# Env:     CHIBO_PG_DIR (default /tmp/chibo-postgres), CHIBO_PG_PORT (default: first free of 54329-54339).
set -euo pipefail

PG_DIR="${CHIBO_PG_DIR:-/tmp/chibo-postgres}"
DATA="$PG_DIR/data"
SOCKETS="$PG_DIR/run"

log() { echo "ensure-postgres: $*" >&2; }

answers() { # host port
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$1" -p "$2" -t 3
  else
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"; fi
}

pg_bin() { # the newest installed server's bin folder (Debian keeps it off PATH)
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then return 1; fi
  echo "$dir"
}

install_postgres() {
  if pg_bin >/dev/null; then return; fi
  log "installing postgresql (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >&2
  as_root apt-get install -y -qq --no-install-recommends postgresql >&2
}

spare_port() {
  if [ -n "${CHIBO_PG_PORT:-}" ]; then echo "$CHIBO_PG_PORT"; return; fi
  local port
  for port in $(seq 54329 54339); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  log "no free port in 54329-54339 (set CHIBO_PG_PORT)"
  return 1
}

start_cluster() {
  local bin port
  bin="$(pg_bin)"
  if [ -f "$PG_DIR/port" ] && answers 127.0.0.1 "$(cat "$PG_DIR/port")"; then
    log "reusing the cluster in $PG_DIR"
    return
  fi
  port="$(spare_port)"
  as_root mkdir -p "$PG_DIR"
  as_root chown postgres: "$PG_DIR"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "initdb in $DATA"
    as_postgres "$bin/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --no-locale >&2
  fi
  as_postgres mkdir -p "$SOCKETS"
  log "starting PostgreSQL on 127.0.0.1:$port"
  as_postgres "$bin/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $SOCKETS -c fsync=off" start >&2
  echo "$port" | as_postgres tee "$PG_DIR/port" >/dev/null
}

create_test_database() {
  local port="$1"
  if ! psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc 'CREATE DATABASE test' >&2
  fi
}

stop_cluster() {
  local bin
  if [ -f "$DATA/PG_VERSION" ] && bin="$(pg_bin)"; then
    as_postgres "$bin/pg_ctl" -D "$DATA" -m fast stop >&2 || true
  fi
  as_root rm -rf "$PG_DIR"
  log "stopped and removed $PG_DIR"
}

main() {
  case "${1:-}" in
    --stop) stop_cluster; return ;;
    --force-cluster) ;;
    "") if answers 127.0.0.1 5432; then log "127.0.0.1:5432 answers: using it"; return; fi ;;
    *) log "unknown option $1"; return 2 ;;
  esac
  install_postgres
  start_cluster
  local port
  port="$(cat "$PG_DIR/port")"
  create_test_database "$port"
  log "ready: postgresql://postgres@127.0.0.1:$port/test (stop with: scripts/ensure-postgres.sh --stop)"
  echo "export TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:$port/test"
}

main "$@"
