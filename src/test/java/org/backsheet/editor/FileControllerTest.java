package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.editor.FileView.SaveChoice;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.Test;

class FileControllerTest extends EditorTestBase {

    private final Path anna = Path.of("/tmp/fake/anna.backsheet.json");

    @Test
    void modifiedFollowsTheUndoLevel() {
        assertThat(editor.undo().isModified()).isFalse();
        editor.items().add("pelvic-tilt");
        assertThat(editor.undo().isModified()).isTrue();
        assertThat(editor.windowTitle()).startsWith("\u2022 Untitled");
        editor.undoLast();
        assertThat(editor.undo().isModified()).isFalse();
        editor.redoLast();
        files.chosenFiles.add(anna);
        assertThat(editor.files().save()).isTrue();
        assertThat(editor.undo().isModified()).isFalse();
        assertThat(editor.windowTitle()).startsWith("anna.backsheet.json");
        editor.undoLast();
        assertThat(editor.undo().isModified()).isTrue();
        editor.redoLast();
        assertThat(editor.undo().isModified()).isFalse();
    }

    @Test
    void typingAfterSavingIsANewStepSoUndoReturnsToTheSavedState() {
        editor.details().setText(TextField.PATIENT, "Ann");
        files.chosenFiles.add(anna);
        editor.files().save();
        editor.details().setText(TextField.PATIENT, "Anna");
        assertThat(editor.undo().isModified()).isTrue();
        editor.undoLast();
        assertThat(editor.sheet().patient()).isEqualTo("Ann");
        assertThat(editor.undo().isModified()).isFalse();
    }

    @Test
    void saveAsAddsTheExtensionAndRemembersTheFile() {
        editor.items().add("bridging");
        files.chosenFiles.add(Path.of("/tmp/fake/bob"));
        assertThat(editor.files().saveAs()).isTrue();
        Path expected = Path.of("/tmp/fake/bob.backsheet.json");
        assertThat(files.files).containsKey(expected);
        assertThat(editor.document().file()).isEqualTo(expected);
        assertThat(prefs.recentFiles()).containsExactly(expected);
        assertThat(prefs.get(PreferenceKeys.LAST_SHEET, null)).isEqualTo(expected.toString());
    }

    @Test
    void cancellingTheSaveDialogKeepsEverything() {
        editor.items().add("bridging");
        assertThat(editor.files().save()).isFalse();
        assertThat(editor.undo().isModified()).isTrue();
    }

    @Test
    void newAsksAboutUnsavedChangesAndCancelKeepsTheSheet() {
        editor.items().add("bridging");
        files.saveAnswers.add(SaveChoice.CANCEL);
        assertThat(editor.files().newSheet()).isFalse();
        assertThat(ids()).containsExactly("bridging");

        files.saveAnswers.add(SaveChoice.DISCARD);
        assertThat(editor.files().newSheet()).isTrue();
        assertThat(ids()).isEmpty();
        assertThat(editor.undo().canUndo()).isFalse();
        assertThat(files.saveQuestions).isEqualTo(2);
    }

    @Test
    void saveAnswerSavesBeforeOpening() {
        files.files.put(anna, Sheet.empty().withItems(List.of(SheetItem.of("bird-dog"))));
        editor.items().add("bridging");
        Path mine = Path.of("/tmp/fake/mine.backsheet.json");
        files.saveAnswers.add(SaveChoice.SAVE);
        files.chosenFiles.add(mine);
        files.chosenFiles.add(anna);
        assertThat(editor.files().open()).isTrue();
        assertThat(files.files.get(mine).items())
                .extracting(SheetItem::exerciseId)
                .containsExactly("bridging");
        assertThat(ids()).containsExactly("bird-dog");
        assertThat(editor.document().file()).isEqualTo(anna);
        assertThat(editor.undo().isModified()).isFalse();
    }

    @Test
    void noQuestionWhenNothingChanged() {
        assertThat(editor.files().newSheet()).isTrue();
        assertThat(files.saveQuestions).isZero();
    }

    @Test
    void aBadFileShowsItsProblemsAndChangesNothing() {
        editor.items().add("bridging");
        Path bad = Path.of("/tmp/fake/bad.backsheet.json");
        files.badFiles.put(
                bad, List.of(Problem.atField("bad.backsheet.json", "items[0].reps", "must be 1 to 100, was 500")));
        assertThat(editor.files().load(bad)).isFalse();
        assertThat(files.shown).containsExactly("bad.backsheet.json: items[0].reps: must be 1 to 100, was 500");
        assertThat(ids()).containsExactly("bridging");
        assertThat(editor.undo().isModified()).isTrue();
        assertThat(editor.document().file()).isNull();
    }

    @Test
    void aVanishedRecentFileIsReportedAndDropped() {
        prefs.addRecentFile(anna);
        assertThat(editor.files().openRecent(anna)).isFalse();
        assertThat(files.shown).singleElement().asString().contains("no longer exists");
        assertThat(prefs.recentFiles()).isEmpty();
    }

    @Test
    void newSheetsCarryTheClinicianAndClinicOfTheLastSavedSheet() {
        editor.details().setText(TextField.CLINICIAN, "J. Smith, PT");
        editor.details().setText(TextField.CLINIC_NAME, "Riverside Physio");
        files.chosenFiles.add(anna);
        editor.files().save();
        editor.files().newSheet();
        assertThat(editor.sheet().clinician()).isEqualTo("J. Smith, PT");
        assertThat(editor.sheet().clinic().name()).isEqualTo("Riverside Physio");
        assertThat(editor.sheet().patient()).isNull();
        assertThat(editor.sheet().date()).isNotNull();
    }

    @Test
    void suggestedFileNamesComeFromTheTitleAndDateNeverThePatient() {
        editor.details().setText(TextField.PATIENT, "Ana Núñez");
        editor.details().setText(TextField.TITLE, "Ejercicios día 1");
        editor.details().setDate(LocalDate.of(2026, 11, 29));
        assertThat(editor.files().suggestedBaseName()).isEqualTo("ejercicios-dia-1-2026-11-29");
        editor.details().setText(TextField.TITLE, "");
        editor.details().setDate(null);
        assertThat(editor.files().suggestedBaseName()).isEqualTo("exercise-sheet");
    }

    @Test
    void closeAsksThenLeavesAnEmptyUntitledSheetThatTheNextStartDoesNotReplace() {
        files.files.put(anna, Sheet.empty().withTitle("Anna"));
        assertThat(editor.files().load(anna)).isTrue();
        editor.items().add("bridging");
        files.saveAnswers.add(SaveChoice.CANCEL);
        assertThat(editor.files().close()).isFalse();
        assertThat(editor.sheet().items()).hasSize(1);
        files.saveAnswers.add(SaveChoice.DISCARD);
        assertThat(editor.files().close()).isTrue();
        assertThat(editor.sheet().items()).isEmpty();
        assertThat(editor.document().file()).isNull();
        assertThat(editor.preferences().getPath(PreferenceKeys.LAST_SHEET)).isEmpty();
    }

    @Test
    void closeLeavesTheSameFreshSheetAsNewWithTheClinicFilledIn() {
        prefs.put(PreferenceKeys.CLINIC_NAME, "Riverside Physio");
        prefs.put(PreferenceKeys.CLINICIAN, "Dr Lee");
        files.files.put(anna, Sheet.empty().withTitle("Anna"));
        assertThat(editor.files().load(anna)).isTrue();
        assertThat(editor.files().close()).isTrue();
        Sheet closed = editor.sheet();
        assertThat(closed.clinic().name()).isEqualTo("Riverside Physio");
        assertThat(closed.clinician()).isEqualTo("Dr Lee");
        assertThat(closed.date()).isEqualTo(editor.today());
        assertThat(editor.files().newSheet()).isTrue();
        assertThat(editor.sheet()).isEqualTo(closed);
    }

    /** The export dialog started in the home folder although the last handout went elsewhere. */
    @Test
    void exportAndSaveStartInTheFolderLastUsed() {
        assertThat(editor.files().exportFolder()).isNull();
        files.files.put(anna, Sheet.empty().withTitle("Anna"));
        assertThat(editor.files().load(anna)).isTrue();
        assertThat(editor.files().exportFolder()).isEqualTo(anna.getParent());

        Path handouts = Path.of("/tmp/fake/handouts");
        editor.files().rememberExport(handouts.resolve("anna.pdf"));
        assertThat(editor.files().exportFolder()).isEqualTo(handouts);

        assertThat(editor.files().newSheet()).isTrue();
        assertThat(editor.files().saveAs()).isFalse();
        assertThat(files.saveFolders).containsExactly(handouts);
    }
}
