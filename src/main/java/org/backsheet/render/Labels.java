package org.backsheet.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.backsheet.model.Position;

/**
 * The handout's printed words in the sheet's language, from HandoutLabels*.properties. Falls back to English
 * (the base file), never to the computer's own language.
 */
final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(String language) {
        Locale requested = Locale.forLanguageTag(language == null ? "en" : language);
        bundle = ResourceBundle.getBundle("org.backsheet.render.HandoutLabels", requested, NO_FALLBACK);
        // Without labels in that language the handout speaks English: dates and numbers follow the words.
        locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : requested;
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A whole number as the language writes it (as MessageFormat's {0} does). */
    String number(int value) {
        return new MessageFormat("{0}", locale).format(new Object[] {value});
    }

    String position(Position position) {
        return get("position." + (position == null ? "OTHER" : position.name()));
    }
}
