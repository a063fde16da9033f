package org.backsheet.render;

import java.util.stream.Collectors;
import org.backsheet.model.Dose;

/**
 * The dose as the handout prints it, in one line of plain text ("10 times on each side · 2 times a day"), for the
 * editor to show beside the dose fields: with "each side" ticked by the exercise, a clinician typed 10 meaning ten
 * in all, and only the handout showed that it said ten on each side.
 */
public final class PrintedDose {

    private PrintedDose() {}

    /** The dose band's phrases in {@code language}, joined with the dots the band draws between them. */
    public static String line(Dose dose, String language) {
        return DoseWords.of(dose, new Labels(language)).stream()
                .map(DoseWords.Phrase::text)
                .collect(Collectors.joining(" \u00b7 "));
    }
}
