package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;
import org.backsheet.model.StandardTexts;
import org.backsheet.testdata.Exercises;
import org.junit.jupiter.api.Test;

/** The sheet's own fields: header texts, date, page options, advice and the disclaimer. */
class SheetFieldsTest extends EditorTestBase {

    @Test
    void typingAFieldIsOneStepAndBlankMeansNotGiven() {
        DetailsController d = editor.details();
        d.setText(TextField.PATIENT, "A");
        d.setText(TextField.PATIENT, "An");
        d.setText(TextField.PATIENT, "Anna");
        assertThat(editor.sheet().patient()).isEqualTo("Anna");
        d.setText(TextField.CLINIC_NAME, "Riverside");
        assertThat(editor.sheet().clinic().name()).isEqualTo("Riverside");
        editor.undoLast();
        editor.undoLast();
        assertThat(editor.sheet().patient()).isNull();
        d.setText(TextField.TITLE, "   ");
        assertThat(editor.sheet().title()).isNull();
    }

    @Test
    void aDateIsTakenInTheLocalesFormOrAsIsoAndNeverDroppedSilently() {
        DetailsController d = editor.details();
        assertThat(d.setDateText("2026-11-21")).isTrue();
        assertThat(editor.sheet().date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(d.dateText()).isEqualTo("11/21/2026");
        assertThat(d.setDateText("12/15/2026")).isTrue();
        assertThat(editor.sheet().date()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(d.setDateText("2026-02-30")).isFalse();
        // Retyping the field: while it is blank or half typed the sheet keeps its date.
        assertThat(d.setDateText("")).isFalse();
        assertThat(d.setDateText("15/12/20")).isFalse();
        assertThat(editor.sheet().date()).isEqualTo(LocalDate.of(2026, 12, 15));
        // Leaving the field with something that is not a date keeps the last one and says so.
        assertThat(d.finishDateText("13/13/2026")).contains("12/15/2026", "mm/dd/yyyy");
        assertThat(editor.sheet().date()).isEqualTo(LocalDate.of(2026, 12, 15));
        // Leaving it blank clears the date on purpose.
        assertThat(d.finishDateText(" ")).isNull();
        assertThat(editor.sheet().date()).isNull();
    }

    @Test
    void theOwnTextsALanguageChangeLeavesUntranslatedAreNamed() {
        DetailsController d = editor.details();
        assertThat(d.ownTexts()).isEmpty();
        editor.advice().setLines(List.of("Walk daily.", "Sleep well."), false);
        editor.items().add("bridging");
        editor.item().setNote("Slowly");
        d.setLanguage("es");
        assertThat(d.ownTexts())
                .containsExactly(
                        "your own advice (2 lines): \u201cWalk daily.\u201d, \u201cSleep well.\u201d",
                        "your notes on 1 exercise");
        assertThat(d.hasOwnAdvice()).isTrue();
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.", "Sleep well.");
    }

    @Test
    void ownExercisesWithoutWordsInTheNewLanguageAreNamedAndKept() {
        Exercise cat = Exercises.own("cat-stretch").name("Cat stretch").build();
        Exercise wall = Exercises.own("wall-slide")
                .name("Wall slide")
                .translations(Map.of("es", new ExerciseText("Deslizamiento en la pared", List.of(), null, List.of())))
                .build();
        editor.setCatalog(editor.catalog().withUserExercises(List.of(cat, wall), List.of()));
        editor.items().add("cat-stretch");
        editor.items().add("wall-slide");
        editor.items().add("bridging");

        editor.details().setLanguage("es");

        assertThat(editor.details().ownTexts())
                .containsExactly("your own exercise, kept as written: \u201cCat stretch\u201d");
        assertThat(ids()).containsExactly("cat-stretch", "wall-slide", "bridging");
    }

    @Test
    void standardLinesInAnOwnListFollowTheLanguageAndOnlyChangedLinesStayAsWritten() {
        List<String> english = editor.catalog().standardTexts("en").advice();
        List<String> spanish = editor.catalog().standardTexts("es").advice();
        assertThat(english).hasSizeGreaterThan(1).hasSameSizeAs(spanish);
        AdviceController a = editor.advice();
        a.useStandardAdvice(false);
        List<String> mine = new ArrayList<>(english);
        mine.set(1, "Walk to the shop and back every day.");
        a.setLines(mine, false);
        assertThat(a.ownLines()).containsExactly("Walk to the shop and back every day.");

        editor.details().setLanguage("es");

        List<String> expected = new ArrayList<>(spanish);
        expected.set(1, "Walk to the shop and back every day.");
        assertThat(editor.sheet().advice()).isEqualTo(expected);
        assertThat(editor.details().ownTexts())
                .containsExactly("your own advice (1 line): \u201cWalk to the shop and back every day.\u201d");
        editor.undoLast();
        assertThat(editor.sheet().advice()).isEqualTo(mine);
        assertThat(editor.sheet().language()).isEqualTo("en");
    }

    @Test
    void anOwnListThatIsStillTheStandardOneBecomesTheNewLanguagesStandardAdvice() {
        editor.advice().useStandardAdvice(false);
        assertThat(editor.sheet().advice()).isNotNull();
        editor.details().setLanguage("es");
        assertThat(editor.sheet().advice()).isNull();
        assertThat(editor.details().ownTexts()).isEmpty();
        assertThat(editor.advice().advice())
                .isEqualTo(editor.catalog().standardTexts("es").advice());
    }

    @Test
    void aDayFirstDateIsTakenWhereItCannotBeMisread() {
        DateText american = new DateText(Locale.US);
        // A clinician used to day-month-year on a United States machine: there is no 15th month.
        assertThat(american.parse("15/12/2026")).contains(LocalDate.of(2026, 12, 15));
        // Either reading is possible: the locale's wins.
        assertThat(american.parse("5/12/2026")).contains(LocalDate.of(2026, 5, 12));
        // Dots and dashes separate like slashes, under the same rules.
        assertThat(american.parse("15.12.2026")).contains(LocalDate.of(2026, 12, 15));
        assertThat(american.parse("5-12-2026")).contains(LocalDate.of(2026, 5, 12));
        assertThat(american.parse("2026-12-05")).contains(LocalDate.of(2026, 12, 5));
        assertThat(american.parse("13.13.2026")).isEmpty();
        assertThat(new DateText(Locale.GERMANY).parse("15/12/2026")).contains(LocalDate.of(2026, 12, 15));
        assertThat(american.parse("12/5/2026")).contains(LocalDate.of(2026, 12, 5));
        assertThat(american.parse("13/13/2026")).isEmpty();
        assertThat(american.parse("31/2/2026")).isEmpty();
        DateText spanish = new DateText(Locale.forLanguageTag("es-ES"));
        assertThat(spanish.parse("12/15/2026")).contains(LocalDate.of(2026, 12, 15));
        assertThat(spanish.parse("5/12/2026")).contains(LocalDate.of(2026, 12, 5));
        DateText swedish = new DateText(Locale.forLanguageTag("sv-SE"));
        assertThat(swedish.parse("2026-12-15")).contains(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aSpanishEditorReadsDayMonthYear() {
        DateText spanish = new DateText(Locale.forLanguageTag("es-ES"));
        assertThat(spanish.parse("15/12/2026")).contains(LocalDate.of(2026, 12, 15));
        assertThat(spanish.parse("2026-12-15")).contains(LocalDate.of(2026, 12, 15));
        assertThat(spanish.format(LocalDate.of(2026, 1, 5))).isEqualTo("5/1/2026");
        assertThat(spanish.pattern()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void pageOptionsAreUndoable() {
        editor.details().setPageSize(PageSize.LETTER);
        editor.details().setLargePrint(true);
        assertThat(editor.sheet().page().size()).isEqualTo(PageSize.LETTER);
        assertThat(editor.sheet().page().largePrint()).isTrue();
        editor.undoLast();
        editor.undoLast();
        assertThat(editor.sheet().page().size()).isEqualTo(PageSize.A4);
        assertThat(editor.sheet().page().largePrint()).isFalse();
    }

    @Test
    void ownAdviceStartsFromTheStandardBullets() {
        AdviceController a = editor.advice();
        assertThat(a.usesStandardAdvice()).isTrue();
        assertThat(editor.sheet().advice()).isNull();
        a.useStandardAdvice(false);
        assertThat(editor.sheet().advice()).containsExactly("Warm up first.", "Stop if it hurts.");
        a.setLines(List.of("Walk daily.", "Warm up first."), false);
        a.setLines(List.of("Walk daily.", "Warm up for"), true);
        a.setLines(List.of("Walk daily.", "Warm up for 5 minutes."), true);
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.", "Warm up for 5 minutes.");
        a.useStandardAdvice(true);
        assertThat(editor.sheet().advice()).isNull();
        editor.undoLast();
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.", "Warm up for 5 minutes.");
    }

    /** A clinician added a line of her own and saw "Use the standard advice" untick: she took it as dropped. */
    @Test
    void addingOwnLinesAtTheTopOrTheEndKeepsTheStandardAdviceIncluded() {
        AdviceController a = editor.advice();
        assertThat(a.includesStandardAdvice()).isTrue();
        a.addLineFirst();
        a.setLines(List.of("Walk daily.", "Warm up first.", "Stop if it hurts."), true);
        assertThat(a.includesStandardAdvice()).isTrue();
        a.setLines(List.of("Walk daily.", "Warm up first.", "Stop if it hurts.", "Sleep well."), false);
        assertThat(a.includesStandardAdvice()).isTrue();
        // Changing a standard bullet is what leaves the standard advice incomplete.
        a.setLines(List.of("Walk daily.", "Warm up for 5 minutes.", "Stop if it hurts.", "Sleep well."), true);
        assertThat(a.includesStandardAdvice()).isFalse();
    }

    /** A blank title prints the default one; the empty field shows it, in the handout's language. */
    @Test
    void theDefaultTitleIsTheOneTheHandoutPrints() {
        assertThat(editor.details().defaultTitle()).isEqualTo("Your exercise program");
        editor.details().setText(TextField.TITLE, "Anna's program");
        assertThat(editor.details().defaultTitle()).isEqualTo("Your exercise program");
        editor.details().setLanguage("es");
        assertThat(editor.details().defaultTitle()).isEqualTo("Su programa de ejercicios");
    }

    /** The advice tab lists every standard line to edit, and says which one the handout leaves out and why. */
    @Test
    void aStandardLineAnExerciseOnTheSheetSaysIsNamedAsNotPrinted() {
        StandardTexts en = editor.catalog().standardTexts("en");
        StandardTexts tied = StandardTexts.builder("en")
                .advice(en.advice())
                .avoid(en.avoid())
                .disclaimer(en.disclaimer())
                .shortDisclaimer(en.shortDisclaimer())
                .warningSigns(en.warningSigns())
                .safetyNotes(en.safetyNotes())
                .adviceSaidBy(Map.of("Warm up first.", "stationary-bike"))
                .build();
        editor = new EditorController(
                new Catalog(editor.catalog().all(), Map.of("en", tied)),
                Sheet.empty(),
                files,
                files,
                prefs,
                clock,
                new EditorTexts(Locale.ENGLISH));
        AdviceController a = editor.advice();
        assertThat(a.notPrinted()).isEmpty();
        editor.items().add("stationary-bike");
        assertThat(a.advice()).containsExactly("Warm up first.", "Stop if it hurts.");
        assertThat(a.notPrinted()).containsExactly(new AdviceController.NotPrinted(1, "Stationary bike"));
    }

    @Test
    void untickingLeavesOutTheStandardBulletsAndTickingPutsThemBackAfterTheOwnLines() {
        AdviceController a = editor.advice();
        a.setLines(List.of("Walk daily.", "Warm up first.", "Stop if it hurts."), false);
        a.includeStandardAdvice(false);
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.");
        a.includeStandardAdvice(true);
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.", "Warm up first.", "Stop if it hurts.");
        editor.undoLast();
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.");
        // Only standard bullets: unticking prints none, ticking is the standard advice again (it follows the
        // language).
        a.setLines(List.of(), false);
        a.includeStandardAdvice(true);
        assertThat(editor.sheet().advice()).isNull();
        a.includeStandardAdvice(false);
        assertThat(editor.sheet().advice()).isEmpty();
    }

    @Test
    void typingIntoAnAdviceLineIsOneUndoStep() {
        editor.advice().useStandardAdvice(false);
        editor.advice().setLines(List.of("Warm up first.", "Stop if it hurts.", ""), false);
        editor.advice().setLines(List.of("Warm up first.", "Stop if it hurts.", "W"), true);
        editor.advice().setLines(List.of("Warm up first.", "Stop if it hurts.", "Walk"), true);
        editor.undoLast();
        assertThat(editor.sheet().advice()).containsExactly("Warm up first.", "Stop if it hurts.", "");
    }

    @Test
    void emptyAdviceLinesAreDroppedWhenEditingEnds() {
        editor.advice().useStandardAdvice(false);
        editor.advice().setLines(List.of("Warm up first.", "", "Stop if it hurts."), false);
        editor.advice().dropEmptyLines();
        assertThat(editor.sheet().advice()).containsExactly("Warm up first.", "Stop if it hurts.");
    }

    @Test
    void emptyingTheDisclaimerRestoresTheStandardTextAndSaysSo() {
        List<String> status = new ArrayList<>();
        editor.addStatusListener(status::add);
        DisclaimerController d = editor.disclaimer();
        assertThat(d.text()).isEqualTo(TestCatalog.DISCLAIMER);
        d.setText("See your GP first.");
        assertThat(editor.sheet().disclaimer()).isEqualTo("See your GP first.");
        d.setText("");
        assertThat(d.finishEditing("")).isTrue();
        assertThat(editor.sheet().disclaimer()).isNull();
        assertThat(d.text()).isEqualTo(TestCatalog.DISCLAIMER);
        assertThat(status).singleElement().asString().contains("standard wording");
        assertThat(d.finishEditing("Something")).isFalse();
    }

    @Test
    void typingTheStandardDisclaimerStoresNothing() {
        editor.disclaimer().setText(TestCatalog.DISCLAIMER);
        assertThat(editor.sheet().disclaimer()).isNull();
        assertThat(editor.disclaimer().isStandard()).isTrue();
    }

    @Test
    void anOwnAdviceLineGoesFirstAndKeepsTheStandardBulletsBelowIt() {
        List<String> standard = editor.catalog().standardTexts("en").advice();
        editor.advice().addLineFirst();
        editor.advice()
                .setLines(
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of("Keep walking every day"), standard.stream())
                                .toList(),
                        true);
        assertThat(editor.sheet().advice())
                .startsWith("Keep walking every day")
                .endsWith(standard.toArray(String[]::new));
        assertThat(editor.advice().ownLines()).containsExactly("Keep walking every day");
        editor.undoLast();
        editor.undoLast();
        assertThat(editor.advice().usesStandardAdvice()).isTrue();
    }
}
