package org.backsheet.ui;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/**
 * The short dose line shown under an item on the sheet list, e.g. "10 reps · hold 5 s · each side · 2× a day":
 * every {@link DoseField} that has a value, in the model's order; a flag only when it says yes; a value whose
 * bundle text is empty is left out.
 */
final class DoseText {

    private DoseText() {}

    static String of(Dose d) {
        List<String> parts = new ArrayList<>();
        for (DoseField field : DoseField.values()) {
            Integer value = d.get(field);
            if (value == null || field.isFlag() && value != DoseField.YES) {
                continue;
            }
            String key = "doseText." + field.key();
            String part = field.isFlag() ? UiTexts.get(key) : UiTexts.get(key, value);
            // A bundle may leave a value unsaid (one set is the usual case, so "1 set" is left out).
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(" \u00b7 ", parts);
    }
}
