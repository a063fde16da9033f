package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.util.Arrays;
import javax.swing.SwingUtilities;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.editor.PreferenceKeys;
import org.junit.jupiter.api.Test;

/** The first-run welcome shows once and can start a blank sheet. */
class WelcomeGuiTest extends GuiTestBase {

    @Test
    void showsOnceAndStartsABlankSheet() {
        onEdt(() -> SwingUtilities.invokeLater(() -> WelcomeDialog.showIfFirstRun(frame, editor().preferences())));
        DialogFixture welcome =
                WindowFinder.findDialog("welcomeDialog").withTimeout(30_000).using(robot);
        welcome.button("welcomeProfile").requireVisible();
        press(welcome.button("welcomeBlank"));
        waitUntil("a blank sheet", () -> editor().sheet().items().isEmpty());
        assertThat(onEdt(() -> editor().preferences().get(PreferenceKeys.WELCOMED, null)))
                .isNotNull();
        onEdt(() -> WelcomeDialog.showIfFirstRun(frame, editor().preferences()));
        assertThat(onEdt(() -> Arrays.stream(Window.getWindows())
                        .anyMatch(w -> "welcomeDialog".equals(w.getName()) && w.isShowing())))
                .isFalse();
    }
}
