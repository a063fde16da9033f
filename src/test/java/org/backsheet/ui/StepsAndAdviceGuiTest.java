package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;

/** The in-place lists: an exercise's steps and the sheet's advice, and the questions before throwing work away. */
class StepsAndAdviceGuiTest extends GuiTestBase {

    private DialogFixture newExercise() {
        press(window.button("libraryNew"));
        return WindowFinder.findDialog("exerciseDialog").withTimeout(30_000).using(robot);
    }

    private static List<String> steps(DialogFixture dialog) {
        return onEdt(() -> ((ExerciseDialog) dialog.target()).draft().steps());
    }

    @Test
    void addStepAppendsOneRowWithTheCursorInItAndABlankStepCannotBeSaved() {
        DialogFixture dialog = newExercise();
        dialog.textBox("exerciseName").enterText("Wall sit");
        dialog.textBox("steps.line.0").enterText("First");
        press(dialog.button("steps.add"));
        waitUntil("one row added", () -> steps(dialog).size() == 2);
        // A blank step between written ones must not be saved.
        dialog.button("exerciseSave").requireDisabled();
        dialog.label("exerciseIssues").requireText(UiTexts.get("exercise.issue.stepBlank"));
        // The cursor is in the new row: typing goes there.
        waitUntil(
                "the new row has the focus",
                () -> dialog.textBox("steps.line.1").target().hasFocus());
        dialog.textBox("steps.line.1").enterText("Second");
        dialog.textBox("steps.line.0").focus();
        press(dialog.button("steps.add"));
        waitUntil("added at the end", () -> steps(dialog).size() == 3);
        dialog.textBox("steps.line.2").enterText("Third");
        // The last key may still be on its way to the draft on a busy machine: wait for it, do not race it.
        waitUntil("typed into the new last row", () -> steps(dialog).equals(List.of("First", "Second", "Third")));
        press(dialog.button("steps.up.2"));
        waitUntil("moved up", () -> steps(dialog).equals(List.of("First", "Third", "Second")));
        press(dialog.button("steps.remove.0"));
        waitUntil("removed", () -> steps(dialog).equals(List.of("Third", "Second")));
        dialog.button("exerciseSave").requireEnabled();
    }

    @Test
    void cancelAsksBeforeThrowingAwayWhatWasTyped() {
        DialogFixture dialog = newExercise();
        dialog.textBox("exerciseName").enterText("Wall sit");
        press(dialog.button("exerciseCancel"));
        JOptionPaneFixture question = dialog.optionPane(PATIENCE);
        press(question.buttonWithText(UiTexts.get("exercise.discard.no")));
        waitUntil("the question closed", () -> !question.target().isShowing());
        dialog.requireVisible();
        dialog.textBox("exerciseName").requireText("Wall sit");
        press(dialog.button("exerciseCancel"));
        JOptionPaneFixture again = dialog.optionPane(PATIENCE);
        press(again.buttonWithText(UiTexts.get("exercise.discard.yes")));
        waitUntil("the form closed", () -> !dialog.target().isShowing());
    }

    /** The standard bullets are edited in place too; changing one unticks the box, and the status line says why. */
    @Test
    void changingAStandardBulletUnticksTheStandardAdviceAndSaysSo() {
        showTab(2);
        window.checkBox("adviceStandard").requireSelected();
        String first = onEdt(() -> editor().advice().advice().get(0));
        JTextArea line =
                (JTextArea) window.textBox("advice.line.0").requireEditable().target();
        robot.focusAndWaitForFocusGain(line);
        onEdt(() -> line.setCaretPosition(line.getDocument().getLength()));
        robot.enterText(" Every day.");
        waitUntil(
                "typed into the sheet",
                () -> editor().sheet().advice() != null
                        && editor().sheet().advice().get(0).equals(first + " Every day."));
        window.checkBox("adviceStandard").requireNotSelected();
        assertThat(window.label("statusMessage").text()).contains("standard bullet was changed");
        tick(window.checkBox("adviceStandard"), true);
        waitUntil("the missing bullet is back", () -> editor().sheet().advice().contains(first));
        assertThat(onEdt(() -> editor().sheet().advice()))
                .startsWith(first + " Every day.")
                .endsWith(first);
    }

    @Test
    void anOwnAdviceLineCanBeAddedAtTheTopWithoutUntickingTheStandardAdvice() {
        showTab(2);
        window.checkBox("adviceStandard").requireSelected();
        javax.swing.JViewport view = (javax.swing.JViewport) SwingUtilities.getAncestorOfClass(
                javax.swing.JViewport.class, window.textBox("advice.line.0").target());
        waitUntil("the list opens at its first line", () -> view.getViewPosition().y == 0);
        int standard = onEdt(() -> editor().advice().advice().size());
        press(window.button("adviceAddFirst"));
        waitForShowing(window.target(), "advice.line.0");
        window.textBox("advice.line.0").enterText("Keep walking every day.");
        waitUntil("it is the first bullet, the standard ones after it", () -> {
            var advice = editor().sheet().advice();
            return advice != null
                    && advice.size() == standard + 1
                    && advice.get(0).equals("Keep walking every day.");
        });
        // The standard bullets still print: the box stays ticked (it unticked, and the clinician thought them gone).
        window.checkBox("adviceStandard").requireSelected();
        // The line at the end keeps it ticked too.
        press(window.button("advice.add"));
        waitForShowing(window.target(), "advice.line." + (standard + 1));
        window.textBox("advice.line." + (standard + 1)).enterText("Sleep on your side.");
        waitUntil("the last bullet", () -> editor().sheet().advice().size() == standard + 2);
        window.checkBox("adviceStandard").requireSelected();
    }
}
