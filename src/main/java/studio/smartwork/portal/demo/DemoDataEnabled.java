package studio.smartwork.portal.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data is on by default for development and off with Keycloak (production), where only
 * an explicit {@code portal.demo-data.enabled=true} turns it on: the browser tests do that
 * on a scratch database. {@code false} turns it off everywhere.
 */
class DemoDataEnabled implements Condition {

    static final String PROPERTY = "portal.demo-data.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String value = context.getEnvironment().getProperty(PROPERTY);
        if (value != null) {
            return Boolean.parseBoolean(value.trim());
        }
        return !context.getEnvironment().acceptsProfiles(Profiles.of("keycloak"));
    }
}
