package org.backsheet.ui;

import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * After the Save and Export file dialogs closed, the window's shortcuts did nothing until the clinician clicked
 * into it (seen under Xvfb without a window manager): the keyboard goes back to the window, to the sheet's list.
 */
class KeysAfterFileDialogsGuiTest extends GuiTestBase {

    @SuppressWarnings("deprecation") // the robot reads the old modifier masks
    private static final int CTRL = InputEvent.CTRL_MASK;

    @SuppressWarnings("deprecation")
    private static final int SHIFT = InputEvent.SHIFT_MASK;

    @Test
    void shortcutsWorkRightAfterSaveAs() {
        focusTheList();
        robot.pressAndReleaseKey(KeyEvent.VK_S, CTRL | SHIFT);
        Path file = temp.resolve("after-save.backsheet.json");
        chooseFile(file);
        waitUntil("saved", () -> Files.exists(file) && !editor().undo().isModified());
        duplicateByKey();
    }

    @Test
    void shortcutsWorkRightAfterExport() {
        focusTheList();
        robot.pressAndReleaseKey(KeyEvent.VK_E, CTRL);
        Path file = temp.resolve("after-export.pdf");
        chooseFile(file);
        waitUntil(
                "exported",
                () -> Files.exists(file)
                        && String.valueOf(window.label("statusMessage").target().getText())
                                .contains("after-export.pdf"));
        duplicateByKey();
    }

    private void focusTheList() {
        onEdt(() -> editor().items().select(0));
        robot.focusAndWaitForFocusGain(window.list("sheetItems").target());
    }

    /** Ctrl+D, the window's duplicate key, as the next thing typed: it must reach the window. */
    private void duplicateByKey() {
        waitUntil(
                "the sheet's list has the keyboard",
                () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                        == window.list("sheetItems").target());
        int before = ids().size();
        robot.pressAndReleaseKey(KeyEvent.VK_D, CTRL);
        waitUntil("Ctrl+D duplicated the exercise", () -> ids().size() == before + 1);
    }
}
