package studio.smartwork.portal.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;

/**
 * Events that cannot be stored, each with its position in what was sent and why. A batch
 * is all or nothing, so when this is thrown none of its events was stored. As an
 * {@link InvalidInputException} its problems are keyed {@code events[index].field}.
 */
public class RunEventsRefusedException extends InvalidInputException {

    /** @param index the event's position in what was sent, from 0 */
    public record Refusal(int index, String field, Message reason) {
    }

    private final List<Refusal> refusals;

    public RunEventsRefusedException(List<Refusal> refusals) {
        super(asProblems(refusals));
        this.refusals = List.copyOf(refusals);
    }

    /** Every refused event with its reason, in the order sent (an event may have more than one). */
    public List<Refusal> refusals() {
        return refusals;
    }

    private static Map<String, Message> asProblems(List<Refusal> refusals) {
        Map<String, Message> problems = new LinkedHashMap<>();
        refusals.forEach(r -> problems.putIfAbsent("events[" + r.index() + "]." + r.field(), r.reason()));
        return problems;
    }
}
