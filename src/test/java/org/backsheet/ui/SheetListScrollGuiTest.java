package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import javax.swing.JList;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Adding to a long sheet keeps its list where it was and brings the new exercise into view. */
class SheetListScrollGuiTest extends GuiTestBase {

    private JList<?> list() {
        return (JList<?>) window.list("sheetItems").target();
    }

    private int firstVisible() {
        return onEdt(() -> list().getFirstVisibleIndex());
    }

    private int lastVisible() {
        return onEdt(() -> list().getLastVisibleIndex());
    }

    /** A sheet longer than the list shows, scrolled so that item {@code top} is the first one seen. */
    private void longSheetScrolledTo(int top) {
        onEdt(() -> {
            for (int i = 0; i < 14; i++) {
                editor().items().add("pelvic-tilt");
            }
            editor().items().select(-1);
        });
        waitUntil("the list holds them", () -> list().getModel().getSize() == 18);
        onEdt(() -> {
            JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, list());
            Point at = list().indexToLocation(top);
            viewport.setViewPosition(at);
        });
        waitUntil("scrolled", () -> list().getFirstVisibleIndex() == top);
        assertThat(lastVisible()).isLessThan(17);
    }

    @Test
    void anExerciseDroppedInViewLeavesTheListWhereItWas() {
        longSheetScrolledTo(5);
        int drop = firstVisible() + 1;
        onEdt(() -> editor().items().add("bridging", drop));
        waitUntil("it is selected", () -> list().getSelectedIndex() == drop);
        onEdt(() -> list().getParent().getParent().validate());
        assertThat(firstVisible()).isEqualTo(5);
        assertThat(drop).isBetween(firstVisible(), lastVisible());
    }

    @Test
    void anExerciseAddedAtTheEndComesIntoViewByTheSmallestMove() {
        longSheetScrolledTo(3);
        window.list("libraryList").clickItem(0);
        press(window.button("libraryAdd"));
        waitUntil("added and selected", () -> list().getModel().getSize() == 19 && list().getSelectedIndex() == 18);
        waitUntil("the new exercise is the last one seen", () -> list().getLastVisibleIndex() == 18);
        // Fully in view, not cut at the bottom edge.
        assertThat(onEdt(() -> list().getVisibleRect().contains(list().getCellBounds(18, 18))))
                .isTrue();
    }
}
