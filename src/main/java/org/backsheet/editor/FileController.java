package org.backsheet.editor;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.backsheet.io.FileFormatException;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetFileName;

/**
 * New, Open, Open Recent, Save and Save As, and the "Save changes?" question before anything would throw away
 * unsaved work. Opening a bad file changes nothing and shows the same problems the command line prints.
 */
public final class FileController {

    /** The extension of sheet files. */
    private final SheetDocument document;

    private final SheetUndo undo;
    private final SheetStore store;
    private final FileView view;
    private final EditorPreferences prefs;
    private final EditorTexts texts;
    private final Supplier<Sheet> newSheet;
    private DiskChangeGuard diskGuard = DiskChangeGuard.NONE;

    FileController(
            SheetDocument document,
            SheetUndo undo,
            SheetStore store,
            FileView view,
            EditorPreferences prefs,
            EditorTexts texts,
            Supplier<Sheet> newSheet) {
        this.document = document;
        this.undo = undo;
        this.store = store;
        this.view = view;
        this.prefs = prefs;
        this.texts = texts;
        this.newSheet = newSheet;
    }

    /** The name shown in the title bar: the file name, or "Untitled". */
    public String documentName() {
        Path f = document.file();
        return f == null ? texts.get("file.untitled") : f.getFileName().toString();
    }

    public boolean isModified() {
        return undo.isModified();
    }

    /** Starts a blank sheet (with the remembered clinician and clinic) after asking about unsaved changes. */
    public boolean newSheet() {
        return newFrom(newSheet);
    }

    /**
     * Starts a new, untitled sheet made by {@code start} (a template, say) after asking about unsaved changes;
     * {@code start} is only called once the user agreed.
     */
    public boolean newFrom(Supplier<Sheet> start) {
        if (!confirmDiscard()) {
            return false;
        }
        show(start.get(), null);
        diskGuard = DiskChangeGuard.NONE;
        return true;
    }

    /**
     * Closes the sheet after asking about unsaved changes: the same new sheet as File &gt; New takes its place
     * (dated today, with the remembered clinician and clinic), and the next start does not reopen the closed one.
     */
    public boolean close() {
        if (!newSheet()) {
            return false;
        }
        prefs.put(PreferenceKeys.LAST_SHEET, null);
        return true;
    }

    /** Asks for a file and opens it. */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        Path file = view.chooseFileToOpen(lastFolder());
        return file != null && load(file);
    }

    /** Opens a file from the recent list, after asking about unsaved changes. */
    public boolean openRecent(Path file) {
        return confirmDiscard() && load(file);
    }

    /**
     * Reads {@code file} and makes it the edited sheet. On failure the current sheet stays as it was and the
     * user is told why; a recent entry that no longer exists is dropped.
     */
    public boolean load(Path file) {
        try {
            DiskChangeGuard asOpened = DiskChangeGuard.of(file);
            Sheet sheet = store.read(file);
            show(sheet, file);
            diskGuard = asOpened;
            remember(file);
            return true;
        } catch (FileFormatException e) {
            view.showOpenProblems(
                    file, e.problems().stream().map(Problem::toString).toList());
        } catch (NoSuchFileException e) {
            prefs.removeRecentFile(file);
            view.showError(texts.get("error.noSuchFile", file));
        } catch (IOException e) {
            view.showError(texts.get("error.read", file, String.valueOf(e.getMessage())));
        }
        return false;
    }

    public boolean save() {
        Path file = document.file();
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        Path current = document.file();
        String suggested = current != null ? current.getFileName().toString() : suggestedName();
        Path file = view.chooseFileToSave(current != null ? current.getParent() : lastFolder(), suggested);
        if (file == null) {
            return false;
        }
        if (!file.getFileName().toString().endsWith(SheetFileName.EXTENSION)) {
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            file = file.resolveSibling(name + SheetFileName.EXTENSION);
        }
        return saveTo(file);
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it; false on Cancel. */
    public boolean confirmDiscard() {
        if (!undo.isModified()) {
            return true;
        }
        return switch (view.askSaveChanges(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public List<Path> recentFiles() {
        return prefs.recentFiles();
    }

    private boolean saveTo(Path file) {
        Sheet sheet = document.sheet();
        if (diskGuard.changedOnDisk(file)) {
            switch (view.askFileChangedOnDisk(file.getFileName().toString())) {
                case OVERWRITE -> {}
                case SAVE_AS -> {
                    return saveAs();
                }
                default -> {
                    return false;
                }
            }
        }
        try {
            store.save(sheet, file);
            diskGuard = DiskChangeGuard.of(file);
        } catch (IOException e) {
            view.showError(texts.get("error.save", file, String.valueOf(e.getMessage())));
            return false;
        }
        document.setFile(file);
        undo.markSaved();
        remember(file);
        SheetDefaults.remember(prefs, sheet);
        return true;
    }

    private void show(Sheet sheet, Path file) {
        undo.discardAllEdits();
        document.replace(sheet, sheet.items().isEmpty() ? -1 : 0);
        document.setFile(file);
        undo.discardAllEdits();
    }

    private void remember(Path file) {
        prefs.addRecentFile(file);
        prefs.put(PreferenceKeys.LAST_SHEET, file.toAbsolutePath().normalize().toString());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            prefs.put(PreferenceKeys.LAST_FOLDER, parent.toString());
        }
    }

    /**
     * Where the export dialog starts: the folder the last handout went to (handouts are often kept apart from
     * sheets), else the sheet's folder, else the last folder used; null lets the dialog choose.
     */
    public Path exportFolder() {
        Path sheetFile = document.file();
        return prefs.getPath(PreferenceKeys.EXPORT_FOLDER)
                .or(() -> Optional.ofNullable(sheetFile)
                        .map(f -> f.toAbsolutePath().getParent()))
                .or(() -> prefs.getPath(PreferenceKeys.LAST_FOLDER))
                .orElse(null);
    }

    /** A handout is being written to {@code target}: the next export, and a first save, start in its folder. */
    public void rememberExport(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            prefs.put(PreferenceKeys.EXPORT_FOLDER, parent.toString());
            prefs.put(PreferenceKeys.LAST_FOLDER, parent.toString());
        }
    }

    private Path lastFolder() {
        return prefs.getPath(PreferenceKeys.LAST_FOLDER).orElse(Path.of(System.getProperty("user.home")));
    }

    private String suggestedName() {
        return suggestedBaseName() + SheetFileName.EXTENSION;
    }

    /**
     * A file name for the sheet from its title and date ("back-exercises-2026-11-29"), never from the patient's
     * name, which would put health data into file names and folder listings. Plain ASCII letters, so the file
     * opens on any machine whatever its language settings.
     */
    public String suggestedBaseName() {
        Sheet sheet = document.sheet();
        String title = sheet.title() == null ? "" : asciiSlug(sheet.title());
        String base = title.isEmpty() ? asciiSlug(texts.get("file.defaultName")) : title;
        if (base.isEmpty()) {
            base = "sheet";
        }
        return sheet.date() == null ? base : base + "-" + sheet.date();
    }

    /** Lower-case ASCII words joined by hyphens: accents dropped ("Ejercicios día 1" gives "ejercicios-dia-1"). */
    static String asciiSlug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
