package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.model.PageSize;
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
    void aDateMustBeAValidIsoDate() {
        DetailsController d = editor.details();
        assertThat(d.setDateText("2026-11-21")).isTrue();
        assertThat(editor.sheet().date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(d.setDateText("2026-02-30")).isFalse();
        assertThat(d.setDateText("21/11/2026")).isFalse();
        assertThat(editor.sheet().date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(d.setDateText("")).isTrue();
        assertThat(editor.sheet().date()).isNull();
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
        assertThat(a.standardWouldDropOwnLines()).isTrue();
        a.useStandardAdvice(true);
        assertThat(editor.sheet().advice()).isNull();
        editor.undoLast();
        assertThat(editor.sheet().advice()).containsExactly("Walk daily.", "Warm up for 5 minutes.");
    }

    @Test
    void theStandardAdviceReplacesNothingWhileTheOwnListIsStillTheStandardOne() {
        editor.advice().useStandardAdvice(false);
        assertThat(editor.advice().standardWouldDropOwnLines()).isFalse();
        editor.advice().setLines(List.of("Warm up first."), false);
        assertThat(editor.advice().standardWouldDropOwnLines()).isTrue();
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
}
