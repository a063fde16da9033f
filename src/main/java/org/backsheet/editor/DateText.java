package org.backsheet.editor;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people type them: the short form of their locale (15/12/2026 in Spain, 12/15/2026 in the United
 * States) with the year always in full, or year-month-day. Shown in the locale's form.
 */
public final class DateText {

    private final DateTimeFormatter local;

    public DateText(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        // A two-digit year is ambiguous on a handout kept for years: always four digits.
        pattern = pattern.replaceAll("y+", "yyyy").replace("uuuu", "yyyy");
        local = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** How the locale writes a date, for a placeholder and messages ("dd/mm/yyyy", "mm/dd/yyyy"). */
    public String pattern() {
        return local.format(LocalDate.of(2026, 12, 31))
                .replace("2026", "yyyy")
                .replace("12", "mm")
                .replace("31", "dd");
    }

    /** {@code date} in the locale's short form. */
    public String format(LocalDate date) {
        return local.format(date);
    }

    /** The date in {@code text}, in the locale's form or year-month-day; empty when it is neither. */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {local, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
