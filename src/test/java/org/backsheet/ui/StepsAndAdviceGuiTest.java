package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void adviceIsEditedInPlaceAndTheStandardAdviceAsksBeforeReplacingOwnLines() {
        showTab(2);
        tick(window.checkBox("adviceStandard").requireSelected(), false);
        waitUntil("own advice", () -> !editor().advice().usesStandardAdvice());
        int before = onEdt(() -> editor().sheet().advice().size());
        press(window.button("advice.add"));
        waitUntil("a line added", () -> editor().sheet().advice().size() == before + 1);
        waitForShowing(window.target(), "advice.line." + before);
        window.textBox("advice.line." + before).enterText("Walk every day.");
        waitUntil(
                "typed into the sheet",
                () -> editor().sheet().advice().get(before).equals("Walk every day."));

        tick(window.checkBox("adviceStandard"), true);
        JOptionPaneFixture question = window.optionPane(PATIENCE);
        press(question.buttonWithText(UiTexts.get("advice.replace.no")));
        waitUntil("kept", () -> !question.target().isShowing());
        assertThat(onEdt(() -> editor().sheet().advice())).contains("Walk every day.");
        window.checkBox("adviceStandard").requireNotSelected();
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
    }
}
