package org.backsheet.render;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/**
 * The dose in plain words: one short phrase per field that has a value, always in the order of {@link DoseField}
 * ("10 times on each side", "Hold 5 seconds each time", "2 times a day"). Walking that one list is what makes a
 * new dose field reach the handout and the compact sheet. "Each side" belongs to the first of repeats, hold or
 * minutes, so it reads as part of the dose.
 */
final class DoseWords {

    /** One phrase split around its number, which is printed large: "", "10", " times on each side". */
    record Phrase(String before, String number, String after) {

        String text() {
            return before + number + after;
        }

        /** {@code text} split around the first place it says {@code number}; all "before" when it does not. */
        static Phrase around(String text, String number) {
            int at = number.isEmpty() ? -1 : text.indexOf(number);
            return at < 0
                    ? new Phrase(text, "", "")
                    : new Phrase(text.substring(0, at), number, text.substring(at + number.length()));
        }
    }

    /** The fields that can carry "on each side", in the order they are tried. */
    private static final List<DoseField> SIDED = List.of(DoseField.REPS, DoseField.HOLD_SECONDS, DoseField.MINUTES);

    private DoseWords() {}

    static List<Phrase> of(Dose dose, Labels labels) {
        return of(dose, labels, false);
    }

    /**
     * The same phrases, shorter where the compact sheet's narrow column needs it: "Hold 5 seconds" without "each
     * time" (the sentence around it already says how many times).
     */
    static List<Phrase> brief(Dose dose, Labels labels) {
        return of(dose, labels, true);
    }

    private static List<Phrase> of(Dose dose, Labels labels, boolean brief) {
        DoseField sided = null;
        if (dose.isPerSide()) {
            sided = SIDED.stream().filter(f -> f.get(dose) != null).findFirst().orElse(null);
        }
        List<Phrase> phrases = new ArrayList<>();
        for (DoseField field : DoseField.values()) {
            Integer value = field.get(dose);
            if (value == null || field.isFlag()) {
                continue; // the one flag, "each side", joins the first phrase that can carry it
            }
            String key = "dose.line." + field.key() + (field == sided ? ".onEachSide" : "");
            if (brief && field == DoseField.HOLD_SECONDS && field != sided) {
                key += ".brief";
            }
            phrases.add(Phrase.around(labels.format(key, value), labels.number(value)));
        }
        if (dose.isPerSide() && sided == null) {
            phrases.add(0, new Phrase(labels.get("dose.line.onEachSide"), "", ""));
        }
        return phrases;
    }
}
