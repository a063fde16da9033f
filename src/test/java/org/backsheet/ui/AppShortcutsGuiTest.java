package org.backsheet.ui;

import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window's own shortcuts work wherever the keyboard focus is (Ctrl+Q did nothing in the advice list). */
class AppShortcutsGuiTest extends GuiTestBase {

    @SuppressWarnings("deprecation") // the robot reads the old modifier masks
    private static final int CTRL = InputEvent.CTRL_MASK;

    @ParameterizedTest
    @ValueSource(strings = {"sheetTitle", "advice.line.0", "adviceStandard", "sheetItems", "itemNote"})
    void ctrlQQuitsWhereverTheFocusIs(String focused) {
        if (focused.startsWith("advice")) {
            showTab(2);
        }
        if (focused.equals("itemNote")) {
            onEdt(() -> editor().items().select(0));
        }
        waitForShowing(window.target(), focused);
        var target = robot.finder().findByName(window.target(), focused, false);
        robot.focusAndWaitForFocusGain(target);
        quitByKey();
    }

    /** The advice line that had the focus is removed with its ✕ button: the keys must still reach the window. */
    @Test
    void ctrlQQuitsAfterTheFocusedAdviceLineWasRemoved() {
        showTab(2);
        onEdt(() -> editor().advice().setLines(List.of("Walk every day.", "Sleep on your side."), false));
        waitForShowing(window.target(), "advice.line.1");
        robot.focusAndWaitForFocusGain(window.textBox("advice.line.1").target());
        press(window.button("advice.remove.1"));
        waitUntil("the line removed", () -> editor().sheet().advice().size() == 1);
        quitByKey();
    }

    /** Undo while typing an own advice line, back to the standard advice: the list is rebuilt under the cursor. */
    @Test
    void ctrlQQuitsAfterUndoBroughtBackTheStandardAdvice() {
        showTab(2);
        press(window.button("adviceAddFirst"));
        waitForShowing(window.target(), "advice.line.0");
        window.textBox("advice.line.0").enterText("Walk");
        waitUntil("typed", () -> "Walk".equals(editor().sheet().advice().get(0)));
        robot.pressAndReleaseKey(KeyEvent.VK_Z, CTRL);
        waitUntil("the typing undone", () -> "".equals(editor().sheet().advice().get(0)));
        robot.pressAndReleaseKey(KeyEvent.VK_Z, CTRL);
        waitUntil("the standard advice again", () -> editor().sheet().advice() == null);
        quitByKey();
    }

    /** Undo while the cursor is in an advice line rebuilds the list: the cursor stays in it, and keys still work. */
    @Test
    void ctrlQQuitsAfterUndoInAnAdviceLine() {
        showTab(2);
        onEdt(() -> editor().advice().setLines(List.of("Walk every day.", "Sleep on your side."), false));
        waitForShowing(window.target(), "advice.line.1");
        javax.swing.JTextArea line =
                (javax.swing.JTextArea) window.textBox("advice.line.1").target();
        robot.focusAndWaitForFocusGain(line);
        robot.enterText("x");
        waitUntil("typed", () -> editor().sheet().advice().get(1).contains("x"));
        robot.pressAndReleaseKey(KeyEvent.VK_Z, CTRL);
        waitUntil("undone", () -> editor().sheet().advice().get(1).equals("Sleep on your side."));
        waitUntil("the cursor is in an advice line", () -> {
            var owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null
                    && owner.isShowing()
                    && String.valueOf(owner.getName()).startsWith("advice.line.");
        });
        quitByKey();
    }

    /** Enter at the end of the last advice line starts a new, empty line with the cursor in it. */
    @Test
    void ctrlQQuitsFromANewEmptyAdviceLine() {
        showTab(2);
        press(window.button("adviceAddFirst"));
        waitForShowing(window.target(), "advice.line.0");
        window.textBox("advice.line.0").enterText("Walk every day.");
        int last = onEdt(() -> editor().sheet().advice().size() - 1);
        window.textBox("advice.line." + last).pressAndReleaseKeys(KeyEvent.VK_END, KeyEvent.VK_ENTER);
        waitUntil("a new empty line", () -> editor().sheet().advice().size() == last + 2);
        quitByKey();
        press(window.optionPane(PATIENCE).buttonWithText("Don't Save"));
        waitUntil("the window closed", () -> !frame.isDisplayable());
    }

    /** No component of the window has the focus (the window itself has). */
    @Test
    void ctrlQQuitsWhenNoComponentHasTheFocus() {
        showTab(2);
        onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().clearFocusOwner());
        waitUntil(
                "no focus owner",
                () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == null);
        quitByKey();
    }

    private void quitByKey() {
        robot.pressAndReleaseKey(KeyEvent.VK_Q, CTRL);
        waitUntil(
                "the window closed, or asks about unsaved changes",
                () -> !frame.isDisplayable()
                        || java.util.Arrays.stream(java.awt.Window.getWindows())
                                .anyMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog));
    }
}
