package org.backsheet.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The renderer's warnings for the clinician, from RenderMessages.properties. */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.backsheet.render.RenderMessages",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String missingGlyph(int codePoint) {
        return format("glyph.missing", String.format(Locale.ROOT, "%04X", codePoint),
                new String(Character.toChars(codePoint)));
    }

    String missingExercise(int itemNumber, String id) {
        return format("exercise.missing", itemNumber, id);
    }

    String unreadableLogo(String reason) {
        return format("logo.unreadable", reason);
    }

    String pictureFailed(String exerciseId, String reason) {
        return format("picture.failed", exerciseId, reason);
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
