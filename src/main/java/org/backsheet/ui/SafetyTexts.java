package org.backsheet.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the recovery and "file changed on disk" dialogs, from the {@code Safety} bundle. */
final class SafetyTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.backsheet.ui.Safety");

    private SafetyTexts() {
    }

    static String get(String key, Object... args) {
        try {
            return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
