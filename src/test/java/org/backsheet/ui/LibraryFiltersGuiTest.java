package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import javax.swing.JList;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.model.Exercise;
import org.junit.jupiter.api.Test;

/** A new exercise shows even under a search that would hide it; Clear Filters; whole names on hover. */
class LibraryFiltersGuiTest extends GuiTestBase {

    @Test
    void aNewExerciseHiddenByTheSearchIsShownAndSelected() {
        window.textBox("librarySearch").enterText("bird");
        waitUntil(
                "narrowed", () -> window.list("libraryList").target().getModel().getSize() == 1);
        window.button("libraryClearFilters").requireEnabled();
        press(window.button("libraryNew"));
        DialogFixture dialog =
                WindowFinder.findDialog("exerciseDialog").withTimeout(30_000).using(robot);
        dialog.textBox("exerciseName").enterText("Wall sit");
        dialog.textBox("steps.line.0").enterText("Stand with your back against a wall.");
        press(dialog.button("exerciseSave"));
        waitUntil("the new exercise is shown and selected", () -> {
            Object v = ((JList<?>) window.list("libraryList").target()).getSelectedValue();
            return v instanceof Exercise e && e.name().equals("Wall sit");
        });
        window.textBox("librarySearch").requireText("");
        window.button("libraryClearFilters").requireDisabled();
        assertThat(window.label("statusMessage").text()).contains("Wall sit");
    }

    /** A search that found nothing showed an empty list, which looked broken. */
    @Test
    void aSearchWithNoMatchSaysSoAndOffersToCreateTheExercise() {
        window.textBox("librarySearch").enterText("qwxz");
        waitUntil(
                "the list gives way to the message",
                () -> window.label("libraryNoMatchMessage").target().isShowing());
        assertThat(window.label("libraryNoMatchMessage").text()).isEqualTo("No exercise matches \u201cqwxz\u201d.");
        window.button("libraryNoMatchCreate").requireText("Create your own\u2026");
        press(window.button("libraryNoMatchCreate"));
        DialogFixture dialog =
                WindowFinder.findDialog("exerciseDialog").withTimeout(30_000).using(robot);
        // the words searched for name the new exercise (a clinician typed them twice)
        dialog.textBox("exerciseName").requireText("Qwxz");
        dialog.close();
        press(window.button("libraryNoMatchClear"));
        waitUntil(
                "the list is back",
                () -> window.list("libraryList").target().isShowing()
                        && window.list("libraryList").target().getModel().getSize() > 1);
        window.textBox("librarySearch").requireText("");
    }

    @Test
    void theWholeNameShowsOnHover() {
        JList<?> list = (JList<?>) window.list("libraryList").target();
        String tip = onEdt(() -> {
            Rectangle row = list.getCellBounds(0, 0);
            return list.getToolTipText(new MouseEvent(
                    list, MouseEvent.MOUSE_MOVED, 0, 0, row.x + row.width / 2, row.y + row.height / 2, 0, false));
        });
        assertThat(tip).isEqualTo(onEdt(() -> ((Exercise) list.getModel().getElementAt(0)).name()));
    }
}
