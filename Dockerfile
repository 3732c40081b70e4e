# syntax=docker/dockerfile:1
# The portal's production image. The committed Vaadin production bundle means the build
# needs no Node.js, only Maven and Maven Central.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /workspace
COPY pom.xml .npmrc ./
COPY frontend frontend
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -Pproduction -DskipTests package \
 && java -Djarmode=tools -jar target/smartwork-portal-*.jar extract --layers --destination /layers --application-filename portal.jar

# Ubuntu 24.04 (noble) pinned so that a rebuild does not move to another distribution;
# Java 25 patch releases still arrive with each rebuild.
FROM eclipse-temurin:25-jre-noble
# /app/aot is the one place the portal's user may write at build time: the AOT cache's training run below.
RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal \
 && install -d -o portal -g portal /app/aot
WORKDIR /app
# The jar extracted without Spring Boot's launcher: portal.jar names its libraries in lib/ on
# its class path, so the JVM itself loads every class, which its AOT cache needs. Dependencies
# change less often than the portal's own classes: separate layers keep rebuilt images small
# to push and pull.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
ENV SPRING_PROFILES_ACTIVE=keycloak \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
# The JDK's AOT cache (JEP 483/514/515): a training run writes the classes the portal loads and
# links, and how its methods ran, to /app/aot/portal.aot; every start maps it instead of loading
# them again (docs/benchmarks.md, "Start"). The run starts the portal until its context is
# refreshed (every bean made, Vaadin's routes registered) and exits. Its beans need a database,
# so it uses the embedded PostgreSQL the jar carries, on a scratch directory; the run ends with
# Runtime.halt, which skips the shutdown hook that would stop that PostgreSQL, so it is stopped
# here before its files are removed. No Keycloak, mail server or network is needed. It runs in
# the runtime image because a cache only fits the JVM that wrote it; with the class path the
# ENTRYPOINT uses (-jar portal.jar in /app); and after JAVA_TOOL_OPTIONS is set, so with the same
# options.
RUN java -XX:AOTCacheOutput=/app/aot/portal.aot -Dspring.context.exit=onRefresh -jar portal.jar \
        --portal.database.embedded.data-directory=/tmp/training-db --portal.database.embedded.clean=true \
        --portal.mail.embedded.enabled=false \
 && /tmp/embedded-pg/PG-*/bin/pg_ctl -D /tmp/training-db -m fast -w stop \
 && rm -rf /tmp/* \
 && test -s /app/aot/portal.aot
EXPOSE 8080
# The JRE image has neither curl nor wget, and a JRE cannot run a Java source file;
# bash (always present on Ubuntu) can speak enough HTTP over /dev/tcp to read the
# readiness status line with builtins only. HTTP/1.0 makes the server close the connection after answering.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == *' 200 '* ]]"]
# -XX:AOTCache: a cache that no longer fits (another JVM, another class path) is ignored with a
# warning and the portal starts as without one.
ENTRYPOINT ["java", "-XX:AOTCache=/app/aot/portal.aot", "-jar", "portal.jar"]
