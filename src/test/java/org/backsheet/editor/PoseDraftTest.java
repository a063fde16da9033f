package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.backsheet.editor.PoseDraft.Side;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.render.figure.PointTravel;
import org.junit.jupiter.api.Test;

/** The rules of the pose editor, without a window. */
class PoseDraftTest {

    private static final Figure STANDING = PlainPoses.figure("standing");
    private static final Figure LYING = PlainPoses.figure("lyingBack");

    @Test
    void everyPlainPoseIsAHeldPositionWithoutArrowsAndWithItsFloor() {
        assertThat(PlainPoses.all()).hasSize(6).allSatisfy(p -> {
            assertThat(p.figure().end()).isNull();
            assertThat(p.figure().arrows()).isEmpty();
            assertThat(p.figure().props()).hasSize(1);
        });
        assertThat(LYING.props()).containsExactly(Prop.MAT);
        assertThat(LYING.start().trunk()).isEqualTo(-90);
    }

    @Test
    void aFinishSwitchedOffAndOnAgainComesBackAsItWas() {
        PoseDraft draft = new PoseDraft(STANDING);
        draft.setHasFinish(true);
        draft.setAngle(Side.FINISH, "near.shoulder", 150);
        draft.setHasFinish(false);
        assertThat(draft.figure().end()).isNull();
        assertThat(draft.angle(Side.FINISH, "near.shoulder")).isZero();
        draft.setHasFinish(true);
        assertThat(draft.figure().end().near().shoulder()).isEqualTo(150);
        assertThat(draft.figure().start().near().shoulder()).isZero();
    }

    @Test
    void aNewFinishStartsFromTheStartAsEdited() {
        PoseDraft draft = new PoseDraft(STANDING);
        draft.setAngle(Side.START, "near.shoulder", 120);
        draft.setHasFinish(true);
        assertThat(draft.figure().end().near().shoulder()).isEqualTo(120);
    }

    @Test
    void aFinishAngleIsIgnoredWhileTheExerciseIsHeld() {
        PoseDraft draft = new PoseDraft(STANDING);
        draft.setAngle(Side.FINISH, "near.knee", 40);
        assertThat(draft.figure()).isEqualTo(STANDING);
    }

    @Test
    void takingTheStartBringsItsSceneAndTakingTheFinishMakesItMove() {
        Figure withArrow = Figure.builder(Pose.standing())
                .props(List.of(Prop.FLOOR))
                .end(Pose.standing())
                .arrows(List.of(new Arrow("head", null, null, 0, 0, 0, false)))
                .build();
        PoseDraft draft = new PoseDraft(STANDING);
        draft.take(Side.START, LYING, false);
        assertThat(draft.figure().start()).isEqualTo(LYING.start());
        assertThat(draft.figure().props()).containsExactly(Prop.MAT);
        assertThat(draft.hasFinish()).isFalse();
        draft.take(Side.FINISH, withArrow, true);
        assertThat(draft.hasFinish()).isTrue();
        assertThat(draft.figure().end()).isEqualTo(Pose.standing());
        assertThat(draft.figure().props()).containsExactly(Prop.MAT);
        assertThat(draft.arrows()).isEmpty();
    }

    @Test
    void arrowsAreAddedAtTheEndAndRemovedByPlace() {
        PoseDraft draft = new PoseDraft(STANDING);
        draft.setHasFinish(true);
        draft.setAngle(Side.FINISH, "near.hip", 60);
        draft.setAngle(Side.FINISH, "far.shoulder", 90);
        draft.setAngle(Side.FINISH, "trunk", 30);
        draft.addArrow("kneeNear", false);
        draft.addArrow("handFar", true);
        draft.addArrow("head", false);
        draft.removeArrow(1);
        assertThat(draft.arrows()).extracting(Arrow::along).containsExactly("kneeNear", "head");
        Arrow knee = draft.arrows().get(0);
        assertThat(Math.hypot(knee.offsetX(), knee.offsetY())).isCloseTo(PoseArrows.LIFT, within(1e-9));
        assertThatThrownBy(() -> draft.addArrow("nose", false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PoseArrows.points()).hasSize(21).allMatch(Arrow::isBodyPoint);
    }

    @Test
    void aThirdPictureOfALibraryFigureSurvivesEveryEdit() {
        Pose third = Pose.standing().withBodyAngle("trunk", 30);
        Figure three = Figure.builder(Pose.standing())
                .props(List.of(Prop.FLOOR))
                .end(Pose.standing().withBodyAngle("trunk", 15))
                .then(third)
                .build();
        PoseDraft draft = new PoseDraft(three);
        draft.addArrow("head", false);
        draft.removeArrow(0);
        draft.setPresentation(Presentation.PAIR);
        draft.take(Side.START, LYING, false);
        draft.setAngle(Side.FINISH, "near.knee", 20);
        draft.setHasFinish(false);
        draft.setHasFinish(true);
        assertThat(draft.figure().then()).isEqualTo(third);
        assertThat(draft.figure().pictures()).hasSize(3);
    }

    @Test
    void anArrowCanOnlyFollowAPointThatMoves() {
        PoseDraft draft = new PoseDraft(STANDING);
        assertThat(draft.moves("handNear")).as("a held position moves nothing").isFalse();
        draft.setHasFinish(true);
        draft.setAngle(Side.FINISH, "near.shoulder", 90);
        assertThat(draft.moves("handNear")).isTrue();
        assertThat(draft.moves("elbowNear")).isTrue();
        assertThat(draft.moves("kneeNear")).isFalse();
        assertThat(draft.moves("handFar")).isFalse();
        assertThatThrownBy(() -> draft.addArrow("kneeNear", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not move");
        assertThat(draft.arrows()).isEmpty();
        draft.addArrow("handNear", false);
        assertThat(draft.arrows()).extracting(Arrow::along).containsExactly("handNear");
    }

    @Test
    void aLibraryPicturesCaptionsStayOnlyWhileItsPositionsDo() {
        Figure hipLift = Figure.builder(LYING.start())
                .props(LYING.props())
                .end(LYING.start().withBodyAngle("trunk", -80))
                .captions(Map.of("en", List.of("Start", "Hips up a little")))
                .build();
        PoseDraft draft = new PoseDraft(hipLift);
        draft.setPresentation(Presentation.OVERLAY);
        assertThat(draft.figure().captions()).isEqualTo(hipLift.captions());
        draft.setAngle(Side.FINISH, "near.knee", 30);
        assertThat(draft.figure().captions()).as("words meant for the hip lift").isEmpty();
        draft.setAngle(Side.FINISH, "near.knee", hipLift.end().editable("near.knee"));
        assertThat(draft.figure().captions()).isEqualTo(hipLift.captions());
        draft.take(Side.START, STANDING, false);
        assertThat(draft.figure().captions()).isEmpty();
    }

    @Test
    void theShowChoiceIsKeptAndAHeldPositionShowsOnePicture() {
        PoseDraft draft = new PoseDraft(STANDING);
        assertThat(draft.presentation()).isEqualTo(Presentation.PAIR);
        draft.setHasFinish(true);
        draft.setPresentation(Presentation.OVERLAY);
        assertThat(draft.figure().effectivePresentation()).isEqualTo(Presentation.OVERLAY);
        assertThat(draft.presentation()).isEqualTo(Presentation.OVERLAY);
    }

    @Test
    void leaningTheLowerBackKeepsTheLegsWhereTheyAre() {
        Figure sitting = PlainPoses.figure("sitting");
        PoseDraft draft = new PoseDraft(sitting);
        draft.setAngle(Side.START, "trunk", 25);
        Figure lean = sitting.toBuilder().end(draft.figure().start()).build();
        assertThat(draft.angle(Side.START, "near.hip"))
                .isEqualTo(sitting.start().editable("near.hip") + 25);
        for (String point : List.of("kneeNear", "footNear", "heelFar")) {
            assertThat(PointTravel.shift(lean, point).distance(0, 0)).as(point).isLessThan(1e-9);
        }
        assertThat(PointTravel.shift(lean, "head").x)
                .as("the head goes forward")
                .isGreaterThan(0.05);
        draft.undo();
        assertThat(draft.figure()).isEqualTo(sitting);
    }

    @Test
    void aNewArrowRunsBesideThePathInFrontOfARisingPointAboveAForwardOne() {
        Figure sitting = PlainPoses.figure("sitting");
        PoseDraft draft = new PoseDraft(sitting);
        draft.take(Side.FINISH, PlainPoses.figure("standing"), false);
        draft.addArrow("pelvis", false);
        Arrow pelvis = draft.arrows().get(0);
        assertThat(pelvis.offsetX())
                .as("in front of the rising hips, not up over the chest")
                .isGreaterThan(0.03);
        for (double forward : new double[] {0.3, -0.3}) {
            double[] offset = PoseArrows.beside(new java.awt.geom.Point2D.Double(forward, 0));
            assertThat(offset[0]).as("a sideways path").isCloseTo(0, within(1e-9));
            assertThat(offset[1]).as("has its arrow above").isCloseTo(PoseArrows.LIFT, within(1e-9));
        }
    }
}
