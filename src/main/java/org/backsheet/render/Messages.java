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

    String unreadableImage(String what, String reason) {
        return format("image.unreadable", what, reason);
    }

    String unsupportedImage(String what, String mediaType) {
        return format("image.unsupported", what, mediaType);
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}
