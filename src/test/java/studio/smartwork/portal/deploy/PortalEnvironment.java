package studio.smartwork.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables a production portal must be given, computed from the
 * {@code ${NAME:default}} placeholders in the portal's {@code application*.properties}, so
 * that a new setting fails the deployment tests until compose and Kubernetes provide it
 * (or it is listed here as not needed in production, with the reason).
 */
final class PortalEnvironment {

    /** Placeholders whose default is right in production, with the reason. */
    static final Map<String, String> NOT_NEEDED_IN_PRODUCTION = Map.of(
            "PORT", "the image, compose and the manifests all use the default 8080",
            "PORTAL_DATA_DIRECTORY", "only the embedded database reads it; production sets SPRING_DATASOURCE_URL");

    /** Standard Spring settings that production needs but application.properties does not name. */
    static final Set<String> SPRING_SETTINGS = Set.of(
            "SPRING_PROFILES_ACTIVE",
            "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            // Migrations run in their own step; the portal must not run them (nor hold the owner's password).
            "SPRING_LIQUIBASE_ENABLED",
            // Without a mail server invitations cannot reach anyone.
            "SPRING_MAIL_HOST", "SPRING_MAIL_PORT");

    static final String PROFILE = "keycloak";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private PortalEnvironment() {
    }

    static SortedSet<String> required() {
        SortedSet<String> required = new TreeSet<>(placeholders());
        required.removeAll(NOT_NEEDED_IN_PRODUCTION.keySet());
        required.addAll(SPRING_SETTINGS);
        return required;
    }

    /** Every environment placeholder in the portal's property files (all profiles). */
    static SortedSet<String> placeholders() {
        SortedSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            files.filter(f -> f.getFileName().toString().matches("application.*\\.(properties|ya?ml)"))
                    .forEach(f -> names.addAll(placeholdersIn(Descriptors.text(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static SortedSet<String> placeholdersIn(String text) {
        SortedSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static boolean secret(String name) {
        return Descriptors.SECRET_NAME.matcher(name).matches();
    }
}
