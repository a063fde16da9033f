package org.backsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backsheet.model.Equipment.CHAIR;
import static org.backsheet.model.Equipment.EXERCISE_MACHINE;
import static org.backsheet.model.Equipment.MAT;
import static org.backsheet.model.Equipment.STATIONARY_BIKE;
import static org.backsheet.model.Equipment.TOWEL;
import static org.backsheet.model.Equipment.TREADMILL;
import static org.backsheet.model.Equipment.WALL;
import static org.backsheet.testdata.Exercises.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "What you need", worked out from the exercises' equipment: a patient reader found no list of it and met each
 * thing only when an exercise asked for it.
 */
class EquipmentWordsTest {

    private static final Catalog CATALOG = BuiltInCatalog.load();

    private static Exercise needing(String id, Equipment... things) {
        return exercise(id).equipment(List.of(things)).build();
    }

    @Test
    void eachThingOnceInTheOrderOfTheListWithChoicesJoinedByOr() {
        List<Exercise> exercises = List.of(
                needing("ankle-pumps", MAT),
                needing("towel-stretch", TOWEL, MAT),
                needing("walk", STATIONARY_BIKE, TREADMILL),
                needing("wall-slide", WALL),
                needing("heel-raises", CHAIR),
                needing("sit", CHAIR),
                needing("standing", new Equipment[0]));
        assertThat(EquipmentWords.of(exercises, new Labels("en")))
                .containsExactly(
                        "a mat or carpet", "a towel", "a wall", "a steady chair", "an exercise bike or a treadmill");
        assertThat(EquipmentWords.of(exercises, new Labels("es")))
                .containsExactly(
                        "una esterilla o una alfombra",
                        "una toalla",
                        "una pared",
                        "una silla firme",
                        "una bicicleta estática o una cinta de correr");
    }

    @Test
    void gymMachinesAreCountedByExerciseAndAChoiceMetElsewhereIsLeftOut() {
        List<Exercise> exercises = List.of(
                needing("leg-press", EXERCISE_MACHINE),
                needing("lat-pulldown", EXERCISE_MACHINE),
                needing("walk", STATIONARY_BIKE, TREADMILL),
                needing("bike", STATIONARY_BIKE));
        assertThat(EquipmentWords.of(exercises, new Labels("en")))
                .containsExactly("an exercise bike", "2 gym machines");
        assertThat(EquipmentWords.of(exercises.subList(0, 1), new Labels("es")))
                .containsExactly("una máquina de gimnasio");
        assertThat(EquipmentWords.of(exercises.subList(0, 2), new Labels("es")))
                .containsExactly("2 máquinas de gimnasio");
        assertThat(EquipmentWords.of(List.of(needing("standing")), new Labels("en")))
                .isEmpty();
    }

    /** A new kind of equipment without words would print its bundle key. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyKindOfEquipmentHasWords(String language) {
        for (Equipment thing : Equipment.values()) {
            List<String> words = EquipmentWords.of(List.of(needing("x", thing)), new Labels(language));
            assertThat(words).hasSize(1);
            assertThat(words.get(0))
                    .doesNotContain("need.")
                    .doesNotContain(thing.name())
                    .isNotBlank();
        }
    }

    /** The basic sample says what its ten exercises need, with the plan, before the first of them. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theHandoutSaysWhatYouNeedBeforeTheFirstExercise(String language) throws Exception {
        Sheet sheet = SheetFiles.read(Path.of("samples", "basic-daily-routine.backsheet.json"))
                .withLanguage(language);
        PdfText pdf = PdfText.render(new HandoutRenderer(CATALOG, "BackSheet test", new FigurePictures()), sheet);
        Labels labels = new Labels(language);
        List<Exercise> exercises = new ArrayList<>();
        for (SheetItem item : sheet.items()) {
            exercises.add(CATALOG.find(item.exerciseId()).orElseThrow());
        }
        String line = labels.get("need.label") + " "
                + String.join(labels.get("plan.list.separator"), EquipmentWords.of(exercises, labels));
        String firstStep = CATALOG.find(sheet.items().get(0).exerciseId())
                .orElseThrow()
                .text(language)
                .steps()
                .get(0);
        String all = squeeze(String.join(" ", pdf.pages));
        assertThat(all).contains(squeeze(line));
        assertThat(all.indexOf(squeeze(line))).isLessThan(all.indexOf(squeeze(firstStep)));
        assertThat(line).contains(labels.format("need.TOWEL", 1), labels.format("need.WALL", 1));
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00AD]+", "");
    }
}
