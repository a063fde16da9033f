package org.backsheet.render.pdf;

import java.time.LocalDate;

/**
 * What a handout PDF says about itself: title, author, subject, language and date. The date comes from the sheet,
 * never from the clock, so exporting the same sheet twice gives the same bytes.
 *
 * @param title    the handout's title as printed on page one; never blank (PDF/UA shows it as the window title)
 * @param author   who made it (the clinician or the clinic); may be null
 * @param subject  what it is about, in a few words; may be null
 * @param language the handout's language as a BCP 47 tag, e.g. "en" or "es"
 * @param date     the date the handout is for, used as creation and modification date; null for none
 * @param producer the program that wrote it, e.g. "BackSheet 1.0.0"
 */
public record DocumentFacts(
        String title, String author, String subject, String language, LocalDate date, String producer) {

    public DocumentFacts {
        title = title == null || title.isBlank() ? "Exercise handout" : title.strip();
        author = author == null || author.isBlank() ? null : author.strip();
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        language = language == null || language.isBlank() ? "en" : language.strip();
        producer = producer == null || producer.isBlank() ? "BackSheet" : producer.strip();
    }
}
