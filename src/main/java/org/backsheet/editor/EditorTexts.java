package org.backsheet.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The editor's words (undo step names, status messages), from the {@code Messages} bundle. */
public final class EditorTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public EditorTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's locale: asking for English on a Spanish machine must give English.
        this.bundle = ResourceBundle.getBundle("org.backsheet.editor.Messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public static EditorTexts forDefaultLocale() {
        return new EditorTexts(Locale.getDefault());
    }

    /** The locale these words were asked for. */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code args} filled in; the key itself when it is missing. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
