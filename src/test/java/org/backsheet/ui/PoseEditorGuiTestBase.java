package org.backsheet.ui;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.text.JTextComponent;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.Position;

/**
 * Opens the exercise dialog and the pose editor in the real window and works their controls on the event thread,
 * each result waited for, so a busy machine cannot lose a click.
 */
abstract class PoseEditorGuiTestBase extends GuiTestBase {

    DialogFixture newExercise(String name) {
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

    /** Picks {@code picture} in the exercise dialog's gallery and opens the pose editor on it. */
    DialogFixture adjustFromGallery(DialogFixture dialog, String picture) {
        press(dialog.button("chooseFigure"));
        DialogFixture gallery = findDialog("figureGallery");
        pick(gallery.list("poses").target(), picture);
        press(gallery.button("galleryAdjust"));
        return findDialog("poseEditor");
    }

    /** Opens the pose editor from an exercise that has no picture yet (it starts from a person standing). */
    DialogFixture adjustWithoutAPicture(DialogFixture dialog) {
        press(dialog.button("adjustFigure"));
        return findDialog("poseEditor");
    }

    /** OK in the pose editor, then waits until the exercise dialog shows the picture it took. */
    static void keepPicture(DialogFixture poses, DialogFixture dialog) {
        press(poses.button("poseOk"));
        waitUntil(
                "the picture is shown",
                () -> dialog.label("picturePreview").target().getIcon() != null);
    }

    /**
     * Saves the exercise dialog's new exercise, waits for its file ({@code id}) and returns the exercise as written.
     * The file is kept beside the snapshots, so a person can export a handout with it and look at the picture.
     */
    Exercise save(DialogFixture dialog, String id) throws Exception {
        waitUntil(
                "Save is enabled", () -> dialog.button("exerciseSave").target().isEnabled());
        press(dialog.button("exerciseSave"));
        Path file = temp.resolve("home/library").resolve(id + ExerciseFiles.EXTENSION);
        waitUntil("the file is written", () -> Files.isRegularFile(file));
        Path kept = Path.of("target", "screens");
        Files.createDirectories(kept);
        Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return ExerciseFiles.read(file);
    }

    /** Closes the pose editor and the exercise dialog without keeping anything. */
    static void cancel(DialogFixture poses, DialogFixture dialog) {
        press(poses.button("poseCancel"));
        press(dialog.button("exerciseCancel"));
    }

    DialogFixture findDialog(String name) {
        return WindowFinder.findDialog(name).withTimeout(30_000).using(robot);
    }

    /** Selects the entry that reads {@code text} in a list or combo, on the event thread. */
    static void pick(Component listOrCombo, String text) {
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

    void showPoseTab(DialogFixture d, int index) {
        JTabbedPane tabs = tabs(d);
        onEdt(() -> tabs.setSelectedIndex(index));
        waitUntil("pose tab " + index + " showing", () -> tabs.getComponentAt(index)
                .isShowing());
    }

    void click(DialogFixture d, String name) {
        JButton b = button(d, name);
        onEdt(() -> b.doClick());
    }

    boolean enabled(DialogFixture d, String name) {
        JButton b = button(d, name);
        return onEdt(b::isEnabled);
    }

    void set(DialogFixture d, String name, double value) {
        JSpinner s = spinner(d, name);
        onEdt(() -> s.setValue(value));
    }

    Object value(DialogFixture d, String name) {
        JSpinner s = spinner(d, name);
        return onEdt(s::getValue);
    }

    JTabbedPane tabs(DialogFixture d) {
        return find(d, "poseTabs", JTabbedPane.class);
    }

    JButton button(DialogFixture d, String name) {
        return find(d, name, JButton.class);
    }

    JSpinner spinner(DialogFixture d, String name) {
        return find(d, name, JSpinner.class);
    }

    /** A control of the dialog by name, also on a tab that is not showing. */
    <T extends Component> T find(DialogFixture d, String name, Class<T> type) {
        return robot.finder().findByName(d.target(), name, type, false);
    }

    void snapshot(Component target, String name) throws Exception {
        Rectangle bounds = onEdt(() -> new Rectangle(target.getLocationOnScreen(), target.getSize()));
        robot.waitForIdle();
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        Path out = Path.of("target", "screens");
        Files.createDirectories(out);
        ImageIO.write(image, "png", out.resolve(name).toFile());
    }
}
