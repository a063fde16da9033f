package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import org.assertj.swing.core.KeyPressInfo;
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
}
