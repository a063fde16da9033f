package org.backsheet.render.figure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.backsheet.model.figure.PanelLabels;

/**
 * The words over the pictures of a movement, in the sheet's language (English when it has none). {@code third}
 * is the word over a third picture; a set of two words puts the finish word there too.
 */
record FigureLabels(String start, String finish, String third) {

    FigureLabels(String start, String finish) {
        this(start, finish, finish);
    }

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
            case LEFT_START_RIGHT -> new FigureLabels(
                    b.getString("panel.left"), b.getString("panel.start"), b.getString("panel.right"));
            case START_BREATHE_IN_OUT -> new FigureLabels(
                    numbered(b, 1, "panel.start"),
                    numbered(b, 2, "panel.breatheIn"),
                    numbered(b, 3, "panel.breatheOut"));
            case NUMBERED -> new FigureLabels(number(b, 1), number(b, 2), number(b, 3));
        };
    }

    /** The word for breathing in ({@code inhale}) or out, drawn at the mouth. */
    static String breath(Locale language, boolean inhale) {
        ResourceBundle b = ResourceBundle.getBundle(
                "org.backsheet.render.figure.FigureLabels",
                language == null ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return b.getString(inhale ? "breath.in" : "breath.out");
    }

    /** The note {@code key} (a word drawn in the picture, such as "a few cm") in {@code language}. */
    static String text(Locale language, String key) {
        ResourceBundle b = ResourceBundle.getBundle(
                "org.backsheet.render.figure.FigureLabels",
                language == null ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return b.getString(key);
    }

    private static String number(ResourceBundle b, int n) {
        return MessageFormat.format(b.getString("panel.number"), n);
    }

    private static String numbered(ResourceBundle b, int n, String key) {
        return MessageFormat.format(b.getString("panel.numbered"), n, b.getString(key));
    }

    /** The word over picture {@code i} (0 the first). */
    String word(int i) {
        return i == 0 ? start : i == 1 ? finish : third;
    }
}
