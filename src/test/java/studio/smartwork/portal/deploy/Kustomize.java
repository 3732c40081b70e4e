package studio.smartwork.portal.deploy;

import static studio.smartwork.portal.deploy.Descriptors.list;
import static studio.smartwork.portal.deploy.Descriptors.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Just enough of kustomize to render this project's overlays without the binary, so the
 * tests run wherever Maven runs: {@code resources} (files and folders), {@code namespace},
 * and {@code patches} in JSON 6902 form with a kind/name target. Anything else in a
 * kustomization fails loudly rather than being silently ignored; {@code
 * KubernetesManifestsTests} compares the result with {@code kubectl kustomize} where
 * kubectl is installed.
 */
final class Kustomize {

    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "namespace", "patches");

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        Map<String, Object> kustomization = map(Descriptors.yamlDocuments(Descriptors.file(file)).getFirst());
        for (String key : kustomization.keySet()) {
            if (!UNDERSTOOD.contains(key)) {
                throw new IllegalStateException(file + " uses '" + key + "', which the test renderer (Kustomize.java) does not understand yet");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path resource = directory.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else {
                Descriptors.yamlDocuments(Descriptors.file(resource)).forEach(d -> resources.add(map(d)));
            }
        }
        for (Object entry : list(kustomization.get("patches"))) {
            applyPatch(directory, map(entry), resources);
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            resources.forEach(r -> metadata(r).put("namespace", namespace));
        }
        return resources;
    }

    private static void applyPatch(Path directory, Map<String, Object> patch, List<Map<String, Object>> resources) {
        Map<String, Object> target = map(patch.get("target"));
        Object operations = patch.containsKey("path")
                ? Descriptors.yamlDocuments(Descriptors.file(directory.resolve(String.valueOf(patch.get("path"))))).getFirst()
                : Descriptors.yamlDocuments(String.valueOf(patch.get("patch"))).getFirst();
        if (!(operations instanceof List<?>)) {
            throw new IllegalStateException("Only JSON 6902 patches (a list of operations) are understood: " + patch);
        }
        List<Map<String, Object>> matches = resources.stream()
                .filter(r -> Objects.equals(r.get("kind"), target.get("kind")))
                .filter(r -> Objects.equals(metadata(r).get("name"), target.get("name")))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException("Patch target " + target + " matches " + matches.size() + " resources");
        }
        for (Object operation : list(operations)) {
            apply(matches.getFirst(), map(operation));
        }
    }

    @SuppressWarnings("unchecked")
    private static void apply(Map<String, Object> resource, Map<String, Object> operation) {
        String op = String.valueOf(operation.get("op"));
        List<String> pointer = pointer(String.valueOf(operation.get("path")));
        Object parent = resource;
        for (String token : pointer.subList(0, pointer.size() - 1)) {
            parent = child(parent, token, operation);
        }
        String last = pointer.getLast();
        Object value = operation.get("value");
        switch (op) {
            case "replace" -> {
                child(parent, last, operation);
                if (parent instanceof Map<?, ?> m) {
                    ((Map<String, Object>) m).put(last, value);
                } else {
                    ((List<Object>) parent).set(Integer.parseInt(last), value);
                }
            }
            case "add" -> {
                if (parent instanceof Map<?, ?> m) {
                    ((Map<String, Object>) m).put(last, value);
                } else if (last.equals("-")) {
                    ((List<Object>) parent).add(value);
                } else {
                    ((List<Object>) parent).add(Integer.parseInt(last), value);
                }
            }
            case "remove" -> {
                child(parent, last, operation);
                if (parent instanceof Map<?, ?> m) {
                    m.remove(last);
                } else {
                    ((List<Object>) parent).remove(Integer.parseInt(last));
                }
            }
            default -> throw new IllegalStateException("Unsupported patch operation " + operation);
        }
    }

    private static Object child(Object parent, String token, Map<String, Object> operation) {
        Object child = parent instanceof List<?> l ? l.get(Integer.parseInt(token)) : map(parent).get(token);
        if (child == null && !(parent instanceof Map<?, ?> m && m.containsKey(token))) {
            throw new IllegalStateException("Patch path does not exist: " + operation);
        }
        return child;
    }

    private static List<String> pointer(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalStateException("Not a JSON pointer: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static Map<String, Object> metadata(Map<String, Object> resource) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) resource.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        return metadata;
    }
}
