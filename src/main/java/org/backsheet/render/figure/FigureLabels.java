package org.backsheet.render.figure;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words over the two pictures of a movement, in the sheet's language (English when it has none). */
record FigureLabels(String start, String finish) {

    static FigureLabels of(Locale language) {
        ResourceBundle b = ResourceBundle.getBundle(
                "org.backsheet.render.figure.FigureLabels",
                language == null ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new FigureLabels(b.getString("panel.start"), b.getString("panel.finish"));
    }
}
