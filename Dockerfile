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
 && java -Djarmode=tools -jar target/smartwork-portal-*.jar extract --layers --launcher --destination /layers

# Ubuntu 24.04 (noble) pinned so that a rebuild does not move to another distribution;
# Java 25 patch releases still arrive with each rebuild.
FROM eclipse-temurin:25-jre-noble
RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
# Dependencies change less often than the portal's own classes: separate layers keep
# rebuilt images small to push and pull.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
ENV SPRING_PROFILES_ACTIVE=keycloak \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE 8080
# The JRE image has neither curl nor wget, and a JRE cannot run a Java source file;
# bash (always present on Ubuntu) can speak enough HTTP over /dev/tcp to read the
# readiness status line with builtins only. HTTP/1.0 makes the server close the connection after answering.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == *' 200 '* ]]"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
