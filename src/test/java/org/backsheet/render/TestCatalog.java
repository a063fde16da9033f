package org.backsheet.render;

import static org.backsheet.testdata.Doses.dose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Clinic;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Level;
import org.backsheet.model.Position;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;

/** A small catalog and sheets built in code, so renderer tests do not depend on the asset loader. */
final class TestCatalog {

    static final StandardTexts EN = StandardTexts.builder("en")
            .advice(List.of(
                    "Exercise for 10 to 30 minutes, two or three times a day.",
                    "Warm up with a few easy movements before you stretch.",
                    "Stretch slowly. Stop at once if the pain is sharp or you feel it somewhere else."))
            .avoid(List.of(
                    "Hip twists",
                    "The hurdler's stretch",
                    "Sit-ups with straight legs",
                    "Quick or bouncy stretches of any kind"))
            .disclaimer("These exercises are general advice and do not replace a medical examination. See a doctor or "
                    + "physical therapist for a diagnosis before you start. Stop exercising and get advice promptly "
                    + "if your pain gets worse or spreads, or if it comes with numbness, weakness, or problems "
                    + "controlling your bladder or bowels.")
            .shortDisclaimer("See a doctor or therapist before you start. Stop if pain gets worse or spreads.")
            .warningSigns(new WarningSigns(
                    new WarningSigns.Tier(
                            "Stop and get emergency care now if you notice any of these:",
                            List.of("Trouble passing urine", "Numbness between your legs")),
                    new WarningSigns.Tier(
                            "Stop and see your doctor soon if you notice any of these:",
                            List.of("Pain below the knee", "A fever"))))
            .build();

    static final StandardTexts ES = StandardTexts.builder("es")
            .advice(List.of("Haz ejercicio de 10 a 30 minutos, dos o tres veces al día."))
            .avoid(List.of("Giros de cadera"))
            .disclaimer("Estos ejercicios son consejos generales y no sustituyen a un examen médico.")
            .shortDisclaimer("Consulta a un médico antes de empezar.")
            .warningSigns(new WarningSigns(
                    new WarningSigns.Tier("Atención urgente:", List.of("No puede orinar")),
                    new WarningSigns.Tier("Consulte pronto:", List.of("Fiebre"))))
            .build();

    static final List<Exercise> EXERCISES = List.of(
            exercise(
                    "pelvic-tilt",
                    "Pelvic tilt",
                    Position.LYING_ON_BACK,
                    List.of(
                            "Lie on your back with your knees bent and feet flat on the floor.",
                            "Tighten your stomach muscles.",
                            "Squeeze your buttocks together.",
                            "Press your lower back flat into the floor and hold.",
                            "Relax, then repeat."),
                    List.of("Keep breathing while you hold."),
                    dose().reps(10).hold(5).timesPerDay(2).build()),
            exercise(
                    "bird-dog",
                    "Bird dog",
                    Position.HANDS_AND_KNEES,
                    List.of(
                            "Kneel on all fours, hands under your shoulders and knees under your hips.",
                            "Tighten your stomach so your back stays flat.",
                            "Reach one arm forward and the opposite leg back.",
                            "Hold, then lower them and switch sides."),
                    List.of(),
                    dose().reps(5).hold(8).perSide(true).build()),
            exercise(
                    "bridging",
                    "Bridge",
                    Position.LYING_ON_BACK,
                    List.of(
                            "Lie on your back with your knees bent.",
                            "Lift your hips off the floor.",
                            "Hold, then lower slowly."),
                    List.of(),
                    dose().sets(2)
                            .reps(8)
                            .hold(10)
                            .timesPerDay(1)
                            .daysPerWeek(5)
                            .build()),
            exercise(
                    "stationary-bike",
                    "Stationary bike or treadmill",
                    Position.SITTING,
                    List.of("Ride or walk at an easy, steady pace."),
                    List.of(),
                    dose().minutes(20).timesPerDay(1).build()),
            exercise(
                    "wall-slide",
                    "Wall slide",
                    Position.STANDING,
                    List.of(
                            "Stand with your back against a wall, feet about 30 cm from it.",
                            "Tighten your stomach.",
                            "Slide down until your knees are bent to about 45 degrees.",
                            "Hold, then slide back up."),
                    List.of(),
                    dose().reps(10).hold(5).build()),
            exercise(
                    "seated-spinal-twist",
                    "Seated spinal twist",
                    Position.SITTING,
                    List.of(
                            "Sit tall on a firm chair.",
                            "Turn your upper body to one side and hold.",
                            "Come back to the middle and turn to the other side."),
                    List.of(),
                    dose().reps(5).hold(10).perSide(true).build()),
            Exercise.builder("knee-rolls", "Knee rolls")
                    .position(Position.LYING_ON_BACK)
                    .kind(ExerciseKind.MOBILITY)
                    .level(Level.BASIC)
                    .steps(List.of("Lie on your back with knees bent.", "Roll your knees to one side."))
                    .dose(dose().reps(5).hold(5).build())
                    .translations(Map.of(
                            "es",
                            new ExerciseText(
                                    "Rodillas a los lados",
                                    List.of(
                                            "Túmbate boca arriba con las rodillas dobladas.",
                                            "Deja caer las rodillas hacia un lado."),
                                    null,
                                    List.of())))
                    .build());

    private TestCatalog() {}

    static Catalog catalog() {
        return new Catalog(EXERCISES, Map.of("en", EN, "es", ES));
    }

    static Exercise exercise(
            String id, String name, Position position, List<String> steps, List<String> cautions, Dose dose) {
        return Exercise.builder(id, name)
                .position(position)
                .kind(ExerciseKind.STRENGTHEN)
                .level(Level.BASIC)
                .steps(steps)
                .cautions(cautions)
                .dose(dose)
                .build();
    }

    /** A typical handout: clinic, patient, a date, four exercises, one with a note. */
    static Sheet typicalSheet() {
        return Sheet.empty()
                .withTitle("Your lower back program")
                .withPatient("Anna Nowak")
                .withClinician("J. Smith, PT")
                .withClinic(Clinic.builder()
                        .name("Riverside Physio")
                        .contact("Tel 555-0100 · riverside.example")
                        .build())
                .withDate(LocalDate.of(2026, 11, 21))
                .withItems(List.of(
                        SheetItem.of("pelvic-tilt").withNote("Keep breathing; do not hold your breath."),
                        SheetItem.of("bird-dog"),
                        SheetItem.of("bridging"),
                        SheetItem.of("stationary-bike")));
    }

    /** A sheet with {@code count} items cycling through the catalog. */
    static Sheet sheetWithItems(int count) {
        List<SheetItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(SheetItem.of(EXERCISES.get(i % EXERCISES.size()).id()));
        }
        return typicalSheet().withItems(items);
    }
}
