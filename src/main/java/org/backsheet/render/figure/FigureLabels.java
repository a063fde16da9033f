package org.backsheet.render.figure;

import java.util.Locale;
import java.util.ResourceBundle;
import org.backsheet.model.figure.PanelLabels;

/** The words over the two pictures of a movement, in the sheet's language (English when it has none). */
record FigureLabels(String start, String finish) {

    static FigureLabels of(Locale language) {
        return of(language, PanelLabels.START_FINISH);
    }

    /** The words of {@code set} in {@code language}. */
    static FigureLabels of(Locale language, PanelLabels set) {
        ResourceBundle b = ResourceBundle.getBundle(
                "org.backsheet.render.figure.FigureLabels",
                language == null ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return switch (set) {
            case BREATHE_IN_OUT -> new FigureLabels(b.getString("panel.breatheIn"), b.getString("panel.breatheOut"));
            case RELAXED_TIGHT -> new FigureLabels(b.getString("panel.relaxed"), b.getString("panel.tight"));
            case START_FINISH -> new FigureLabels(b.getString("panel.start"), b.getString("panel.finish"));
        };
    }
}
