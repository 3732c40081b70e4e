package studio.smartwork.portal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The string literals of the portal's own sources, with the statement they stand in, found by
 * a small tokenizer that skips comments and text blocks (SQL, templates). For the tests that
 * check every user-visible text goes through a key.
 */
final class SourceStrings {

    static final Path MAIN = Path.of("src/main/java/studio/smartwork/portal");

    /** One literal: the file, its line, its value (without quotes) and the source line it is on. */
    record Literal(Path file, int line, String value, String sourceLine) {
        String where() {
            return MAIN.relativize(file) + ":" + line;
        }

        /** The feature the file belongs to: the first package below the portal's root. */
        String feature() {
            return MAIN.relativize(file).getName(0).toString();
        }
    }

    private SourceStrings() {
    }

    static List<Literal> all() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Literal> literals = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                literals.addAll(of(file, Files.readString(file)));
            }
            return literals;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> of(Path file, String source) {
        List<Literal> literals = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != '"') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        value.append(source.charAt(j)).append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        value.append(source.charAt(j));
                        j++;
                    }
                }
                literals.add(new Literal(file, line, value.toString(), lines[line - 1].trim()));
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
