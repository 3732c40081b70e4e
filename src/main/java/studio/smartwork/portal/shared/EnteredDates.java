package studio.smartwork.portal.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Dates people enter. A date picker offers four-digit years and PostgreSQL stores dates from
 * 4713 BC, while a {@link LocalDate} reaches a billion years either way: a date outside the
 * years 1 to 9999 can only come from a crafted request, and would reach the database as a
 * server error or, as a campaign's window, have it count working days until the disk is full.
 */
public final class EnteredDates {

    /**
     * The years a date may be in, as a value for a refusal's text ("Choose a due date in the years {0}"):
     * figures only, so it reads the same in every language.
     */
    public static final String YEARS = "1–9999";

    private EnteredDates() {
    }

    /** True for a date in the years 1 to 9999, and for no date (whether one is needed is the form's own check). */
    public static boolean isStorable(@Nullable LocalDate date) {
        return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
    }
}
