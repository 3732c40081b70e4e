package studio.smartwork.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * Demo people (password demo1234) never appear on an external database or in production
 * (profile keycloak) unless asked for by name; the embedded development database keeps its demo.
 */
@SpringBootTest
class DemoDataEnabledTests {

    @Autowired
    Environment running;

    @Test
    void theEmbeddedDatabaseOfADevelopmentRunHasTheDemo() {
        assertThat(running.getProperty(DemoDataEnabled.EMBEDDED_DATABASE)).as("tests run on the embedded database").isNotBlank();
        assertThat(DemoDataEnabled.enabled(running)).isTrue();
        assertThat(DemoDataEnabled.enabled(embedded())).isTrue();
        assertThat(DemoDataEnabled.enabled(embedded().withProperty(DemoDataEnabled.PROPERTY, "false"))).isFalse();
    }

    @Test
    void anExternalDatabaseHasNoDemoUnlessExplicitlyEnabled() {
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/smartwork");
        assertThat(DemoDataEnabled.enabled(external)).isFalse();
        assertThat(DemoDataEnabled.enabled(external.withProperty(DemoDataEnabled.PROPERTY, " "))).isFalse();
        assertThat(DemoDataEnabled.enabled(external.withProperty(DemoDataEnabled.PROPERTY, "true"))).isTrue();
    }

    @Test
    void offWithKeycloakUnlessExplicitlyEnabled() {
        MockEnvironment production = embedded();
        production.setActiveProfiles("keycloak");
        assertThat(DemoDataEnabled.enabled(production)).isFalse();

        MockEnvironment browserTests = embedded().withProperty(DemoDataEnabled.PROPERTY, "true");
        browserTests.setActiveProfiles("keycloak");
        assertThat(DemoDataEnabled.enabled(browserTests)).isTrue();
    }

    private static MockEnvironment embedded() {
        return new MockEnvironment().withProperty(DemoDataEnabled.EMBEDDED_DATABASE, "jdbc:postgresql://localhost:5432/smartwork");
    }
}
