package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.backsheet.editor.PoseDraft.Side;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Presentation;
import org.junit.jupiter.api.Test;

/** The pose editor's own captions and its undo, without a window. */
class PoseDraftCaptionsTest {

    private static final Figure LYING = PlainPoses.figure("lyingBackKneesBent");

    private static PoseDraft moving() {
        PoseDraft draft = new PoseDraft(LYING);
        draft.setHasFinish(true);
        return draft;
    }

    /** A held position's one caption prints over its picture; opened in the editor it became "caption, Finish". */
    @Test
    void aHeldPositionKeepsItsOneCaption() {
        Figure held = LYING.toBuilder()
                .captions(Map.of("en", List.of("Towel round one foot")))
                .build();
        PoseDraft draft = new PoseDraft(held);
        assertThat(draft.captionSlots()).isEqualTo(1);
        assertThat(draft.captionsShown()).isTrue();
        assertThat(draft.captionLabels("en")).containsExactly("");
        assertThat(draft.figure().captions()).isEqualTo(Map.of("en", List.of("Towel round one foot")));
        draft.setCaption("en", 0, "Towel round the foot");
        assertThat(draft.figure().captions()).isEqualTo(Map.of("en", List.of("Towel round the foot")));
    }

    /**
     * The languages typed here are part of what Undo brings back: a library picture's captions go when a position
     * changes, except those typed here, and undoing the typing makes that language the library's again.
     */
    @Test
    void undoBringsBackWhichCaptionsWereTypedHere() {
        Figure library = LYING.toBuilder()
                .end(LYING.start().withBodyAngle("trunk", -80))
                .captions(Map.of("en", List.of("Lie down", "Lift"), "es", List.of("Túmbese", "Levante")))
                .build();
        PoseDraft draft = new PoseDraft(library);
        draft.setCaption("es", 1, "Suba");
        draft.setAngle(Side.START, "near.knee", 60);
        assertThat(draft.figure().captions()).isEqualTo(Map.of("es", List.of("Túmbese", "Suba")));
        draft.undo();
        assertThat(draft.figure().captions())
                .as("the positions as opened: every caption back")
                .isEqualTo(Map.of("en", List.of("Lie down", "Lift"), "es", List.of("Túmbese", "Suba")));
        draft.undo();
        draft.redo();
        draft.redo();
        assertThat(draft.figure().captions()).isEqualTo(Map.of("es", List.of("Túmbese", "Suba")));
        draft.undo();
        draft.undo();
        draft.setAngle(Side.START, "near.knee", 60);
        assertThat(draft.figure().captions()).as("nothing typed any more").isEmpty();
    }

    /** One dashed picture may carry one caption (ankle pumps); opened in the editor it must not become two. */
    @Test
    void oneDashedPictureKeepsItsOneCaption() {
        Figure dashed = LYING.toBuilder()
                .end(LYING.start().withBodyAngle("trunk", -80))
                .presentation(Presentation.OVERLAY)
                .captions(Map.of("en", List.of("Toes up, then point them")))
                .build();
        PoseDraft draft = new PoseDraft(dashed);
        assertThat(draft.captionSlots()).isEqualTo(1);
        assertThat(draft.captionsShown()).isTrue();
        assertThat(draft.figure().captions()).isEqualTo(Map.of("en", List.of("Toes up, then point them")));
        draft.setPresentation(Presentation.PAIR);
        assertThat(draft.captionSlots()).isEqualTo(2);
    }

    @Test
    void aCaptionTypedForOnePictureLeavesTheOtherItsUsualLabel() {
        PoseDraft draft = moving();
        assertThat(draft.captions("en")).containsExactly("", "");
        assertThat(draft.captionLabels("en")).containsExactly("Start", "Finish");
        draft.setCaption("en", 1, "  Lift   your hips ");
        assertThat(draft.captions("en")).containsExactly("", "  Lift   your hips ");
        assertThat(draft.figure().captions()).isEqualTo(Map.of("en", List.of("Start", "Lift your hips")));
        draft.setCaption("en", 1, "");
        assertThat(draft.figure().captions())
                .as("no caption left: plain labels")
                .isEmpty();
    }

    @Test
    void captionsInOneLanguageKeepTheOtherLanguages() {
        Figure own = LYING.toBuilder()
                .end(LYING.start().withBodyAngle("trunk", -80))
                .captions(Map.of("es", List.of("Inicio", "Cadera arriba"), "en", List.of("Start", "Hips up")))
                .build();
        PoseDraft draft = new PoseDraft(own, true);
        draft.setAngle(Side.FINISH, "near.knee", 60);
        draft.setCaption("en", 1, "Hips up, knees apart");
        assertThat(draft.figure().captions())
                .isEqualTo(Map.of(
                        "es", List.of("Inicio", "Cadera arriba"),
                        "en", List.of("Start", "Hips up, knees apart")));
    }

    @Test
    void aCaptionTypedOnALibraryPictureStaysWhenThePositionsChange() {
        Figure library = LYING.toBuilder()
                .end(LYING.start().withBodyAngle("trunk", -80))
                .captions(Map.of("en", List.of("Start", "Hips up a little"), "es", List.of("Inicio", "Arriba")))
                .build();
        PoseDraft draft = new PoseDraft(library);
        draft.setCaption("en", 0, "Knees bent");
        draft.setAngle(Side.FINISH, "near.knee", 60);
        assertThat(draft.figure().captions())
                .as("the typed language stays, the library's Spanish describes other positions")
                .isEqualTo(Map.of("en", List.of("Knees bent", "Hips up a little")));
    }

    @Test
    void theLimitIsTheModelsAndATooLongCaptionChangesNothing() {
        PoseDraft draft = moving();
        String longest = "x".repeat(Figure.CAPTION_MAX_CHARS);
        draft.setCaption("en", 0, longest);
        assertThatThrownBy(() -> draft.setCaption("en", 0, longest + "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Figure.CAPTION_MAX_CHARS));
        assertThat(draft.captions("en")).containsExactly(longest, "");
    }

    @Test
    void captionsWaitWhileTheExerciseIsHeldOrShownAsOnePicture() {
        PoseDraft draft = moving();
        draft.setCaption("en", 1, "Hips up");
        assertThat(draft.captionsShown()).isTrue();
        draft.setPresentation(Presentation.OVERLAY);
        assertThat(draft.captionsShown()).isFalse();
        draft.setPresentation(Presentation.PAIR);
        draft.setHasFinish(false);
        assertThat(draft.captionsShown()).isFalse();
        assertThat(draft.captionSlots()).isEqualTo(2);
        draft.setHasFinish(true);
        assertThat(draft.figure().captions()).isEqualTo(Map.of("en", List.of("Start", "Hips up")));
    }

    @Test
    void undoTakesBackTypingInOneCaptionAsOneStepAndRedoBringsItBack() {
        PoseDraft draft = moving();
        assertThat(draft.canUndo()).isTrue();
        draft.setCaption("en", 1, "H");
        draft.setCaption("en", 1, "Hi");
        draft.setCaption("en", 1, "Hips up");
        draft.setAngle(Side.FINISH, "near.knee", 40);
        draft.setAngle(Side.FINISH, "near.knee", 45);
        draft.undo();
        assertThat(draft.angle(Side.FINISH, "near.knee"))
                .isEqualTo(LYING.start().editable("near.knee"));
        assertThat(draft.captions("en")).containsExactly("", "Hips up");
        draft.undo();
        assertThat(draft.captions("en")).containsExactly("", "");
        assertThat(draft.hasFinish()).isTrue();
        draft.undo();
        assertThat(draft.hasFinish()).isFalse();
        assertThat(draft.canUndo()).isFalse();
        draft.redo();
        draft.redo();
        assertThat(draft.captions("en")).containsExactly("", "Hips up");
        assertThat(draft.canRedo()).isTrue();
        draft.setCaption("en", 0, "Lie down");
        assertThat(draft.canRedo()).as("a new change ends what could be redone").isFalse();
    }

    @Test
    void aChangeThatChangesNothingIsNoStepToUndo() {
        PoseDraft draft = new PoseDraft(LYING);
        draft.setAngle(Side.START, "near.knee", LYING.start().editable("near.knee"));
        draft.setPresentation(draft.figure().presentation());
        assertThat(draft.canUndo()).isFalse();
    }
}
