package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backsheet.model.Dose;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.backsheet.model.Target;
import org.backsheet.model.UnknownFields;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Limb;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.backsheet.testdata.Doses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseFilesTest {

    @TempDir
    Path dir;

    static Exercise catCamel() {
        return Exercise.builder("clinic-cat-camel", "Cat-camel")
                .position(Position.HANDS_AND_KNEES)
                .kind(ExerciseKind.MOBILITY)
                .level(Level.ADVANCED)
                .targets(List.of(Target.LOWER_BACK, Target.UPPER_BACK))
                .equipment(List.of(Equipment.MAT))
                .steps(List.of("Kneel on all fours.", "Round your back up slowly.", "Let it sag down gently."))
                .purpose("Loosens the whole spine.")
                .cautions(List.of("Move slowly; stop if it hurts."))
                .dose(Doses.dose()
                        .sets(2)
                        .reps(10)
                        .perSide(true)
                        .timesPerDay(2)
                        .daysPerWeek(5)
                        .build())
                .figure(kneeling())
                .photo(new EmbeddedImage("image/png", SheetFilesTest.PNG))
                .link("https://example.org/cat-camel")
                .translations(Map.of(
                        "es", new ExerciseText("Gato-camello", List.of("Póngase a cuatro patas."), null, List.of()),
                        "pt-BR", new ExerciseText(null, List.of(), "Solta a coluna.", List.of("Devagar."))))
                .origin(Origin.USER)
                .unknownFields(UnknownFields.of(Map.of("futureField", "{\"start\":\"kneel\"}")))
                .build();
    }

    /** On hands and knees, rounding the back as the end pose. */
    static Figure kneeling() {
        Pose start = Pose.builder()
                .pelvis(0, 0.29)
                .trunk(68)
                .neck(-5)
                .limbs(new Limb(68, 0, 0, 90, -45, 68, 0, 0, 0))
                .build();
        return Figure.builder(start)
                .view(View.SIDE)
                .props(List.of(Prop.MAT))
                .end(start.withBodyAngle("spine", 25))
                .arrows(List.of(new Arrow("neck", null, null, 0, 0, 0.05, true)))
                .build();
    }

    @Test
    void anExerciseSurvivesARoundTripIncludingItsFigure() throws Exception {
        Exercise e = catCamel();
        String json = ExerciseFiles.toJson(e);
        assertThat(ExerciseFiles.parse("c.exercise.json", json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(e);
        assertThat(json).contains("\"figure\": {\n    \"view\": \"SIDE\"");
        assertThat(json).contains("\"end\": {\n      \"spine\": 25\n    }");
        assertThat(json).contains("\"futureField\": {\n    \"start\": \"kneel\"\n  }");
    }

    @Test
    void theContractExampleReads() throws Exception {
        String json =
                """
                {
                  "format": "backsheet/exercise",
                  "version": 1,
                  "id": "clinic-cat-camel",
                  "name": "Cat-camel",
                  "position": "HANDS_AND_KNEES",
                  "kind": "MOBILITY",
                  "level": "BASIC",
                  "targets": ["LOWER_BACK"],
                  "equipment": [],
                  "steps": ["Kneel on all fours, hands under your shoulders.", "Round your back up slowly."],
                  "purpose": "Loosens the whole spine.",
                  "cautions": ["Move slowly; stop if it hurts."],
                  "dose": { "reps": 10, "timesPerDay": 2 }
                }
                """;
        Exercise e = ExerciseFiles.parse("x", json.getBytes(StandardCharsets.UTF_8));
        assertThat(e.origin()).isEqualTo(Origin.USER);
        assertThat(e.dose()).isEqualTo(Dose.EMPTY.withReps(10).withTimesPerDay(2));
        assertThat(e.steps()).hasSize(2);
        assertThat(e.unknownFields().isEmpty()).isTrue();
    }

    @Test
    void saveKeepsTheOldFileAsBak() throws Exception {
        Path file = dir.resolve("clinic-cat-camel.exercise.json");
        ExerciseFiles.save(catCamel(), file);
        Exercise renamed = Exercise.builder("clinic-cat-camel", "Cat and camel")
                .steps(List.of("Kneel."))
                .origin(Origin.USER)
                .build();
        ExerciseFiles.save(renamed, file);
        assertThat(ExerciseFiles.read(file)).isEqualTo(renamed);
        assertThat(ExerciseFiles.read(dir.resolve("clinic-cat-camel.exercise.json.bak")))
                .isEqualTo(catCamel());
    }

    @Test
    void enumValuesAreReadIgnoringCase() throws Exception {
        String json = "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"a\",\"name\":\"A\",\"steps\":[\"x\"],"
                + "\"position\":\"lying-on-back\",\"kind\":\"stretch\"}";
        Exercise e = ExerciseFiles.parse("x", json.getBytes(StandardCharsets.UTF_8));
        assertThat(e.position()).isEqualTo(Position.LYING_ON_BACK);
        assertThat(e.kind()).isEqualTo(ExerciseKind.STRETCH);
    }

    @Test
    void aBadFileReportsEveryProblem() throws Exception {
        Path file = dir.resolve("bad.exercise.json");
        Files.writeString(
                file,
                "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"Bad\",\"steps\":[]," + "\"kind\":\"YOGA\"}");
        assertThatThrownBy(() -> ExerciseFiles.read(file))
                .isInstanceOfSatisfying(FileFormatException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.fieldPath())
                        .containsExactly("id", "name", "kind", "steps"));
    }
}
