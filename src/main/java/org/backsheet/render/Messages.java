package org.backsheet.render;

import java.util.Locale;
import org.backsheet.text.Texts;

/** The renderer's warnings for the clinician, from RenderMessages.properties (English only, as the log). */
final class Messages {

    private static final Texts TEXTS = Texts.load("org.backsheet.render.RenderMessages", Locale.ENGLISH);

    String missingGlyph(int codePoint) {
        return TEXTS.get(
                "glyph.missing",
                String.format(Locale.ROOT, "%04X", codePoint),
                new String(Character.toChars(codePoint)));
    }

    String missingExercise(int itemNumber, String id) {
        return TEXTS.get("exercise.missing", itemNumber, id);
    }

    String unreadableLogo(String reason) {
        return TEXTS.get("logo.unreadable", reason);
    }

    String pictureFailed(String exerciseId, String reason) {
        return TEXTS.get("picture.failed", exerciseId, reason);
    }
}
