package studio.smartwork.portal.audit;

import java.time.LocalDate;

/** An audit campaign: the window in which its participants log their time. */
public record Campaign(long id, String name, LocalDate startsOn, LocalDate endsOn, boolean open) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
