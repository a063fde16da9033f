package org.backsheet.ui;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Dose;

/** The short dose line shown under an item on the sheet list, e.g. "10 reps · hold 5 s · each side · 2× a day". */
final class DoseText {

    private DoseText() {
    }

    static String of(Dose d) {
        List<String> parts = new ArrayList<>();
        if (d.sets() != null && d.sets() > 1) {
            parts.add(UiTexts.get("doseText.sets", d.sets()));
        }
        if (d.reps() != null) {
            parts.add(UiTexts.get("doseText.reps", d.reps()));
        }
        if (d.holdSeconds() != null) {
            parts.add(UiTexts.get("doseText.hold", d.holdSeconds()));
        }
        if (d.minutes() != null) {
            parts.add(UiTexts.get("doseText.minutes", d.minutes()));
        }
        if (d.isPerSide()) {
            parts.add(UiTexts.get("doseText.perSide"));
        }
        if (d.timesPerDay() != null) {
            parts.add(UiTexts.get("doseText.timesPerDay", d.timesPerDay()));
        }
        if (d.daysPerWeek() != null) {
            parts.add(UiTexts.get("doseText.daysPerWeek", d.daysPerWeek()));
        }
        return String.join(" \u00b7 ", parts);
    }
}
