package org.backsheet.ui;

import java.util.Locale;
import org.backsheet.text.Texts;

/** The window's words from the {@code Editor} bundle, in the computer's language (see {@link Texts}). */
final class UiTexts {

    private static final Texts TEXTS = Texts.load("org.backsheet.ui.Editor", Locale.getDefault());

    private UiTexts() {}

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
