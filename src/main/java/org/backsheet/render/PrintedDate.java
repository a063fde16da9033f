package org.backsheet.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A date as the handout prints it, in words and in the handout's language ("12 May 2026", "12 de mayo de 2026"):
 * the editor shows it beside the date field, so a day and month read the wrong way round are seen before printing.
 */
public final class PrintedDate {

    private PrintedDate() {}

    public static String format(LocalDate date, String language) {
        return format(date, new Labels(language));
    }

    // the language's own order (21 November 2026, not the US November 21, 2026 that English defaults to)
    static String format(LocalDate date, Labels labels) {
        return date.format(DateTimeFormatter.ofPattern(labels.get("header.date.pattern"), labels.locale()));
    }
}
