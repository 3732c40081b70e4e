package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import studio.smartwork.portal.shared.TenantFormat;

/**
 * A date picker that writes dates the tenant's way and names months and days in the reader's
 * language: Vaadin's pop-up otherwise says "November" and "Today" to a Spanish reader.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Dates typed and shown as the tenant writes them; the calendar's words in the reader's. */
    public static DatePicker inReadersWords(DatePicker picker, TenantFormat format) {
        picker.setLocale(format.locale());
        Locale words = format.words();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, words), words)).toList())
                .setWeekdays(week(TextStyle.FULL, words))
                .setWeekdaysShort(week(TextStyle.SHORT, words))
                .setFirstDayOfWeek(WeekFields.of(format.locale()).getFirstDayOfWeek().getValue() % 7)
                .setToday(Texts.t("shared.date-picker.today"))
                .setCancel(Texts.t("shared.date-picker.cancel"));
        picker.setI18n(i18n);
        return picker;
    }

    /** Sunday first, as the calendar expects its names. */
    private static List<String> week(TextStyle style, Locale words) {
        return java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, words)).toList();
    }

    private static String capitalised(String name, Locale words) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(words) + name.substring(1);
    }
}
