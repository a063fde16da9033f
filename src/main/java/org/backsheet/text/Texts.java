package org.backsheet.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of one resource bundle in one language. Every bundle of the program is read through this class,
 * so one rule holds everywhere:
 * <ul>
 * <li>Every text is a {@link MessageFormat} pattern, with or without arguments: an apostrophe is written
 * {@code ''}, and counts use a choice, e.g. {@code {0,choice,1#1 set|1<{0} sets}}.</li>
 * <li>The language asked for is the language given: never the computer's own. A word that language lacks
 * comes from the English base file; a key missing there too comes out as the key itself.</li>
 * </ul>
 */
public final class Texts {

    private static final ResourceBundle.Control NO_MACHINE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words of {@code bundleName} (e.g. {@code org.backsheet.ui.Editor}) in {@code language}. */
    public static Texts load(String bundleName, Locale language) {
        Locale asked = language == null ? Locale.ENGLISH : language;
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, asked, NO_MACHINE_FALLBACK);
        // Without words in that language everything speaks English, numbers and dates included.
        boolean translated = !bundle.getLocale().getLanguage().isEmpty();
        return new Texts(bundle, translated ? asked : Locale.ENGLISH);
    }

    /** The words in a language given by its tag ("es", "en-GB"); null or blank means English. */
    public static Texts load(String bundleName, String languageTag) {
        return load(
                bundleName,
                languageTag == null || languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag));
    }

    /** The language the words are in: the one asked for, or English when the bundle does not have it. */
    public Locale locale() {
        return locale;
    }

    /** Whether the bundle (in this language or in English) has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key, this language's and English's. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /** The text for {@code key} with {@code args} filled in, numbers written as this language writes them. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
