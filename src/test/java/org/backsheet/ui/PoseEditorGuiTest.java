package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JTabbedPane;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.editor.PlainPoses;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.figure.Arrow;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Presentation;
import org.junit.jupiter.api.Test;

/**
 * The clinic's own picture in the real window: start from a plain position or a library picture, change joints,
 * take the finish from another picture, add and remove arrows; saved in the exercise and carried by the sheet.
 * Every control is set on the event thread and each result waited for, so a busy machine cannot lose a click.
 */
class PoseEditorGuiTest extends PoseEditorGuiTestBase {

    @Test
    void buildsAPictureFromAPlainPoseWithAFinishTakenElsewhereAndOneArrow() throws Exception {
        DialogFixture dialog = newExercise("Knee lift from lying");
        DialogFixture poses = adjustFromGallery(dialog, "Lying on your back, knees bent (plain)");

        JCheckBox moves = poses.checkBox("poseHasFinish").target();
        assertThat(onEdt(moves::isSelected)).isFalse();
        assertThat(enabled(poses, "poseArrowAdd")).isFalse();
        // The exercise moves; its finish is taken from the bridge's, then one joint changed.
        onEdt(() -> moves.doClick());
        JTabbedPane tabs = tabs(poses);
        waitUntil("the finish tab is enabled", () -> tabs.isEnabledAt(1));
        showPoseTab(poses, 1);
        pick(find(poses, "end.from", JComboBox.class), "Bridge: finish");
        click(poses, "end.take");
        set(poses, "end.near.hip", 90.0);
        JComboBox<?> presentation = poses.comboBox("posePresentation").target();
        onEdt(() -> presentation.setSelectedIndex(1));

        showPoseTab(poses, 2);
        pick(find(poses, "poseArrowPoint", JComboBox.class), "Knee, near side (in front)");
        click(poses, "poseArrowAdd");
        pick(find(poses, "poseArrowPoint", JComboBox.class), "Pelvis");
        click(poses, "poseArrowAdd");
        JList<?> arrows = find(poses, "poseArrows", JList.class);
        waitUntil("two arrows listed", () -> arrows.getModel().getSize() == 2);
        onEdt(() -> arrows.setSelectedIndex(1));
        click(poses, "poseArrowRemove");
        waitUntil("one arrow left", () -> arrows.getModel().getSize() == 1);
        assertThat(onEdt(() -> arrows.getModel().getElementAt(0))).isEqualTo("Knee, near side (in front)");
        snapshot(poses.target(), "pose-editor.png");
        keepPicture(poses, dialog);
        Exercise saved = save(dialog, "knee-lift-from-lying");
        Figure figure = saved.figure();
        Figure plain = PlainPoses.figure("lyingBackKneesBent");
        Figure bridge =
                onEdt(() -> editor().catalog().find("bridging").orElseThrow().figure());
        assertThat(figure.start()).isEqualTo(plain.start());
        assertThat(figure.props()).isEqualTo(plain.props());
        assertThat(figure.end().trunk()).isEqualTo(bridge.end().trunk());
        assertThat(figure.end().near().hip()).isEqualTo(90.0);
        assertThat(figure.end().far().hip()).isEqualTo(bridge.end().far().hip());
        assertThat(figure.presentation()).isEqualTo(Presentation.OVERLAY);
        assertThat(figure.arrows()).extracting(Arrow::along).containsExactly("kneeNear");
        assertOnTheSheet(saved);
    }

    @Test
    void adjustsALibraryPictureIntoAHeldPositionWithoutItsArrows() throws Exception {
        DialogFixture dialog = newExercise("Bridge hold");
        DialogFixture poses = adjustFromGallery(dialog, "Bridge");

        showPoseTab(poses, 2);
        JList<?> arrows = find(poses, "poseArrows", JList.class);
        waitUntil("the bridge's arrow is listed", () -> arrows.getModel().getSize() == 1);
        onEdt(() -> arrows.setSelectedIndex(0));
        click(poses, "poseArrowRemove");
        waitUntil("no arrow left", () -> arrows.getModel().getSize() == 0);
        showPoseTab(poses, 0);
        set(poses, "start.near.knee", 60.0);
        JCheckBox moves = poses.checkBox("poseHasFinish").target();
        onEdt(() -> moves.doClick());
        JTabbedPane tabs = tabs(poses);
        waitUntil("the finish tab is off", () -> !tabs.isEnabledAt(1));
        assertThat(enabled(poses, "poseArrowAdd")).isFalse();
        keepPicture(poses, dialog);
        Exercise saved = save(dialog, "bridge-hold");
        assertThat(saved.figure().end()).isNull();
        assertThat(saved.figure().arrows()).isEmpty();
        assertThat(saved.figure().start().near().knee()).isEqualTo(60.0);
        assertThat(saved.figure().start().far().knee()).isEqualTo(95.0, within(0.001));
        assertOnTheSheet(saved);
    }

    @Test
    void adjustWithoutAPictureStartsFromAPersonStanding() throws Exception {
        DialogFixture dialog = newExercise("Side bend");
        DialogFixture poses = adjustWithoutAPicture(dialog);
        assertThat(value(poses, "start.pelvisHeight")).isEqualTo(53.0);
        set(poses, "start.near.shoulder", 170.0);
        snapshot(poses.target(), "pose-editor-start.png");
        keepPicture(poses, dialog);
        JRadioButton drawn = dialog.radioButton("pictureFigure").target();
        assertThat(onEdt(drawn::isSelected)).isTrue();
        press(dialog.button("exerciseCancel"));
    }

    /** Added to the sheet, the exercise travels with its picture, as the handout draws it. */
    private void assertOnTheSheet(Exercise saved) {
        waitUntil(
                "the library knows it",
                () -> editor().catalog().find(saved.id()).isPresent());
        onEdt(() -> editor().items().add(saved.id()));
        waitUntil("it is on the sheet", () -> ids().contains(saved.id()));
        Sheet sheet = onEdt(() -> editor().sheet());
        assertThat(onEdt(() -> editor().catalog().find(saved.id()).orElseThrow().figure()))
                .isEqualTo(saved.figure());
        assertThat(sheet.items()).anyMatch(i -> i.exerciseId().equals(saved.id()));
    }
}
