package studio.smartwork.portal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the deployment files (compose, Kubernetes, realm) as plain trees of maps and lists,
 * so tests can walk them without a schema. Paths are relative to the project folder,
 * where Maven runs the tests.
 */
final class Descriptors {

    /** Names of settings that hold secrets: they must never carry a value in a committed file. */
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY)$");

    private Descriptors() {
    }

    static Path file(String relative) {
        return file(Path.of(relative));
    }

    static Path file(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Missing " + path.toAbsolutePath());
        }
        return path;
    }

    static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String relative) {
        return text(file(relative));
    }

    /** Every document of a YAML file; YAML 1.1 surprises like {@code on} = true are avoided by the safe loader's types. */
    static List<Object> yamlDocuments(Path path) {
        return yamlDocuments(text(path));
    }

    static List<Object> yamlDocuments(String text) {
        List<Object> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document != null) {
                documents.add(document);
            }
        }
        return documents;
    }

    static Map<String, Object> yaml(String relative) {
        return map(yaml().load(text(relative)));
    }

    static Map<String, Object> json(String relative) {
        return map(JsonMapper.builder().build().readValue(text(relative), Map.class));
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /** The node at the given keys (map keys, or list indexes as numbers); null when absent. */
    static Object at(Object root, Object... keys) {
        Object node = root;
        for (Object key : keys) {
            if (node instanceof Map<?, ?> m) {
                node = m.get(key);
            } else if (node instanceof List<?> l && key instanceof Integer i) {
                node = i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?>)) {
            throw new IllegalStateException("Expected a map but found " + node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?>)) {
            throw new IllegalStateException("Expected a list but found " + node);
        }
        return (List<Object>) node;
    }

    static String string(Object node) {
        return node == null ? null : String.valueOf(node);
    }

    /** True when an image reference names a tag other than {@code latest} (or a digest). */
    static boolean pinned(String image) {
        if (image == null || image.isBlank()) {
            return false;
        }
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return false;
        }
        String tag = image.substring(colon + 1);
        return !tag.isBlank() && !tag.equals("latest");
    }
}
