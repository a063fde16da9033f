package org.backsheet.render;

import java.text.MessageFormat;
import java.util.Locale;
import org.backsheet.model.Position;
import org.backsheet.text.Texts;

/**
 * The handout's printed words in the sheet's language, from HandoutLabels*.properties, read by {@link Texts}:
 * a language the bundle lacks prints English, never the computer's own language.
 */
final class Labels {

    private final Texts texts;

    Labels(String language) {
        texts = Texts.load("org.backsheet.render.HandoutLabels", language);
    }

    /** The language of the words; dates and numbers follow it. */
    Locale locale() {
        return texts.locale();
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The same as {@link #get}: every label is a MessageFormat pattern. */
    String format(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A whole number as the language writes it (as MessageFormat's {0} does). */
    String number(int value) {
        return new MessageFormat("{0}", locale()).format(new Object[] {value});
    }

    String position(Position position) {
        return get("position." + (position == null ? "OTHER" : position.name()));
    }
}
