package org.backsheet.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorTexts;
import org.backsheet.editor.JsonSheetStore;
import org.backsheet.editor.RecoveryController;
import org.backsheet.editor.RecoveryFolder;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.RecoveryStore;
import org.backsheet.io.SheetFiles;
import org.backsheet.io.UserDataFolders;
import org.backsheet.model.RecoveredSheet;
import org.backsheet.model.Sheet;
import org.backsheet.testdata.StepClock;
import org.backsheet.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real editor in its own process loses nothing when it is killed: it is started on a fresh user data
 * folder, a title is typed, and once the recovery copy is on disk the process gets SIGKILL (no shutdown hook,
 * no window events). The copy must hold the change, and the next start must offer it.
 */
@DisabledIf("java.awt.GraphicsEnvironment#isHeadless")
class RecoveryAfterKillTest {

    private static final String TITLE = "Anna \u2014 week 3, not saved yet \u2713";

    @TempDir
    Path home;

    @Test
    void aKilledEditorLeavesACopyThatTheNextStartOffers() throws Exception {
        Process editor = startEditor();
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        try {
            waitUntil(() -> copyHolding(store) != null, editor, home.resolve("editor-output.txt"));
        } finally {
            editor.destroyForcibly();
            assertThat(editor.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        List<RecoveredSheet> offered = new RecoveryFolder(store).leftBehind();
        assertThat(offered).singleElement().satisfies(copy -> {
            assertThat(titleOf(copy)).isEqualTo(TITLE);
            assertThat(RecoveryDialog.displayName(copy)).isEqualTo(SafetyTexts.get("recovery.untitled"));
        });

        EditorController nextStart = new EditorController(
                BuiltInCatalog.load(),
                Sheet.empty(),
                new JsonSheetStore(),
                null,
                EditorPreferences.inMemory(),
                StepClock.standing(),
                new EditorTexts(Locale.ENGLISH));
        RecoveryController recovery = new RecoveryController(nextStart, store, e -> {});
        try {
            recovery.start();
            assertThat(recovery.restore(offered.get(0))).isTrue();
            assertThat(nextStart.sheet().title()).isEqualTo(TITLE);
            assertThat(nextStart.undo().isModified()).isTrue();
        } finally {
            recovery.close();
        }
    }

    private Process startEditor() throws IOException {
        return ChildJvm.of(EditorThatWillBeKilled.class)
                .environment(UserDataFolders.HOME_VARIABLE, home.toString())
                .start(home.resolve("editor-output.txt"), TITLE);
    }

    private RecoveredSheet copyHolding(RecoveryStore store) {
        try (var files = Files.list(store.folder())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".recovery.json")) {
                    RecoveredSheet copy = store.read(name.substring(0, name.length() - ".recovery.json".length()));
                    if (copy != null && TITLE.equals(titleOf(copy))) {
                        return copy;
                    }
                }
            }
        } catch (IOException notThereYet) {
            return null;
        }
        return null;
    }

    private static String titleOf(RecoveredSheet copy) {
        try {
            return SheetFiles.parse("copy", copy.sheetJson().getBytes(UTF_8)).title();
        } catch (FileFormatException e) {
            return null;
        }
    }

    /** Waits for the condition, failing with the editor's own output if it died or took far too long. */
    private static void waitUntil(BooleanSupplier condition, Process editor, Path output) throws IOException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (!editor.isAlive() || System.nanoTime() > giveUp) {
                editor.destroyForcibly();
                throw new AssertionError(
                        "no recovery copy appeared; the editor said:\n" + Files.readString(output, UTF_8));
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
