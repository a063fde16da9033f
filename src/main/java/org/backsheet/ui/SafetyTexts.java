package org.backsheet.ui;

import java.util.Locale;
import org.backsheet.text.Texts;

/** The words of the recovery and "file changed on disk" dialogs, from the {@code Safety} bundle. */
final class SafetyTexts {

    private static final Texts TEXTS = Texts.load("org.backsheet.ui.Safety", Locale.getDefault());

    private SafetyTexts() {}

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
