package studio.smartwork.portal.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text the portal shows, in each of its languages. Each feature keeps its texts in
 * {@code texts/<feature>.properties} (English) and {@code texts/<feature>_es.properties}
 * (Spanish), UTF-8, with keys that begin with the feature's name, so features never write into
 * each other's files; a large feature may split them by area ({@code texts/audit-timer.properties},
 * keys still beginning with {@code audit.}). {@code {0}}, {@code {1}}, … take the values given; nothing else in a text
 * is special (no quoting rules, an apostrophe is an apostrophe). A whole number given as a value
 * is written the reader's way (1,000 or 1.000).
 *
 * <p>With {@code portal.texts.strict} (the tests), a key that is missing in the reader's language
 * fails loudly; otherwise the key itself is shown and the gap logged once.
 */
@Component
public class PortalTexts {

    private static final Logger log = LoggerFactory.getLogger(PortalTexts.class);
    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9]*)(?:-[a-z0-9-]+)?(?:_([a-z]{2}))?\\.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    private final Set<String> reportedGaps = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final boolean strict;

    public PortalTexts(@Value("${portal.texts.strict:false}") boolean strict) {
        this.strict = strict;
        for (Language language : Language.values()) {
            texts.put(language, new HashMap<>());
        }
        load();
    }

    /** The text for a key in a language, with its values in place. */
    public String text(Language language, String key, Object... args) {
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            if (strict) {
                throw new IllegalStateException("No " + language + " text for key '" + key + "'");
            }
            if (reportedGaps.add(language + ":" + key)) {
                log.warn("No {} text for key '{}'", language, key);
            }
            pattern = texts.get(Language.ENGLISH).getOrDefault(key, key);
        }
        return fill(pattern, language.locale(), args);
    }

    public String text(Locale locale, String key, Object... args) {
        return text(Language.forLocale(locale), key, args);
    }

    public String text(Language language, Message message) {
        return text(language, message.key(), message.argsArray());
    }

    public String text(Locale locale, Message message) {
        return text(Language.forLocale(locale), message);
    }

    /** The keys of a language, for the tests that compare the languages. */
    public Set<String> keys(Language language) {
        return new TreeSet<>(texts.get(language).keySet());
    }

    /** The raw text of a key (before its values are filled in), for the tests that compare placeholders. */
    public java.util.Optional<String> pattern(Language language, String key) {
        return java.util.Optional.ofNullable(texts.get(language).get(key));
    }

    static String fill(String pattern, Locale locale, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String value = index < args.length ? written(args[index], locale) : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * A value as the reader writes it: whole numbers with their grouping, decimals with up to two
     * digits, a day or a month with its words in the reader's language ("3 nov 2026",
     * "noviembre de 2026"). Text, and figures a service already formatted, stay as they are.
     */
    private static String written(Object value, Locale locale) {
        return switch (value) {
            case Integer i -> NumberFormat.getIntegerInstance(locale).format(i);
            case Long l -> NumberFormat.getIntegerInstance(locale).format(l);
            case java.math.BigDecimal d -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(2);
                format.setRoundingMode(java.math.RoundingMode.HALF_UP);
                yield format.format(d);
            }
            case java.time.LocalDate date -> java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale).format(date);
            case java.time.YearMonth month -> java.time.format.DateTimeFormatter.ofLocalizedPattern("yMMMM")
                    .withLocale(locale).format(month);
            default -> String.valueOf(value);
        };
    }

    private void load() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:texts/*.properties")) {
                Matcher name = FILE.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    throw new IllegalStateException("A texts file must be named <feature>[-<area>].properties or <feature>[-<area>]_<language>.properties: "
                            + resource.getFilename());
                }
                String feature = name.group(1);
                Language language = name.group(2) == null ? Language.ENGLISH : Language.ofCode(name.group(2))
                        .orElseThrow(() -> new IllegalStateException("The portal does not speak " + name.group(2) + ": " + resource));
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> target = texts.get(language);
                for (String key : properties.stringPropertyNames()) {
                    if (!key.startsWith(feature + ".")) {
                        throw new IllegalStateException("Key '" + key + "' in " + resource.getFilename()
                                + " must begin with '" + feature + ".'");
                    }
                    if (target.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("Key '" + key + "' is defined twice for " + language);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
