package org.backsheet.editor;

import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Dose;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Position;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.Target;
import org.backsheet.model.WarningSigns;

/** A small catalog for controller tests, independent of the built-in one. */
final class TestCatalog {

    static final String DISCLAIMER = "See your doctor before you start.";

    private TestCatalog() {
    }

    static Catalog create() {
        return new Catalog(List.of(
                exercise("pelvic-tilt", "Pelvic tilt", Position.LYING_ON_BACK, ExerciseKind.STRENGTHEN, Level.BASIC,
                        List.of(), List.of(Target.ABDOMINALS), new Dose(1, 10, 5, null, false, 2, null),
                        "Press your low back into the floor."),
                exercise("bridging", "Bridge", Position.LYING_ON_BACK, ExerciseKind.STRENGTHEN, Level.BASIC,
                        List.of(Equipment.MAT), List.of(Target.GLUTES), new Dose(1, 8, 10, null, null, 2, null),
                        "Lift your hips."),
                exercise("bird-dog", "Bird dog", Position.HANDS_AND_KNEES, ExerciseKind.STABILIZE, Level.BASIC,
                        List.of(), List.of(Target.LOWER_BACK), new Dose(null, 5, 8, null, true, null, null),
                        "Lift the opposite arm and leg."),
                exercise("stationary-bike", "Stationary bike", Position.SITTING, ExerciseKind.AEROBIC,
                        Level.ADVANCED, List.of(Equipment.STATIONARY_BIKE), List.of(Target.ENDURANCE),
                        new Dose(null, null, null, 20, null, 1, null), "Pedal at an easy pace.")),
                Map.of("en", new StandardTexts("en", List.of("Warm up first.", "Stop if it hurts."),
                        List.of("Bouncing stretches"), DISCLAIMER, "See a doctor first.",
                        new WarningSigns(new WarningSigns.Tier("Get help now:", List.of("Numb saddle area.")),
                                new WarningSigns.Tier("See a doctor soon:", List.of("Fever."))))));
    }

    private static Exercise exercise(String id, String name, Position position, ExerciseKind kind, Level level,
                                     List<Equipment> equipment, List<Target> targets, Dose dose, String step) {
        return new Exercise(id, name, position, kind, level, targets, equipment, List.of(step), null, List.of(),
                dose, null, null, Map.of(), null, null);
    }
}
