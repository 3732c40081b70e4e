package studio.smartwork.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The production image: built without Node, run as a non-root user, with a health check that works in it. */
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
}
