package studio.smartwork.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.smartwork.portal.deploy.Descriptors.at;
import static studio.smartwork.portal.deploy.Descriptors.list;
import static studio.smartwork.portal.deploy.Descriptors.map;
import static studio.smartwork.portal.deploy.Descriptors.string;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml runs the production shape; these checks keep it in step with the portal. */
class DockerComposeTests {

    /** A compose reference to a variable from .env that has no default: {@code ${NAME}} or {@code ${NAME:?message}}. */
    private static final Pattern FROM_ENV_FILE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::\\?[^}]*)?}");
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");

    private final Map<String, Object> compose = Descriptors.yaml("docker-compose.yml");
    private final Map<String, Object> services = map(compose.get("services"));

    @Test
    void everyServiceRunsAPinnedImageOrIsBuiltHere() {
        services.forEach((name, service) -> {
            String image = string(at(service, "image"));
            if (image == null) {
                assertThat(at(service, "build")).as("service %s has neither image nor build", name).isNotNull();
            } else {
                assertThat(Descriptors.pinned(image)).as("image of %s is pinned to a tag: %s", name, image).isTrue();
            }
        });
        assertThat(string(at(services, "postgres", "image"))).startsWith("postgres:18.");
        assertThat(string(at(services, "keycloak", "image"))).isEqualTo("quay.io/keycloak/keycloak:26.4.7");
    }

    @Test
    void thePortalGetsEveryEnvironmentVariableItNeeds() {
        Map<String, Object> environment = environment("portal");
        assertThat(environment.keySet()).containsAll(PortalEnvironment.required());
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo(PortalEnvironment.PROFILE);
    }

    @Test
    void secretsComeFromTheEnvFileNeverFromTheComposeFile() {
        services.forEach((name, service) -> environment(name).forEach((variable, value) -> {
            if (PortalEnvironment.secret(variable)) {
                assertThat(string(value)).as("%s of %s is read from .env, not written here", variable, name).matches(FROM_ENV_FILE);
            }
        }));
    }

    @Test
    void envExampleListsEveryVariableComposeInsistsOn() {
        Set<String> required = new TreeSet<>();
        Matcher matcher = REQUIRED_VARIABLE.matcher(Descriptors.text("docker-compose.yml"));
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        Set<String> example = new TreeSet<>();
        for (String line : Descriptors.text(".env.example").lines().toList()) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
                if (PortalEnvironment.secret(line.substring(0, line.indexOf('=')))) {
                    assertThat(line).as("the example carries no secret value").endsWith("=");
                }
            }
        }
        assertThat(example).containsAll(required);
        assertThat(Descriptors.text(".gitignore").lines()).as(".env stays out of git").contains(".env");
    }

    @Test
    void servicesStartInOrderOnceTheirDependenciesAreHealthy() {
        assertThat(string(at(services, "portal", "depends_on", "postgres", "condition"))).isEqualTo("service_healthy");
        assertThat(string(at(services, "portal", "depends_on", "keycloak", "condition"))).isEqualTo("service_healthy");
        assertThat(string(at(services, "keycloak", "depends_on", "postgres", "condition"))).isEqualTo("service_healthy");
        services.forEach((name, service) -> {
            if (!"migrate".equals(name)) {
                assertThat(list(at(service, "healthcheck", "test"))).as("%s has a health check", name).isNotEmpty();
            }
        });
        assertThat(String.join(" ", strings(at(services, "postgres", "healthcheck", "test")))).contains("pg_isready");
        assertThat(String.join(" ", strings(at(services, "portal", "healthcheck", "test")))).contains("/actuator/health/readiness");
        assertThat(String.join(" ", strings(at(services, "keycloak", "healthcheck", "test")))).contains("/health/ready");
    }

    @Test
    void postgresKeepsItsDataInANamedVolumeAndCreatesThePortalsRoles() {
        assertThat(strings(at(services, "postgres", "volumes")))
                // PostgreSQL 18 images refuse a volume at the old /var/lib/postgresql/data.
                .contains("postgres-data:/var/lib/postgresql")
                .anySatisfy(v -> assertThat(v).startsWith("./deploy/postgres/init-roles.sql:/docker-entrypoint-initdb.d/"));
        assertThat(map(compose.get("volumes"))).containsKey("postgres-data");
        assertThat(Files.isRegularFile(Path.of("deploy/postgres/init-roles.sql"))).isTrue();
        assertThat(environment("postgres")).containsKeys("SMARTWORK_OWNER_PASSWORD", "SMARTWORK_APP_PASSWORD");
        assertThat(environment("portal")).containsEntry("SPRING_DATASOURCE_USERNAME", "smartwork_app");
    }

    /** The owner's password is given to the one-off migration only, which the portal waits for. */
    @Test
    void migrationsRunAsTheOwnerInTheirOwnStepAndThePortalNeverHoldsTheOwnersPassword() {
        assertThat(strings(at(services, "migrate", "command"))).containsExactly("migrate");
        assertThat(environment("migrate")).containsEntry("SPRING_LIQUIBASE_USER", "smartwork_owner");
        assertThat(string(environment("migrate").get("SPRING_LIQUIBASE_PASSWORD"))).contains("SMARTWORK_OWNER_PASSWORD");
        assertThat(string(at(services, "migrate", "restart"))).isEqualTo("no");
        assertThat(string(at(services, "portal", "depends_on", "migrate", "condition"))).isEqualTo("service_completed_successfully");
        assertThat(environment("portal")).containsEntry("SPRING_LIQUIBASE_ENABLED", "false")
                .doesNotContainKeys("SPRING_LIQUIBASE_USER", "SPRING_LIQUIBASE_PASSWORD");
        assertThat(environment("portal").values()).noneMatch(value -> String.valueOf(value).contains("SMARTWORK_OWNER_PASSWORD"));
    }

    @Test
    void keycloakImportsTheRealmWithEveryPlaceholderItUses() {
        assertThat(strings(at(services, "keycloak", "command"))).contains("--import-realm");
        assertThat(strings(at(services, "keycloak", "volumes")))
                .contains("./deploy/keycloak/smartwork-realm.json:/opt/keycloak/data/import/smartwork-realm.json:ro");
        Set<String> placeholders = PortalEnvironment.placeholdersIn(Descriptors.text("deploy/keycloak/smartwork-realm.json"));
        assertThat(environment("keycloak").keySet()).containsAll(placeholders);
    }

    @Test
    void browserAndPortalAgreeOnTheIssuerWhileThePortalCallsKeycloakByServiceName() {
        String publicKeycloak = string(environment("keycloak").get("KC_HOSTNAME"));
        String realm = string(Descriptors.json("deploy/keycloak/smartwork-realm.json").get("realm"));
        assertThat(string(environment("portal").get("KEYCLOAK_ISSUER"))).isEqualTo(publicKeycloak + "/realms/" + realm);
        assertThat(string(environment("portal").get("KEYCLOAK_BACKCHANNEL_URL"))).isEqualTo("http://keycloak:8080/realms/" + realm);
        assertThat(string(environment("portal").get("KEYCLOAK_CLIENT_ID"))).isEqualTo("portal");
        assertThat(string(environment("portal").get("KEYCLOAK_CLIENT_SECRET")))
                .isEqualTo(string(environment("keycloak").get("KEYCLOAK_PORTAL_CLIENT_SECRET")));
    }

    private Map<String, Object> environment(String service) {
        // A map, not a list of NAME=value lines, so that each variable can be looked up.
        return map(at(services, service, "environment"));
    }

    private static List<String> strings(Object node) {
        return list(node).stream().map(String::valueOf).toList();
    }
}
