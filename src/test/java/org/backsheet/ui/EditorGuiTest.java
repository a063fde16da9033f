package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.swing.JList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.fixture.JListFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.Test;

/** Drives the real editor window as a clinician would: search, add, reorder, dose, undo, save, open, export. */
class EditorGuiTest extends GuiTestBase {

    /** AssertJ Swing presses modifiers given as the old-style masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;

    @Test
    void opensOnTheSampleSheetWithALivePreview() {
        assertThat(ids()).containsExactly("pelvic-tilt", "bridging", "single-knee-to-chest", "bird-dog");
        waitUntil("the preview shows a page", () -> frame.previewPanel().shownImage() != null);
        window.label("statusSummary").requireText(Pattern.compile("4 exercises · \\d+ pages?"));
        assertThat(frame.getIconImages()).hasSize(AppIcon.SIZES.length);
    }

    @Test
    void searchThenDoubleClickAddsTheExercise() {
        window.textBox("librarySearch").enterText("bird");
        JListFixture library = window.list("libraryList");
        waitUntil(
                "the search narrowed the library",
                () -> library.target().getModel().getSize() == 1);
        library.item(0).doubleClick();
        waitUntil("the exercise was added", () -> ids().size() == 5);
        assertThat(ids().get(4)).isEqualTo("bird-dog");
        window.list("sheetItems").requireSelection(4);
    }

    @Test
    void draggingAnItemReordersTheSheet() {
        JListFixture items = window.list("sheetItems");
        items.drag(0);
        items.drop(3); // the lower half of the last row: after it
        waitUntil("the first exercise moved to the end", () -> ids().get(3).equals("pelvic-tilt"));
        assertThat(ids()).containsExactly("bridging", "single-knee-to-chest", "bird-dog", "pelvic-tilt");
    }

    @Test
    void draggingFromTheLibraryAddsWhereItIsDropped() {
        window.textBox("librarySearch").enterText("bridge");
        JListFixture library = window.list("libraryList");
        waitUntil(
                "the search narrowed the library",
                () -> library.target().getModel().getSize() == 1);
        library.drag(0);
        window.list("sheetItems").drop(0); // the lower half of the first row: after it
        waitUntil("the exercise was added", () -> ids().size() == 5);
        assertThat(ids()).containsExactly("pelvic-tilt", "bridging", "bridging", "single-knee-to-chest", "bird-dog");
    }

    @Test
    void undoAndRedoFromTheKeyboard() {
        window.list("libraryList").item(0).doubleClick();
        waitUntil("added", () -> ids().size() == 5);
        window.list("sheetItems")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitUntil("undone", () -> ids().size() == 4);
        window.list("sheetItems")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Y).modifiers(CTRL));
        waitUntil("redone", () -> ids().size() == 5);
    }

    @Test
    void typingAWordIsOneUndoStep() {
        window.textBox("sheetPatient").enterText("Anna");
        waitUntil("typed", () -> "Anna".equals(editor().sheet().patient()));
        window.list("sheetItems").click();
        window.list("sheetItems")
                .pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitUntil("the whole word is undone", () -> editor().sheet().patient() == null);
        window.textBox("sheetPatient").requireText("");
        assertThat(onEdt(() -> editor().undo().isModified())).isFalse();
    }

    @Test
    void aSpinnerChangeEndsUpInTheSavedFile() throws Exception {
        // Selected on the event thread: a lost robot click left the first exercise (10 reps) selected once in
        // ten loaded runs.
        JList<?> items = window.list("sheetItems").target();
        onEdt(() -> items.setSelectedIndex(1));
        waitUntil("the second exercise's dose shows", () -> Integer.valueOf(8)
                .equals(window.spinner("dose.reps").target().getValue()));
        window.spinner("dose.reps").increment();
        waitUntil("the dose changed", () -> Integer.valueOf(9)
                .equals(editor().sheet().items().get(1).dose().reps()));
        press(window.menuItem("menu.action.save"));
        Path file = temp.resolve("anna.backsheet.json");
        chooseFile(file);
        waitUntil("saved", () -> Files.exists(file) && !editor().undo().isModified());
        Sheet saved = SheetFiles.read(file);
        assertThat(saved.items().get(1).dose().reps()).isEqualTo(9);
        assertThat(frame.getTitle()).startsWith("anna.backsheet.json");
    }

    @Test
    void saveThenReopenFromTheRecentMenu() throws Exception {
        onEdt(() -> editor().details().setText(TextField.PATIENT, "Anna Nowak"));
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_S).modifiers(CTRL));
        Path file = temp.resolve("reopen.backsheet.json");
        chooseFile(file);
        waitUntil("saved", () -> Files.exists(file) && !editor().undo().isModified());
        press(window.menuItem("menu.action.new"));
        waitUntil("a blank sheet", () -> editor().sheet().items().isEmpty());
        window.menuItemWithPath("File", "Open Recent").click();
        window.menuItem("recent.0").click();
        waitUntil("reopened", () -> "Anna Nowak".equals(editor().sheet().patient()));
        assertThat(ids()).hasSize(4);
        window.textBox("sheetPatient").requireText("Anna Nowak");
    }

    @Test
    void unsavedChangesAreNotLostWithoutAsking() {
        onEdt(() -> editor().items().removeSelected());
        press(window.menuItem("menu.action.new"));
        JOptionPaneFixture question = window.optionPane(PATIENCE);
        question.requireWarningMessage();
        press(question.buttonWithText("Cancel"));
        // The next question must not be confused with this one while it is still closing.
        waitUntil("the first question closed", () -> !question.target().isShowing());
        assertThat(ids()).hasSize(3);
        press(window.menuItem("menu.action.new"));
        JOptionPaneFixture again = window.optionPane(PATIENCE);
        waitUntil("a new question", () -> again.target() != question.target());
        // Both answers go through the event queue (see press): a robot click on Cancel was lost once in a loop.
        press(again.buttonWithText("Don't Save"));
        waitUntil("a blank sheet", () -> editor().sheet().items().isEmpty());
        assertThat(onEdt(() -> editor().undo().isModified())).isFalse();
    }

    @Test
    void closingTheWindowAsksAboutUnsavedChanges() {
        onEdt(() -> editor().items().duplicateSelected());
        window.close();
        press(window.optionPane(PATIENCE).buttonWithText("Cancel"));
        window.requireVisible();
        assertThat(ids()).hasSize(5);
    }

    @Test
    void openingABadFileShowsItsProblemsAndKeepsTheSheet() throws Exception {
        Path bad = temp.resolve("bad.backsheet.json");
        Files.writeString(
                bad,
                "{\"format\":\"backsheet/sheet\",\"version\":1,"
                        + "\"items\":[{\"exercise\":\"pelvic-tilt\",\"reps\":500}]}");
        press(window.menuItem("menu.action.open"));
        chooseFile(bad);
        JOptionPaneFixture error = window.optionPane(PATIENCE);
        error.requireErrorMessage();
        assertThat(error.textBox("openProblems").text()).contains("items[0].reps");
        press(error.okButton());
        assertThat(ids()).hasSize(4);
        assertThat(onEdt(() -> editor().document().file())).isNull();
    }

    @Test
    void exportWritesAPdfWithTheExercises() throws Exception {
        press(window.menuItem("menu.action.export"));
        Path pdf = temp.resolve("handout.pdf");
        chooseFile(pdf);
        waitUntil(
                "the PDF was written",
                () -> Files.exists(pdf)
                        && String.valueOf(window.label("statusMessage").target().getText())
                                .contains("Exported")); // a long message is wrapped (HTML)
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Pelvic tilt", "Bridge", "Single knee to chest", "Bird dog");
        }
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
