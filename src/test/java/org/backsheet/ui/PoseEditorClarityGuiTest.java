package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

/**
 * What the pose editor says is true and whole, as a clinician found it was not: the picture a position was taken
 * from, a point that cannot carry an arrow, which arm and leg a column is, and the gallery's names.
 */
class PoseEditorClarityGuiTest extends PoseEditorGuiTestBase {

    @Test
    void takeFromNamesThePictureChosenInTheGalleryUntilAJointIsChanged() throws Exception {
        DialogFixture dialog = newExercise("Bridge, my way");
        DialogFixture poses = adjustFromGallery(dialog, "Bridge");
        JComboBox<?> startFrom = find(poses, "start.from", JComboBox.class);
        JComboBox<?> endFrom = find(poses, "end.from", JComboBox.class);
        // It said "Standing (plain)" over a bridge.
        assertThat(onEdt(() -> String.valueOf(startFrom.getSelectedItem()))).isEqualTo("Bridge: start");
        assertThat(onEdt(() -> String.valueOf(endFrom.getSelectedItem()))).isEqualTo("Bridge: finish");
        snapshot(poses.target(), "pose-editor-take-from.png");
        set(poses, "start.near.knee", 60.0);
        waitUntil("the start no longer claims to be the bridge's", () -> startFrom.getSelectedItem() == null);
        assertThat(onEdt(() -> shownIn(startFrom))).isEqualTo("changed by hand");
        snapshot(poses.target(), "pose-editor-changed-by-hand.png");
        assertThat(onEdt(() -> String.valueOf(endFrom.getSelectedItem()))).isEqualTo("Bridge: finish");
        cancel(poses, dialog);
    }

    /** The words a closed combo box shows for its selection. */
    @SuppressWarnings("unchecked")
    private static String shownIn(JComboBox<?> box) {
        JComboBox<Object> b = (JComboBox<Object>) box;
        Component shown =
                b.getRenderer().getListCellRendererComponent(new JList<>(), b.getSelectedItem(), -1, false, false);
        return ((JLabel) shown).getText();
    }

    /** How the open list of {@code box} draws {@code item}, not selected. */
    @SuppressWarnings("unchecked")
    private static Component listed(JComboBox<?> box, Object item) {
        JComboBox<Object> b = (JComboBox<Object>) box;
        int index = ((javax.swing.DefaultComboBoxModel<Object>) b.getModel()).getIndexOf(item);
        return b.getRenderer().getListCellRendererComponent(new JList<>(), item, index, false, false);
    }

    @Test
    void anArrowIsRefusedWithAReasonAtAPointThatDoesNotMove() throws Exception {
        DialogFixture dialog = newExercise("Arm raise");
        DialogFixture poses = adjustWithoutAPicture(dialog);
        press(poses.checkBox("poseHasFinish"));
        set(poses, "end.near.shoulder", 90.0);
        showPoseTab(poses, 2);
        JComboBox<?> point = find(poses, "poseArrowPoint", JComboBox.class);
        JLabel hint = find(poses, "poseArrowHint", JLabel.class);

        pick(point, "Knee, near side (in front)");
        waitUntil("Add is refused for the still knee", () -> !enabled(poses, "poseArrowAdd"));
        assertThat(onEdt(hint::getText)).contains("Knee, near side (in front)", "stays in the same place");
        snapshot(poses.target(), "pose-editor-still-point.png");

        assertThat(onEdt(() -> listed(point, "kneeNear").getForeground()))
                .as("a still point is greyed in the list")
                .isNotEqualTo(onEdt(() -> listed(point, "handNear").getForeground()));

        pick(point, "Hand, near side (in front)");
        waitUntil("Add is offered for the moving hand", () -> enabled(poses, "poseArrowAdd"));
        assertThat(onEdt(hint::getText)).doesNotContain("stays in the same place");
        click(poses, "poseArrowAdd");
        JList<?> arrows = find(poses, "poseArrows", JList.class);
        waitUntil("the arrow is listed", () -> arrows.getModel().getSize() == 1);
        cancel(poses, dialog);
    }

    @Test
    void theLimbColumnsSayWhichArmAndLegTheyAre() {
        DialogFixture dialog = newExercise("Leg raise");
        DialogFixture poses = adjustWithoutAPicture(dialog);
        JLabel near = find(poses, "start.nearHeading", JLabel.class);
        JLabel far = find(poses, "start.farHeading", JLabel.class);
        assertThat(onEdt(near::getText)).contains("Near side", "in front").doesNotContain("facing you");
        assertThat(onEdt(far::getText)).contains("Far side", "behind");
        assertThat(onEdt(() -> near.getToolTipText())).contains("nearer to you", "on top");
        assertThat(onEdt(() -> far.getToolTipText())).contains("further from you", "behind");
        cancel(poses, dialog);
    }

    @Test
    void theGalleryNamesTheLibrarysPicturesAsTheLibraryPaneDoes() {
        // A Spanish window listed "Ankle pumps" in the gallery beside "Bombeo de tobillos" in the library.
        onEdt(() -> editor().details().setLanguage("es"));
        DialogFixture dialog = newExercise("Tobillos");
        press(dialog.button("chooseFigure"));
        DialogFixture gallery = findDialog("figureGallery");
        JList<?> list = gallery.list("poses").target();
        List<String> names = onEdt(() -> {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                all.add(list.getModel().getElementAt(i).toString());
            }
            return all;
        });
        assertThat(names).contains("Bombeo de tobillos").doesNotContain("Ankle pumps");
        press(gallery.button("galleryCancel"));
        press(dialog.button("exerciseCancel"));
    }

    private record Cell(String name, Dimension need, String tooltip) {}

    @Test
    @SuppressWarnings("unchecked")
    void everyNameInThePoseGalleryShowsWholeOrInItsTooltip() throws Exception {
        DialogFixture dialog = newExercise("Anything");
        press(dialog.button("chooseFigure"));
        DialogFixture gallery = findDialog("figureGallery");
        JList<Object> list = (JList<Object>) gallery.list("poses").target();
        int size = onEdt(() -> list.getModel().getSize());
        assertThat(size).isGreaterThan(6);
        for (int i = 0; i < size; i++) {
            int index = i;
            // The renderer's one component is drawn for every cell: read it in one go, before a repaint reuses it.
            Cell cell = onEdt(() -> {
                Object entry = list.getModel().getElementAt(index);
                JComponent drawn = (JComponent)
                        list.getCellRenderer().getListCellRendererComponent(list, entry, index, false, false);
                return new Cell(entry.toString(), drawn.getPreferredSize(), drawn.getToolTipText());
            });
            // "Lying on your back, knees bent (plain)" was cut to "Lying on your back, kne..." with no tooltip.
            assertThat(cell.need().width)
                    .as("width of %s", cell.name())
                    .isLessThanOrEqualTo(onEdt(list::getFixedCellWidth));
            assertThat(cell.need().height)
                    .as("height of %s", cell.name())
                    .isLessThanOrEqualTo(onEdt(list::getFixedCellHeight));
            assertThat(cell.tooltip()).isEqualTo(cell.name());
        }
        snapshot(gallery.target(), "pose-gallery.png");
        press(gallery.button("galleryCancel"));
        press(dialog.button("exerciseCancel"));
    }
}
