package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backsheet.catalog.ExerciseQuery;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Position;
import org.junit.jupiter.api.Test;

class LibraryControllerTest extends EditorTestBase {

    @Test
    void searchMatchesNameStepsAndTargets() {
        LibraryController lib = editor.library();
        lib.setFilter(ExerciseQuery.ALL.withText("bridge"));
        assertThat(names(lib.results())).containsExactly("Bridge");
        lib.setFilter(ExerciseQuery.ALL.withText("opposite ARM"));
        assertThat(names(lib.results())).containsExactly("Bird dog");
        lib.setFilter(ExerciseQuery.ALL.withText("glutes"));
        assertThat(names(lib.results())).containsExactly("Bridge");
        lib.setFilter(ExerciseQuery.ALL.withText("nothing like this"));
        assertThat(lib.results()).isEmpty();
    }

    @Test
    void filtersNarrowTheList() {
        LibraryController lib = editor.library();
        lib.setFilter(ExerciseQuery.ALL.withPositions(Position.LYING_ON_BACK));
        assertThat(names(lib.results())).containsExactly("Pelvic tilt", "Bridge");
        lib.setFilter(lib.filter().withEquipment(Equipment.MAT));
        assertThat(names(lib.results())).containsExactly("Bridge");
        lib.setFilter(ExerciseQuery.ALL.withKinds(ExerciseKind.AEROBIC).withLevels(Level.ADVANCED));
        assertThat(names(lib.results())).containsExactly("Stationary bike");
    }

    @Test
    void theViewIsToldOfEveryNewResult() {
        List<List<Exercise>> seen = new ArrayList<>();
        editor.library().setResultsListener(seen::add);
        editor.library().setFilter(ExerciseQuery.ALL.withText("tilt"));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).hasSize(4);
        assertThat(names(seen.get(1))).containsExactly("Pelvic tilt");
    }

    @Test
    void addToSheetAppendsTheExercise() {
        editor.library().addToSheet(editor.catalog().find("bird-dog").orElseThrow());
        assertThat(ids()).containsExactly("bird-dog");
    }

    private static List<String> names(List<Exercise> list) {
        return list.stream().map(Exercise::name).toList();
    }
}
