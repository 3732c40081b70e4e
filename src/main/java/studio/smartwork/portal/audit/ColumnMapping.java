package studio.smartwork.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * Which column of a sheet (counted from 0) holds each part of a time entry; {@code null} when
 * none does, and the import then names the part as missing on every line. Suggested from the
 * header ({@link ImportSheet#suggested()}), confirmed or changed by the person importing.
 *
 * @param person an e-mail, or a name that matches exactly one member's name
 * @param duration a clock (1:30, 01:30:00) or a plain number counted in {@code durationUnit}
 * @param note free text kept with the entry; the same column as the task gives no note
 */
public record ColumnMapping(@Nullable Integer person, @Nullable Integer date, @Nullable Integer process, @Nullable Integer task,
        @Nullable Integer duration, DurationUnit durationUnit, @Nullable Integer note) {
}
