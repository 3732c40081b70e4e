package studio.smartwork.portal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The features are Spring Modulith application modules: each top-level package below
 * {@code studio.smartwork.portal}, exposing its base package (and what it names with
 * {@code @NamedInterface}); everything below is its own business. The modules must depend on
 * each other without cycles, so that a newcomer can read them from the bottom (identity,
 * tenancy, shared, tenant) to the top (overview, portfolio, demo).
 */
class ModulesTests {

    @Test
    void theFeaturesFormModulesWithoutCycles() {
        ApplicationModules.of(Application.class).verify();
    }

    /** The check itself: two packages that use each other fail it, naming the cycle. */
    @Test
    void aCycleBetweenModulesFailsTheCheck() {
        ImportOption everything = location -> true;
        ApplicationModules cyclic = ApplicationModules.of("studio.smartwork.cyclefixture", everything);

        assertThatThrownBy(cyclic::verify).isInstanceOf(Violations.class).hasMessageContaining("Cycle detected");
    }
}
