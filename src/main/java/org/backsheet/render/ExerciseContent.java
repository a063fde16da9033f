package org.backsheet.render;

import java.util.List;
import org.backsheet.model.Exercise;
import org.backsheet.model.SheetItem;

/**
 * One exercise as the handout says it: its printed number, name, the plain words under a name a patient may not
 * know (null when it needs none), the name on the tracking chart, which tells
 * repeats apart: "Bird dog (2)"), the position in words (null when a position heading already says it), steps,
 * cautions, the clinician's note, the dose phrases and the link. {@code exercise} is null when the catalog lacks
 * the id; then {@code name} says so and {@code steps} holds the explanation.
 */
record ExerciseContent(
        int number,
        String name,
        String subtitle,
        String chartName,
        String position,
        List<String> steps,
        List<String> cautions,
        String note,
        List<DoseWords.Phrase> dose,
        String link,
        int timesPerDay,
        SheetItem item,
        Exercise exercise) {

    ExerciseContent {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        dose = List.copyOf(dose);
    }

    boolean missing() {
        return exercise == null;
    }
}
