package org.backsheet.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backsheet.io.JsonNode.Kind;
import org.backsheet.io.JsonNode.Member;
import org.backsheet.model.figure.Figure;

/**
 * Reads a figure's {@code captions}: {@code {"en": ["Start", "Hips up a little"], "es": [...]}}, one short phrase
 * per picture for each language. A bad language's captions are reported as a warning and left out (that language
 * gets the usual Start and Finish); the drawing itself is kept.
 */
final class FigureCaptionsJson {

    private final FigureJsonValues values;

    FigureCaptionsJson(FigureJsonValues values) {
        this.values = values;
    }

    /**
     * The captions in {@code json} for a figure of {@code pictures} pictures (1 for a held position: one caption
     * is printed over its picture, two or three are kept for when it moves again and then checked against its
     * pictures).
     */
    Map<String, List<String>> captions(JsonNode json, String at, int pictures) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!json.is(Kind.OBJECT)) {
            values.warning(
                    json,
                    at,
                    "must be an object of captions per language, such as {\"en\": [\"Start\", \"Hips up\"]} "
                            + "(the captions are left out)");
            return out;
        }
        for (Member m : json.members()) {
            String where = at + "." + m.name();
            if (!SheetReader.LANGUAGE.matcher(m.name()).matches()) {
                values.warning(
                        m.value(),
                        where,
                        "\"" + JsonNode.shorten(m.name()) + "\" is not a language code such as en, es or pt-BR "
                                + "(these captions are left out)");
                continue;
            }
            List<String> words = words(m.value(), where, pictures);
            if (words != null) {
                out.put(SheetReader.normalLanguage(m.name()), words);
            }
        }
        return out;
    }

    private List<String> words(JsonNode v, String at, int pictures) {
        if (!v.is(Kind.ARRAY)) {
            values.warning(v, at, "must be a list of texts, one per picture, not " + v.describe() + " (left out)");
            return null;
        }
        int n = v.elements().size();
        if (pictures > 1 ? n != pictures : n < 1 || n > 3) {
            values.warning(
                    v,
                    at,
                    "has " + n + (n == 1 ? " caption" : " captions") + " for "
                            + (pictures > 1
                                    ? pictures + " pictures"
                                    : "a held position (1) or a movement of 2 or 3 pictures")
                            + "; give one per picture (left out)");
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < v.elements().size(); i++) {
            JsonNode e = v.elements().get(i);
            String where = at + "[" + i + "]";
            if (!e.is(Kind.STRING) || e.text().isBlank()) {
                values.warning(
                        e, where, "must be a short text, not " + e.describe() + " (these captions are left out)");
                return null;
            }
            String text = Figure.tidyCaption(e.text());
            if (!Figure.captionFits(text)) {
                values.warning(
                        e,
                        where,
                        "is " + text.length() + " characters long; a caption must fit over its picture in at most "
                                + Figure.CAPTION_MAX_CHARS + " (these captions are left out)");
                return null;
            }
            words.add(text);
        }
        return words;
    }
}
