package org.backsheet.render.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a handout PDF says about itself: title, author, language and date. The date comes from the sheet, never
 * from the clock, so exporting the same sheet twice gives the same bytes.
 *
 * @param title    the handout's title as printed on page one; never blank (PDF/UA shows it as the window title)
 * @param author   who made it (the clinician or the clinic); may be null
 * @param language the handout's language as a BCP 47 tag, e.g. "en" or "es"
 * @param date     the date the handout is for; used as creation and modification date
 * @param producer the program that wrote it, e.g. "BackSheet 1.0.0"
 */
public record DocumentFacts(String title, String author, String language, LocalDate date, String producer) {

    public DocumentFacts {
        Objects.requireNonNull(date, "date");
        title = title == null || title.isBlank() ? "Exercise handout" : title.strip();
        author = author == null || author.isBlank() ? null : author.strip();
        language = language == null || language.isBlank() ? "en" : language.strip();
        producer = producer == null || producer.isBlank() ? "BackSheet" : producer.strip();
    }
}
