package org.backsheet.editor;

import java.util.Locale;
import org.backsheet.text.Texts;

/** The editor's words (undo step names, status messages), from the {@code Messages} bundle. */
public final class EditorTexts {

    private final Texts texts;
    private final Locale locale;

    public EditorTexts(Locale locale) {
        this.locale = locale;
        this.texts = Texts.load("org.backsheet.editor.Messages", locale);
    }

    public static EditorTexts forDefaultLocale() {
        return new EditorTexts(Locale.getDefault());
    }

    /** The locale these words were asked for (the sample sheet's language follows it when the catalog has it). */
    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code args} filled in; see {@link Texts#get}. */
    public String get(String key, Object... args) {
        return texts.get(key, args);
    }
}
