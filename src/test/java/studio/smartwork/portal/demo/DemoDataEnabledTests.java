package studio.smartwork.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mock.env.MockEnvironment;

/** Demo people and data never appear in production (profile keycloak) unless asked for by name. */
class DemoDataEnabledTests {

    private static boolean enabled(MockEnvironment environment) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new DemoDataEnabled().matches(context, mock(AnnotatedTypeMetadata.class));
    }

    @Test
    void onByDefaultForDevelopment() {
        assertThat(enabled(new MockEnvironment())).isTrue();
        assertThat(enabled(new MockEnvironment().withProperty(DemoDataEnabled.PROPERTY, "false"))).isFalse();
    }

    @Test
    void offWithKeycloakUnlessExplicitlyEnabled() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("keycloak");
        assertThat(enabled(production)).isFalse();

        MockEnvironment browserTests = new MockEnvironment().withProperty(DemoDataEnabled.PROPERTY, "true");
        browserTests.setActiveProfiles("keycloak");
        assertThat(enabled(browserTests)).isTrue();
    }
}
