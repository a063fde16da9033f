package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.KeyboardFocusManager;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import org.assertj.swing.core.KeyPressInfo;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.Test;

/** A Remove button beside the selected exercise: only the Delete key and a menu removed one, and were not found. */
class RemoveItemGuiTest extends GuiTestBase {

    @SuppressWarnings("deprecation") // the robot reads the old modifier masks
    private static final int CTRL = InputEvent.CTRL_MASK;

    @Test
    void theRemoveButtonTakesTheSelectedExerciseOffAndUndoPutsItBack() {
        List<String> before = ids();
        onEdt(() -> editor().items().select(1));
        window.button("removeItem").requireVisible().requireEnabled();
        press(window.button("removeItem"));
        waitUntil("one exercise fewer", () -> ids().size() == before.size() - 1);
        assertThat(ids()).doesNotContain(before.get(1));
        window.list("sheetItems")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitUntil("Undo put it back in its place", () -> ids().equals(before));
        onEdt(() -> editor().items().select(-1));
        window.button("removeItem").requireDisabled();
    }

    /**
     * After Remove from Sheet a clinician saw no message, and the keyboard stayed on the button: the status line
     * names the exercise and the way back, and the focus is on the list, on the exercise that came after it.
     */
    @Test
    void removingSaysWhatWentAndLeavesTheKeyboardOnTheNextExercise() {
        List<String> before = ids();
        String name = onEdt(
                () -> editor().nameOf(editor().catalog().find(before.get(1)).orElseThrow()));
        onEdt(() -> editor().items().select(1));
        press(window.button("removeItem"));
        waitUntil("one exercise fewer", () -> ids().size() == before.size() - 1);
        waitUntil(
                "the list has the keyboard",
                () -> onEdt(() ->
                        KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                                == window.list("sheetItems").target()));
        assertThat(window.label("statusMessage").text()).contains(name).contains("Ctrl+Z");
        String selected =
                onEdt(() -> ((SheetItem) window.list("sheetItems").target().getSelectedValue()).exerciseId());
        assertThat(selected).as("the exercise after the removed one").isEqualTo(before.get(2));
        // The keys go on working from there: Delete removes the next one too.
        robot.pressAndReleaseKey(KeyEvent.VK_DELETE, 0);
        waitUntil("the next one removed", () -> !ids().contains(before.get(2)));
    }
}
