#!/usr/bin/env bash
# Restores a dump of the portal's database into a fresh database (docs/operations/backups.md).
#
#   scripts/db-restore.sh <file> [--name=value ...]
#       The embedded shape, with the jar's restore command: stop the portal first; the dump goes
#       into a data directory without data (give a new one with
#       --portal.database.embedded.data-directory=… or PORTAL_DATA_DIRECTORY), then start the
#       portal on that directory.
#   scripts/db-restore.sh --compose <file> [--set-aside-current]
#       The docker compose shape, with pg_restore inside its postgres container, in one
#       transaction, into a smartwork database without tables. --set-aside-current first renames
#       the current smartwork database to smartwork_before_<time> (kept, nothing is deleted) and
#       creates an empty one with the portal's grants (deploy/postgres/init-roles.sql).
#
# Either refuses a database that already holds the portal's tables, and changes nothing then.
set -euo pipefail
cd "$(dirname "$0")/.."

compose=false
if [[ "${1:-}" == "--compose" ]]; then
    compose=true
    shift
fi
if [[ $# -lt 1 || "$1" == --* ]]; then
    echo "Usage: scripts/db-restore.sh [--compose] <file> [--set-aside-current | --name=value ...]" >&2
    exit 2
fi
file="$(realpath -m -- "$1")"
shift
if [[ ! -f "$file" ]]; then
    echo "There is no dump at $file." >&2
    exit 1
fi

if $compose; then
    set_aside=false
    if [[ "${1:-}" == "--set-aside-current" ]]; then
        set_aside=true
    elif [[ $# -gt 0 ]]; then
        echo "Unknown option $1 (only --set-aside-current)." >&2
        exit 2
    fi
    # As the postgres superuser, inside the container; the password is the container's own POSTGRES_PASSWORD.
    psql_as_postgres() {
        docker compose exec -T postgres sh -c 'PGPASSWORD="$POSTGRES_PASSWORD" psql -U postgres -v ON_ERROR_STOP=1 -X -q "$@"' psql "$@"
    }
    if docker compose ps --status running --services | grep -qx portal; then
        echo "The portal is running: stop it first (docker compose stop portal), restore, then docker compose up -d." >&2
        exit 1
    fi
    if $set_aside; then
        aside="smartwork_before_$(date -u +%Y%m%d%H%M%S)"
        psql_as_postgres -d postgres -c "alter database smartwork rename to $aside" -c "create database smartwork owner smartwork_owner"
        # The grants in the new database, as deploy/postgres/init-roles.sql gives them (the roles exist already).
        sed -n '/^\\connect smartwork/,$p' deploy/postgres/init-roles.sql | psql_as_postgres -d postgres
        echo "The current database is kept as $aside."
    fi
    tables="$(psql_as_postgres -d smartwork -tA -c "select count(*) from pg_tables where schemaname = 'public'")"
    if [[ "$tables" != "0" ]]; then
        echo "The compose database smartwork already holds $tables tables: a restore only goes into a fresh database." >&2
        echo "Run again with --set-aside-current to keep the current one as smartwork_before_<time> and restore into a new one." >&2
        exit 1
    fi
    # One transaction: all of the dump or nothing. The dump carries the tables' owner and grants.
    docker compose exec -T postgres sh -c \
        'PGPASSWORD="$POSTGRES_PASSWORD" pg_restore -U postgres -d smartwork --single-transaction --exit-on-error' <"$file"
    echo "Restored $file into the compose database smartwork. Start the portal: docker compose up -d"
    exit 0
fi

source scripts/db-portal-command.sh
portal_command restore "$file" "$@"
