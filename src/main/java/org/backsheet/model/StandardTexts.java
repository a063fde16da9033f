package org.backsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * The texts every handout carries in one language: the general advice and the full doctor-consultation
 * disclaimer (a sheet may replace either), the "avoid these" list, the one-line footer that points to the
 * safety box, the warning signs and the safety notes (heat and cold; neither is ever replaced by a sheet).
 * {@code avoidTwistsFine} (may be null) is added to the first "avoid" item, the one about twists, only when the
 * program has a twisting exercise of its own: printed to a program without one it contradicted the sheet.
 */
public record StandardTexts(
        String language,
        List<String> advice,
        List<String> avoid,
        String disclaimer,
        String shortDisclaimer,
        WarningSigns warningSigns,
        List<String> safetyNotes,
        String avoidTwistsFine) {

    /** Texts without the note on twists. */
    public StandardTexts(
            String language,
            List<String> advice,
            List<String> avoid,
            String disclaimer,
            String shortDisclaimer,
            WarningSigns warningSigns,
            List<String> safetyNotes) {
        this(language, advice, avoid, disclaimer, shortDisclaimer, warningSigns, safetyNotes, null);
    }

    /** Texts without safety notes. */
    public StandardTexts(
            String language,
            List<String> advice,
            List<String> avoid,
            String disclaimer,
            String shortDisclaimer,
            WarningSigns warningSigns) {
        this(language, advice, avoid, disclaimer, shortDisclaimer, warningSigns, List.of());
    }

    public StandardTexts {
        safetyNotes = List.copyOf(safetyNotes);
        advice = List.copyOf(advice);
        avoid = List.copyOf(avoid);
        Objects.requireNonNull(warningSigns, "warningSigns");
    }
}
