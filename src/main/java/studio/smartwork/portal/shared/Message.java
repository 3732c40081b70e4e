package studio.smartwork.portal.shared;

import java.util.Arrays;
import java.util.List;

/**
 * A text a person reads, kept as the key of the portal's texts and the values it names
 * ({@code {0}}, {@code {1}}, …) until it reaches that person: a service does not know who reads
 * its refusal, nor in which language, so it says what happened and the page or the API
 * response puts it in words ({@link PortalTexts}). Values are the figures and names already
 * formatted as the reader should see them.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
