package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.editor.FileView.ChangedOnDiskChoice;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Sheet;
import org.backsheet.testdata.StepClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows (or two BackSheets) editing one file: the second save asks instead of overwriting. */
class SaveConflictTest {

    @TempDir
    Path folder;

    private Path file;
    private final ScriptedFileView firstView = new ScriptedFileView();
    private final ScriptedFileView secondView = new ScriptedFileView();
    private EditorController first;
    private EditorController second;

    @BeforeEach
    void bothWindowsOpenTheSameFile() throws Exception {
        file = folder.resolve("anna.backsheet.json");
        SheetFiles.save(Sheet.empty().withTitle("Week 1"), file);
        first = window(firstView);
        second = window(secondView);
        assertThat(first.files().load(file)).isTrue();
        assertThat(second.files().load(file)).isTrue();
    }

    @Test
    void savingAFileNobodyElseTouchedAsksNothing() throws Exception {
        first.details().setText(TextField.TITLE, "Week 2");

        assertThat(first.files().save()).isTrue();
        first.details().setText(TextField.TITLE, "Week 3");
        assertThat(first.files().save()).isTrue();

        assertThat(firstView.askedAboutChangedFiles).isEmpty();
        assertThat(SheetFiles.read(file).title()).isEqualTo("Week 3");
    }

    @Test
    void cancelLeavesTheOtherWindowsWorkOnDisk() throws Exception {
        first.details().setText(TextField.TITLE, "First window's title");
        assertThat(first.files().save()).isTrue();
        second.details().setText(TextField.TITLE, "Second window's title");
        secondView.changedOnDiskAnswers.add(ChangedOnDiskChoice.CANCEL);

        assertThat(second.files().save()).isFalse();

        assertThat(secondView.askedAboutChangedFiles).containsExactly("anna.backsheet.json");
        assertThat(SheetFiles.read(file).title()).isEqualTo("First window's title");
        assertThat(second.undo().isModified()).isTrue();
    }

    @Test
    void overwriteReplacesItAndLaterSavesDoNotAskAgain() throws Exception {
        first.details().setText(TextField.TITLE, "First window's title");
        first.files().save();
        second.details().setText(TextField.TITLE, "Second window's title");
        secondView.changedOnDiskAnswers.add(ChangedOnDiskChoice.OVERWRITE);

        assertThat(second.files().save()).isTrue();
        second.details().setText(TextField.TITLE, "Second again");
        assertThat(second.files().save()).isTrue();

        assertThat(secondView.askedAboutChangedFiles).hasSize(1);
        assertThat(SheetFiles.read(file).title()).isEqualTo("Second again");
    }

    @Test
    void saveAsKeepsBothVersions() throws Exception {
        first.details().setText(TextField.TITLE, "First window's title");
        first.files().save();
        second.details().setText(TextField.TITLE, "Second window's title");
        Path copy = folder.resolve("anna-second.backsheet.json");
        secondView.changedOnDiskAnswers.add(ChangedOnDiskChoice.SAVE_AS);
        secondView.chosenFiles.add(copy);

        assertThat(second.files().save()).isTrue();

        assertThat(SheetFiles.read(file).title()).isEqualTo("First window's title");
        assertThat(SheetFiles.read(copy).title()).isEqualTo("Second window's title");
        assertThat(second.document().file()).isEqualTo(copy);
    }

    @Test
    void anotherProgramEditingTheFileIsNoticedToo() throws Exception {
        SheetFiles.save(Sheet.empty().withTitle("Written by a text editor"), file);
        first.details().setText(TextField.TITLE, "Week 2");
        firstView.changedOnDiskAnswers.add(ChangedOnDiskChoice.CANCEL);

        assertThat(first.files().save()).isFalse();

        assertThat(SheetFiles.read(file).title()).isEqualTo("Written by a text editor");
    }

    @Test
    void aViewThatCannotAskNeverOverwrites() throws Exception {
        FileView silent = new FakeFiles();
        EditorController third = new EditorController(
                TestCatalog.create(),
                Sheet.empty(),
                new JsonSheetStore(),
                silent,
                EditorPreferences.inMemory(),
                StepClock.standing(),
                new EditorTexts(Locale.ENGLISH));
        third.files().load(file);
        first.details().setText(TextField.TITLE, "First window's title");
        first.files().save();
        third.details().setText(TextField.TITLE, "Third");

        assertThat(third.files().save()).isFalse();
        assertThat(SheetFiles.read(file).title()).isEqualTo("First window's title");
    }

    private static EditorController window(ScriptedFileView view) {
        return TestEditors.controller(TestCatalog.create(), new JsonSheetStore(), view);
    }
}
