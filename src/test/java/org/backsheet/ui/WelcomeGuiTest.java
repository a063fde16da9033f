package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.editor.PreferenceKeys;
import org.junit.jupiter.api.Test;

/** The first-run welcome shows once, can start a blank sheet, and sets up the clinic profile first. */
class WelcomeGuiTest extends GuiTestBase {

    /** The part of {@code c} the user can see, in screen coordinates. */
    private static Rectangle onScreen(JComponent c) {
        return onEdt(() -> {
            Rectangle seen = c.getVisibleRect();
            Point at = c.getLocationOnScreen();
            seen.translate(at.x, at.y);
            return seen;
        });
    }

    @Test
    void showsOnceAndStartsABlankSheet() {
        onEdt(() -> SwingUtilities.invokeLater(() -> WelcomeDialog.showIfFirstRun(frame, editor().preferences())));
        DialogFixture welcome =
                WindowFinder.findDialog("welcomeDialog").withTimeout(30_000).using(robot);
        welcome.button("welcomeProfile").requireVisible();
        // Over the preview: the library list and the sheet it explains stay in sight.
        Rectangle box = onEdt(() -> welcome.target().getBounds());
        assertThat(box.intersects(onScreen(window.list("libraryList").target())))
                .as("covers the library list")
                .isFalse();
        assertThat(box.intersects(onScreen(window.list("sheetItems").target())))
                .as("covers the sheet's list")
                .isFalse();
        press(welcome.button("welcomeBlank"));
        waitUntil("a blank sheet", () -> editor().sheet().items().isEmpty());
        assertThat(onEdt(() -> editor().preferences().get(PreferenceKeys.WELCOMED, null)))
                .isNotNull();
        onEdt(() -> WelcomeDialog.showIfFirstRun(frame, editor().preferences()));
        assertThat(onEdt(() -> Arrays.stream(Window.getWindows())
                        .anyMatch(w -> "welcomeDialog".equals(w.getName()) && w.isShowing())))
                .isFalse();
    }

    /**
     * "Set Up Clinic Profile" closed the welcome and left the sample sheet without the clinic just typed: the profile
     * is a first step, then the welcome asks which sheet to start with, and that sheet carries the profile.
     */
    @Test
    void theClinicProfileIsAFirstStepAndTheSampleThenCarriesIt() {
        DialogFixture welcome = welcomeAfterTheProfile("112");
        welcome.requireVisible();
        press(welcome.button("welcomeSample"));
        waitUntil("the welcome closed", () -> !welcome.target().isShowing());
        waitUntil("the sample carries the clinic", () -> "Riverside Physio"
                .equals(editor().sheet().clinic().name()));
        assertThat(onEdt(() -> editor().sheet().clinic().emergencyNumber())).isEqualTo("112");
        assertThat(ids()).isNotEmpty();
        assertThat(onEdt(() -> editor().files().isModified())).isFalse();
    }

    /** Closing the welcome after the profile starts with the sample too, the profile on it. */
    @Test
    void closingTheWelcomeAfterTheProfileAlsoStartsWithTheSampleCarryingIt() {
        DialogFixture welcome = welcomeAfterTheProfile("");
        // Its close box (Escape runs the same): a window manager's close, not a focus the test display may not give.
        onEdt(() -> SwingUtilities.invokeLater(
                () -> welcome.target().dispatchEvent(new WindowEvent(welcome.target(), WindowEvent.WINDOW_CLOSING))));
        waitUntil("the welcome closed", () -> !welcome.target().isShowing());
        waitUntil("the sample carries the clinic", () -> "Riverside Physio"
                .equals(editor().sheet().clinic().name()));
        assertThat(ids()).isNotEmpty();
    }

    /**
     * Opens the first-run welcome, sets up the clinic profile "Riverside Physio" from it (with {@code emergency}
     * when not empty) and returns the welcome, still open for the choice of sheet.
     */
    private DialogFixture welcomeAfterTheProfile(String emergency) {
        onEdt(() -> SwingUtilities.invokeLater(() -> WelcomeDialog.showIfFirstRun(frame, editor().preferences())));
        DialogFixture welcome =
                WindowFinder.findDialog("welcomeDialog").withTimeout(30_000).using(robot);
        press(welcome.button("welcomeProfile"));
        DialogFixture profile = WindowFinder.findDialog("clinicProfileDialog")
                .withTimeout(30_000)
                .using(robot);
        profile.textBox("profileName").enterText("Riverside Physio");
        if (!emergency.isEmpty()) {
            profile.textBox("profileEmergency").enterText(emergency);
        }
        press(profile.button("profileOk"));
        waitUntil("the profile dialog closed", () -> !profile.target().isShowing());
        return welcome;
    }
}
