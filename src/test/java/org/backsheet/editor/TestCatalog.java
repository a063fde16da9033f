package org.backsheet.editor;

import static org.backsheet.testdata.Doses.dose;

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

    private TestCatalog() {}

    static Catalog create() {
        return new Catalog(
                List.of(
                        exercise(
                                "pelvic-tilt",
                                "Pelvic tilt",
                                Position.LYING_ON_BACK,
                                ExerciseKind.STRENGTHEN,
                                Level.BASIC,
                                List.of(),
                                List.of(Target.ABDOMINALS),
                                dose().sets(1)
                                        .reps(10)
                                        .hold(5)
                                        .perSide(false)
                                        .timesPerDay(2)
                                        .build(),
                                "Press your low back into the floor."),
                        exercise(
                                "bridging",
                                "Bridge",
                                Position.LYING_ON_BACK,
                                ExerciseKind.STRENGTHEN,
                                Level.BASIC,
                                List.of(Equipment.MAT),
                                List.of(Target.GLUTES),
                                dose().sets(1).reps(8).hold(10).timesPerDay(2).build(),
                                "Lift your hips."),
                        exercise(
                                "bird-dog",
                                "Bird dog",
                                Position.HANDS_AND_KNEES,
                                ExerciseKind.STABILIZE,
                                Level.BASIC,
                                List.of(),
                                List.of(Target.LOWER_BACK),
                                dose().reps(5).hold(8).perSide(true).build(),
                                "Lift the opposite arm and leg."),
                        exercise(
                                "stationary-bike",
                                "Stationary bike",
                                Position.SITTING,
                                ExerciseKind.AEROBIC,
                                Level.ADVANCED,
                                List.of(Equipment.STATIONARY_BIKE),
                                List.of(Target.ENDURANCE),
                                dose().minutes(20).timesPerDay(1).build(),
                                "Pedal at an easy pace.")),
                Map.of(
                        "en",
                        new StandardTexts(
                                "en",
                                List.of("Warm up first.", "Stop if it hurts."),
                                List.of("Bouncing stretches"),
                                DISCLAIMER,
                                "See a doctor first.",
                                new WarningSigns(
                                        new WarningSigns.Tier("Get help now:", List.of("Numb saddle area.")),
                                        new WarningSigns.Tier("See a doctor soon:", List.of("Fever.")))),
                        "es",
                        new StandardTexts(
                                "es",
                                List.of("Caliente primero.", "Pare si duele."),
                                List.of("Estiramientos con rebote"),
                                "Consulte a su médico antes de empezar.",
                                "Consulte primero a un médico.",
                                new WarningSigns(
                                        new WarningSigns.Tier("Pida ayuda ya:", List.of("Zona de la silla dormida.")),
                                        new WarningSigns.Tier("Vea a un médico pronto:", List.of("Fiebre."))))));
    }

    private static Exercise exercise(
            String id,
            String name,
            Position position,
            ExerciseKind kind,
            Level level,
            List<Equipment> equipment,
            List<Target> targets,
            Dose dose,
            String step) {
        return Exercise.builder(id, name)
                .position(position)
                .kind(kind)
                .level(level)
                .targets(targets)
                .equipment(equipment)
                .steps(List.of(step))
                .dose(dose)
                .build();
    }
}
