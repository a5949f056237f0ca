#!/usr/bin/env bash
# A local PostgreSQL for quizgen's load test and CI: install (Debian), start the cluster on
# 127.0.0.1:5432, create the role quizgen and the databases quizgen and quizgen_load (for
# bench/load.py), print the app's DATABASE_URL.
# Idempotent: run it as often as you like; every step checks before it acts. Needs root.
#
#   export DATABASE_URL=$(bash scripts/postgres.sh | tail -n 1)
#
# Environment: PGPORT (5432), QUIZGEN_PG_USER / QUIZGEN_PG_PASSWORD / QUIZGEN_PG_DB (quizgen).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PORT="${PGPORT:-5432}"
USER_NAME="${QUIZGEN_PG_USER:-quizgen}"
PASSWORD="${QUIZGEN_PG_PASSWORD:-quizgen}"
DB_NAME="${QUIZGEN_PG_DB:-quizgen}"

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    log "run as root (it installs packages and starts the cluster as the postgres user)"
    exit 1
fi

# 1. Install the server (Debian's postgresql meta package) unless a server is there already.
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

# 2. The Debian cluster "main" (some images install the server without creating it).
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating cluster $VERSION/main on port $PORT"
    pg_createcluster --port "$PORT" "$VERSION" main >/dev/null
fi

# 3. Start it (pg_ctlcluster works without systemd, e.g. in containers and CI).
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}')"
if [ "$STATUS" != "online" ]; then
    log "starting cluster $VERSION/main"
    pg_ctlcluster "$VERSION" main start
fi
for _ in $(seq 1 30); do  # wait until it accepts connections
    if su postgres -c "pg_isready -q -h 127.0.0.1 -p $PORT"; then break; fi
    sleep 0.5
done
su postgres -c "pg_isready -h 127.0.0.1 -p $PORT" >&2

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtAX $*"; }

# 4. Role and database (password login over TCP: Debian's pg_hba asks for scram on 127.0.0.1).
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'\"")" != "1" ]; then
    log "creating role $USER_NAME"
    psql_admin "-c \"CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'\""
else
    psql_admin "-c \"ALTER ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'\""
fi
# $DB_NAME for the app, ${DB_NAME}_load for bench/load.py, which empties its database each run.
for name in "$DB_NAME" "${DB_NAME}_load"; do
    if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$name'\"")" != "1" ]; then
        log "creating database $name"
        psql_admin "-c \"CREATE DATABASE $name OWNER $USER_NAME\""
    fi
done

# 5. The URL for quizgen (SQLAlchemy with psycopg 3: pip install 'psycopg[binary]').
echo "postgresql+psycopg://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB_NAME"
