package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;
import org.backsheet.model.WebLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemControllerTest extends EditorTestBase {

    @BeforeEach
    void addAnExercise() {
        editor.items().add("pelvic-tilt");
        editor.undo().discardAllEdits();
    }

    @Test
    void unsetDoseFieldsFallBackToTheExerciseDefault() {
        assertThat(editor.sheet().items().get(0).dose()).isEqualTo(Dose.EMPTY);
        assertThat(editor.item().defaultValue(DoseField.REPS)).isEqualTo(10);
        editor.item().setDose(DoseField.REPS, 15);
        assertThat(editor.sheet().items().get(0).dose().reps()).isEqualTo(15);
        editor.item().setDose(DoseField.REPS, null);
        assertThat(editor.sheet().items().get(0).dose().reps()).isNull();
    }

    @Test
    void aGoodLinkIsSetABadOneIsRefusedWithItsReasonAndBlankMeansNone() {
        assertThat(editor.item().setLink(" https://example.org/tilt ")).isEmpty();
        assertThat(editor.sheet().items().get(0).link()).isEqualTo("https://example.org/tilt");
        assertThat(editor.item().setLink("http://example.org/tilt")).contains(WebLink.Problem.NOT_HTTPS);
        assertThat(editor.item().setLink("https://example.org/two words")).contains(WebLink.Problem.HAS_SPACES);
        assertThat(editor.sheet().items().get(0).link())
                .as("the last good link stays")
                .isEqualTo("https://example.org/tilt");
        editor.endTyping();
        assertThat(editor.item().setLink("  ")).isEmpty();
        assertThat(editor.sheet().items().get(0).link()).isNull();
        editor.undoLast();
        assertThat(editor.sheet().items().get(0).link()).isEqualTo("https://example.org/tilt");
    }

    @Test
    void valuesOutsideTheFieldBoundsAreRefused() {
        assertThatThrownBy(() -> editor.item().setDose(DoseField.TIMES_PER_DAY, 13))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(editor.undo().canUndo()).isFalse();
    }

    @Test
    void quickSpinnerClicksOnOneFieldAreOneStepButOtherFieldsAreNot() {
        editor.item().setDose(DoseField.REPS, 11);
        pause(100);
        editor.item().setDose(DoseField.REPS, 12);
        pause(100);
        editor.item().setDose(DoseField.HOLD_SECONDS, 7);
        editor.undoLast();
        assertThat(editor.sheet().items().get(0).dose()).isEqualTo(Dose.EMPTY.withReps(12));
        editor.undoLast();
        assertThat(editor.sheet().items().get(0).dose()).isEqualTo(Dose.EMPTY);
    }

    @Test
    void eachSideHasThreeStatesLikeEveryDoseField() {
        editor.item().setDose(DoseField.PER_SIDE, DoseField.YES);
        assertThat(editor.sheet().items().get(0).dose().perSide()).isTrue();
        editor.item().setDose(DoseField.PER_SIDE, DoseField.NO);
        assertThat(editor.sheet().items().get(0).dose().perSide()).isFalse();
        editor.item().setDose(DoseField.PER_SIDE, null);
        assertThat(editor.sheet().items().get(0).dose().perSide()).isNull();
        assertThat(editor.item().defaultValue(DoseField.PER_SIDE)).isEqualTo(DoseField.NO);
    }

    /**
     * Spreading the pelvic tilt over the day ("every 2 hours") drops the exercise's usual "times a day": the form's
     * greyed value says what prints, and taking it as the item's own starts from the lowest, not the usual 2.
     */
    @Test
    void anItemsOwnTimingLeavesTheExercisesTimesADayUnprinted() {
        assertThat(editor.item().defaultValue(DoseField.TIMES_PER_DAY)).isEqualTo(2);
        editor.item().setDose(DoseField.EVERY_HOURS, 2);
        assertThat(editor.item().defaultValue(DoseField.TIMES_PER_DAY)).isNull();
        assertThat(editor.item().printedDose()).contains("Every 2 hours").doesNotContain("a day");
        editor.item().takeOwnValue(DoseField.TIMES_PER_DAY);
        assertThat(editor.item().selected().orElseThrow().dose().timesPerDay())
                .isEqualTo(DoseField.TIMES_PER_DAY.min());
    }

    /** The dose form showed a greyed "Yes" beside "not printed" for an exercise that does not say "each side". */
    @Test
    void eachSideIsNoWhereTheExerciseDoesNotSayAndTickingItAlwaysMeansEachSide() {
        editor.items().add("bridging");
        assertThat(editor.item().defaultValue(DoseField.PER_SIDE)).isEqualTo(DoseField.NO);
        assertThat(editor.item().defaultValue(DoseField.MINUTES)).isNull();
        editor.item().takeOwnValue(DoseField.PER_SIDE);
        assertThat(editor.item().selected().orElseThrow().dose().perSide()).isTrue();
        editor.item().takeOwnValue(DoseField.REPS);
        assertThat(editor.item().selected().orElseThrow().dose().reps()).isEqualTo(8);
        editor.item().takeOwnValue(DoseField.MINUTES);
        assertThat(editor.item().selected().orElseThrow().dose().minutes()).isEqualTo(DoseField.MINUTES.min());
        // Bird dog is done on each side: ticking keeps each side (it flipped to "No", halving the printed dose).
        editor.items().add("bird-dog");
        assertThat(editor.item().defaultValue(DoseField.PER_SIDE)).isEqualTo(DoseField.YES);
        editor.item().takeOwnValue(DoseField.PER_SIDE);
        assertThat(editor.item().selected().orElseThrow().dose().perSide()).isTrue();
    }

    @Test
    void typingANoteIsOneUndoStepUntilFocusLeaves() {
        editor.item().setNote("S");
        editor.item().setNote("Sl");
        editor.item().setNote("Slow");
        editor.endTyping();
        editor.item().setNote("Slowly");
        editor.undoLast();
        assertThat(editor.sheet().items().get(0).note()).isEqualTo("Slow");
        editor.undoLast();
        assertThat(editor.sheet().items().get(0).note()).isNull();
        assertThat(editor.undo().canUndo()).isFalse();
    }

    @Test
    void aLongPauseWhileTypingStartsANewStep() {
        editor.item().setNote("Keep");
        pause(SheetEdit.TYPING_PAUSE_MILLIS + 1);
        editor.item().setNote("Keep breathing");
        editor.undoLast();
        assertThat(editor.sheet().items().get(0).note()).isEqualTo("Keep");
    }

    @Test
    void resetDoseClearsEveryOwnValue() {
        editor.item().setDose(DoseField.SETS, 2);
        editor.item().setDose(DoseField.PER_SIDE, DoseField.YES);
        editor.item().resetDose();
        assertThat(editor.sheet().items().get(0).dose()).isEqualTo(Dose.EMPTY);
    }

    @Test
    void nothingHappensWithoutASelection() {
        editor.items().select(-1);
        editor.item().setDose(DoseField.REPS, 3);
        assertThat(editor.item().selected()).isEmpty();
        assertThat(editor.undo().canUndo()).isFalse();
    }
}
