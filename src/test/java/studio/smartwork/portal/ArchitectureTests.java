package studio.smartwork.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The package-by-feature boundaries, checked on the compiled main code. A feature is a
 * package directly below {@code studio.smartwork.portal}; its {@code internal} package
 * (entities, repositories) and its {@code ui} package (views, dialogs) are its own business.
 */
class ArchitectureTests {

    private static final String ROOT = "studio.smartwork.portal";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Framework wiring that names Vaadin classes; everything else outside the views stays free of Vaadin. */
    private static final Set<String> WIRING_THAT_USES_VAADIN = Set.of(
            // The Vaadin app shell (stylesheets, page title) must be implemented by a class of the application.
            ROOT + ".Application",
            // Vaadin's Spring Security configurer.
            ROOT + ".security.SecurityConfig",
            // The content security policy asks Vaadin whether it runs in production mode.
            ROOT + ".security.ContentSecurityPolicy");

    @Test
    void aFeaturesInternalsAreUsedOnlyByThatFeature() {
        Set<String> featuresWithInternals = MAIN.stream().filter(c -> isIn(c, "internal"))
                .map(ArchitectureTests::featureOf).collect(Collectors.toSet());
        assertThat(featuresWithInternals).contains("activity", "people", "tenant");

        classes().that(are("in a feature's internal package", c -> isIn(c, "internal")))
                .should(beUsedOnlyBy("classes of the same feature",
                        (target, origin) -> featureOf(origin).equals(featureOf(target))))
                .check(MAIN);
    }

    /**
     * Views reach other features through their services and {@code ShellNavigation}'s
     * addresses, never through each other's classes. The shell's layouts are outside any
     * {@code ui} package and {@code shared.ui} is the views' common kit, so both are open
     * to all; routes are found by Vaadin's scan, which is no dependency.
     */
    @Test
    void aFeaturesViewsAreUsedOnlyByThatFeaturesViews() {
        classes().that(are("in a feature's ui package other than shared.ui",
                        c -> isIn(c, "ui") && !featureOf(c).equals("shared")))
                .should(beUsedOnlyBy("classes of the same ui package",
                        (target, origin) -> (isIn(origin, "ui") && featureOf(origin).equals(featureOf(target)))
                                || isSecurityConfigNamingTheLoginView(origin, target)))
                .check(MAIN);
    }

    @Test
    void servicesAndEntitiesDoNotDependOnVaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", ROOT + ".shell..")
                .and(are("not Vaadin's wiring " + WIRING_THAT_USES_VAADIN,
                        c -> !WIRING_THAT_USES_VAADIN.contains(c.getName())))
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(MAIN);
    }

    /**
     * The one use of a view from outside its ui package: Spring Security's configuration
     * names the login view, because Vaadin's configurer needs it to send people there.
     */
    private static boolean isSecurityConfigNamingTheLoginView(JavaClass origin, JavaClass target) {
        return origin.getName().equals(ROOT + ".security.SecurityConfig")
                && target.getName().equals(ROOT + ".security.ui.LoginView");
    }

    /** The feature of a class: the first package below the root, empty for the root package itself. */
    private static String featureOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String below = name.substring(ROOT.length() + 1);
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    /** Whether a class lies in {@code <feature>.<part>} or below it. */
    private static boolean isIn(JavaClass javaClass, String part) {
        String feature = featureOf(javaClass);
        if (feature.isEmpty()) {
            return false;
        }
        String packageOfPart = ROOT + "." + feature + "." + part;
        String name = javaClass.getPackageName();
        return name.equals(packageOfPart) || name.startsWith(packageOfPart + ".");
    }

    private static DescribedPredicate<JavaClass> are(String description, Predicate<JavaClass> test) {
        return DescribedPredicate.describe(description, test::test);
    }

    private static ArchCondition<JavaClass> beUsedOnlyBy(String description, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>("be used only by " + description) {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    if (!allowed.test(target, dependency.getOriginClass())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
