package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.event.KeyEvent;
import javax.swing.JList;
import javax.swing.ListModel;
import javax.swing.UIManager;
import org.backsheet.model.Exercise;
import org.junit.jupiter.api.Test;

/**
 * A trial clinician typed "hamstring" in the library's search and pressed Enter, and an exercise other than the
 * one she meant went onto the sheet: what Enter adds must be in plain view before Enter, and the arrow keys must
 * choose it without leaving the search.
 */
class LibrarySearchEnterGuiTest extends GuiTestBase {

    /** The library's list, found even while "no match" stands in its place. */
    @SuppressWarnings("unchecked")
    private JList<Exercise> library() {
        return (JList<Exercise>) robot.finder().findByName(frame, "libraryList", JList.class, false);
    }

    private String selectedId() {
        return onEdt(() -> {
            Exercise e = library().getSelectedValue();
            return e == null ? null : e.id();
        });
    }

    private int rowOf(String id) {
        return onEdt(() -> {
            ListModel<Exercise> model = library().getModel();
            for (int i = 0; i < model.getSize(); i++) {
                if (model.getElementAt(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        });
    }

    /** The background the list paints row {@code row} with, as it would now. */
    private Color rowBackground(int row) {
        return onEdt(() -> {
            JList<Exercise> list = library();
            Component cell = list.getCellRenderer()
                    .getListCellRendererComponent(
                            list, list.getModel().getElementAt(row), row, list.isSelectedIndex(row), false);
            return cell.getBackground();
        });
    }

    @Test
    void enterAddsTheHitThatIsPlainlySelectedAndTheArrowsChooseAnother() {
        // an exercise chosen earlier that the search also finds (the bridge stretches the hamstrings)
        onEdt(() -> library().setSelectedIndex(rowOf("bridging")));
        window.textBox("librarySearch").click();
        window.textBox("librarySearch").enterText("hamstring");
        waitUntil("the search narrowed the library", () -> library().getModel().getSize() == 4);

        // the names come first, the one starting with the word first of all; the bridge (steps only) last
        assertThat(onEdt(() -> library().getModel().getElementAt(0).id())).isEqualTo("towel-hamstring-stretch");
        assertThat(onEdt(() -> library().getModel().getElementAt(3).id())).isEqualTo("bridging");
        // the new words select the first hit, in the full selection colour while the search has the keyboard
        waitUntil("the first hit is selected", () -> "towel-hamstring-stretch".equals(selectedId()));
        assertThat(rowBackground(0)).isEqualTo(onEdt(() -> UIManager.getColor("List.selectionBackground")));
        window.button("libraryAdd").requireText("Add \u201cHamstring stretch with towel\u201d");

        window.textBox("librarySearch").pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_DOWN);
        waitUntil("Down moved the selection", () -> "standing-toe-touch".equals(selectedId()));
        assertThat(onEdt(() -> window.textBox("librarySearch").target().isFocusOwner()))
                .as("the search keeps the keyboard")
                .isTrue();
        window.textBox("librarySearch").pressAndReleaseKeys(KeyEvent.VK_UP);
        waitUntil("Up moved it back", () -> "seated-hamstring-stretch".equals(selectedId()));
        window.button("libraryAdd").requireText("Add \u201cSeated hamstring stretch\u201d");

        int before = ids().size();
        window.textBox("librarySearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("Enter added the chosen exercise", () -> ids().size() == before + 1);
        assertThat(ids().get(before)).isEqualTo("seated-hamstring-stretch");

        // the next name typed is a new search ("hamstringbird" found nothing)
        window.textBox("librarySearch").enterText("bird");
        window.textBox("librarySearch").requireText("bird");
        waitUntil("a new search", () -> library().getModel().getSize() == 1);
        window.button("libraryAdd").requireEnabled();
        window.textBox("librarySearch").enterText("qwxz");
        waitUntil("nothing to add", () -> library().getModel().getSize() == 0);
        window.button("libraryAdd").requireDisabled();
    }

    @Test
    void theSelectionGreysOnlyWhenEnterNoLongerAddsIt() {
        window.textBox("librarySearch").click();
        window.textBox("librarySearch").enterText("bird");
        waitUntil("narrowed", () -> library().getModel().getSize() == 1);
        Color strong = onEdt(() -> UIManager.getColor("List.selectionBackground"));
        assertThat(rowBackground(0)).isEqualTo(strong);
        window.textBox("sheetPatient").click();
        waitUntil(
                "the search lost the keyboard",
                () -> !window.textBox("librarySearch").target().isFocusOwner());
        assertThat(rowBackground(0)).isNotEqualTo(strong);
    }

    @Test
    void aStrayEnterWhenTheSearchGetsTheKeyboardBackAddsNothing() {
        window.textBox("librarySearch").click();
        window.textBox("librarySearch").enterText("bird");
        waitUntil("narrowed", () -> library().getModel().getSize() == 1);
        int before = ids().size();
        window.textBox("librarySearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("Enter added the bird dog", () -> ids().size() == before + 1);

        // the keyboard goes elsewhere and comes back, as when a dialog closes: Enter alone adds nothing
        window.textBox("sheetPatient").click();
        waitUntil(
                "the search lost the keyboard",
                () -> !window.textBox("librarySearch").target().isFocusOwner());
        window.textBox("librarySearch").click();
        waitUntil(
                "the search has the keyboard",
                () -> window.textBox("librarySearch").target().isFocusOwner());
        window.textBox("librarySearch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(ids()).hasSize(before + 1);

        // a hit chosen with the arrows, or new words, make Enter add again
        window.textBox("librarySearch").deleteText();
        waitUntil("the whole library", () -> library().getModel().getSize() > 20);
        window.textBox("librarySearch").pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_ENTER);
        waitUntil("Down then Enter added one", () -> ids().size() == before + 2);
    }
}
