package studio.smartwork.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production image: built without Node, run as a non-root user, with a health check that works
 * in it, and started with the JDK's AOT cache that its build trained.
 */
class DockerfileTests {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY_FROM_CONTEXT = Pattern.compile("(?m)^COPY\\s+(?!--from)(.+)$");

    private final String dockerfile = Descriptors.text("Dockerfile");

    @Test
    void buildsTheProductionJarAndRunsOnAPinnedJre() {
        List<String> images = FROM.matcher(dockerfile).results().map(m -> m.group(1)).toList();
        assertThat(images).hasSize(2).allSatisfy(image -> assertThat(Descriptors.pinned(image)).as(image).isTrue());
        assertThat(images.getFirst()).startsWith("maven:3.9-eclipse-temurin-25");
        assertThat(images.getLast()).startsWith("eclipse-temurin:25-jre");
        assertThat(dockerfile).containsPattern("mvn .*-Pproduction .*-DskipTests .*package");
    }

    @Test
    void runsAsANonRootUserWithMemoryTakenFromTheContainer() {
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        assertThat(dockerfile).contains("-XX:MaxRAMPercentage=75").containsPattern("(?m)^EXPOSE 8080$");
    }

    @Test
    void healthCheckAsksReadinessWithAToolTheJreImageHas() {
        String healthCheck = dockerfile.substring(dockerfile.indexOf("HEALTHCHECK"));
        assertThat(healthCheck).contains("/actuator/health/readiness");
        // Temurin's JRE images have neither curl nor wget.
        assertThat(healthCheck.substring(0, healthCheck.indexOf("\nENTRYPOINT"))).doesNotContain("curl").doesNotContain("wget");
    }

    @Test
    void theBuildContextHoldsOnlyWhatTheImageIsBuiltFrom() {
        List<String> ignore = Descriptors.text(".dockerignore").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(ignore.getFirst()).as("everything is left out unless named (no .env, .git or target)").isEqualTo("*");
        COPY_FROM_CONTEXT.matcher(dockerfile).results().map(m -> m.group(1).trim().split("\\s+")).forEach(parts -> {
            for (int i = 0; i < parts.length - 1; i++) {
                String source = parts[i];
                assertThat(ignore).as("the build context includes %s", source).containsAnyOf("!" + source, "!" + source + "/");
            }
        });
    }

    /**
     * The AOT cache only fits the JVM that wrote it and the class path it was trained with, and only
     * classes the JVM's own class loaders load from plain jars go into it (not those of Spring Boot's
     * launcher, which reads the nested jars). So: the jar is extracted without the launcher, the
     * training run happens in the runtime image after its user and options are set, and the
     * ENTRYPOINT starts the same jar from the same directory with the cache the training wrote.
     */
    @Test
    void theRuntimeImageTrainsAnAotCacheAndStartsWithIt() {
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        Matcher extract = Pattern.compile("-Djarmode=tools -jar \\S+ extract ([^\\n]*)").matcher(dockerfile);
        assertThat(extract.find()).isTrue();
        assertThat(extract.group(1)).doesNotContain("--launcher").contains("--application-filename portal.jar");

        Matcher training = Pattern.compile("(?m)^RUN java (.*-XX:AOTCacheOutput=(\\S+).*)$").matcher(runtime);
        assertThat(training.find()).as("a training run in the runtime image").isTrue();
        String cache = training.group(2);
        String run = instructionAt(runtime, training.start());
        assertThat(run).contains("-Dspring.context.exit=onRefresh").contains("-jar portal.jar")
                // The beans need a database: the jar's embedded PostgreSQL on a scratch directory, removed afterwards.
                .contains("--portal.database.embedded.data-directory=/tmp/training-db").contains("rm -rf /tmp/*")
                .contains("--portal.mail.embedded.enabled=false");
        // onRefresh ends the JVM with Runtime.halt: no shutdown hook stops that PostgreSQL, so the run stops it first.
        assertThat(run.indexOf("pg_ctl -D /tmp/training-db -m fast -w stop")).as("PostgreSQL stopped before its files go")
                .isPositive().isLessThan(run.indexOf("rm -rf /tmp/*"));
        assertThat(runtime.indexOf("\nUSER ")).as("trained as the portal's user (PostgreSQL refuses root)")
                .isBetween(0, training.start());
        assertThat(runtime.indexOf("JAVA_TOOL_OPTIONS=")).as("trained with the options the portal runs with")
                .isBetween(0, training.start());
        String cacheDirectory = cache.substring(0, cache.lastIndexOf('/'));
        assertThat(runtime).as("the portal's user may write the cache's directory").containsPattern(
                "install -d -o portal -g portal " + Pattern.quote(cacheDirectory) + "\\b");

        Matcher workdir = Pattern.compile("(?m)^WORKDIR\\s+(\\S+)").matcher(runtime);
        assertThat(workdir.find()).isTrue();
        assertThat(Pattern.compile("(?m)^WORKDIR").matcher(runtime.substring(workdir.end())).find())
                .as("training and start run in the same directory").isFalse();
        assertThat(runtime).as("the extracted application and its lib/ land in the working directory")
                .contains("COPY --from=build /layers/application/ ./").contains("COPY --from=build /layers/dependencies/ ./");

        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT\\s+(.+)$").matcher(runtime);
        assertThat(entrypoint.find()).isTrue();
        assertThat(entrypoint.group(1)).isEqualTo("[\"java\", \"-XX:AOTCache=" + cache + "\", \"-jar\", \"portal.jar\"]");
    }

    /** The instruction that starts at this offset, with its continuation lines (those after a line ending in a backslash). */
    private static String instructionAt(String text, int start) {
        StringBuilder instruction = new StringBuilder();
        for (String line : text.substring(start).lines().toList()) {
            instruction.append(line).append('\n');
            if (!line.endsWith("\\")) {
                break;
            }
        }
        return instruction.toString();
    }
}
