package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.backsheet.model.figure.Figure;
import org.backsheet.render.figure.FigurePainter;

/**
 * The captions of a picture while the pose editor changes it: one text per picture and language, an empty one
 * allowed while typing. What is saved is tidied: a language with no caption at all is left out, and an empty
 * caption beside a typed one reads as the picture's usual label (Start, Finish), so a clinician may caption the
 * finish alone.
 */
final class PoseCaptions {

    private PoseCaptions() {}

    /** {@code language}'s captions in {@code captions}, as {@code slots} texts ("" where there is none). */
    static List<String> slots(Map<String, List<String>> captions, String language, int slots) {
        List<String> words = captions.getOrDefault(language, List.of());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            out.add(i < words.size() ? words.get(i) : "");
        }
        return out;
    }

    /** {@code captions} with picture {@code index}'s caption in {@code language} set to {@code text}. */
    static Map<String, List<String>> with(
            Map<String, List<String>> captions, String language, int slots, int index, String text) {
        List<String> words = slots(captions, language, Math.max(slots, index + 1));
        words.set(index, text);
        Map<String, List<String>> out = new TreeMap<>(captions);
        out.put(language, words);
        return out;
    }

    /** The captions as saved for {@code figure}, whose pictures offer {@code slots} places for them. */
    static Map<String, List<String>> tidy(Figure figure, Map<String, List<String>> captions, int slots) {
        Map<String, List<String>> out = new TreeMap<>();
        captions.forEach((language, words) -> {
            List<String> shown = slots(captions, language, slots);
            if (shown.stream().allMatch(String::isBlank)) {
                return;
            }
            List<String> labels = FigurePainter.labels(figure, slots, Locale.forLanguageTag(language));
            List<String> tidied = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                String text = shown.get(i);
                tidied.add(text.isBlank() ? labels.get(i) : Figure.tidyCaption(text));
            }
            out.put(language, tidied);
        });
        return out;
    }
}
