package org.backsheet.ui;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.AbstractComponentFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JCheckBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.backsheet.app.EditorWiring;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.SheetItem;
import org.backsheet.testdata.StepClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the real editor window for a GUI test, with preferences and files in a temp folder so the user's own
 * files are never touched. Waits for conditions, never for time.
 */
@DisabledIf("java.awt.GraphicsEnvironment#isHeadless")
abstract class GuiTestBase {

    static final Timeout PATIENCE = Timeout.timeout(30_000);

    @TempDir
    Path temp;

    Robot robot;
    FrameFixture window;
    EditorWindow frame;
    /** The window's clock: it stands still unless a test moves it, so typing merges and dates never race. */
    final StepClock clock = StepClock.standing();

    @BeforeAll
    static void checkThreads() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openWindow() {
        System.setProperty("backsheet.home", temp.resolve("home").toString());
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(30);
        EditorPreferences prefs = new EditorPreferences(temp.resolve("home/preferences/editor.properties"));
        prefs.put(PreferenceKeys.LAST_FOLDER, temp.toString());
        EditorServices services =
                services(EditorWiring.withCatalog(BuiltInCatalog.load(), prefs).withClock(clock));
        frame = GuiActionRunner.execute(() -> EditorLauncher.open(services));
        window = new FrameFixture(robot, frame);
        window.show();
    }

    /** The services the window opens with: the real ones; a test may wrap one (a handout maker it holds back). */
    EditorServices services(EditorServices real) {
        return real;
    }

    @AfterEach
    void closeWindow() {
        try {
            if (window != null) {
                window.cleanUp();
            }
        } finally {
            robot.cleanUp();
            System.clearProperty("backsheet.home");
        }
    }

    EditorController editor() {
        return frame.controller();
    }

    /** Reads something on the event thread. */
    static <T> T onEdt(Callable<T> read) {
        return GuiActionRunner.execute(read);
    }

    static void onEdt(Runnable action) {
        GuiActionRunner.execute(action::run);
    }

    List<String> ids() {
        return onEdt(() ->
                editor().sheet().items().stream().map(SheetItem::exerciseId).toList());
    }

    /**
     * Presses a button, check box, radio button or menu item the way its own keyboard shortcut would, on the
     * event thread, then waits until the events it caused are handled. Robot clicks were lost now and then on a
     * busy machine (ten loaded runs of the GUI suite failed that way on buttons, tabs, a spinner and a check
     * box); what these tests check is what the press does, not the mouse. Queued rather than waited for, since
     * a press may open a modal question.
     */
    static void press(AbstractComponentFixture<?, ? extends AbstractButton, ?> button) {
        AbstractButton target = button.target();
        SwingUtilities.invokeLater(target::doClick);
        button.robot().waitForIdle();
    }

    /** Ticks or clears a check box through {@link #press}, only when it is not that way already. */
    static void tick(JCheckBoxFixture box, boolean ticked) {
        if (onEdt(() -> box.target().isSelected()) != ticked) {
            press(box);
        }
    }

    /**
     * Shows the sheet pane's tab {@code index} and waits until its page is on screen. The tab is chosen on the
     * event thread rather than clicked: a lost robot click on a busy machine left the previous tab showing, and
     * the next lookup failed (StepsAndAdviceGuiTest flaked that way).
     */
    void showTab(int index) {
        JTabbedPane tabs = window.tabbedPane("sheetTabs").target();
        onEdt(() -> tabs.setSelectedIndex(index));
        waitUntil("tab " + index + " showing", () -> tabs.getComponentAt(index).isShowing());
    }

    /** Waits until a component named {@code name} shows inside {@code root} (a row added a moment ago). */
    static void waitForShowing(Container root, String name) {
        waitUntil(name + " showing", () -> showing(root, name));
    }

    private static boolean showing(Component c, String name) {
        if (name.equals(c.getName()) && c.isShowing()) {
            return true;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                if (showing(child, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(condition::getAsBoolean);
                    }
                },
                PATIENCE);
    }

    /**
     * Answers the open file chooser with {@code file} and approves. The file is set on the chooser itself rather
     * than typed and clicked: the chooser is the JDK's, and a lost click on a busy machine only made tests flaky.
     */
    void chooseFile(Path file) {
        JFileChooserFixture chooser = window.fileChooser(PATIENCE);
        onEdt(() -> {
            chooser.target().setCurrentDirectory(file.getParent().toFile());
            chooser.target().setSelectedFile(file.toFile());
            chooser.target().approveSelection();
        });
        waitUntil("the file chooser closed", () -> !chooser.target().isShowing());
    }
}
