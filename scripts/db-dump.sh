#!/usr/bin/env bash
# Dumps the portal's database into one file (docs/operations/backups.md).
#
#   scripts/db-dump.sh <file> [--name=value ...]   the embedded database (.data/postgres, or
#                                                   PORTAL_DATA_DIRECTORY), running or stopped,
#                                                   with the jar's dump command
#   scripts/db-dump.sh --compose <file>             the docker compose shape's database, with
#                                                   pg_dump inside its postgres container
#
# The embedded shape uses the jar in target/ (or PORTAL_JAR), else mvn spring-boot:run. A dump
# never overwrites a file, and a failed one leaves none behind.
set -euo pipefail
cd "$(dirname "$0")/.."

compose=false
if [[ "${1:-}" == "--compose" ]]; then
    compose=true
    shift
fi
if [[ $# -lt 1 || "$1" == --* ]]; then
    echo "Usage: scripts/db-dump.sh [--compose] <file> [--name=value ...]" >&2
    exit 2
fi
file="$(realpath -m -- "$1")"
shift
if [[ -e "$file" ]]; then
    echo "$file already exists: choose another file name (a dump never overwrites one)." >&2
    exit 1
fi

if $compose; then
    partial="$(dirname "$file")/.$(basename "$file").partial"
    trap 'rm -f "$partial"' EXIT
    # As the postgres superuser, which row-level security does not hold, so every client's rows are read.
    # Custom format (-Fc): compressed, and pg_restore can restore it in one transaction.
    docker compose exec -T postgres sh -c 'PGPASSWORD="$POSTGRES_PASSWORD" pg_dump -U postgres -Fc smartwork' >"$partial"
    mv "$partial" "$file"
    echo "Dumped the compose database smartwork to $file ($(stat -c %s "$file") bytes)."
    exit 0
fi

source scripts/db-portal-command.sh
portal_command dump "$file" "$@"
