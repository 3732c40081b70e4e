package studio.smartwork.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.SourceStrings.Literal;

/**
 * Every text a person reads comes from the portal's texts, in English and in Spanish: the two
 * languages have the same keys with the same values in them, every key the sources name has
 * its texts, and no source writes a sentence a person would read without a key.
 */
class TextsTests {

    private static final Path TEXTS = Path.of("src/main/resources/texts");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** What a literal in a statement of these kinds says is for us, not for the person on the page. */
    private static final List<String> NOT_FOR_PEOPLE = List.of("log.", "LOG.", "IllegalStateException", "IllegalArgumentException",
            "UnsupportedOperationException", "NullPointerException", "AssertionError", "@Route", "@RoutePrefix", "@Query", "@Table",
            "@Column", "@CssImport", "@JsModule", "@NpmPackage", "@Value(", "@ConfigurationProperties", "@NamedInterface",
            "@ApplicationModule", "getStyle()", "addClassName", "setClassName", "removeClassName", "setId(", "getThemeList",
            ".sql(", "Pattern.compile", ".param(", "@Tag(", "setProperty(", "executeJs", "@JsonProperty", "MediaType",
            "ContentDisposition", "setHeader(", "addHeader(", "getHeader(", "System.getenv", "getProperty(", "matches(\"",
            // The HTTP API's reference (OpenAPI) is written for integrators in English, as API references are (decision 0101).
            "@Operation(", "description = \"");
    /** Words that are the same in every language or never reach a page: the product's name, a developer's message. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("SmartWork Portal", "Nobody is signed in");
    /** Features whose strings are data, not words of the portal: the demo tenants' content. */
    private static final Set<String> DATA_NOT_WORDS = Set.of("demo");

    private final PortalTexts texts = new PortalTexts(true);

    @Test
    void bothLanguagesHaveTheSameKeysEachWithTheSameValuesInIt() {
        Set<String> english = texts.keys(Language.ENGLISH);
        Set<String> spanish = texts.keys(Language.SPANISH);
        assertThat(difference(english, spanish)).as("keys with no Spanish text").isEmpty();
        assertThat(difference(spanish, english)).as("keys with no English text").isEmpty();
        List<String> mismatched = new ArrayList<>();
        for (String key : english) {
            String en = texts.pattern(Language.ENGLISH, key).orElseThrow();
            String es = texts.pattern(Language.SPANISH, key).orElse("");
            if (en.isBlank() || es.isBlank()) {
                mismatched.add(key + ": empty");
            } else if (!placeholders(en).equals(placeholders(es))) {
                mismatched.add(key + ": " + placeholders(en) + " in English, " + placeholders(es) + " in Spanish");
            }
        }
        assertThat(mismatched).as("texts whose languages differ in their values").isEmpty();
    }

    @Test
    void everyTextsFileIsUtf8AndNamedForItsFeature() throws IOException {
        try (Stream<Path> files = Files.list(TEXTS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertThat(name).matches("[a-z][a-z0-9]*(-[a-z0-9-]+)?(_es)?\\.properties");
                byte[] bytes = Files.readAllBytes(file);
                assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()).isNotNull();
            }
        }
    }

    @Test
    void everyKeyTheSourcesNameHasItsTexts() {
        Set<String> features = features();
        Pattern key = Pattern.compile("(" + String.join("|", features) + ")\\.[a-z0-9][a-zA-Z0-9.-]*");
        Set<String> known = texts.keys(Language.ENGLISH);
        List<String> missing = new ArrayList<>();
        for (Literal literal : SourceStrings.all()) {
            String value = literal.value();
            if (!key.matcher(value).matches() || value.matches(".*\\.(csv|zip|txt|md|json|pdf|properties)") || isForUs(literal)) {
                continue;
            }
            boolean found = value.endsWith(".")
                    ? known.stream().anyMatch(k -> k.startsWith(value))
                    : known.contains(value) || known.contains(value + ".one") && known.contains(value + ".other");
            if (!found) {
                missing.add(literal.where() + " " + value);
            }
        }
        assertThat(missing).as("keys named in the sources with no text").isEmpty();
    }

    @Test
    void noSourceWritesWhatAPersonReadsWithoutAKey() {
        List<String> written = SourceStrings.all().stream()
                .filter(l -> !DATA_NOT_WORDS.contains(l.feature()))
                .filter(l -> looksLikeWords(l.value()) && !isForUs(l) && !SAME_IN_EVERY_LANGUAGE.contains(l.value())
                        && !notForPeople(l.feature()).contains(l.value()))
                .map(l -> l.where() + " \"" + l.value() + "\"")
                .toList();
        assertThat(written).as("words for people written in the sources instead of the texts files").isEmpty();
    }

    @Test
    void theTokenizerFindsWordsAndSkipsCommentsAndTextBlocks() {
        List<Literal> found = SourceStrings.of(Path.of("X.java"), """
                // "In a comment"
                /* "In a block" */
                String sql = \"""
                    select "quoted" from t
                    \""";
                add(new Button("Save the record"));
                """);
        assertThat(found).extracting(Literal::value).containsExactly("Save the record");
        assertThat(found.getFirst().line()).isEqualTo(6);
        assertThat(looksLikeWords("Save the record")).isTrue();
        assertThat(looksLikeWords("Save")).isTrue();
        assertThat(looksLikeWords("audit.log.title")).isFalse();
        assertThat(looksLikeWords("var(--lumo-space-m)")).isFalse();
        assertThat(looksLikeWords("Europe/Madrid")).isFalse();
    }

    static boolean looksLikeWords(String value) {
        if (value.matches("[a-z][a-z0-9-]*(\\.[a-zA-Z0-9-]+)+\\.?") || value.contains("var(--") || value.matches("[^ ]*/[^ ]*")) {
            return false;
        }
        return value.matches("(?s).*\\p{L}{2,}[ ,.:;!?]+\\p{L}{2,}.*") && value.contains(" ")
                || value.matches("(?s)\\p{Lu}\\p{Ll}+.*");
    }

    private static boolean isForUs(Literal literal) {
        return NOT_FOR_PEOPLE.stream().anyMatch(literal.sourceLine()::contains);
    }

    /**
     * Literals of a feature the scan takes for words although no person reads them (a column
     * name of a file format, say): src/test/resources/texts-not-for-people/<feature>.txt, one
     * exact value a line, each after a comment line ("# …") that says why.
     */
    private static Set<String> notForPeople(String feature) {
        Path file = Path.of("src/test/resources/texts-not-for-people", feature + ".txt");
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toSet()) : Set.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> features() {
        try (Stream<Path> files = Files.list(TEXTS)) {
            return files.map(f -> f.getFileName().toString().replaceAll("(-[a-z0-9-]+)?(_es)?\\.properties$", "")).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
