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
 *
 * <p>Day and month the other way round are taken too when that cannot be misread: 15/12/2026 on a United States
 * machine can only be the 15th of December (there is no 15th month), so refusing it would only make a clinician
 * from elsewhere retype it. 5/12/2026 stays the locale's reading.
 *
 * <p>Dots, dashes and slashes all separate day, month and year (15.12.2026 and 15-12-2026 on a machine that writes
 * 15/12/2026): people type what they are used to, and the rules above stay the same.
 */
public final class DateText {

    private final DateTimeFormatter local;
    /** The locale's form with day and month swapped; null when the locale starts with the year. */
    private final DateTimeFormatter swapped;
    /** The separator the locale's form uses ("/" in 12/15/2026). */
    private final String separator;

    public DateText(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        // A two-digit year is ambiguous on a handout kept for years: always four digits.
        pattern = pattern.replaceAll("y+", "yyyy").replace("uuuu", "yyyy");
        String strict = pattern.replace("yyyy", "uuuu");
        local = DateTimeFormatter.ofPattern(strict, locale).withResolverStyle(ResolverStyle.STRICT);
        separator = strict.replaceAll("[A-Za-z]", "").isEmpty()
                ? "/"
                : strict.replaceAll("[A-Za-z]", "").substring(0, 1);
        swapped = strict.startsWith("u")
                ? null
                : DateTimeFormatter.ofPattern(swapDayAndMonth(strict), locale).withResolverStyle(ResolverStyle.STRICT);
    }

    private static String swapDayAndMonth(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            out.append(c == 'd' ? 'M' : c == 'M' ? 'd' : c);
        }
        return out.toString();
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

    /**
     * The date in {@code text}: in the locale's form, year-month-day, or day and month the other way round when
     * the day is above 12 (so it cannot be a month); empty when it is none of these.
     */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<LocalDate> date = parseAs(t);
        if (date.isEmpty() && t.matches("\\d+[./-]\\d+[./-]\\d+")) {
            date = parseAs(t.replaceAll("[./-]", separator))
                    .or(() -> parse(t.replaceAll("[./-]", "-"), DateTimeFormatter.ISO_LOCAL_DATE));
        }
        return date;
    }

    private Optional<LocalDate> parseAs(String t) {
        Optional<LocalDate> date = parse(t, local).or(() -> parse(t, DateTimeFormatter.ISO_LOCAL_DATE));
        if (date.isEmpty() && swapped != null) {
            date = parse(t, swapped).filter(d -> d.getDayOfMonth() > 12);
        }
        return date;
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter form) {
        try {
            return Optional.of(LocalDate.parse(text, form));
        } catch (DateTimeParseException notThisForm) {
            return Optional.empty();
        }
    }
}
