package org.backsheet.model;

import java.util.List;

/**
 * The texts every handout carries in one language unless the sheet says otherwise: the general advice, the
 * "avoid these" list, the full doctor-consultation disclaimer and its one-line form for the page footer.
 */
public record StandardTexts(String language, List<String> advice, List<String> avoid, String disclaimer,
                            String shortDisclaimer) {

    public StandardTexts {
        advice = List.copyOf(advice);
        avoid = List.copyOf(avoid);
    }
}
