package org.backsheet.editor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backsheet.editor.DetailsController.TextField;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.RecoveryStore;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.RecoveredSheet;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryControllerTest {

    private static final Duration SOON = Duration.ofMillis(10);
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path home;

    private RecoveryStore store;
    private final ScriptedFileView view = new ScriptedFileView();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private EditorController editor;
    private RecoveryController recovery;

    @BeforeEach
    void openWindow() {
        store = new RecoveryStore(home.resolve("recovery"));
        editor = window();
        recovery = new RecoveryController(editor, store, failures::add, SOON, NEVER);
        recovery.start();
    }

    @AfterEach
    void closeWindow() {
        recovery.close();
    }

    @Test
    void aChangeIsCopiedSoonWithItsFile() throws Exception {
        Path file = savedSheet("anna.backsheet.json", "Week 1");
        editor.files().load(file);

        editor.details().setText(TextField.TITLE, "Week 2 \u2014 gentle");

        RecoveredSheet copy = copyHolding("Week 2 \u2014 gentle");
        assertThat(copy.sheetId()).isEqualTo(recovery.sheetId());
        assertThat(copy.originalFile()).isEqualTo(file.toAbsolutePath());
        assertThat(failures).isEmpty();
    }

    @Test
    void savingRemovesTheCopy() throws Exception {
        editor.files().load(savedSheet("anna.backsheet.json", "Week 1"));
        editor.details().setText(TextField.TITLE, "Week 2");
        copyHolding("Week 2");

        assertThat(editor.files().save()).isTrue();

        Eventually.until("the copy is gone", () -> copies().isEmpty());
    }

    @Test
    void undoingBackToTheSavedSheetRemovesTheCopy() throws Exception {
        editor.files().load(savedSheet("anna.backsheet.json", "Week 1"));
        editor.details().setText(TextField.TITLE, "Week 2");
        copyHolding("Week 2");

        editor.undoLast();

        Eventually.until("the copy is gone", () -> copies().isEmpty());
    }

    @Test
    void discardingTheChangesAndClosingRemovesTheCopy() throws Exception {
        editor.details().setText(TextField.TITLE, "Never saved");
        copyHolding("Never saved");

        recovery.close();

        assertThat(copies()).isEmpty();
        assertThat(home.resolve("recovery")).isDirectoryNotContaining("glob:**.lock");
    }

    @Test
    void aCopyIsRestoredAsUnsavedChangesToItsFileThatUndoCanTakeBack() throws Exception {
        Path file = savedSheet("anna.backsheet.json", "Week 1");
        store.save("crashed-window", file, SheetFiles.toJson(Sheet.empty().withTitle("Week 2, not saved")));
        RecoveredSheet left = new RecoveryFolder(store).leftBehind().get(0);

        assertThat(recovery.restore(left)).isTrue();

        assertThat(editor.sheet().title()).isEqualTo("Week 2, not saved");
        assertThat(editor.document().file()).isEqualTo(file.toAbsolutePath());
        assertThat(editor.undo().isModified()).isTrue();
        // The old copy is replaced by this window's own, so a second crash still loses nothing.
        assertThat(copies()).extracting(RecoveredSheet::sheetId).containsExactly(recovery.sheetId());
        editor.undoLast();
        assertThat(editor.sheet().title()).isEqualTo("Week 1");
    }

    @Test
    void aSheetNeverSavedComesBackAsANewSheet() throws Exception {
        editor.files().load(savedSheet("other.backsheet.json", "Somebody else"));
        store.save("crashed-window", null, SheetFiles.toJson(Sheet.empty().withTitle("Fresh sheet")));

        assertThat(recovery.restore(new RecoveryFolder(store).leftBehind().get(0)))
                .isTrue();

        assertThat(editor.sheet().title()).isEqualTo("Fresh sheet");
        assertThat(editor.document().file()).isNull();
        assertThat(editor.undo().isModified()).isTrue();
    }

    @Test
    void aDamagedCopyIsNotRestoredAndStaysWhereItIs() throws Exception {
        store.save("crashed-window", null, "{\"format\": \"backsheet/sheet\", \"version\": 1, \"items\": 3}");

        assertThat(recovery.restore(new RecoveryFolder(store).leftBehind().get(0)))
                .isFalse();

        assertThat(copies()).extracting(RecoveredSheet::sheetId).containsExactly("crashed-window");
    }

    @Test
    void aCopyOpenInAnotherWindowIsNotOffered() {
        editor.details().setText(TextField.TITLE, "Still open here");
        copyHolding("Still open here");

        assertThat(new RecoveryFolder(store).leftBehind()).isEmpty();
    }

    @Test
    void aFailingDiskIsReportedAndEditingGoesOn() throws Exception {
        Files.writeString(home.resolve("recovery"), "a file where the folder should be", UTF_8);

        editor.details().setText(TextField.TITLE, "Typed anyway");

        Eventually.until("the failure is reported", () -> !failures.isEmpty());
        assertThat(editor.sheet().title()).isEqualTo("Typed anyway");
    }

    @Test
    void discardDeletesTheCopy() throws Exception {
        store.save("crashed-window", null, "{}");

        new RecoveryFolder(store).discard(new RecoveryFolder(store).leftBehind().get(0));

        assertThat(new RecoveryFolder(store).leftBehind()).isEmpty();
    }

    private EditorController window() {
        return TestEditors.controller(TestCatalog.create(), new JsonSheetStore(), view);
    }

    private Path savedSheet(String name, String title) throws IOException {
        Path file = home.resolve(name);
        SheetFiles.save(Sheet.empty().withTitle(title), file);
        return file;
    }

    /** Waits for this window's copy to hold {@code title}; the copies of this process are read directly. */
    private RecoveredSheet copyHolding(String title) {
        RecoveredSheet[] found = new RecoveredSheet[1];
        Eventually.until("a copy holds \"" + title + "\"", () -> {
            for (RecoveredSheet copy : copies()) {
                if (title.equals(titleOf(copy))) {
                    found[0] = copy;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The copies on disk, whoever claims them (list() hides those of running windows). */
    private List<RecoveredSheet> copies() {
        try (var files = Files.list(home.resolve("recovery"))) {
            List<String> ids = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".recovery.json"))
                    .map(n -> n.substring(0, n.length() - ".recovery.json".length()))
                    .toList();
            return ids.stream().map(this::read).filter(c -> c != null).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private RecoveredSheet read(String id) {
        return store.read(id);
    }

    private static String titleOf(RecoveredSheet copy) {
        try {
            return SheetFiles.parse("copy", copy.sheetJson().getBytes(UTF_8)).title();
        } catch (FileFormatException e) {
            return null;
        }
    }
}
