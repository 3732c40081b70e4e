# Runs one of the portal jar's database commands (dump, restore) on the embedded shape, for
# scripts/db-dump.sh and scripts/db-restore.sh: with PORTAL_JAR, else the newest jar in target/,
# else mvn spring-boot:run. Run from the project's folder, so the default data directory
# (.data/postgres) is the one the portal uses when started from here.
portal_command() {
    local jar="${PORTAL_JAR:-}"
    if [[ -z "$jar" ]]; then
        jar="$(ls -t target/smartwork-portal-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)"
    fi
    if [[ -n "$jar" ]]; then
        java -jar "$jar" "$@"
    else
        local arguments="" argument
        for argument in "$@"; do
            arguments+=" '${argument//\'/\'\\\'\'}'"
        done
        mvn -q spring-boot:run -Dspring-boot.run.arguments="${arguments# }"
    fi
}
