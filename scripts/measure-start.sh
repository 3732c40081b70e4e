#!/usr/bin/env bash
# Measures how long the production jar takes from `java` to readiness UP
# (/actuator/health/readiness), against an already running PostgreSQL and with the embedded one,
# as a plain jar, extracted, and extracted with the JDK's AOT cache (JEP 483/514/515).
#
#   scripts/measure-start.sh [--build] [--runs N] [target/smartwork-portal-*.jar]
#
# --build first builds the production jar (mvn -o -Pproduction -DskipTests package). Each start is
# measured N times (default 3); the median is printed, with each run's figure. Everything it makes
# (a scratch PostgreSQL cluster, the extracted jar, the AOT cache) lives under target/start/ and the
# PostgreSQL it starts is stopped at the end.
#
# "Already running PostgreSQL": a scratch cluster of the machine's own PostgreSQL (initdb, pg_ctl)
# laid out as production is (deploy/postgres/init-roles.sql: an owner and an application role),
# migrated once with the jar's migrate command; the portal then connects as the application role
# with Liquibase off, as in Kubernetes. "Embedded": the portal's own embedded PostgreSQL on a data
# directory that already exists (a restart, not the very first start, which also runs initdb).
set -euo pipefail

runs=3
build=false
jar=""
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=true ;;
        --runs) runs="$2"; shift ;;
        *) jar="$1" ;;
    esac
    shift
done

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if $build; then
    mvn -o -B -q -Pproduction -DskipTests package
fi
if [ -z "$jar" ]; then
    jar="$(ls target/smartwork-portal-*.jar | grep -v -- '-plain' | head -1)"
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

work="$root/target/start"
port="${MEASURE_PORT:-18090}"
pg_port="${MEASURE_PG_PORT:-15433}"
rm -rf "$work"
mkdir -p "$work"

# ---- an already running PostgreSQL: a scratch cluster of the machine's PostgreSQL ----------------
pg_bin="$(dirname "$(readlink -f "$(command -v initdb || echo /usr/local/bin/initdb)")")"
pg_data="$work/postgres"
as_postgres() {
    # PostgreSQL refuses to run as root; a root shell runs it as the postgres user.
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
mkdir -p "$pg_data"
[ "$(id -u)" = 0 ] && chown postgres "$pg_data" "$work"
as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -o "-p $pg_port -k $pg_data -c timezone=UTC" -l "$pg_data/log" -w start >/dev/null
embedded_data="$work/embedded"
app=""
stop_all() {
    [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true
}
trap stop_all EXIT
SMARTWORK_OWNER_PASSWORD=owner-pw SMARTWORK_APP_PASSWORD=app-pw \
    psql -q -h localhost -p "$pg_port" -U postgres -d postgres -f deploy/postgres/init-roles.sql >/dev/null
url="jdbc:postgresql://localhost:$pg_port/smartwork"
java -jar "$jar" migrate --spring.datasource.url="$url" --spring.liquibase.user=smartwork_owner \
    --spring.liquibase.password=owner-pw --portal.mail.embedded.enabled=false >"$work/migrate.log" 2>&1 \
    || { echo "migrate failed:"; tail -50 "$work/migrate.log"; exit 1; }
external=(--spring.datasource.url="$url" --spring.datasource.username=smartwork_app
    --spring.datasource.password=app-pw --spring.liquibase.enabled=false)
embedded=(--portal.database.embedded.data-directory="$embedded_data")
common=(--server.port="$port" --portal.mail.embedded.enabled=false)

# ---- the extracted jar (what the AOT cache needs: classes loaded from plain jars by the JVM) -------
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" --application-filename portal.jar >/dev/null

# ---- one start: milliseconds from launching java to readiness UP, and the CPU the JVM used ----------
# The CPU time is printed beside the wall time because this machine's cores are shared: under load
# the wall time grows, the CPU the portal needs to start much less. "main" is the CPU of the thread
# that starts the portal (the rest is mostly the JIT compilers, which run beside it on a second
# core): on an idle machine the start takes about that long.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
ticks=$(getconf CLK_TCK)
start_once() { # start_once <directory> <log> <java arguments…>: prints "<wall ms> <cpu ms> <main thread cpu ms>"
    local dir="$1" log="$2"; shift 2
    local begin; begin=$(now_ms)
    (cd "$dir" && exec java "$@" >"$log" 2>&1) &
    app=$!
    until curl -fsS "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$app" 2>/dev/null; then echo "the portal stopped while starting:" >&2; tail -40 "$log" >&2; exit 1; fi
        sleep 0.05
    done
    local ready; ready=$(( $(now_ms) - begin ))
    local cpu; cpu=$(awk -v t="$ticks" '{print int(($14 + $15) * 1000 / t)}' "/proc/$app/stat")
    # The thread that runs main() is the JVM's thread named "java" besides the launcher's first one
    # (which only waits). It ends once the portal has started, so it may be gone already: then "-".
    local main="-" task
    for task in /proc/$app/task/*; do
        if [ "${task##*/}" != "$app" ] && [ "$(cat "$task/comm" 2>/dev/null)" = java ]; then
            main=$(awk -v t="$ticks" '{print int(($14 + $15) * 1000 / t)}' "$task/stat" 2>/dev/null || echo -)
        fi
    done
    kill "$app"; wait "$app" 2>/dev/null || true; app=""
    if grep -q "Unable to map shared spaces\|error has occurred while processing the AOT cache" "$log"; then
        echo "the JVM did not use the AOT cache:" >&2; head -5 "$log" >&2; exit 1
    fi
    echo "$ready $cpu $main"
}
median() { # the median of the figures, or "-" if one of them is missing
    case " $* " in *" - "*) echo "-"; return ;; esac
    printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}
measure() { # measure <label> <directory> <java arguments…>
    local label="$1" dir="$2"; shift 2
    local walls=() cpus=() mains=() figure
    for i in $(seq 1 "$runs"); do
        read -r -a figure <<<"$(start_once "$dir" "$work/$(echo "$label" | tr -c 'a-z0-9\n' '-')-$i.log" "$@")"
        walls+=("${figure[0]}"); cpus+=("${figure[1]}"); mains+=("${figure[2]}")
    done
    printf '%-46s ready %6s ms  cpu %6s ms  main %5s ms   (ready: %s; load %s)\n' "$label" "$(median "${walls[@]}")" \
        "$(median "${cpus[@]}")" "$(median "${mains[@]}")" "${walls[*]}" "$(cut -d' ' -f1 /proc/loadavg)"
}

# The embedded data directory is created (initdb, migrations, demo data) by one start not measured.
start_once "$root" "$work/embedded-first.log" -jar "$jar" "${common[@]}" "${embedded[@]}" >/dev/null

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "Jar: $jar"
measure "external PostgreSQL, java -jar" "$root" -jar "$jar" "${common[@]}" "${external[@]}"
measure "external PostgreSQL, extracted" "$work/app" -jar portal.jar "${common[@]}" "${external[@]}"

# Training run, in the directory and with the class path the cache is then used with: the context
# refreshes (every singleton made, against the database) and the JVM exits, writing the cache.
(cd "$work/app" && java -XX:AOTCacheOutput=portal.aot -Dspring.context.exit=onRefresh -jar portal.jar \
    "${common[@]}" "${external[@]}" >"$work/training.log" 2>&1) \
    || { echo "the training run failed:"; tail -40 "$work/training.log"; exit 1; }
echo "AOT cache: $(du -m "$work/app/portal.aot" | cut -f1) MB"
aot=(-XX:AOTCache=portal.aot -jar portal.jar)
measure "external PostgreSQL, extracted + AOT cache" "$work/app" "${aot[@]}" "${common[@]}" "${external[@]}"
measure "embedded PostgreSQL, java -jar" "$root" -jar "$jar" "${common[@]}" "${embedded[@]}"
measure "embedded PostgreSQL, extracted + AOT cache" "$work/app" "${aot[@]}" "${common[@]}" "${embedded[@]}"
