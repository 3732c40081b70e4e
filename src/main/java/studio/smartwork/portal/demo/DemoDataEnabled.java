package studio.smartwork.portal.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo people (with their well-known password) and demo data appear only where they cannot
 * reach real people's data by accident: by default only on the embedded database of a
 * development run (`mvn spring-boot:run`), never on an external database and never with
 * Keycloak. {@code portal.demo-data.enabled} (PORTAL_DEMO_DATA_ENABLED) decides explicitly
 * either way — the browser tests set it to true on a scratch database.
 */
class DemoDataEnabled implements Condition {

    static final String PROPERTY = "portal.demo-data.enabled";
    /** Set by the embedded PostgreSQL when it is the portal's database. */
    static final String EMBEDDED_DATABASE = "portal.database.embedded.jdbc-url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment environment) {
        String value = environment.getProperty(PROPERTY);
        if (StringUtils.hasText(value)) {
            return Boolean.parseBoolean(value.trim());
        }
        return environment.containsProperty(EMBEDDED_DATABASE) && !environment.acceptsProfiles(Profiles.of("keycloak"));
    }
}
