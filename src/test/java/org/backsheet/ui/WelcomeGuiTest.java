package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JPanelFixture;
import org.backsheet.editor.PreferenceKeys;
import org.junit.jupiter.api.Test;

/**
 * The first-run welcome shows once, inside the window in the preview pane's place, can start a blank sheet, and
 * sets up the clinic profile first.
 */
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

    /**
     * A clinician's first sight was a box with no title bar in the right quarter of a wide window, beside an empty
     * preview: it "looked broken for a moment". The welcome is part of the window, in the preview pane's place (no
     * blank preview beside it, no second window), and leaves the library and the sheet it explains in sight.
     */
    @Test
    void showsOnceInsideTheWindowAndStartsABlankSheet() {
        JPanelFixture welcome = openWelcome();
        welcome.button("welcomeProfile").requireVisible();
        assertThat(onEdt(() -> SwingUtilities.getWindowAncestor(welcome.target())))
                .as("part of the main window")
                .isSameAs(frame);
        assertThat(onEdt(() -> Arrays.stream(Window.getWindows()).anyMatch(w -> w instanceof JDialog && w.isShowing())))
                .as("no window of its own")
                .isFalse();
        assertThat(onEdt(() -> frame.previewPanel().showsPages()))
                .as("no empty preview beside it")
                .isFalse();
        Rectangle box = onScreen(welcome.target());
        assertThat(box.intersects(onScreen(window.list("libraryList").target())))
                .as("covers the library list")
                .isFalse();
        assertThat(box.intersects(onScreen(window.list("sheetItems").target())))
                .as("covers the sheet's list")
                .isFalse();
        assertThat(box.height).as("as tall as the preview pane").isGreaterThan(400);
        press(welcome.button("welcomeBlank"));
        waitUntil("a blank sheet", () -> editor().sheet().items().isEmpty());
        waitUntil("the preview back", () -> onEdt(() -> frame.previewPanel().showsPages()));
        assertThat(onEdt(() -> welcome.target().isShowing())).isFalse();
        assertThat(onEdt(() -> editor().preferences().get(PreferenceKeys.WELCOMED, null)))
                .isNotNull();
        onEdt(() -> WelcomePage.showIfFirstRun(frame, editor().preferences()));
        assertThat(onEdt(() -> frame.previewPanel().showsPages()))
                .as("shown once")
                .isTrue();
    }

    /**
     * "Set Up Clinic Profile" closed the welcome and left the sample sheet without the clinic just typed: the profile
     * is a first step, then the welcome asks which sheet to start with, and that sheet carries the profile.
     */
    @Test
    void theClinicProfileIsAFirstStepAndTheSampleThenCarriesIt() {
        JPanelFixture welcome = welcomeAfterTheProfile("112");
        welcome.requireVisible();
        press(welcome.button("welcomeSample"));
        waitUntil("the welcome closed", () -> onEdt(() -> !welcome.target().isShowing()));
        waitUntil("the sample carries the clinic", () -> "Riverside Physio"
                .equals(editor().sheet().clinic().name()));
        assertThat(onEdt(() -> editor().sheet().clinic().emergencyNumber())).isEqualTo("112");
        assertThat(ids()).isNotEmpty();
        assertThat(onEdt(() -> editor().files().isModified())).isFalse();
        assertThat(onEdt(() -> frame.previewPanel().showsPages())).isTrue();
    }

    /** Escape after the profile starts with the sample too, the profile on it: the keyboard is on the welcome. */
    @Test
    void escapeAfterTheProfileAlsoStartsWithTheSampleCarryingIt() {
        JPanelFixture welcome = welcomeAfterTheProfile("");
        waitUntil(
                "the keyboard on Start with the Sample",
                () -> onEdt(() ->
                        KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
                                == welcome.button("welcomeSample").target()));
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE, 0);
        waitUntil("the welcome closed", () -> onEdt(() -> !welcome.target().isShowing()));
        waitUntil("the sample carries the clinic", () -> "Riverside Physio"
                .equals(editor().sheet().clinic().name()));
        assertThat(ids()).isNotEmpty();
    }

    private JPanelFixture openWelcome() {
        onEdt(() -> SwingUtilities.invokeLater(() -> WelcomePage.showIfFirstRun(frame, editor().preferences())));
        waitUntil("the welcome showing", () -> onEdt(() -> !frame.previewPanel().showsPages()));
        return window.panel("welcomePage");
    }

    /**
     * Opens the first-run welcome, sets up the clinic profile "Riverside Physio" from it (with {@code emergency}
     * when not empty) and returns the welcome, still open for the choice of sheet.
     */
    private JPanelFixture welcomeAfterTheProfile(String emergency) {
        JPanelFixture welcome = openWelcome();
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
