package org.backsheet.editor;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.RecoveryStore;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.RecoveredSheet;
import org.backsheet.model.Sheet;

/**
 * Keeps a recovery copy of one window's sheet while it has unsaved changes (written in the background, shortly
 * after the clinician pauses), drops it when the sheet is saved or its changes are discarded, and brings back
 * copies left behind when BackSheet did not close normally.
 */
public final class RecoveryController implements AutoCloseable {

    /** What a copy holds: the sheet and the file it belongs to (null for a sheet never saved). */
    private record Snapshot(Sheet sheet, Path file) {}

    private final EditorController editor;
    private final RecoveryStore store;
    private final Consumer<Exception> onFailure;
    private final AutosaveScheduler<Snapshot> autosave;
    private final String sheetId = UUID.randomUUID().toString();
    private RecoveryStore.Claim claim;

    public RecoveryController(EditorController editor, RecoveryStore store, Consumer<Exception> onFailure) {
        this(editor, store, onFailure, AutosaveScheduler.DEFAULT_QUIET_PERIOD, AutosaveScheduler.DEFAULT_LONGEST_WAIT);
    }

    /** With other timings, for tests. */
    public RecoveryController(
            EditorController editor,
            RecoveryStore store,
            Consumer<Exception> onFailure,
            Duration quietPeriod,
            Duration longestWait) {
        this.editor = editor;
        this.store = store;
        this.onFailure = onFailure;
        this.autosave = new AutosaveScheduler<>(this::writeCopy, this::removeCopy, onFailure, quietPeriod, longestWait);
    }

    /** Starts following the window's changes; call once, on the event thread. */
    public void start() {
        editor.undo().addChangeListener(this::follow);
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                follow();
            }

            @Override
            public void fileChanged(Path file) {
                follow();
            }
        });
    }

    /** The name under which this window's copy is kept. */
    public String sheetId() {
        return sheetId;
    }

    /**
     * Shows {@code copy} in this window as unsaved changes to its original file: the file is opened as it is on
     * disk and the recovered sheet applied as one step that Undo can take back. A sheet never saved, or whose
     * file is gone, comes back as a new sheet. The old copy is deleted only once this window's own copy of the
     * restored sheet is on disk, so a crash at any moment still leaves one.
     *
     * @return false when the copy cannot be read; it is then left in the folder untouched
     */
    public boolean restore(RecoveredSheet copy) {
        Sheet recovered;
        try {
            recovered = SheetFiles.parse(copy.sheetId(), copy.sheetJson().getBytes(UTF_8));
        } catch (FileFormatException damaged) {
            return false;
        }
        FileController files = editor.files();
        Path original = copy.originalFile();
        boolean opened = original != null && Files.isRegularFile(original) && files.load(original);
        if (!opened) {
            files.newSheet();
        }
        editor.changes().apply("edit.restoreRecovered", sheet -> recovered);
        try {
            autosave.saveNow(new Snapshot(
                            editor.document().sheet(), editor.document().file()))
                    .get(30, TimeUnit.SECONDS);
            store.remove(copy.sheetId());
        } catch (ExecutionException | TimeoutException | IOException e) {
            onFailure.accept(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /**
     * The window closes normally: the clinician saved or chose to discard, so the copy goes. Waits briefly for
     * a copy being written at this moment.
     */
    @Override
    public void close() {
        autosave.close();
        removeCopy();
    }

    private void follow() {
        if (editor.undo().isModified()) {
            autosave.changed(
                    new Snapshot(editor.document().sheet(), editor.document().file()));
        } else {
            autosave.workIsSafe();
        }
    }

    private synchronized void writeCopy(Snapshot snapshot) {
        try {
            if (claim == null) {
                claim = store.claim(sheetId);
            }
            store.save(sheetId, snapshot.file(), SheetFiles.toJson(snapshot.sheet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void removeCopy() {
        try {
            store.remove(sheetId);
        } catch (IOException e) {
            onFailure.accept(e);
        }
        releaseClaim();
    }

    private synchronized void releaseClaim() {
        if (claim != null) {
            try {
                claim.close();
            } catch (IOException e) {
                onFailure.accept(e);
            }
            claim = null;
        }
    }
}
