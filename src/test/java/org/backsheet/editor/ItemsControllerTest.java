package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backsheet.model.DoseField;
import org.junit.jupiter.api.Test;

class ItemsControllerTest extends EditorTestBase {

    @Test
    void addAppendsAndSelectsTheNewItem() {
        editor.items().add("pelvic-tilt");
        editor.items().add("bridging");
        assertThat(ids()).containsExactly("pelvic-tilt", "bridging");
        assertThat(editor.items().selection()).isEqualTo(1);
    }

    @Test
    void addAtAnIndexInsertsThere() {
        editor.items().add("pelvic-tilt");
        editor.items().add("bridging");
        editor.items().add("bird-dog", 1);
        assertThat(ids()).containsExactly("pelvic-tilt", "bird-dog", "bridging");
        assertThat(editor.items().selection()).isEqualTo(1);
    }

    @Test
    void moveToDropPositionBehavesLikeAListDrop() {
        add("pelvic-tilt", "bridging", "bird-dog");
        editor.items().moveTo(0, 3);
        assertThat(ids()).containsExactly("bridging", "bird-dog", "pelvic-tilt");
        assertThat(editor.items().selection()).isEqualTo(2);
        editor.items().moveTo(2, 0);
        assertThat(ids()).containsExactly("pelvic-tilt", "bridging", "bird-dog");
    }

    @Test
    void moveOntoItselfRecordsNoUndoStep() {
        add("pelvic-tilt", "bridging");
        editor.undo().discardAllEdits();
        editor.items().moveTo(0, 1);
        assertThat(editor.undo().canUndo()).isFalse();
    }

    @Test
    void altUpAndDownMoveTheSelectedItem() {
        add("pelvic-tilt", "bridging", "bird-dog");
        editor.items().select(0);
        editor.items().moveSelectedDown();
        assertThat(ids()).containsExactly("bridging", "pelvic-tilt", "bird-dog");
        assertThat(editor.items().selection()).isEqualTo(1);
        editor.items().moveSelectedUp();
        editor.items().moveSelectedUp();
        assertThat(ids()).containsExactly("pelvic-tilt", "bridging", "bird-dog");
        assertThat(editor.items().selection()).isZero();
    }

    @Test
    void removeSelectsTheNextItem() {
        add("pelvic-tilt", "bridging", "bird-dog");
        editor.items().select(1);
        editor.items().removeSelected();
        assertThat(ids()).containsExactly("pelvic-tilt", "bird-dog");
        assertThat(editor.items().selection()).isEqualTo(1);
        editor.items().removeSelected();
        editor.items().removeSelected();
        assertThat(ids()).isEmpty();
        assertThat(editor.items().selection()).isEqualTo(-1);
    }

    @Test
    void removeSaysWhichExerciseWentAndHowToGetItBack() {
        add("pelvic-tilt", "bridging");
        List<String> status = new java.util.ArrayList<>();
        editor.addStatusListener(status::add);
        editor.items().select(0);
        editor.items().removeSelected();
        String name = editor.nameOf(editor.catalog().find("pelvic-tilt").orElseThrow());
        assertThat(status).containsExactly(editor.texts().get("status.removed", name));
        assertThat(status.get(0)).contains("Ctrl+Z");
    }

    @Test
    void duplicateCopiesDoseAndNoteRightAfter() {
        add("pelvic-tilt", "bridging");
        editor.items().select(0);
        editor.item().setDose(DoseField.REPS, 12);
        editor.item().setNote("Slowly.");
        editor.items().duplicateSelected();
        assertThat(ids()).containsExactly("pelvic-tilt", "pelvic-tilt", "bridging");
        assertThat(editor.sheet().items().get(1))
                .isEqualTo(editor.sheet().items().get(0));
        assertThat(editor.items().selection()).isEqualTo(1);
    }

    @Test
    void everyCommandIsUndoneAndRedoneAsOneStep() {
        add("pelvic-tilt", "bridging", "bird-dog");
        editor.items().moveTo(0, 3);
        editor.items().removeSelected();
        editor.items().select(0);
        editor.items().duplicateSelected();
        assertThat(ids()).containsExactly("bridging", "bridging", "bird-dog");

        editor.undoLast();
        assertThat(ids()).containsExactly("bridging", "bird-dog");
        editor.undoLast();
        assertThat(ids()).containsExactly("bridging", "bird-dog", "pelvic-tilt");
        editor.undoLast();
        assertThat(ids()).containsExactly("pelvic-tilt", "bridging", "bird-dog");
        editor.redoLast();
        editor.redoLast();
        editor.redoLast();
        assertThat(ids()).containsExactly("bridging", "bridging", "bird-dog");
        assertThat(editor.undo().getUndoPresentationName()).endsWith("Duplicate exercise");
    }

    private void add(String... exerciseIds) {
        for (String id : exerciseIds) {
            editor.items().add(id);
        }
    }

    @Test
    void theListNumbersItemsAsTheHandoutPrintsThemWhenGroupedByPosition() {
        editor.items().add("bird-dog");
        editor.items().add("stationary-bike");
        editor.items().add("pelvic-tilt");
        assertThat(List.of(editor.printedNumber(0), editor.printedNumber(1), editor.printedNumber(2)))
                .containsExactly(1, 2, 3);
        editor.details().setGroupByPosition(true);
        // Lying on the back, then hands and knees, then sitting.
        assertThat(List.of(editor.printedNumber(0), editor.printedNumber(1), editor.printedNumber(2)))
                .containsExactly(2, 3, 1);
    }
}
