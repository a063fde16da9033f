package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.text.JTextComponent;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.editor.PlainPoses;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.Position;
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
class PoseEditorGuiTest extends GuiTestBase {

    @Test
    void buildsAPictureFromAPlainPoseWithAFinishTakenElsewhereAndOneArrow() throws Exception {
        DialogFixture dialog = newExercise("Knee lift from lying");
        press(dialog.button("chooseFigure"));
        DialogFixture gallery = findDialog("figureGallery");
        pick(gallery.list("poses").target(), "Lying on your back, knees bent (plain)");
        press(gallery.button("galleryAdjust"));
        DialogFixture poses = findDialog("poseEditor");

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
        pick(find(poses, "poseArrowPoint", JComboBox.class), "Knee (side facing you)");
        click(poses, "poseArrowAdd");
        pick(find(poses, "poseArrowPoint", JComboBox.class), "Head");
        click(poses, "poseArrowAdd");
        JList<?> arrows = find(poses, "poseArrows", JList.class);
        waitUntil("two arrows listed", () -> arrows.getModel().getSize() == 2);
        onEdt(() -> arrows.setSelectedIndex(1));
        click(poses, "poseArrowRemove");
        waitUntil("one arrow left", () -> arrows.getModel().getSize() == 1);
        assertThat(onEdt(() -> arrows.getModel().getElementAt(0))).isEqualTo("Knee (side facing you)");
        snapshot(poses.target(), "pose-editor.png");
        press(poses.button("poseOk"));

        waitUntil(
                "the picture is shown",
                () -> dialog.label("picturePreview").target().getIcon() != null);
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
        press(dialog.button("chooseFigure"));
        DialogFixture gallery = findDialog("figureGallery");
        pick(gallery.list("poses").target(), "Bridge");
        press(gallery.button("galleryAdjust"));
        DialogFixture poses = findDialog("poseEditor");

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
        press(poses.button("poseOk"));

        waitUntil(
                "the picture is shown",
                () -> dialog.label("picturePreview").target().getIcon() != null);
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
        press(dialog.button("adjustFigure"));
        DialogFixture poses = findDialog("poseEditor");
        assertThat(value(poses, "start.pelvisHeight")).isEqualTo(53.0);
        set(poses, "start.near.shoulder", 170.0);
        snapshot(poses.target(), "pose-editor-start.png");
        press(poses.button("poseOk"));
        waitUntil(
                "the picture is shown",
                () -> dialog.label("picturePreview").target().getIcon() != null);
        JRadioButton drawn = dialog.radioButton("pictureFigure").target();
        assertThat(onEdt(drawn::isSelected)).isTrue();
        press(dialog.button("exerciseCancel"));
    }

    private DialogFixture newExercise(String name) {
        press(window.button("libraryNew"));
        DialogFixture dialog = findDialog("exerciseDialog");
        JTextComponent nameField = dialog.textBox("exerciseName").target();
        JComboBox<?> position = dialog.comboBox("exercisePosition").target();
        JTextComponent step = dialog.textBox("steps.line.0").target();
        onEdt(() -> nameField.setText(name));
        onEdt(() ->
                dialog.comboBox("exercisePosition").target().setSelectedIndex(1 + Position.LYING_ON_BACK.ordinal()));
        onEdt(() -> step.setText("Move slowly and breathe."));
        return dialog;
    }

    private Exercise save(DialogFixture dialog, String id) throws Exception {
        waitUntil(
                "Save is enabled", () -> dialog.button("exerciseSave").target().isEnabled());
        press(dialog.button("exerciseSave"));
        Path file = temp.resolve("home/library").resolve(id + ExerciseFiles.EXTENSION);
        waitUntil("the file is written", () -> Files.isRegularFile(file));
        // Kept beside the snapshots, so a person can export a handout with it and look at the picture.
        Path kept = Path.of("target", "screens");
        Files.createDirectories(kept);
        Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ExerciseFiles.read(file);
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

    private DialogFixture findDialog(String name) {
        return WindowFinder.findDialog(name).withTimeout(30_000).using(robot);
    }

    /** Selects the entry that reads {@code text} in a list or combo, on the event thread. */
    private static void pick(Component listOrCombo, String text) {
        onEdt(() -> {
            if (listOrCombo instanceof JList<?> list) {
                for (int i = 0; i < list.getModel().getSize(); i++) {
                    if (String.valueOf(list.getModel().getElementAt(i)).equals(text)) {
                        list.setSelectedIndex(i);
                        return;
                    }
                }
            } else if (listOrCombo instanceof JComboBox<?> combo) {
                for (int i = 0; i < combo.getItemCount(); i++) {
                    Object item = combo.getItemAt(i);
                    String shown = item instanceof String s ? PoseArrowsPanel.pointName(s) : String.valueOf(item);
                    if (shown.equals(text)) {
                        combo.setSelectedIndex(i);
                        return;
                    }
                }
            }
            throw new AssertionError("no entry reads " + text);
        });
    }

    private void showPoseTab(DialogFixture d, int index) {
        JTabbedPane tabs = tabs(d);
        onEdt(() -> tabs.setSelectedIndex(index));
        waitUntil("pose tab " + index + " showing", () -> tabs.getComponentAt(index)
                .isShowing());
    }

    private void click(DialogFixture d, String name) {
        JButton b = button(d, name);
        onEdt(() -> b.doClick());
    }

    private boolean enabled(DialogFixture d, String name) {
        JButton b = button(d, name);
        return onEdt(b::isEnabled);
    }

    private void set(DialogFixture d, String name, double value) {
        JSpinner s = spinner(d, name);
        onEdt(() -> s.setValue(value));
    }

    private Object value(DialogFixture d, String name) {
        JSpinner s = spinner(d, name);
        return onEdt(s::getValue);
    }

    private JTabbedPane tabs(DialogFixture d) {
        return find(d, "poseTabs", JTabbedPane.class);
    }

    private JButton button(DialogFixture d, String name) {
        return find(d, name, JButton.class);
    }

    private JSpinner spinner(DialogFixture d, String name) {
        return find(d, name, JSpinner.class);
    }

    /** A control of the dialog by name, also on a tab that is not showing. */
    private <T extends Component> T find(DialogFixture d, String name, Class<T> type) {
        return robot.finder().findByName(d.target(), name, type, false);
    }

    private void snapshot(Component target, String name) throws Exception {
        Rectangle bounds = onEdt(() -> new Rectangle(target.getLocationOnScreen(), target.getSize()));
        robot.waitForIdle();
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Path out = Path.of("target", "screens");
        Files.createDirectories(out);
        ImageIO.write(image, "png", out.resolve(name).toFile());
    }
}
