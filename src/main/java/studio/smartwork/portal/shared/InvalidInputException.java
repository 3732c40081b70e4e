package studio.smartwork.portal.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input a person can correct: each entry names the field and says what to change, as a
 * {@link Message} the page (or the API) puts in the reader's language. The UI shows the
 * messages next to the fields; nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Message> problems;

    public InvalidInputException(Map<String, Message> problems) {
        super(problems.entrySet().stream().map(p -> p.getKey() + ": " + p.getValue()).collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(new LinkedHashMap<>(problems));
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(Map.of(field, Message.of(key, args)));
    }

    public static InvalidInputException of(String field, Message message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Each field with what to change in it. */
    public Map<String, Message> problems() {
        return problems;
    }

    /** Collects problems and throws once, so a form shows everything wrong at the same time. */
    public static final class Collector {
        private final Map<String, Message> problems = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String key, Object... args) {
            if (!ok) {
                problems.putIfAbsent(field, Message.of(key, args));
            }
            return this;
        }

        public Collector check(boolean ok, String field, Message message) {
            if (!ok) {
                problems.putIfAbsent(field, message);
            }
            return this;
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
