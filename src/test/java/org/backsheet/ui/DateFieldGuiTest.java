package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javax.swing.JLabel;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;

/** The date field: the locale's form and ISO are taken, the calendar chooses, and a bad date never drops one. */
class DateFieldGuiTest extends GuiTestBase {

    private String localForm(LocalDate date) {
        return onEdt(() -> editor().details().dates().format(date));
    }

    @Test
    void aDateInTheLocalesFormIsTakenAndABadOneKeepsTheLastGoodDate() {
        JTextComponentFixture date = window.textBox("sheetDate");
        LocalDate wanted = LocalDate.of(2026, 12, 15);
        date.deleteText().enterText(localForm(wanted));
        waitUntil("the date is taken", () -> wanted.equals(editor().sheet().date()));
        date.deleteText().enterText("15.13.2026");
        // Blank and half-typed on the way: the sheet kept its date all along.
        assertThat(onEdt(() -> editor().sheet().date())).isEqualTo(wanted);
        window.textBox("sheetPatient").focus();
        waitUntil(
                "the field shows the kept date again",
                () -> date.target().getText().equals(localForm(wanted)));
        assertThat(window.label("statusMessage").text()).contains("15.13.2026", localForm(wanted));
        // The reason stands beside the field too, where the clinician is looking.
        JLabel problem = window.label("sheetDateProblem").requireVisible().target();
        assertThat(onEdt(problem::getText)).contains("15.13.2026", localForm(wanted));
        assertThat(onEdt(() -> editor().sheet().date())).isEqualTo(wanted);
        // A date that can only be day first is taken on this month-first (en-US) machine, and the reason goes.
        date.deleteText().enterText("16/12/2026");
        waitUntil("the day-first date is taken", () -> LocalDate.of(2026, 12, 16)
                .equals(editor().sheet().date()));
        waitUntil("the reason is gone", () -> !problem.isVisible());
    }

    /** A clinician meant 5 December, typed 05/12/2026 on an en-US machine and nothing showed it read May 12. */
    @Test
    void theDateIsShownInWordsAsItPrintsAndDotsOrDashesSeparateToo() {
        JTextComponentFixture date = window.textBox("sheetDate");
        date.deleteText().enterText("05/12/2026");
        waitUntil("the date is taken", () -> LocalDate.of(2026, 5, 12)
                .equals(editor().sheet().date()));
        waitUntil(
                "the date shows in words",
                () -> window.label("sheetDatePrinted").target().getText().contains("12 May 2026"));
        JLabel words = window.label("sheetDatePrinted").requireVisible().target();
        date.deleteText().enterText("15.12.2026");
        waitUntil("a day-first date with dots is taken", () -> LocalDate.of(2026, 12, 15)
                .equals(editor().sheet().date()));
        waitUntil(
                "the words follow",
                () -> window.label("sheetDatePrinted").target().getText().contains("15 December 2026"));
        date.deleteText().enterText("1-2-2026");
        waitUntil("dashes separate too", () -> LocalDate.of(2026, 1, 2)
                .equals(editor().sheet().date()));
        // Half a date hides the words: they would name the date the sheet still has, not the one being typed.
        date.deleteText().enterText("3/4");
        waitUntil("no words for half a date", () -> !words.isVisible());
        // A refusal fits beside the field and in the status bar.
        date.deleteText().enterText("31.31.2026");
        window.textBox("sheetPatient").focus();
        JLabel problem = window.label("sheetDateProblem").requireVisible().target();
        waitUntil("the reason is whole", () -> problem.getWidth() >= problem.getPreferredSize().width);
        assertThat(window.label("statusMessage").text()).endsWith("mm/dd/yyyy.");
    }

    @Test
    void theCalendarChoosesADay() {
        onEdt(() -> editor().details().setDate(LocalDate.of(2026, 3, 10)));
        press(window.button("sheetDatePicker"));
        press(window.button("calendarNext"));
        press(window.button("calendarDay.7"));
        waitUntil("the chosen day is the sheet's date", () -> LocalDate.of(2026, 4, 7)
                .equals(editor().sheet().date()));
    }
}
