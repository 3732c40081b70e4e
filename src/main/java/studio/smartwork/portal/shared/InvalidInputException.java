package studio.smartwork.portal.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a person can correct: each entry names the field and says what to change. The
 * UI shows the messages next to the fields; nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(new LinkedHashMap<>(problems));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** Collects problems and throws once, so a form shows everything wrong at the same time. */
    public static final class Collector {
        private final Map<String, String> problems = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String message) {
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
